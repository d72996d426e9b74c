import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace edgelog. */
export namespace edgelog {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Frame.
         * @deprecated Use edgelog.v1.Frame.$Properties instead.
         */
        interface IFrame extends edgelog.v1.Frame.$Properties {
        }

        /** Represents a Frame. */
        class Frame {

            /**
             * Constructs a new Frame.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.Frame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Frame correlationId. */
            correlationId: number;

            /** Frame error. */
            error?: (edgelog.v1.Error.$Properties|null);

            /** Frame helloRequest. */
            helloRequest?: (edgelog.v1.HelloRequest.$Properties|null);

            /** Frame helloResponse. */
            helloResponse?: (edgelog.v1.HelloResponse.$Properties|null);

            /** Frame metadataRequest. */
            metadataRequest?: (edgelog.v1.MetadataRequest.$Properties|null);

            /** Frame metadataResponse. */
            metadataResponse?: (edgelog.v1.MetadataResponse.$Properties|null);

            /** Frame createTopicRequest. */
            createTopicRequest?: (edgelog.v1.CreateTopicRequest.$Properties|null);

            /** Frame createTopicResponse. */
            createTopicResponse?: (edgelog.v1.CreateTopicResponse.$Properties|null);

            /** Frame deleteTopicRequest. */
            deleteTopicRequest?: (edgelog.v1.DeleteTopicRequest.$Properties|null);

            /** Frame deleteTopicResponse. */
            deleteTopicResponse?: (edgelog.v1.DeleteTopicResponse.$Properties|null);

            /** Frame listTopicsRequest. */
            listTopicsRequest?: (edgelog.v1.ListTopicsRequest.$Properties|null);

            /** Frame listTopicsResponse. */
            listTopicsResponse?: (edgelog.v1.ListTopicsResponse.$Properties|null);

            /** Frame describeTopicRequest. */
            describeTopicRequest?: (edgelog.v1.DescribeTopicRequest.$Properties|null);

            /** Frame describeTopicResponse. */
            describeTopicResponse?: (edgelog.v1.DescribeTopicResponse.$Properties|null);

            /** Frame produceRequest. */
            produceRequest?: (edgelog.v1.ProduceRequest.$Properties|null);

            /** Frame produceResponse. */
            produceResponse?: (edgelog.v1.ProduceResponse.$Properties|null);

            /** Frame fetchRequest. */
            fetchRequest?: (edgelog.v1.FetchRequest.$Properties|null);

            /** Frame fetchResponse. */
            fetchResponse?: (edgelog.v1.FetchResponse.$Properties|null);

            /** Frame listOffsetsRequest. */
            listOffsetsRequest?: (edgelog.v1.ListOffsetsRequest.$Properties|null);

            /** Frame listOffsetsResponse. */
            listOffsetsResponse?: (edgelog.v1.ListOffsetsResponse.$Properties|null);

            /** Frame subscribeRequest. */
            subscribeRequest?: (edgelog.v1.SubscribeRequest.$Properties|null);

            /** Frame subscribeResponse. */
            subscribeResponse?: (edgelog.v1.SubscribeResponse.$Properties|null);

            /** Frame creditRequest. */
            creditRequest?: (edgelog.v1.CreditRequest.$Properties|null);

            /** Frame unsubscribeRequest. */
            unsubscribeRequest?: (edgelog.v1.UnsubscribeRequest.$Properties|null);

            /** Frame unsubscribeResponse. */
            unsubscribeResponse?: (edgelog.v1.UnsubscribeResponse.$Properties|null);

            /** Frame push. */
            push?: (edgelog.v1.Push.$Properties|null);

            /** Frame subscriptionEnd. */
            subscriptionEnd?: (edgelog.v1.SubscriptionEnd.$Properties|null);

            /** Frame body. */
            body?: ("helloRequest"|"helloResponse"|"metadataRequest"|"metadataResponse"|"createTopicRequest"|"createTopicResponse"|"deleteTopicRequest"|"deleteTopicResponse"|"listTopicsRequest"|"listTopicsResponse"|"describeTopicRequest"|"describeTopicResponse"|"produceRequest"|"produceResponse"|"fetchRequest"|"fetchResponse"|"listOffsetsRequest"|"listOffsetsResponse"|"subscribeRequest"|"subscribeResponse"|"creditRequest"|"unsubscribeRequest"|"unsubscribeResponse"|"push"|"subscriptionEnd");

            /**
             * Creates a new Frame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Frame instance
             */
            static create(properties: edgelog.v1.Frame.$Shape): edgelog.v1.Frame & edgelog.v1.Frame.$Shape;
            static create(properties?: edgelog.v1.Frame.$Properties): edgelog.v1.Frame;

            /**
             * Encodes the specified Frame message. Does not implicitly {@link edgelog.v1.Frame.verify|verify} messages.
             * @param message Frame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.Frame & edgelog.v1.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.Frame & edgelog.v1.Frame.$Shape;

            /**
             * Gets the type url for Frame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Frame {

            /** Properties of a Frame. */
            interface $Properties {

                /** Frame correlationId */
                correlationId?: (number|null);

                /** Frame error */
                error?: (edgelog.v1.Error.$Properties|null);

                /** Frame helloRequest */
                helloRequest?: (edgelog.v1.HelloRequest.$Properties|null);

                /** Frame helloResponse */
                helloResponse?: (edgelog.v1.HelloResponse.$Properties|null);

                /** Frame metadataRequest */
                metadataRequest?: (edgelog.v1.MetadataRequest.$Properties|null);

                /** Frame metadataResponse */
                metadataResponse?: (edgelog.v1.MetadataResponse.$Properties|null);

                /** Frame createTopicRequest */
                createTopicRequest?: (edgelog.v1.CreateTopicRequest.$Properties|null);

                /** Frame createTopicResponse */
                createTopicResponse?: (edgelog.v1.CreateTopicResponse.$Properties|null);

                /** Frame deleteTopicRequest */
                deleteTopicRequest?: (edgelog.v1.DeleteTopicRequest.$Properties|null);

                /** Frame deleteTopicResponse */
                deleteTopicResponse?: (edgelog.v1.DeleteTopicResponse.$Properties|null);

                /** Frame listTopicsRequest */
                listTopicsRequest?: (edgelog.v1.ListTopicsRequest.$Properties|null);

                /** Frame listTopicsResponse */
                listTopicsResponse?: (edgelog.v1.ListTopicsResponse.$Properties|null);

                /** Frame describeTopicRequest */
                describeTopicRequest?: (edgelog.v1.DescribeTopicRequest.$Properties|null);

                /** Frame describeTopicResponse */
                describeTopicResponse?: (edgelog.v1.DescribeTopicResponse.$Properties|null);

                /** Frame produceRequest */
                produceRequest?: (edgelog.v1.ProduceRequest.$Properties|null);

                /** Frame produceResponse */
                produceResponse?: (edgelog.v1.ProduceResponse.$Properties|null);

                /** Frame fetchRequest */
                fetchRequest?: (edgelog.v1.FetchRequest.$Properties|null);

                /** Frame fetchResponse */
                fetchResponse?: (edgelog.v1.FetchResponse.$Properties|null);

                /** Frame listOffsetsRequest */
                listOffsetsRequest?: (edgelog.v1.ListOffsetsRequest.$Properties|null);

                /** Frame listOffsetsResponse */
                listOffsetsResponse?: (edgelog.v1.ListOffsetsResponse.$Properties|null);

                /** Frame subscribeRequest */
                subscribeRequest?: (edgelog.v1.SubscribeRequest.$Properties|null);

                /** Frame subscribeResponse */
                subscribeResponse?: (edgelog.v1.SubscribeResponse.$Properties|null);

                /** Frame creditRequest */
                creditRequest?: (edgelog.v1.CreditRequest.$Properties|null);

                /** Frame unsubscribeRequest */
                unsubscribeRequest?: (edgelog.v1.UnsubscribeRequest.$Properties|null);

                /** Frame unsubscribeResponse */
                unsubscribeResponse?: (edgelog.v1.UnsubscribeResponse.$Properties|null);

                /** Frame push */
                push?: (edgelog.v1.Push.$Properties|null);

                /** Frame subscriptionEnd */
                subscriptionEnd?: (edgelog.v1.SubscriptionEnd.$Properties|null);

                /** Frame body */
                body?: ("helloRequest"|"helloResponse"|"metadataRequest"|"metadataResponse"|"createTopicRequest"|"createTopicResponse"|"deleteTopicRequest"|"deleteTopicResponse"|"listTopicsRequest"|"listTopicsResponse"|"describeTopicRequest"|"describeTopicResponse"|"produceRequest"|"produceResponse"|"fetchRequest"|"fetchResponse"|"listOffsetsRequest"|"listOffsetsResponse"|"subscribeRequest"|"subscribeResponse"|"creditRequest"|"unsubscribeRequest"|"unsubscribeResponse"|"push"|"subscriptionEnd");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Frame. */
            type $Shape = {
              correlationId?: number|null;
              error?: edgelog.v1.Error.$Shape|null;
              helloRequest?: edgelog.v1.HelloRequest.$Shape|null;
              helloResponse?: edgelog.v1.HelloResponse.$Shape|null;
              metadataRequest?: edgelog.v1.MetadataRequest.$Shape|null;
              metadataResponse?: edgelog.v1.MetadataResponse.$Shape|null;
              createTopicRequest?: edgelog.v1.CreateTopicRequest.$Shape|null;
              createTopicResponse?: edgelog.v1.CreateTopicResponse.$Shape|null;
              deleteTopicRequest?: edgelog.v1.DeleteTopicRequest.$Shape|null;
              deleteTopicResponse?: edgelog.v1.DeleteTopicResponse.$Shape|null;
              listTopicsRequest?: edgelog.v1.ListTopicsRequest.$Shape|null;
              listTopicsResponse?: edgelog.v1.ListTopicsResponse.$Shape|null;
              describeTopicRequest?: edgelog.v1.DescribeTopicRequest.$Shape|null;
              describeTopicResponse?: edgelog.v1.DescribeTopicResponse.$Shape|null;
              produceRequest?: edgelog.v1.ProduceRequest.$Shape|null;
              produceResponse?: edgelog.v1.ProduceResponse.$Shape|null;
              fetchRequest?: edgelog.v1.FetchRequest.$Shape|null;
              fetchResponse?: edgelog.v1.FetchResponse.$Shape|null;
              listOffsetsRequest?: edgelog.v1.ListOffsetsRequest.$Shape|null;
              listOffsetsResponse?: edgelog.v1.ListOffsetsResponse.$Shape|null;
              subscribeRequest?: edgelog.v1.SubscribeRequest.$Shape|null;
              subscribeResponse?: edgelog.v1.SubscribeResponse.$Shape|null;
              creditRequest?: edgelog.v1.CreditRequest.$Shape|null;
              unsubscribeRequest?: edgelog.v1.UnsubscribeRequest.$Shape|null;
              unsubscribeResponse?: edgelog.v1.UnsubscribeResponse.$Shape|null;
              push?: edgelog.v1.Push.$Shape|null;
              subscriptionEnd?: edgelog.v1.SubscriptionEnd.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "helloRequest"; helloRequest: edgelog.v1.HelloRequest.$Shape; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "helloResponse"; helloRequest?: null; helloResponse: edgelog.v1.HelloResponse.$Shape; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "metadataRequest"; helloRequest?: null; helloResponse?: null; metadataRequest: edgelog.v1.MetadataRequest.$Shape; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "metadataResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse: edgelog.v1.MetadataResponse.$Shape; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "createTopicRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest: edgelog.v1.CreateTopicRequest.$Shape; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "createTopicResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse: edgelog.v1.CreateTopicResponse.$Shape; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "deleteTopicRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest: edgelog.v1.DeleteTopicRequest.$Shape; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "deleteTopicResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse: edgelog.v1.DeleteTopicResponse.$Shape; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "listTopicsRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest: edgelog.v1.ListTopicsRequest.$Shape; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "listTopicsResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse: edgelog.v1.ListTopicsResponse.$Shape; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "describeTopicRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest: edgelog.v1.DescribeTopicRequest.$Shape; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "describeTopicResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse: edgelog.v1.DescribeTopicResponse.$Shape; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "produceRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest: edgelog.v1.ProduceRequest.$Shape; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "produceResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse: edgelog.v1.ProduceResponse.$Shape; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "fetchRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest: edgelog.v1.FetchRequest.$Shape; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "fetchResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse: edgelog.v1.FetchResponse.$Shape; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "listOffsetsRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest: edgelog.v1.ListOffsetsRequest.$Shape; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "listOffsetsResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse: edgelog.v1.ListOffsetsResponse.$Shape; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "subscribeRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest: edgelog.v1.SubscribeRequest.$Shape; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "subscribeResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse: edgelog.v1.SubscribeResponse.$Shape; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "creditRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest: edgelog.v1.CreditRequest.$Shape; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "unsubscribeRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest: edgelog.v1.UnsubscribeRequest.$Shape; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null }|{ body?: "unsubscribeResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse: edgelog.v1.UnsubscribeResponse.$Shape; push?: null; subscriptionEnd?: null }|{ body?: "push"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push: edgelog.v1.Push.$Shape; subscriptionEnd?: null }|{ body?: "subscriptionEnd"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd: edgelog.v1.SubscriptionEnd.$Shape })
            );
        }

        /**
         * Properties of an Error.
         * @deprecated Use edgelog.v1.Error.$Properties instead.
         */
        interface IError extends edgelog.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: number;

            /** Error message. */
            message: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: edgelog.v1.Error.$Shape): edgelog.v1.Error & edgelog.v1.Error.$Shape;
            static create(properties?: edgelog.v1.Error.$Properties): edgelog.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link edgelog.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.Error & edgelog.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.Error & edgelog.v1.Error.$Shape;

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (number|null);

                /** Error message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = edgelog.v1.Error.$Properties;
        }

        /**
         * Properties of a HelloRequest.
         * @deprecated Use edgelog.v1.HelloRequest.$Properties instead.
         */
        interface IHelloRequest extends edgelog.v1.HelloRequest.$Properties {
        }

        /** Represents a HelloRequest. */
        class HelloRequest {

            /**
             * Constructs a new HelloRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.HelloRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HelloRequest protocolVersion. */
            protocolVersion: number;

            /** HelloRequest clientId. */
            clientId: string;

            /**
             * Creates a new HelloRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloRequest instance
             */
            static create(properties: edgelog.v1.HelloRequest.$Shape): edgelog.v1.HelloRequest & edgelog.v1.HelloRequest.$Shape;
            static create(properties?: edgelog.v1.HelloRequest.$Properties): edgelog.v1.HelloRequest;

            /**
             * Encodes the specified HelloRequest message. Does not implicitly {@link edgelog.v1.HelloRequest.verify|verify} messages.
             * @param message HelloRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.HelloRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.HelloRequest & edgelog.v1.HelloRequest.$Shape} HelloRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.HelloRequest & edgelog.v1.HelloRequest.$Shape;

            /**
             * Gets the type url for HelloRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HelloRequest {

            /** Properties of a HelloRequest. */
            interface $Properties {

                /** HelloRequest protocolVersion */
                protocolVersion?: (number|null);

                /** HelloRequest clientId */
                clientId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HelloRequest. */
            type $Shape = edgelog.v1.HelloRequest.$Properties;
        }

        /**
         * Properties of a HelloResponse.
         * @deprecated Use edgelog.v1.HelloResponse.$Properties instead.
         */
        interface IHelloResponse extends edgelog.v1.HelloResponse.$Properties {
        }

        /** Represents a HelloResponse. */
        class HelloResponse {

            /**
             * Constructs a new HelloResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.HelloResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HelloResponse protocolVersion. */
            protocolVersion: number;

            /** HelloResponse brokerId. */
            brokerId: string;

            /** HelloResponse recordBytesMax. */
            recordBytesMax: number;

            /** HelloResponse batchBytesMax. */
            batchBytesMax: number;

            /** HelloResponse frameBytesMax. */
            frameBytesMax: number;

            /** HelloResponse fetchBytesMax. */
            fetchBytesMax: number;

            /**
             * Creates a new HelloResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloResponse instance
             */
            static create(properties: edgelog.v1.HelloResponse.$Shape): edgelog.v1.HelloResponse & edgelog.v1.HelloResponse.$Shape;
            static create(properties?: edgelog.v1.HelloResponse.$Properties): edgelog.v1.HelloResponse;

            /**
             * Encodes the specified HelloResponse message. Does not implicitly {@link edgelog.v1.HelloResponse.verify|verify} messages.
             * @param message HelloResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.HelloResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.HelloResponse & edgelog.v1.HelloResponse.$Shape} HelloResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.HelloResponse & edgelog.v1.HelloResponse.$Shape;

            /**
             * Gets the type url for HelloResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HelloResponse {

            /** Properties of a HelloResponse. */
            interface $Properties {

                /** HelloResponse protocolVersion */
                protocolVersion?: (number|null);

                /** HelloResponse brokerId */
                brokerId?: (string|null);

                /** HelloResponse recordBytesMax */
                recordBytesMax?: (number|null);

                /** HelloResponse batchBytesMax */
                batchBytesMax?: (number|null);

                /** HelloResponse frameBytesMax */
                frameBytesMax?: (number|null);

                /** HelloResponse fetchBytesMax */
                fetchBytesMax?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HelloResponse. */
            type $Shape = edgelog.v1.HelloResponse.$Properties;
        }

        /**
         * Properties of a TopicConfig.
         * @deprecated Use edgelog.v1.TopicConfig.$Properties instead.
         */
        interface ITopicConfig extends edgelog.v1.TopicConfig.$Properties {
        }

        /** Represents a TopicConfig. */
        class TopicConfig {

            /**
             * Constructs a new TopicConfig.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.TopicConfig.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TopicConfig retentionMs. */
            retentionMs: number;

            /** TopicConfig retentionBytes. */
            retentionBytes: number;

            /** TopicConfig segmentBytes. */
            segmentBytes: number;

            /** TopicConfig segmentMs. */
            segmentMs: number;

            /**
             * Creates a new TopicConfig instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TopicConfig instance
             */
            static create(properties: edgelog.v1.TopicConfig.$Shape): edgelog.v1.TopicConfig & edgelog.v1.TopicConfig.$Shape;
            static create(properties?: edgelog.v1.TopicConfig.$Properties): edgelog.v1.TopicConfig;

            /**
             * Encodes the specified TopicConfig message. Does not implicitly {@link edgelog.v1.TopicConfig.verify|verify} messages.
             * @param message TopicConfig message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.TopicConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TopicConfig message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.TopicConfig & edgelog.v1.TopicConfig.$Shape} TopicConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.TopicConfig & edgelog.v1.TopicConfig.$Shape;

            /**
             * Gets the type url for TopicConfig
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TopicConfig {

            /** Properties of a TopicConfig. */
            interface $Properties {

                /** TopicConfig retentionMs */
                retentionMs?: (number|null);

                /** TopicConfig retentionBytes */
                retentionBytes?: (number|null);

                /** TopicConfig segmentBytes */
                segmentBytes?: (number|null);

                /** TopicConfig segmentMs */
                segmentMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TopicConfig. */
            type $Shape = edgelog.v1.TopicConfig.$Properties;
        }

        /**
         * Properties of a PartitionMetadata.
         * @deprecated Use edgelog.v1.PartitionMetadata.$Properties instead.
         */
        interface IPartitionMetadata extends edgelog.v1.PartitionMetadata.$Properties {
        }

        /** Represents a PartitionMetadata. */
        class PartitionMetadata {

            /**
             * Constructs a new PartitionMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.PartitionMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartitionMetadata partition. */
            partition: number;

            /** PartitionMetadata leaderEndpoint. */
            leaderEndpoint: string;

            /** PartitionMetadata logStartOffset. */
            logStartOffset: number;

            /** PartitionMetadata highWatermark. */
            highWatermark: number;

            /** PartitionMetadata sizeBytes. */
            sizeBytes: number;

            /**
             * Creates a new PartitionMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartitionMetadata instance
             */
            static create(properties: edgelog.v1.PartitionMetadata.$Shape): edgelog.v1.PartitionMetadata & edgelog.v1.PartitionMetadata.$Shape;
            static create(properties?: edgelog.v1.PartitionMetadata.$Properties): edgelog.v1.PartitionMetadata;

            /**
             * Encodes the specified PartitionMetadata message. Does not implicitly {@link edgelog.v1.PartitionMetadata.verify|verify} messages.
             * @param message PartitionMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.PartitionMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartitionMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.PartitionMetadata & edgelog.v1.PartitionMetadata.$Shape} PartitionMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.PartitionMetadata & edgelog.v1.PartitionMetadata.$Shape;

            /**
             * Gets the type url for PartitionMetadata
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PartitionMetadata {

            /** Properties of a PartitionMetadata. */
            interface $Properties {

                /** PartitionMetadata partition */
                partition?: (number|null);

                /** PartitionMetadata leaderEndpoint */
                leaderEndpoint?: (string|null);

                /** PartitionMetadata logStartOffset */
                logStartOffset?: (number|null);

                /** PartitionMetadata highWatermark */
                highWatermark?: (number|null);

                /** PartitionMetadata sizeBytes */
                sizeBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartitionMetadata. */
            type $Shape = edgelog.v1.PartitionMetadata.$Properties;
        }

        /**
         * Properties of a TopicMetadata.
         * @deprecated Use edgelog.v1.TopicMetadata.$Properties instead.
         */
        interface ITopicMetadata extends edgelog.v1.TopicMetadata.$Properties {
        }

        /** Represents a TopicMetadata. */
        class TopicMetadata {

            /**
             * Constructs a new TopicMetadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.TopicMetadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TopicMetadata name. */
            name: string;

            /** TopicMetadata partitionCount. */
            partitionCount: number;

            /** TopicMetadata config. */
            config?: (edgelog.v1.TopicConfig.$Properties|null);

            /** TopicMetadata partitions. */
            partitions: edgelog.v1.PartitionMetadata.$Properties[];

            /**
             * Creates a new TopicMetadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TopicMetadata instance
             */
            static create(properties: edgelog.v1.TopicMetadata.$Shape): edgelog.v1.TopicMetadata & edgelog.v1.TopicMetadata.$Shape;
            static create(properties?: edgelog.v1.TopicMetadata.$Properties): edgelog.v1.TopicMetadata;

            /**
             * Encodes the specified TopicMetadata message. Does not implicitly {@link edgelog.v1.TopicMetadata.verify|verify} messages.
             * @param message TopicMetadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.TopicMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TopicMetadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.TopicMetadata & edgelog.v1.TopicMetadata.$Shape} TopicMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.TopicMetadata & edgelog.v1.TopicMetadata.$Shape;

            /**
             * Gets the type url for TopicMetadata
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TopicMetadata {

            /** Properties of a TopicMetadata. */
            interface $Properties {

                /** TopicMetadata name */
                name?: (string|null);

                /** TopicMetadata partitionCount */
                partitionCount?: (number|null);

                /** TopicMetadata config */
                config?: (edgelog.v1.TopicConfig.$Properties|null);

                /** TopicMetadata partitions */
                partitions?: (edgelog.v1.PartitionMetadata.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TopicMetadata. */
            type $Shape = edgelog.v1.TopicMetadata.$Properties;
        }

        /**
         * Properties of a MetadataRequest.
         * @deprecated Use edgelog.v1.MetadataRequest.$Properties instead.
         */
        interface IMetadataRequest extends edgelog.v1.MetadataRequest.$Properties {
        }

        /** Represents a MetadataRequest. */
        class MetadataRequest {

            /**
             * Constructs a new MetadataRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.MetadataRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetadataRequest topics. */
            topics: string[];

            /**
             * Creates a new MetadataRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetadataRequest instance
             */
            static create(properties: edgelog.v1.MetadataRequest.$Shape): edgelog.v1.MetadataRequest & edgelog.v1.MetadataRequest.$Shape;
            static create(properties?: edgelog.v1.MetadataRequest.$Properties): edgelog.v1.MetadataRequest;

            /**
             * Encodes the specified MetadataRequest message. Does not implicitly {@link edgelog.v1.MetadataRequest.verify|verify} messages.
             * @param message MetadataRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.MetadataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetadataRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.MetadataRequest & edgelog.v1.MetadataRequest.$Shape} MetadataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.MetadataRequest & edgelog.v1.MetadataRequest.$Shape;

            /**
             * Gets the type url for MetadataRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetadataRequest {

            /** Properties of a MetadataRequest. */
            interface $Properties {

                /** MetadataRequest topics */
                topics?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetadataRequest. */
            type $Shape = edgelog.v1.MetadataRequest.$Properties;
        }

        /**
         * Properties of a MetadataResponse.
         * @deprecated Use edgelog.v1.MetadataResponse.$Properties instead.
         */
        interface IMetadataResponse extends edgelog.v1.MetadataResponse.$Properties {
        }

        /** Represents a MetadataResponse. */
        class MetadataResponse {

            /**
             * Constructs a new MetadataResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.MetadataResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetadataResponse topics. */
            topics: edgelog.v1.TopicMetadata.$Properties[];

            /**
             * Creates a new MetadataResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetadataResponse instance
             */
            static create(properties: edgelog.v1.MetadataResponse.$Shape): edgelog.v1.MetadataResponse & edgelog.v1.MetadataResponse.$Shape;
            static create(properties?: edgelog.v1.MetadataResponse.$Properties): edgelog.v1.MetadataResponse;

            /**
             * Encodes the specified MetadataResponse message. Does not implicitly {@link edgelog.v1.MetadataResponse.verify|verify} messages.
             * @param message MetadataResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.MetadataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetadataResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.MetadataResponse & edgelog.v1.MetadataResponse.$Shape} MetadataResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.MetadataResponse & edgelog.v1.MetadataResponse.$Shape;

            /**
             * Gets the type url for MetadataResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetadataResponse {

            /** Properties of a MetadataResponse. */
            interface $Properties {

                /** MetadataResponse topics */
                topics?: (edgelog.v1.TopicMetadata.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetadataResponse. */
            type $Shape = edgelog.v1.MetadataResponse.$Properties;
        }

        /**
         * Properties of a CreateTopicRequest.
         * @deprecated Use edgelog.v1.CreateTopicRequest.$Properties instead.
         */
        interface ICreateTopicRequest extends edgelog.v1.CreateTopicRequest.$Properties {
        }

        /** Represents a CreateTopicRequest. */
        class CreateTopicRequest {

            /**
             * Constructs a new CreateTopicRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.CreateTopicRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateTopicRequest topic. */
            topic: string;

            /** CreateTopicRequest partitions. */
            partitions: number;

            /** CreateTopicRequest config. */
            config?: (edgelog.v1.TopicConfig.$Properties|null);

            /**
             * Creates a new CreateTopicRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateTopicRequest instance
             */
            static create(properties: edgelog.v1.CreateTopicRequest.$Shape): edgelog.v1.CreateTopicRequest & edgelog.v1.CreateTopicRequest.$Shape;
            static create(properties?: edgelog.v1.CreateTopicRequest.$Properties): edgelog.v1.CreateTopicRequest;

            /**
             * Encodes the specified CreateTopicRequest message. Does not implicitly {@link edgelog.v1.CreateTopicRequest.verify|verify} messages.
             * @param message CreateTopicRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.CreateTopicRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateTopicRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.CreateTopicRequest & edgelog.v1.CreateTopicRequest.$Shape} CreateTopicRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.CreateTopicRequest & edgelog.v1.CreateTopicRequest.$Shape;

            /**
             * Gets the type url for CreateTopicRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateTopicRequest {

            /** Properties of a CreateTopicRequest. */
            interface $Properties {

                /** CreateTopicRequest topic */
                topic?: (string|null);

                /** CreateTopicRequest partitions */
                partitions?: (number|null);

                /** CreateTopicRequest config */
                config?: (edgelog.v1.TopicConfig.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateTopicRequest. */
            type $Shape = edgelog.v1.CreateTopicRequest.$Properties;
        }

        /**
         * Properties of a CreateTopicResponse.
         * @deprecated Use edgelog.v1.CreateTopicResponse.$Properties instead.
         */
        interface ICreateTopicResponse extends edgelog.v1.CreateTopicResponse.$Properties {
        }

        /** Represents a CreateTopicResponse. */
        class CreateTopicResponse {

            /**
             * Constructs a new CreateTopicResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.CreateTopicResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreateTopicResponse topic. */
            topic?: (edgelog.v1.TopicMetadata.$Properties|null);

            /**
             * Creates a new CreateTopicResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreateTopicResponse instance
             */
            static create(properties: edgelog.v1.CreateTopicResponse.$Shape): edgelog.v1.CreateTopicResponse & edgelog.v1.CreateTopicResponse.$Shape;
            static create(properties?: edgelog.v1.CreateTopicResponse.$Properties): edgelog.v1.CreateTopicResponse;

            /**
             * Encodes the specified CreateTopicResponse message. Does not implicitly {@link edgelog.v1.CreateTopicResponse.verify|verify} messages.
             * @param message CreateTopicResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.CreateTopicResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreateTopicResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.CreateTopicResponse & edgelog.v1.CreateTopicResponse.$Shape} CreateTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.CreateTopicResponse & edgelog.v1.CreateTopicResponse.$Shape;

            /**
             * Gets the type url for CreateTopicResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreateTopicResponse {

            /** Properties of a CreateTopicResponse. */
            interface $Properties {

                /** CreateTopicResponse topic */
                topic?: (edgelog.v1.TopicMetadata.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreateTopicResponse. */
            type $Shape = edgelog.v1.CreateTopicResponse.$Properties;
        }

        /**
         * Properties of a DeleteTopicRequest.
         * @deprecated Use edgelog.v1.DeleteTopicRequest.$Properties instead.
         */
        interface IDeleteTopicRequest extends edgelog.v1.DeleteTopicRequest.$Properties {
        }

        /** Represents a DeleteTopicRequest. */
        class DeleteTopicRequest {

            /**
             * Constructs a new DeleteTopicRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.DeleteTopicRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteTopicRequest topic. */
            topic: string;

            /**
             * Creates a new DeleteTopicRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteTopicRequest instance
             */
            static create(properties: edgelog.v1.DeleteTopicRequest.$Shape): edgelog.v1.DeleteTopicRequest & edgelog.v1.DeleteTopicRequest.$Shape;
            static create(properties?: edgelog.v1.DeleteTopicRequest.$Properties): edgelog.v1.DeleteTopicRequest;

            /**
             * Encodes the specified DeleteTopicRequest message. Does not implicitly {@link edgelog.v1.DeleteTopicRequest.verify|verify} messages.
             * @param message DeleteTopicRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.DeleteTopicRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteTopicRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.DeleteTopicRequest & edgelog.v1.DeleteTopicRequest.$Shape} DeleteTopicRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.DeleteTopicRequest & edgelog.v1.DeleteTopicRequest.$Shape;

            /**
             * Gets the type url for DeleteTopicRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteTopicRequest {

            /** Properties of a DeleteTopicRequest. */
            interface $Properties {

                /** DeleteTopicRequest topic */
                topic?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteTopicRequest. */
            type $Shape = edgelog.v1.DeleteTopicRequest.$Properties;
        }

        /**
         * Properties of a DeleteTopicResponse.
         * @deprecated Use edgelog.v1.DeleteTopicResponse.$Properties instead.
         */
        interface IDeleteTopicResponse extends edgelog.v1.DeleteTopicResponse.$Properties {
        }

        /** Represents a DeleteTopicResponse. */
        class DeleteTopicResponse {

            /**
             * Constructs a new DeleteTopicResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.DeleteTopicResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new DeleteTopicResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteTopicResponse instance
             */
            static create(properties: edgelog.v1.DeleteTopicResponse.$Shape): edgelog.v1.DeleteTopicResponse & edgelog.v1.DeleteTopicResponse.$Shape;
            static create(properties?: edgelog.v1.DeleteTopicResponse.$Properties): edgelog.v1.DeleteTopicResponse;

            /**
             * Encodes the specified DeleteTopicResponse message. Does not implicitly {@link edgelog.v1.DeleteTopicResponse.verify|verify} messages.
             * @param message DeleteTopicResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.DeleteTopicResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteTopicResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.DeleteTopicResponse & edgelog.v1.DeleteTopicResponse.$Shape} DeleteTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.DeleteTopicResponse & edgelog.v1.DeleteTopicResponse.$Shape;

            /**
             * Gets the type url for DeleteTopicResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteTopicResponse {

            /** Properties of a DeleteTopicResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteTopicResponse. */
            type $Shape = edgelog.v1.DeleteTopicResponse.$Properties;
        }

        /**
         * Properties of a ListTopicsRequest.
         * @deprecated Use edgelog.v1.ListTopicsRequest.$Properties instead.
         */
        interface IListTopicsRequest extends edgelog.v1.ListTopicsRequest.$Properties {
        }

        /** Represents a ListTopicsRequest. */
        class ListTopicsRequest {

            /**
             * Constructs a new ListTopicsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.ListTopicsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListTopicsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListTopicsRequest instance
             */
            static create(properties: edgelog.v1.ListTopicsRequest.$Shape): edgelog.v1.ListTopicsRequest & edgelog.v1.ListTopicsRequest.$Shape;
            static create(properties?: edgelog.v1.ListTopicsRequest.$Properties): edgelog.v1.ListTopicsRequest;

            /**
             * Encodes the specified ListTopicsRequest message. Does not implicitly {@link edgelog.v1.ListTopicsRequest.verify|verify} messages.
             * @param message ListTopicsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.ListTopicsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListTopicsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.ListTopicsRequest & edgelog.v1.ListTopicsRequest.$Shape} ListTopicsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.ListTopicsRequest & edgelog.v1.ListTopicsRequest.$Shape;

            /**
             * Gets the type url for ListTopicsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTopicsRequest {

            /** Properties of a ListTopicsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListTopicsRequest. */
            type $Shape = edgelog.v1.ListTopicsRequest.$Properties;
        }

        /**
         * Properties of a ListTopicsResponse.
         * @deprecated Use edgelog.v1.ListTopicsResponse.$Properties instead.
         */
        interface IListTopicsResponse extends edgelog.v1.ListTopicsResponse.$Properties {
        }

        /** Represents a ListTopicsResponse. */
        class ListTopicsResponse {

            /**
             * Constructs a new ListTopicsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.ListTopicsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListTopicsResponse topics. */
            topics: string[];

            /**
             * Creates a new ListTopicsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListTopicsResponse instance
             */
            static create(properties: edgelog.v1.ListTopicsResponse.$Shape): edgelog.v1.ListTopicsResponse & edgelog.v1.ListTopicsResponse.$Shape;
            static create(properties?: edgelog.v1.ListTopicsResponse.$Properties): edgelog.v1.ListTopicsResponse;

            /**
             * Encodes the specified ListTopicsResponse message. Does not implicitly {@link edgelog.v1.ListTopicsResponse.verify|verify} messages.
             * @param message ListTopicsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.ListTopicsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListTopicsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.ListTopicsResponse & edgelog.v1.ListTopicsResponse.$Shape} ListTopicsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.ListTopicsResponse & edgelog.v1.ListTopicsResponse.$Shape;

            /**
             * Gets the type url for ListTopicsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListTopicsResponse {

            /** Properties of a ListTopicsResponse. */
            interface $Properties {

                /** ListTopicsResponse topics */
                topics?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListTopicsResponse. */
            type $Shape = edgelog.v1.ListTopicsResponse.$Properties;
        }

        /**
         * Properties of a DescribeTopicRequest.
         * @deprecated Use edgelog.v1.DescribeTopicRequest.$Properties instead.
         */
        interface IDescribeTopicRequest extends edgelog.v1.DescribeTopicRequest.$Properties {
        }

        /** Represents a DescribeTopicRequest. */
        class DescribeTopicRequest {

            /**
             * Constructs a new DescribeTopicRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.DescribeTopicRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeTopicRequest topic. */
            topic: string;

            /**
             * Creates a new DescribeTopicRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeTopicRequest instance
             */
            static create(properties: edgelog.v1.DescribeTopicRequest.$Shape): edgelog.v1.DescribeTopicRequest & edgelog.v1.DescribeTopicRequest.$Shape;
            static create(properties?: edgelog.v1.DescribeTopicRequest.$Properties): edgelog.v1.DescribeTopicRequest;

            /**
             * Encodes the specified DescribeTopicRequest message. Does not implicitly {@link edgelog.v1.DescribeTopicRequest.verify|verify} messages.
             * @param message DescribeTopicRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.DescribeTopicRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeTopicRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.DescribeTopicRequest & edgelog.v1.DescribeTopicRequest.$Shape} DescribeTopicRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.DescribeTopicRequest & edgelog.v1.DescribeTopicRequest.$Shape;

            /**
             * Gets the type url for DescribeTopicRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeTopicRequest {

            /** Properties of a DescribeTopicRequest. */
            interface $Properties {

                /** DescribeTopicRequest topic */
                topic?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeTopicRequest. */
            type $Shape = edgelog.v1.DescribeTopicRequest.$Properties;
        }

        /**
         * Properties of a DescribeTopicResponse.
         * @deprecated Use edgelog.v1.DescribeTopicResponse.$Properties instead.
         */
        interface IDescribeTopicResponse extends edgelog.v1.DescribeTopicResponse.$Properties {
        }

        /** Represents a DescribeTopicResponse. */
        class DescribeTopicResponse {

            /**
             * Constructs a new DescribeTopicResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.DescribeTopicResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeTopicResponse topic. */
            topic?: (edgelog.v1.TopicMetadata.$Properties|null);

            /**
             * Creates a new DescribeTopicResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeTopicResponse instance
             */
            static create(properties: edgelog.v1.DescribeTopicResponse.$Shape): edgelog.v1.DescribeTopicResponse & edgelog.v1.DescribeTopicResponse.$Shape;
            static create(properties?: edgelog.v1.DescribeTopicResponse.$Properties): edgelog.v1.DescribeTopicResponse;

            /**
             * Encodes the specified DescribeTopicResponse message. Does not implicitly {@link edgelog.v1.DescribeTopicResponse.verify|verify} messages.
             * @param message DescribeTopicResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.DescribeTopicResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeTopicResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.DescribeTopicResponse & edgelog.v1.DescribeTopicResponse.$Shape} DescribeTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.DescribeTopicResponse & edgelog.v1.DescribeTopicResponse.$Shape;

            /**
             * Gets the type url for DescribeTopicResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeTopicResponse {

            /** Properties of a DescribeTopicResponse. */
            interface $Properties {

                /** DescribeTopicResponse topic */
                topic?: (edgelog.v1.TopicMetadata.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeTopicResponse. */
            type $Shape = edgelog.v1.DescribeTopicResponse.$Properties;
        }

        /** Acks enum. */
        enum Acks {

            /** ACKS_ALL value */
            ACKS_ALL = 0,

            /** ACKS_LEADER value */
            ACKS_LEADER = 1,

            /** ACKS_NONE value */
            ACKS_NONE = 2
        }

        /**
         * Properties of a ProduceRequest.
         * @deprecated Use edgelog.v1.ProduceRequest.$Properties instead.
         */
        interface IProduceRequest extends edgelog.v1.ProduceRequest.$Properties {
        }

        /** Represents a ProduceRequest. */
        class ProduceRequest {

            /**
             * Constructs a new ProduceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.ProduceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProduceRequest topic. */
            topic: string;

            /** ProduceRequest partition. */
            partition: number;

            /** ProduceRequest acks. */
            acks: edgelog.v1.Acks;

            /** ProduceRequest records. */
            records: Uint8Array;

            /**
             * Creates a new ProduceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProduceRequest instance
             */
            static create(properties: edgelog.v1.ProduceRequest.$Shape): edgelog.v1.ProduceRequest & edgelog.v1.ProduceRequest.$Shape;
            static create(properties?: edgelog.v1.ProduceRequest.$Properties): edgelog.v1.ProduceRequest;

            /**
             * Encodes the specified ProduceRequest message. Does not implicitly {@link edgelog.v1.ProduceRequest.verify|verify} messages.
             * @param message ProduceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.ProduceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProduceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.ProduceRequest & edgelog.v1.ProduceRequest.$Shape} ProduceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.ProduceRequest & edgelog.v1.ProduceRequest.$Shape;

            /**
             * Gets the type url for ProduceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProduceRequest {

            /** Properties of a ProduceRequest. */
            interface $Properties {

                /** ProduceRequest topic */
                topic?: (string|null);

                /** ProduceRequest partition */
                partition?: (number|null);

                /** ProduceRequest acks */
                acks?: (edgelog.v1.Acks|null);

                /** ProduceRequest records */
                records?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceRequest. */
            type $Shape = edgelog.v1.ProduceRequest.$Properties;
        }

        /**
         * Properties of a ProduceResponse.
         * @deprecated Use edgelog.v1.ProduceResponse.$Properties instead.
         */
        interface IProduceResponse extends edgelog.v1.ProduceResponse.$Properties {
        }

        /** Represents a ProduceResponse. */
        class ProduceResponse {

            /**
             * Constructs a new ProduceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.ProduceResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ProduceResponse baseOffset. */
            baseOffset: number;

            /** ProduceResponse logStartOffset. */
            logStartOffset: number;

            /**
             * Creates a new ProduceResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ProduceResponse instance
             */
            static create(properties: edgelog.v1.ProduceResponse.$Shape): edgelog.v1.ProduceResponse & edgelog.v1.ProduceResponse.$Shape;
            static create(properties?: edgelog.v1.ProduceResponse.$Properties): edgelog.v1.ProduceResponse;

            /**
             * Encodes the specified ProduceResponse message. Does not implicitly {@link edgelog.v1.ProduceResponse.verify|verify} messages.
             * @param message ProduceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.ProduceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ProduceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.ProduceResponse & edgelog.v1.ProduceResponse.$Shape} ProduceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.ProduceResponse & edgelog.v1.ProduceResponse.$Shape;

            /**
             * Gets the type url for ProduceResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProduceResponse {

            /** Properties of a ProduceResponse. */
            interface $Properties {

                /** ProduceResponse baseOffset */
                baseOffset?: (number|null);

                /** ProduceResponse logStartOffset */
                logStartOffset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceResponse. */
            type $Shape = edgelog.v1.ProduceResponse.$Properties;
        }

        /**
         * Properties of a FetchRequest.
         * @deprecated Use edgelog.v1.FetchRequest.$Properties instead.
         */
        interface IFetchRequest extends edgelog.v1.FetchRequest.$Properties {
        }

        /** Represents a FetchRequest. */
        class FetchRequest {

            /**
             * Constructs a new FetchRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.FetchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FetchRequest topic. */
            topic: string;

            /** FetchRequest partition. */
            partition: number;

            /** FetchRequest offset. */
            offset: number;

            /** FetchRequest maxBytes. */
            maxBytes: number;

            /**
             * Creates a new FetchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FetchRequest instance
             */
            static create(properties: edgelog.v1.FetchRequest.$Shape): edgelog.v1.FetchRequest & edgelog.v1.FetchRequest.$Shape;
            static create(properties?: edgelog.v1.FetchRequest.$Properties): edgelog.v1.FetchRequest;

            /**
             * Encodes the specified FetchRequest message. Does not implicitly {@link edgelog.v1.FetchRequest.verify|verify} messages.
             * @param message FetchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.FetchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.FetchRequest & edgelog.v1.FetchRequest.$Shape} FetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.FetchRequest & edgelog.v1.FetchRequest.$Shape;

            /**
             * Gets the type url for FetchRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FetchRequest {

            /** Properties of a FetchRequest. */
            interface $Properties {

                /** FetchRequest topic */
                topic?: (string|null);

                /** FetchRequest partition */
                partition?: (number|null);

                /** FetchRequest offset */
                offset?: (number|null);

                /** FetchRequest maxBytes */
                maxBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FetchRequest. */
            type $Shape = edgelog.v1.FetchRequest.$Properties;
        }

        /**
         * Properties of a FetchResponse.
         * @deprecated Use edgelog.v1.FetchResponse.$Properties instead.
         */
        interface IFetchResponse extends edgelog.v1.FetchResponse.$Properties {
        }

        /** Represents a FetchResponse. */
        class FetchResponse {

            /**
             * Constructs a new FetchResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.FetchResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FetchResponse records. */
            records: Uint8Array;

            /** FetchResponse highWatermark. */
            highWatermark: number;

            /** FetchResponse logStartOffset. */
            logStartOffset: number;

            /**
             * Creates a new FetchResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FetchResponse instance
             */
            static create(properties: edgelog.v1.FetchResponse.$Shape): edgelog.v1.FetchResponse & edgelog.v1.FetchResponse.$Shape;
            static create(properties?: edgelog.v1.FetchResponse.$Properties): edgelog.v1.FetchResponse;

            /**
             * Encodes the specified FetchResponse message. Does not implicitly {@link edgelog.v1.FetchResponse.verify|verify} messages.
             * @param message FetchResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.FetchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FetchResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.FetchResponse & edgelog.v1.FetchResponse.$Shape} FetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.FetchResponse & edgelog.v1.FetchResponse.$Shape;

            /**
             * Gets the type url for FetchResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FetchResponse {

            /** Properties of a FetchResponse. */
            interface $Properties {

                /** FetchResponse records */
                records?: (Uint8Array|null);

                /** FetchResponse highWatermark */
                highWatermark?: (number|null);

                /** FetchResponse logStartOffset */
                logStartOffset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FetchResponse. */
            type $Shape = edgelog.v1.FetchResponse.$Properties;
        }

        /**
         * Properties of a ListOffsetsRequest.
         * @deprecated Use edgelog.v1.ListOffsetsRequest.$Properties instead.
         */
        interface IListOffsetsRequest extends edgelog.v1.ListOffsetsRequest.$Properties {
        }

        /** Represents a ListOffsetsRequest. */
        class ListOffsetsRequest {

            /**
             * Constructs a new ListOffsetsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.ListOffsetsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListOffsetsRequest topic. */
            topic: string;

            /** ListOffsetsRequest partition. */
            partition: number;

            /** ListOffsetsRequest timestamp. */
            timestamp: number;

            /**
             * Creates a new ListOffsetsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListOffsetsRequest instance
             */
            static create(properties: edgelog.v1.ListOffsetsRequest.$Shape): edgelog.v1.ListOffsetsRequest & edgelog.v1.ListOffsetsRequest.$Shape;
            static create(properties?: edgelog.v1.ListOffsetsRequest.$Properties): edgelog.v1.ListOffsetsRequest;

            /**
             * Encodes the specified ListOffsetsRequest message. Does not implicitly {@link edgelog.v1.ListOffsetsRequest.verify|verify} messages.
             * @param message ListOffsetsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.ListOffsetsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListOffsetsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.ListOffsetsRequest & edgelog.v1.ListOffsetsRequest.$Shape} ListOffsetsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.ListOffsetsRequest & edgelog.v1.ListOffsetsRequest.$Shape;

            /**
             * Gets the type url for ListOffsetsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListOffsetsRequest {

            /** Properties of a ListOffsetsRequest. */
            interface $Properties {

                /** ListOffsetsRequest topic */
                topic?: (string|null);

                /** ListOffsetsRequest partition */
                partition?: (number|null);

                /** ListOffsetsRequest timestamp */
                timestamp?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListOffsetsRequest. */
            type $Shape = edgelog.v1.ListOffsetsRequest.$Properties;
        }

        /**
         * Properties of a ListOffsetsResponse.
         * @deprecated Use edgelog.v1.ListOffsetsResponse.$Properties instead.
         */
        interface IListOffsetsResponse extends edgelog.v1.ListOffsetsResponse.$Properties {
        }

        /** Represents a ListOffsetsResponse. */
        class ListOffsetsResponse {

            /**
             * Constructs a new ListOffsetsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.ListOffsetsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListOffsetsResponse offset. */
            offset: number;

            /** ListOffsetsResponse highWatermark. */
            highWatermark: number;

            /** ListOffsetsResponse logStartOffset. */
            logStartOffset: number;

            /**
             * Creates a new ListOffsetsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListOffsetsResponse instance
             */
            static create(properties: edgelog.v1.ListOffsetsResponse.$Shape): edgelog.v1.ListOffsetsResponse & edgelog.v1.ListOffsetsResponse.$Shape;
            static create(properties?: edgelog.v1.ListOffsetsResponse.$Properties): edgelog.v1.ListOffsetsResponse;

            /**
             * Encodes the specified ListOffsetsResponse message. Does not implicitly {@link edgelog.v1.ListOffsetsResponse.verify|verify} messages.
             * @param message ListOffsetsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.ListOffsetsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListOffsetsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.ListOffsetsResponse & edgelog.v1.ListOffsetsResponse.$Shape} ListOffsetsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.ListOffsetsResponse & edgelog.v1.ListOffsetsResponse.$Shape;

            /**
             * Gets the type url for ListOffsetsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListOffsetsResponse {

            /** Properties of a ListOffsetsResponse. */
            interface $Properties {

                /** ListOffsetsResponse offset */
                offset?: (number|null);

                /** ListOffsetsResponse highWatermark */
                highWatermark?: (number|null);

                /** ListOffsetsResponse logStartOffset */
                logStartOffset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListOffsetsResponse. */
            type $Shape = edgelog.v1.ListOffsetsResponse.$Properties;
        }

        /**
         * Properties of a SubscribeRequest.
         * @deprecated Use edgelog.v1.SubscribeRequest.$Properties instead.
         */
        interface ISubscribeRequest extends edgelog.v1.SubscribeRequest.$Properties {
        }

        /** Represents a SubscribeRequest. */
        class SubscribeRequest {

            /**
             * Constructs a new SubscribeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.SubscribeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscribeRequest topic. */
            topic: string;

            /** SubscribeRequest partition. */
            partition: number;

            /** SubscribeRequest offset. */
            offset: number;

            /** SubscribeRequest creditBytes. */
            creditBytes: number;

            /**
             * Creates a new SubscribeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeRequest instance
             */
            static create(properties: edgelog.v1.SubscribeRequest.$Shape): edgelog.v1.SubscribeRequest & edgelog.v1.SubscribeRequest.$Shape;
            static create(properties?: edgelog.v1.SubscribeRequest.$Properties): edgelog.v1.SubscribeRequest;

            /**
             * Encodes the specified SubscribeRequest message. Does not implicitly {@link edgelog.v1.SubscribeRequest.verify|verify} messages.
             * @param message SubscribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.SubscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.SubscribeRequest & edgelog.v1.SubscribeRequest.$Shape} SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.SubscribeRequest & edgelog.v1.SubscribeRequest.$Shape;

            /**
             * Gets the type url for SubscribeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscribeRequest {

            /** Properties of a SubscribeRequest. */
            interface $Properties {

                /** SubscribeRequest topic */
                topic?: (string|null);

                /** SubscribeRequest partition */
                partition?: (number|null);

                /** SubscribeRequest offset */
                offset?: (number|null);

                /** SubscribeRequest creditBytes */
                creditBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscribeRequest. */
            type $Shape = edgelog.v1.SubscribeRequest.$Properties;
        }

        /**
         * Properties of a SubscribeResponse.
         * @deprecated Use edgelog.v1.SubscribeResponse.$Properties instead.
         */
        interface ISubscribeResponse extends edgelog.v1.SubscribeResponse.$Properties {
        }

        /** Represents a SubscribeResponse. */
        class SubscribeResponse {

            /**
             * Constructs a new SubscribeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.SubscribeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscribeResponse subscriptionId. */
            subscriptionId: number;

            /** SubscribeResponse highWatermark. */
            highWatermark: number;

            /** SubscribeResponse logStartOffset. */
            logStartOffset: number;

            /**
             * Creates a new SubscribeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeResponse instance
             */
            static create(properties: edgelog.v1.SubscribeResponse.$Shape): edgelog.v1.SubscribeResponse & edgelog.v1.SubscribeResponse.$Shape;
            static create(properties?: edgelog.v1.SubscribeResponse.$Properties): edgelog.v1.SubscribeResponse;

            /**
             * Encodes the specified SubscribeResponse message. Does not implicitly {@link edgelog.v1.SubscribeResponse.verify|verify} messages.
             * @param message SubscribeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.SubscribeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.SubscribeResponse & edgelog.v1.SubscribeResponse.$Shape} SubscribeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.SubscribeResponse & edgelog.v1.SubscribeResponse.$Shape;

            /**
             * Gets the type url for SubscribeResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscribeResponse {

            /** Properties of a SubscribeResponse. */
            interface $Properties {

                /** SubscribeResponse subscriptionId */
                subscriptionId?: (number|null);

                /** SubscribeResponse highWatermark */
                highWatermark?: (number|null);

                /** SubscribeResponse logStartOffset */
                logStartOffset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscribeResponse. */
            type $Shape = edgelog.v1.SubscribeResponse.$Properties;
        }

        /**
         * Properties of a CreditRequest.
         * @deprecated Use edgelog.v1.CreditRequest.$Properties instead.
         */
        interface ICreditRequest extends edgelog.v1.CreditRequest.$Properties {
        }

        /** Represents a CreditRequest. */
        class CreditRequest {

            /**
             * Constructs a new CreditRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.CreditRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CreditRequest subscriptionId. */
            subscriptionId: number;

            /** CreditRequest creditBytes. */
            creditBytes: number;

            /**
             * Creates a new CreditRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CreditRequest instance
             */
            static create(properties: edgelog.v1.CreditRequest.$Shape): edgelog.v1.CreditRequest & edgelog.v1.CreditRequest.$Shape;
            static create(properties?: edgelog.v1.CreditRequest.$Properties): edgelog.v1.CreditRequest;

            /**
             * Encodes the specified CreditRequest message. Does not implicitly {@link edgelog.v1.CreditRequest.verify|verify} messages.
             * @param message CreditRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.CreditRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CreditRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.CreditRequest & edgelog.v1.CreditRequest.$Shape} CreditRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.CreditRequest & edgelog.v1.CreditRequest.$Shape;

            /**
             * Gets the type url for CreditRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CreditRequest {

            /** Properties of a CreditRequest. */
            interface $Properties {

                /** CreditRequest subscriptionId */
                subscriptionId?: (number|null);

                /** CreditRequest creditBytes */
                creditBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CreditRequest. */
            type $Shape = edgelog.v1.CreditRequest.$Properties;
        }

        /**
         * Properties of an UnsubscribeRequest.
         * @deprecated Use edgelog.v1.UnsubscribeRequest.$Properties instead.
         */
        interface IUnsubscribeRequest extends edgelog.v1.UnsubscribeRequest.$Properties {
        }

        /** Represents an UnsubscribeRequest. */
        class UnsubscribeRequest {

            /**
             * Constructs a new UnsubscribeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.UnsubscribeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UnsubscribeRequest subscriptionId. */
            subscriptionId: number;

            /**
             * Creates a new UnsubscribeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnsubscribeRequest instance
             */
            static create(properties: edgelog.v1.UnsubscribeRequest.$Shape): edgelog.v1.UnsubscribeRequest & edgelog.v1.UnsubscribeRequest.$Shape;
            static create(properties?: edgelog.v1.UnsubscribeRequest.$Properties): edgelog.v1.UnsubscribeRequest;

            /**
             * Encodes the specified UnsubscribeRequest message. Does not implicitly {@link edgelog.v1.UnsubscribeRequest.verify|verify} messages.
             * @param message UnsubscribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.UnsubscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnsubscribeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.UnsubscribeRequest & edgelog.v1.UnsubscribeRequest.$Shape} UnsubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.UnsubscribeRequest & edgelog.v1.UnsubscribeRequest.$Shape;

            /**
             * Gets the type url for UnsubscribeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnsubscribeRequest {

            /** Properties of an UnsubscribeRequest. */
            interface $Properties {

                /** UnsubscribeRequest subscriptionId */
                subscriptionId?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnsubscribeRequest. */
            type $Shape = edgelog.v1.UnsubscribeRequest.$Properties;
        }

        /**
         * Properties of an UnsubscribeResponse.
         * @deprecated Use edgelog.v1.UnsubscribeResponse.$Properties instead.
         */
        interface IUnsubscribeResponse extends edgelog.v1.UnsubscribeResponse.$Properties {
        }

        /** Represents an UnsubscribeResponse. */
        class UnsubscribeResponse {

            /**
             * Constructs a new UnsubscribeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.UnsubscribeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new UnsubscribeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UnsubscribeResponse instance
             */
            static create(properties: edgelog.v1.UnsubscribeResponse.$Shape): edgelog.v1.UnsubscribeResponse & edgelog.v1.UnsubscribeResponse.$Shape;
            static create(properties?: edgelog.v1.UnsubscribeResponse.$Properties): edgelog.v1.UnsubscribeResponse;

            /**
             * Encodes the specified UnsubscribeResponse message. Does not implicitly {@link edgelog.v1.UnsubscribeResponse.verify|verify} messages.
             * @param message UnsubscribeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.UnsubscribeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an UnsubscribeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.UnsubscribeResponse & edgelog.v1.UnsubscribeResponse.$Shape} UnsubscribeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.UnsubscribeResponse & edgelog.v1.UnsubscribeResponse.$Shape;

            /**
             * Gets the type url for UnsubscribeResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnsubscribeResponse {

            /** Properties of an UnsubscribeResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an UnsubscribeResponse. */
            type $Shape = edgelog.v1.UnsubscribeResponse.$Properties;
        }

        /**
         * Properties of a Push.
         * @deprecated Use edgelog.v1.Push.$Properties instead.
         */
        interface IPush extends edgelog.v1.Push.$Properties {
        }

        /** Represents a Push. */
        class Push {

            /**
             * Constructs a new Push.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.Push.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Push subscriptionId. */
            subscriptionId: number;

            /** Push records. */
            records: Uint8Array;

            /** Push highWatermark. */
            highWatermark: number;

            /** Push nextOffset. */
            nextOffset: number;

            /**
             * Creates a new Push instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Push instance
             */
            static create(properties: edgelog.v1.Push.$Shape): edgelog.v1.Push & edgelog.v1.Push.$Shape;
            static create(properties?: edgelog.v1.Push.$Properties): edgelog.v1.Push;

            /**
             * Encodes the specified Push message. Does not implicitly {@link edgelog.v1.Push.verify|verify} messages.
             * @param message Push message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.Push.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Push message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.Push & edgelog.v1.Push.$Shape} Push
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.Push & edgelog.v1.Push.$Shape;

            /**
             * Gets the type url for Push
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Push {

            /** Properties of a Push. */
            interface $Properties {

                /** Push subscriptionId */
                subscriptionId?: (number|null);

                /** Push records */
                records?: (Uint8Array|null);

                /** Push highWatermark */
                highWatermark?: (number|null);

                /** Push nextOffset */
                nextOffset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Push. */
            type $Shape = edgelog.v1.Push.$Properties;
        }

        /**
         * Properties of a SubscriptionEnd.
         * @deprecated Use edgelog.v1.SubscriptionEnd.$Properties instead.
         */
        interface ISubscriptionEnd extends edgelog.v1.SubscriptionEnd.$Properties {
        }

        /** Represents a SubscriptionEnd. */
        class SubscriptionEnd {

            /**
             * Constructs a new SubscriptionEnd.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.SubscriptionEnd.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscriptionEnd subscriptionId. */
            subscriptionId: number;

            /** SubscriptionEnd error. */
            error?: (edgelog.v1.Error.$Properties|null);

            /**
             * Creates a new SubscriptionEnd instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscriptionEnd instance
             */
            static create(properties: edgelog.v1.SubscriptionEnd.$Shape): edgelog.v1.SubscriptionEnd & edgelog.v1.SubscriptionEnd.$Shape;
            static create(properties?: edgelog.v1.SubscriptionEnd.$Properties): edgelog.v1.SubscriptionEnd;

            /**
             * Encodes the specified SubscriptionEnd message. Does not implicitly {@link edgelog.v1.SubscriptionEnd.verify|verify} messages.
             * @param message SubscriptionEnd message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.SubscriptionEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscriptionEnd message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.SubscriptionEnd & edgelog.v1.SubscriptionEnd.$Shape} SubscriptionEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.SubscriptionEnd & edgelog.v1.SubscriptionEnd.$Shape;

            /**
             * Gets the type url for SubscriptionEnd
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscriptionEnd {

            /** Properties of a SubscriptionEnd. */
            interface $Properties {

                /** SubscriptionEnd subscriptionId */
                subscriptionId?: (number|null);

                /** SubscriptionEnd error */
                error?: (edgelog.v1.Error.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscriptionEnd. */
            type $Shape = edgelog.v1.SubscriptionEnd.$Properties;
        }
    }
}
