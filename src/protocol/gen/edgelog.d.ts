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

            /** Frame groupHeartbeatRequest. */
            groupHeartbeatRequest?: (edgelog.v1.GroupHeartbeatRequest.$Properties|null);

            /** Frame groupHeartbeatResponse. */
            groupHeartbeatResponse?: (edgelog.v1.GroupHeartbeatResponse.$Properties|null);

            /** Frame offsetCommitRequest. */
            offsetCommitRequest?: (edgelog.v1.OffsetCommitRequest.$Properties|null);

            /** Frame offsetCommitResponse. */
            offsetCommitResponse?: (edgelog.v1.OffsetCommitResponse.$Properties|null);

            /** Frame offsetFetchRequest. */
            offsetFetchRequest?: (edgelog.v1.OffsetFetchRequest.$Properties|null);

            /** Frame offsetFetchResponse. */
            offsetFetchResponse?: (edgelog.v1.OffsetFetchResponse.$Properties|null);

            /** Frame listGroupsRequest. */
            listGroupsRequest?: (edgelog.v1.ListGroupsRequest.$Properties|null);

            /** Frame listGroupsResponse. */
            listGroupsResponse?: (edgelog.v1.ListGroupsResponse.$Properties|null);

            /** Frame describeGroupRequest. */
            describeGroupRequest?: (edgelog.v1.DescribeGroupRequest.$Properties|null);

            /** Frame describeGroupResponse. */
            describeGroupResponse?: (edgelog.v1.DescribeGroupResponse.$Properties|null);

            /** Frame deleteGroupRequest. */
            deleteGroupRequest?: (edgelog.v1.DeleteGroupRequest.$Properties|null);

            /** Frame deleteGroupResponse. */
            deleteGroupResponse?: (edgelog.v1.DeleteGroupResponse.$Properties|null);

            /** Frame groupChanged. */
            groupChanged?: (edgelog.v1.GroupChanged.$Properties|null);

            /** Frame initProducerRequest. */
            initProducerRequest?: (edgelog.v1.InitProducerRequest.$Properties|null);

            /** Frame initProducerResponse. */
            initProducerResponse?: (edgelog.v1.InitProducerResponse.$Properties|null);

            /** Frame electLeaderRequest. */
            electLeaderRequest?: (edgelog.v1.ElectLeaderRequest.$Properties|null);

            /** Frame electLeaderResponse. */
            electLeaderResponse?: (edgelog.v1.ElectLeaderResponse.$Properties|null);

            /** Frame body. */
            body?: ("helloRequest"|"helloResponse"|"metadataRequest"|"metadataResponse"|"createTopicRequest"|"createTopicResponse"|"deleteTopicRequest"|"deleteTopicResponse"|"listTopicsRequest"|"listTopicsResponse"|"describeTopicRequest"|"describeTopicResponse"|"produceRequest"|"produceResponse"|"fetchRequest"|"fetchResponse"|"listOffsetsRequest"|"listOffsetsResponse"|"subscribeRequest"|"subscribeResponse"|"creditRequest"|"unsubscribeRequest"|"unsubscribeResponse"|"push"|"subscriptionEnd"|"groupHeartbeatRequest"|"groupHeartbeatResponse"|"offsetCommitRequest"|"offsetCommitResponse"|"offsetFetchRequest"|"offsetFetchResponse"|"listGroupsRequest"|"listGroupsResponse"|"describeGroupRequest"|"describeGroupResponse"|"deleteGroupRequest"|"deleteGroupResponse"|"groupChanged"|"initProducerRequest"|"initProducerResponse"|"electLeaderRequest"|"electLeaderResponse");

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

                /** Frame groupHeartbeatRequest */
                groupHeartbeatRequest?: (edgelog.v1.GroupHeartbeatRequest.$Properties|null);

                /** Frame groupHeartbeatResponse */
                groupHeartbeatResponse?: (edgelog.v1.GroupHeartbeatResponse.$Properties|null);

                /** Frame offsetCommitRequest */
                offsetCommitRequest?: (edgelog.v1.OffsetCommitRequest.$Properties|null);

                /** Frame offsetCommitResponse */
                offsetCommitResponse?: (edgelog.v1.OffsetCommitResponse.$Properties|null);

                /** Frame offsetFetchRequest */
                offsetFetchRequest?: (edgelog.v1.OffsetFetchRequest.$Properties|null);

                /** Frame offsetFetchResponse */
                offsetFetchResponse?: (edgelog.v1.OffsetFetchResponse.$Properties|null);

                /** Frame listGroupsRequest */
                listGroupsRequest?: (edgelog.v1.ListGroupsRequest.$Properties|null);

                /** Frame listGroupsResponse */
                listGroupsResponse?: (edgelog.v1.ListGroupsResponse.$Properties|null);

                /** Frame describeGroupRequest */
                describeGroupRequest?: (edgelog.v1.DescribeGroupRequest.$Properties|null);

                /** Frame describeGroupResponse */
                describeGroupResponse?: (edgelog.v1.DescribeGroupResponse.$Properties|null);

                /** Frame deleteGroupRequest */
                deleteGroupRequest?: (edgelog.v1.DeleteGroupRequest.$Properties|null);

                /** Frame deleteGroupResponse */
                deleteGroupResponse?: (edgelog.v1.DeleteGroupResponse.$Properties|null);

                /** Frame groupChanged */
                groupChanged?: (edgelog.v1.GroupChanged.$Properties|null);

                /** Frame initProducerRequest */
                initProducerRequest?: (edgelog.v1.InitProducerRequest.$Properties|null);

                /** Frame initProducerResponse */
                initProducerResponse?: (edgelog.v1.InitProducerResponse.$Properties|null);

                /** Frame electLeaderRequest */
                electLeaderRequest?: (edgelog.v1.ElectLeaderRequest.$Properties|null);

                /** Frame electLeaderResponse */
                electLeaderResponse?: (edgelog.v1.ElectLeaderResponse.$Properties|null);

                /** Frame body */
                body?: ("helloRequest"|"helloResponse"|"metadataRequest"|"metadataResponse"|"createTopicRequest"|"createTopicResponse"|"deleteTopicRequest"|"deleteTopicResponse"|"listTopicsRequest"|"listTopicsResponse"|"describeTopicRequest"|"describeTopicResponse"|"produceRequest"|"produceResponse"|"fetchRequest"|"fetchResponse"|"listOffsetsRequest"|"listOffsetsResponse"|"subscribeRequest"|"subscribeResponse"|"creditRequest"|"unsubscribeRequest"|"unsubscribeResponse"|"push"|"subscriptionEnd"|"groupHeartbeatRequest"|"groupHeartbeatResponse"|"offsetCommitRequest"|"offsetCommitResponse"|"offsetFetchRequest"|"offsetFetchResponse"|"listGroupsRequest"|"listGroupsResponse"|"describeGroupRequest"|"describeGroupResponse"|"deleteGroupRequest"|"deleteGroupResponse"|"groupChanged"|"initProducerRequest"|"initProducerResponse"|"electLeaderRequest"|"electLeaderResponse");

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
              groupHeartbeatRequest?: edgelog.v1.GroupHeartbeatRequest.$Shape|null;
              groupHeartbeatResponse?: edgelog.v1.GroupHeartbeatResponse.$Shape|null;
              offsetCommitRequest?: edgelog.v1.OffsetCommitRequest.$Shape|null;
              offsetCommitResponse?: edgelog.v1.OffsetCommitResponse.$Shape|null;
              offsetFetchRequest?: edgelog.v1.OffsetFetchRequest.$Shape|null;
              offsetFetchResponse?: edgelog.v1.OffsetFetchResponse.$Shape|null;
              listGroupsRequest?: edgelog.v1.ListGroupsRequest.$Shape|null;
              listGroupsResponse?: edgelog.v1.ListGroupsResponse.$Shape|null;
              describeGroupRequest?: edgelog.v1.DescribeGroupRequest.$Shape|null;
              describeGroupResponse?: edgelog.v1.DescribeGroupResponse.$Shape|null;
              deleteGroupRequest?: edgelog.v1.DeleteGroupRequest.$Shape|null;
              deleteGroupResponse?: edgelog.v1.DeleteGroupResponse.$Shape|null;
              groupChanged?: edgelog.v1.GroupChanged.$Shape|null;
              initProducerRequest?: edgelog.v1.InitProducerRequest.$Shape|null;
              initProducerResponse?: edgelog.v1.InitProducerResponse.$Shape|null;
              electLeaderRequest?: edgelog.v1.ElectLeaderRequest.$Shape|null;
              electLeaderResponse?: edgelog.v1.ElectLeaderResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "helloRequest"; helloRequest: edgelog.v1.HelloRequest.$Shape; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "helloResponse"; helloRequest?: null; helloResponse: edgelog.v1.HelloResponse.$Shape; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "metadataRequest"; helloRequest?: null; helloResponse?: null; metadataRequest: edgelog.v1.MetadataRequest.$Shape; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "metadataResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse: edgelog.v1.MetadataResponse.$Shape; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "createTopicRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest: edgelog.v1.CreateTopicRequest.$Shape; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "createTopicResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse: edgelog.v1.CreateTopicResponse.$Shape; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "deleteTopicRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest: edgelog.v1.DeleteTopicRequest.$Shape; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "deleteTopicResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse: edgelog.v1.DeleteTopicResponse.$Shape; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "listTopicsRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest: edgelog.v1.ListTopicsRequest.$Shape; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "listTopicsResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse: edgelog.v1.ListTopicsResponse.$Shape; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "describeTopicRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest: edgelog.v1.DescribeTopicRequest.$Shape; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "describeTopicResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse: edgelog.v1.DescribeTopicResponse.$Shape; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "produceRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest: edgelog.v1.ProduceRequest.$Shape; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "produceResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse: edgelog.v1.ProduceResponse.$Shape; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "fetchRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest: edgelog.v1.FetchRequest.$Shape; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "fetchResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse: edgelog.v1.FetchResponse.$Shape; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "listOffsetsRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest: edgelog.v1.ListOffsetsRequest.$Shape; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "listOffsetsResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse: edgelog.v1.ListOffsetsResponse.$Shape; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "subscribeRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest: edgelog.v1.SubscribeRequest.$Shape; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "subscribeResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse: edgelog.v1.SubscribeResponse.$Shape; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "creditRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest: edgelog.v1.CreditRequest.$Shape; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "unsubscribeRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest: edgelog.v1.UnsubscribeRequest.$Shape; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "unsubscribeResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse: edgelog.v1.UnsubscribeResponse.$Shape; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "push"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push: edgelog.v1.Push.$Shape; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "subscriptionEnd"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd: edgelog.v1.SubscriptionEnd.$Shape; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "groupHeartbeatRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest: edgelog.v1.GroupHeartbeatRequest.$Shape; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "groupHeartbeatResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse: edgelog.v1.GroupHeartbeatResponse.$Shape; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "offsetCommitRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest: edgelog.v1.OffsetCommitRequest.$Shape; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "offsetCommitResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse: edgelog.v1.OffsetCommitResponse.$Shape; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "offsetFetchRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest: edgelog.v1.OffsetFetchRequest.$Shape; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "offsetFetchResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse: edgelog.v1.OffsetFetchResponse.$Shape; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "listGroupsRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest: edgelog.v1.ListGroupsRequest.$Shape; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "listGroupsResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse: edgelog.v1.ListGroupsResponse.$Shape; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "describeGroupRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest: edgelog.v1.DescribeGroupRequest.$Shape; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "describeGroupResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse: edgelog.v1.DescribeGroupResponse.$Shape; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "deleteGroupRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest: edgelog.v1.DeleteGroupRequest.$Shape; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "deleteGroupResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse: edgelog.v1.DeleteGroupResponse.$Shape; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "groupChanged"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged: edgelog.v1.GroupChanged.$Shape; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "initProducerRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest: edgelog.v1.InitProducerRequest.$Shape; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "initProducerResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse: edgelog.v1.InitProducerResponse.$Shape; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "electLeaderRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest: edgelog.v1.ElectLeaderRequest.$Shape; electLeaderResponse?: null }|{ body?: "electLeaderResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse: edgelog.v1.ElectLeaderResponse.$Shape })
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

            /** Error retryAfterMs. */
            retryAfterMs: number;

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

                /** Error retryAfterMs */
                retryAfterMs?: (number|null);

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

            /** HelloRequest token. */
            token: string;

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

                /** HelloRequest token */
                token?: (string|null);

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

            /** TopicConfig replicas. */
            replicas: number;

            /** TopicConfig regions. */
            regions: string[];

            /** TopicConfig minInsyncReplicas. */
            minInsyncReplicas: number;

            /** TopicConfig replicaLagMaxMs. */
            replicaLagMaxMs: number;

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

                /** TopicConfig replicas */
                replicas?: (number|null);

                /** TopicConfig regions */
                regions?: (string[]|null);

                /** TopicConfig minInsyncReplicas */
                minInsyncReplicas?: (number|null);

                /** TopicConfig replicaLagMaxMs */
                replicaLagMaxMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TopicConfig. */
            type $Shape = edgelog.v1.TopicConfig.$Properties;
        }

        /**
         * Properties of a ReplicaState.
         * @deprecated Use edgelog.v1.ReplicaState.$Properties instead.
         */
        interface IReplicaState extends edgelog.v1.ReplicaState.$Properties {
        }

        /** Represents a ReplicaState. */
        class ReplicaState {

            /**
             * Constructs a new ReplicaState.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.ReplicaState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReplicaState region. */
            region: string;

            /** ReplicaState endpoint. */
            endpoint: string;

            /** ReplicaState leader. */
            leader: boolean;

            /** ReplicaState inSync. */
            inSync: boolean;

            /** ReplicaState logEndOffset. */
            logEndOffset: number;

            /** ReplicaState lag. */
            lag: number;

            /**
             * Creates a new ReplicaState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReplicaState instance
             */
            static create(properties: edgelog.v1.ReplicaState.$Shape): edgelog.v1.ReplicaState & edgelog.v1.ReplicaState.$Shape;
            static create(properties?: edgelog.v1.ReplicaState.$Properties): edgelog.v1.ReplicaState;

            /**
             * Encodes the specified ReplicaState message. Does not implicitly {@link edgelog.v1.ReplicaState.verify|verify} messages.
             * @param message ReplicaState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.ReplicaState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReplicaState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.ReplicaState & edgelog.v1.ReplicaState.$Shape} ReplicaState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.ReplicaState & edgelog.v1.ReplicaState.$Shape;

            /**
             * Gets the type url for ReplicaState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicaState {

            /** Properties of a ReplicaState. */
            interface $Properties {

                /** ReplicaState region */
                region?: (string|null);

                /** ReplicaState endpoint */
                endpoint?: (string|null);

                /** ReplicaState leader */
                leader?: (boolean|null);

                /** ReplicaState inSync */
                inSync?: (boolean|null);

                /** ReplicaState logEndOffset */
                logEndOffset?: (number|null);

                /** ReplicaState lag */
                lag?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReplicaState. */
            type $Shape = edgelog.v1.ReplicaState.$Properties;
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

            /** PartitionMetadata leaderEpoch. */
            leaderEpoch: number;

            /** PartitionMetadata leaderRegion. */
            leaderRegion: string;

            /** PartitionMetadata replicas. */
            replicas: edgelog.v1.ReplicaState.$Properties[];

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

                /** PartitionMetadata leaderEpoch */
                leaderEpoch?: (number|null);

                /** PartitionMetadata leaderRegion */
                leaderRegion?: (string|null);

                /** PartitionMetadata replicas */
                replicas?: (edgelog.v1.ReplicaState.$Properties[]|null);

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

            /** MetadataRequest groups. */
            groups: string[];

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

                /** MetadataRequest groups */
                groups?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetadataRequest. */
            type $Shape = edgelog.v1.MetadataRequest.$Properties;
        }

        /**
         * Properties of a GroupCoordinator.
         * @deprecated Use edgelog.v1.GroupCoordinator.$Properties instead.
         */
        interface IGroupCoordinator extends edgelog.v1.GroupCoordinator.$Properties {
        }

        /** Represents a GroupCoordinator. */
        class GroupCoordinator {

            /**
             * Constructs a new GroupCoordinator.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.GroupCoordinator.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupCoordinator groupId. */
            groupId: string;

            /** GroupCoordinator endpoint. */
            endpoint: string;

            /**
             * Creates a new GroupCoordinator instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupCoordinator instance
             */
            static create(properties: edgelog.v1.GroupCoordinator.$Shape): edgelog.v1.GroupCoordinator & edgelog.v1.GroupCoordinator.$Shape;
            static create(properties?: edgelog.v1.GroupCoordinator.$Properties): edgelog.v1.GroupCoordinator;

            /**
             * Encodes the specified GroupCoordinator message. Does not implicitly {@link edgelog.v1.GroupCoordinator.verify|verify} messages.
             * @param message GroupCoordinator message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.GroupCoordinator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupCoordinator message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.GroupCoordinator & edgelog.v1.GroupCoordinator.$Shape} GroupCoordinator
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.GroupCoordinator & edgelog.v1.GroupCoordinator.$Shape;

            /**
             * Gets the type url for GroupCoordinator
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupCoordinator {

            /** Properties of a GroupCoordinator. */
            interface $Properties {

                /** GroupCoordinator groupId */
                groupId?: (string|null);

                /** GroupCoordinator endpoint */
                endpoint?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupCoordinator. */
            type $Shape = edgelog.v1.GroupCoordinator.$Properties;
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

            /** MetadataResponse groups. */
            groups: edgelog.v1.GroupCoordinator.$Properties[];

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

                /** MetadataResponse groups */
                groups?: (edgelog.v1.GroupCoordinator.$Properties[]|null);

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

            /** ProduceResponse duplicate. */
            duplicate: boolean;

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

                /** ProduceResponse duplicate */
                duplicate?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ProduceResponse. */
            type $Shape = edgelog.v1.ProduceResponse.$Properties;
        }

        /**
         * Properties of an InitProducerRequest.
         * @deprecated Use edgelog.v1.InitProducerRequest.$Properties instead.
         */
        interface IInitProducerRequest extends edgelog.v1.InitProducerRequest.$Properties {
        }

        /** Represents an InitProducerRequest. */
        class InitProducerRequest {

            /**
             * Constructs a new InitProducerRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.InitProducerRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InitProducerRequest producerId. */
            producerId: number;

            /** InitProducerRequest producerEpoch. */
            producerEpoch: number;

            /**
             * Creates a new InitProducerRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InitProducerRequest instance
             */
            static create(properties: edgelog.v1.InitProducerRequest.$Shape): edgelog.v1.InitProducerRequest & edgelog.v1.InitProducerRequest.$Shape;
            static create(properties?: edgelog.v1.InitProducerRequest.$Properties): edgelog.v1.InitProducerRequest;

            /**
             * Encodes the specified InitProducerRequest message. Does not implicitly {@link edgelog.v1.InitProducerRequest.verify|verify} messages.
             * @param message InitProducerRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.InitProducerRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InitProducerRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.InitProducerRequest & edgelog.v1.InitProducerRequest.$Shape} InitProducerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.InitProducerRequest & edgelog.v1.InitProducerRequest.$Shape;

            /**
             * Gets the type url for InitProducerRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InitProducerRequest {

            /** Properties of an InitProducerRequest. */
            interface $Properties {

                /** InitProducerRequest producerId */
                producerId?: (number|null);

                /** InitProducerRequest producerEpoch */
                producerEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InitProducerRequest. */
            type $Shape = edgelog.v1.InitProducerRequest.$Properties;
        }

        /**
         * Properties of an InitProducerResponse.
         * @deprecated Use edgelog.v1.InitProducerResponse.$Properties instead.
         */
        interface IInitProducerResponse extends edgelog.v1.InitProducerResponse.$Properties {
        }

        /** Represents an InitProducerResponse. */
        class InitProducerResponse {

            /**
             * Constructs a new InitProducerResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.InitProducerResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InitProducerResponse producerId. */
            producerId: number;

            /** InitProducerResponse producerEpoch. */
            producerEpoch: number;

            /**
             * Creates a new InitProducerResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InitProducerResponse instance
             */
            static create(properties: edgelog.v1.InitProducerResponse.$Shape): edgelog.v1.InitProducerResponse & edgelog.v1.InitProducerResponse.$Shape;
            static create(properties?: edgelog.v1.InitProducerResponse.$Properties): edgelog.v1.InitProducerResponse;

            /**
             * Encodes the specified InitProducerResponse message. Does not implicitly {@link edgelog.v1.InitProducerResponse.verify|verify} messages.
             * @param message InitProducerResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.InitProducerResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InitProducerResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.InitProducerResponse & edgelog.v1.InitProducerResponse.$Shape} InitProducerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.InitProducerResponse & edgelog.v1.InitProducerResponse.$Shape;

            /**
             * Gets the type url for InitProducerResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InitProducerResponse {

            /** Properties of an InitProducerResponse. */
            interface $Properties {

                /** InitProducerResponse producerId */
                producerId?: (number|null);

                /** InitProducerResponse producerEpoch */
                producerEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InitProducerResponse. */
            type $Shape = edgelog.v1.InitProducerResponse.$Properties;
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

            /** SubscribeRequest minBytes. */
            minBytes: number;

            /** SubscribeRequest maxWaitMs. */
            maxWaitMs: number;

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

                /** SubscribeRequest minBytes */
                minBytes?: (number|null);

                /** SubscribeRequest maxWaitMs */
                maxWaitMs?: (number|null);

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

        /**
         * Properties of a TopicPartitions.
         * @deprecated Use edgelog.v1.TopicPartitions.$Properties instead.
         */
        interface ITopicPartitions extends edgelog.v1.TopicPartitions.$Properties {
        }

        /** Represents a TopicPartitions. */
        class TopicPartitions {

            /**
             * Constructs a new TopicPartitions.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.TopicPartitions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TopicPartitions topic. */
            topic: string;

            /** TopicPartitions partitions. */
            partitions: number[];

            /**
             * Creates a new TopicPartitions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TopicPartitions instance
             */
            static create(properties: edgelog.v1.TopicPartitions.$Shape): edgelog.v1.TopicPartitions & edgelog.v1.TopicPartitions.$Shape;
            static create(properties?: edgelog.v1.TopicPartitions.$Properties): edgelog.v1.TopicPartitions;

            /**
             * Encodes the specified TopicPartitions message. Does not implicitly {@link edgelog.v1.TopicPartitions.verify|verify} messages.
             * @param message TopicPartitions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.TopicPartitions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TopicPartitions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.TopicPartitions & edgelog.v1.TopicPartitions.$Shape} TopicPartitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.TopicPartitions & edgelog.v1.TopicPartitions.$Shape;

            /**
             * Gets the type url for TopicPartitions
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TopicPartitions {

            /** Properties of a TopicPartitions. */
            interface $Properties {

                /** TopicPartitions topic */
                topic?: (string|null);

                /** TopicPartitions partitions */
                partitions?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TopicPartitions. */
            type $Shape = edgelog.v1.TopicPartitions.$Properties;
        }

        /**
         * Properties of a StringList.
         * @deprecated Use edgelog.v1.StringList.$Properties instead.
         */
        interface IStringList extends edgelog.v1.StringList.$Properties {
        }

        /** Represents a StringList. */
        class StringList {

            /**
             * Constructs a new StringList.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.StringList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringList values. */
            values: string[];

            /**
             * Creates a new StringList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringList instance
             */
            static create(properties: edgelog.v1.StringList.$Shape): edgelog.v1.StringList & edgelog.v1.StringList.$Shape;
            static create(properties?: edgelog.v1.StringList.$Properties): edgelog.v1.StringList;

            /**
             * Encodes the specified StringList message. Does not implicitly {@link edgelog.v1.StringList.verify|verify} messages.
             * @param message StringList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.StringList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.StringList & edgelog.v1.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.StringList & edgelog.v1.StringList.$Shape;

            /**
             * Gets the type url for StringList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StringList {

            /** Properties of a StringList. */
            interface $Properties {

                /** StringList values */
                values?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StringList. */
            type $Shape = edgelog.v1.StringList.$Properties;
        }

        /**
         * Properties of a TopicPartitionsList.
         * @deprecated Use edgelog.v1.TopicPartitionsList.$Properties instead.
         */
        interface ITopicPartitionsList extends edgelog.v1.TopicPartitionsList.$Properties {
        }

        /** Represents a TopicPartitionsList. */
        class TopicPartitionsList {

            /**
             * Constructs a new TopicPartitionsList.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.TopicPartitionsList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TopicPartitionsList topics. */
            topics: edgelog.v1.TopicPartitions.$Properties[];

            /**
             * Creates a new TopicPartitionsList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TopicPartitionsList instance
             */
            static create(properties: edgelog.v1.TopicPartitionsList.$Shape): edgelog.v1.TopicPartitionsList & edgelog.v1.TopicPartitionsList.$Shape;
            static create(properties?: edgelog.v1.TopicPartitionsList.$Properties): edgelog.v1.TopicPartitionsList;

            /**
             * Encodes the specified TopicPartitionsList message. Does not implicitly {@link edgelog.v1.TopicPartitionsList.verify|verify} messages.
             * @param message TopicPartitionsList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.TopicPartitionsList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TopicPartitionsList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.TopicPartitionsList & edgelog.v1.TopicPartitionsList.$Shape} TopicPartitionsList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.TopicPartitionsList & edgelog.v1.TopicPartitionsList.$Shape;

            /**
             * Gets the type url for TopicPartitionsList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TopicPartitionsList {

            /** Properties of a TopicPartitionsList. */
            interface $Properties {

                /** TopicPartitionsList topics */
                topics?: (edgelog.v1.TopicPartitions.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TopicPartitionsList. */
            type $Shape = edgelog.v1.TopicPartitionsList.$Properties;
        }

        /**
         * Properties of a GroupHeartbeatRequest.
         * @deprecated Use edgelog.v1.GroupHeartbeatRequest.$Properties instead.
         */
        interface IGroupHeartbeatRequest extends edgelog.v1.GroupHeartbeatRequest.$Properties {
        }

        /** Represents a GroupHeartbeatRequest. */
        class GroupHeartbeatRequest {

            /**
             * Constructs a new GroupHeartbeatRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.GroupHeartbeatRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupHeartbeatRequest groupId. */
            groupId: string;

            /** GroupHeartbeatRequest memberId. */
            memberId: string;

            /** GroupHeartbeatRequest groupInstanceId. */
            groupInstanceId: string;

            /** GroupHeartbeatRequest memberEpoch. */
            memberEpoch: number;

            /** GroupHeartbeatRequest subscribedTopics. */
            subscribedTopics?: (edgelog.v1.StringList.$Properties|null);

            /** GroupHeartbeatRequest owned. */
            owned?: (edgelog.v1.TopicPartitionsList.$Properties|null);

            /** GroupHeartbeatRequest sessionTimeoutMs. */
            sessionTimeoutMs: number;

            /** GroupHeartbeatRequest rebalanceTimeoutMs. */
            rebalanceTimeoutMs: number;

            /** GroupHeartbeatRequest assignor. */
            assignor: string;

            /**
             * Creates a new GroupHeartbeatRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupHeartbeatRequest instance
             */
            static create(properties: edgelog.v1.GroupHeartbeatRequest.$Shape): edgelog.v1.GroupHeartbeatRequest & edgelog.v1.GroupHeartbeatRequest.$Shape;
            static create(properties?: edgelog.v1.GroupHeartbeatRequest.$Properties): edgelog.v1.GroupHeartbeatRequest;

            /**
             * Encodes the specified GroupHeartbeatRequest message. Does not implicitly {@link edgelog.v1.GroupHeartbeatRequest.verify|verify} messages.
             * @param message GroupHeartbeatRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.GroupHeartbeatRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupHeartbeatRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.GroupHeartbeatRequest & edgelog.v1.GroupHeartbeatRequest.$Shape} GroupHeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.GroupHeartbeatRequest & edgelog.v1.GroupHeartbeatRequest.$Shape;

            /**
             * Gets the type url for GroupHeartbeatRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupHeartbeatRequest {

            /** Properties of a GroupHeartbeatRequest. */
            interface $Properties {

                /** GroupHeartbeatRequest groupId */
                groupId?: (string|null);

                /** GroupHeartbeatRequest memberId */
                memberId?: (string|null);

                /** GroupHeartbeatRequest groupInstanceId */
                groupInstanceId?: (string|null);

                /** GroupHeartbeatRequest memberEpoch */
                memberEpoch?: (number|null);

                /** GroupHeartbeatRequest subscribedTopics */
                subscribedTopics?: (edgelog.v1.StringList.$Properties|null);

                /** GroupHeartbeatRequest owned */
                owned?: (edgelog.v1.TopicPartitionsList.$Properties|null);

                /** GroupHeartbeatRequest sessionTimeoutMs */
                sessionTimeoutMs?: (number|null);

                /** GroupHeartbeatRequest rebalanceTimeoutMs */
                rebalanceTimeoutMs?: (number|null);

                /** GroupHeartbeatRequest assignor */
                assignor?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupHeartbeatRequest. */
            type $Shape = edgelog.v1.GroupHeartbeatRequest.$Properties;
        }

        /**
         * Properties of a GroupHeartbeatResponse.
         * @deprecated Use edgelog.v1.GroupHeartbeatResponse.$Properties instead.
         */
        interface IGroupHeartbeatResponse extends edgelog.v1.GroupHeartbeatResponse.$Properties {
        }

        /** Represents a GroupHeartbeatResponse. */
        class GroupHeartbeatResponse {

            /**
             * Constructs a new GroupHeartbeatResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.GroupHeartbeatResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupHeartbeatResponse memberId. */
            memberId: string;

            /** GroupHeartbeatResponse memberEpoch. */
            memberEpoch: number;

            /** GroupHeartbeatResponse heartbeatIntervalMs. */
            heartbeatIntervalMs: number;

            /** GroupHeartbeatResponse assignment. */
            assignment: edgelog.v1.TopicPartitions.$Properties[];

            /**
             * Creates a new GroupHeartbeatResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupHeartbeatResponse instance
             */
            static create(properties: edgelog.v1.GroupHeartbeatResponse.$Shape): edgelog.v1.GroupHeartbeatResponse & edgelog.v1.GroupHeartbeatResponse.$Shape;
            static create(properties?: edgelog.v1.GroupHeartbeatResponse.$Properties): edgelog.v1.GroupHeartbeatResponse;

            /**
             * Encodes the specified GroupHeartbeatResponse message. Does not implicitly {@link edgelog.v1.GroupHeartbeatResponse.verify|verify} messages.
             * @param message GroupHeartbeatResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.GroupHeartbeatResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupHeartbeatResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.GroupHeartbeatResponse & edgelog.v1.GroupHeartbeatResponse.$Shape} GroupHeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.GroupHeartbeatResponse & edgelog.v1.GroupHeartbeatResponse.$Shape;

            /**
             * Gets the type url for GroupHeartbeatResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupHeartbeatResponse {

            /** Properties of a GroupHeartbeatResponse. */
            interface $Properties {

                /** GroupHeartbeatResponse memberId */
                memberId?: (string|null);

                /** GroupHeartbeatResponse memberEpoch */
                memberEpoch?: (number|null);

                /** GroupHeartbeatResponse heartbeatIntervalMs */
                heartbeatIntervalMs?: (number|null);

                /** GroupHeartbeatResponse assignment */
                assignment?: (edgelog.v1.TopicPartitions.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupHeartbeatResponse. */
            type $Shape = edgelog.v1.GroupHeartbeatResponse.$Properties;
        }

        /**
         * Properties of a PartitionOffset.
         * @deprecated Use edgelog.v1.PartitionOffset.$Properties instead.
         */
        interface IPartitionOffset extends edgelog.v1.PartitionOffset.$Properties {
        }

        /** Represents a PartitionOffset. */
        class PartitionOffset {

            /**
             * Constructs a new PartitionOffset.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.PartitionOffset.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartitionOffset topic. */
            topic: string;

            /** PartitionOffset partition. */
            partition: number;

            /** PartitionOffset offset. */
            offset: number;

            /** PartitionOffset metadata. */
            metadata: string;

            /** PartitionOffset committedAtMs. */
            committedAtMs: number;

            /**
             * Creates a new PartitionOffset instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartitionOffset instance
             */
            static create(properties: edgelog.v1.PartitionOffset.$Shape): edgelog.v1.PartitionOffset & edgelog.v1.PartitionOffset.$Shape;
            static create(properties?: edgelog.v1.PartitionOffset.$Properties): edgelog.v1.PartitionOffset;

            /**
             * Encodes the specified PartitionOffset message. Does not implicitly {@link edgelog.v1.PartitionOffset.verify|verify} messages.
             * @param message PartitionOffset message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.PartitionOffset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartitionOffset message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.PartitionOffset & edgelog.v1.PartitionOffset.$Shape} PartitionOffset
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.PartitionOffset & edgelog.v1.PartitionOffset.$Shape;

            /**
             * Gets the type url for PartitionOffset
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PartitionOffset {

            /** Properties of a PartitionOffset. */
            interface $Properties {

                /** PartitionOffset topic */
                topic?: (string|null);

                /** PartitionOffset partition */
                partition?: (number|null);

                /** PartitionOffset offset */
                offset?: (number|null);

                /** PartitionOffset metadata */
                metadata?: (string|null);

                /** PartitionOffset committedAtMs */
                committedAtMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartitionOffset. */
            type $Shape = edgelog.v1.PartitionOffset.$Properties;
        }

        /**
         * Properties of an OffsetCommitRequest.
         * @deprecated Use edgelog.v1.OffsetCommitRequest.$Properties instead.
         */
        interface IOffsetCommitRequest extends edgelog.v1.OffsetCommitRequest.$Properties {
        }

        /** Represents an OffsetCommitRequest. */
        class OffsetCommitRequest {

            /**
             * Constructs a new OffsetCommitRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.OffsetCommitRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetCommitRequest groupId. */
            groupId: string;

            /** OffsetCommitRequest memberId. */
            memberId: string;

            /** OffsetCommitRequest memberEpoch. */
            memberEpoch: number;

            /** OffsetCommitRequest offsets. */
            offsets: edgelog.v1.PartitionOffset.$Properties[];

            /**
             * Creates a new OffsetCommitRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OffsetCommitRequest instance
             */
            static create(properties: edgelog.v1.OffsetCommitRequest.$Shape): edgelog.v1.OffsetCommitRequest & edgelog.v1.OffsetCommitRequest.$Shape;
            static create(properties?: edgelog.v1.OffsetCommitRequest.$Properties): edgelog.v1.OffsetCommitRequest;

            /**
             * Encodes the specified OffsetCommitRequest message. Does not implicitly {@link edgelog.v1.OffsetCommitRequest.verify|verify} messages.
             * @param message OffsetCommitRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.OffsetCommitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetCommitRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.OffsetCommitRequest & edgelog.v1.OffsetCommitRequest.$Shape} OffsetCommitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.OffsetCommitRequest & edgelog.v1.OffsetCommitRequest.$Shape;

            /**
             * Gets the type url for OffsetCommitRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OffsetCommitRequest {

            /** Properties of an OffsetCommitRequest. */
            interface $Properties {

                /** OffsetCommitRequest groupId */
                groupId?: (string|null);

                /** OffsetCommitRequest memberId */
                memberId?: (string|null);

                /** OffsetCommitRequest memberEpoch */
                memberEpoch?: (number|null);

                /** OffsetCommitRequest offsets */
                offsets?: (edgelog.v1.PartitionOffset.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetCommitRequest. */
            type $Shape = edgelog.v1.OffsetCommitRequest.$Properties;
        }

        /**
         * Properties of an OffsetCommitResponse.
         * @deprecated Use edgelog.v1.OffsetCommitResponse.$Properties instead.
         */
        interface IOffsetCommitResponse extends edgelog.v1.OffsetCommitResponse.$Properties {
        }

        /** Represents an OffsetCommitResponse. */
        class OffsetCommitResponse {

            /**
             * Constructs a new OffsetCommitResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.OffsetCommitResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetCommitResponse ignored. */
            ignored: edgelog.v1.PartitionOffset.$Properties[];

            /**
             * Creates a new OffsetCommitResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OffsetCommitResponse instance
             */
            static create(properties: edgelog.v1.OffsetCommitResponse.$Shape): edgelog.v1.OffsetCommitResponse & edgelog.v1.OffsetCommitResponse.$Shape;
            static create(properties?: edgelog.v1.OffsetCommitResponse.$Properties): edgelog.v1.OffsetCommitResponse;

            /**
             * Encodes the specified OffsetCommitResponse message. Does not implicitly {@link edgelog.v1.OffsetCommitResponse.verify|verify} messages.
             * @param message OffsetCommitResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.OffsetCommitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetCommitResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.OffsetCommitResponse & edgelog.v1.OffsetCommitResponse.$Shape} OffsetCommitResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.OffsetCommitResponse & edgelog.v1.OffsetCommitResponse.$Shape;

            /**
             * Gets the type url for OffsetCommitResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OffsetCommitResponse {

            /** Properties of an OffsetCommitResponse. */
            interface $Properties {

                /** OffsetCommitResponse ignored */
                ignored?: (edgelog.v1.PartitionOffset.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetCommitResponse. */
            type $Shape = edgelog.v1.OffsetCommitResponse.$Properties;
        }

        /**
         * Properties of an OffsetFetchRequest.
         * @deprecated Use edgelog.v1.OffsetFetchRequest.$Properties instead.
         */
        interface IOffsetFetchRequest extends edgelog.v1.OffsetFetchRequest.$Properties {
        }

        /** Represents an OffsetFetchRequest. */
        class OffsetFetchRequest {

            /**
             * Constructs a new OffsetFetchRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.OffsetFetchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetFetchRequest groupId. */
            groupId: string;

            /** OffsetFetchRequest partitions. */
            partitions: edgelog.v1.TopicPartitions.$Properties[];

            /**
             * Creates a new OffsetFetchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OffsetFetchRequest instance
             */
            static create(properties: edgelog.v1.OffsetFetchRequest.$Shape): edgelog.v1.OffsetFetchRequest & edgelog.v1.OffsetFetchRequest.$Shape;
            static create(properties?: edgelog.v1.OffsetFetchRequest.$Properties): edgelog.v1.OffsetFetchRequest;

            /**
             * Encodes the specified OffsetFetchRequest message. Does not implicitly {@link edgelog.v1.OffsetFetchRequest.verify|verify} messages.
             * @param message OffsetFetchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.OffsetFetchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetFetchRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.OffsetFetchRequest & edgelog.v1.OffsetFetchRequest.$Shape} OffsetFetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.OffsetFetchRequest & edgelog.v1.OffsetFetchRequest.$Shape;

            /**
             * Gets the type url for OffsetFetchRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OffsetFetchRequest {

            /** Properties of an OffsetFetchRequest. */
            interface $Properties {

                /** OffsetFetchRequest groupId */
                groupId?: (string|null);

                /** OffsetFetchRequest partitions */
                partitions?: (edgelog.v1.TopicPartitions.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetFetchRequest. */
            type $Shape = edgelog.v1.OffsetFetchRequest.$Properties;
        }

        /**
         * Properties of an OffsetFetchResponse.
         * @deprecated Use edgelog.v1.OffsetFetchResponse.$Properties instead.
         */
        interface IOffsetFetchResponse extends edgelog.v1.OffsetFetchResponse.$Properties {
        }

        /** Represents an OffsetFetchResponse. */
        class OffsetFetchResponse {

            /**
             * Constructs a new OffsetFetchResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.OffsetFetchResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OffsetFetchResponse offsets. */
            offsets: edgelog.v1.PartitionOffset.$Properties[];

            /**
             * Creates a new OffsetFetchResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OffsetFetchResponse instance
             */
            static create(properties: edgelog.v1.OffsetFetchResponse.$Shape): edgelog.v1.OffsetFetchResponse & edgelog.v1.OffsetFetchResponse.$Shape;
            static create(properties?: edgelog.v1.OffsetFetchResponse.$Properties): edgelog.v1.OffsetFetchResponse;

            /**
             * Encodes the specified OffsetFetchResponse message. Does not implicitly {@link edgelog.v1.OffsetFetchResponse.verify|verify} messages.
             * @param message OffsetFetchResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.OffsetFetchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OffsetFetchResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.OffsetFetchResponse & edgelog.v1.OffsetFetchResponse.$Shape} OffsetFetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.OffsetFetchResponse & edgelog.v1.OffsetFetchResponse.$Shape;

            /**
             * Gets the type url for OffsetFetchResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OffsetFetchResponse {

            /** Properties of an OffsetFetchResponse. */
            interface $Properties {

                /** OffsetFetchResponse offsets */
                offsets?: (edgelog.v1.PartitionOffset.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OffsetFetchResponse. */
            type $Shape = edgelog.v1.OffsetFetchResponse.$Properties;
        }

        /**
         * Properties of a ListGroupsRequest.
         * @deprecated Use edgelog.v1.ListGroupsRequest.$Properties instead.
         */
        interface IListGroupsRequest extends edgelog.v1.ListGroupsRequest.$Properties {
        }

        /** Represents a ListGroupsRequest. */
        class ListGroupsRequest {

            /**
             * Constructs a new ListGroupsRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.ListGroupsRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ListGroupsRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListGroupsRequest instance
             */
            static create(properties: edgelog.v1.ListGroupsRequest.$Shape): edgelog.v1.ListGroupsRequest & edgelog.v1.ListGroupsRequest.$Shape;
            static create(properties?: edgelog.v1.ListGroupsRequest.$Properties): edgelog.v1.ListGroupsRequest;

            /**
             * Encodes the specified ListGroupsRequest message. Does not implicitly {@link edgelog.v1.ListGroupsRequest.verify|verify} messages.
             * @param message ListGroupsRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.ListGroupsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListGroupsRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.ListGroupsRequest & edgelog.v1.ListGroupsRequest.$Shape} ListGroupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.ListGroupsRequest & edgelog.v1.ListGroupsRequest.$Shape;

            /**
             * Gets the type url for ListGroupsRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListGroupsRequest {

            /** Properties of a ListGroupsRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListGroupsRequest. */
            type $Shape = edgelog.v1.ListGroupsRequest.$Properties;
        }

        /**
         * Properties of a ListGroupsResponse.
         * @deprecated Use edgelog.v1.ListGroupsResponse.$Properties instead.
         */
        interface IListGroupsResponse extends edgelog.v1.ListGroupsResponse.$Properties {
        }

        /** Represents a ListGroupsResponse. */
        class ListGroupsResponse {

            /**
             * Constructs a new ListGroupsResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.ListGroupsResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListGroupsResponse groups. */
            groups: string[];

            /**
             * Creates a new ListGroupsResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListGroupsResponse instance
             */
            static create(properties: edgelog.v1.ListGroupsResponse.$Shape): edgelog.v1.ListGroupsResponse & edgelog.v1.ListGroupsResponse.$Shape;
            static create(properties?: edgelog.v1.ListGroupsResponse.$Properties): edgelog.v1.ListGroupsResponse;

            /**
             * Encodes the specified ListGroupsResponse message. Does not implicitly {@link edgelog.v1.ListGroupsResponse.verify|verify} messages.
             * @param message ListGroupsResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.ListGroupsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListGroupsResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.ListGroupsResponse & edgelog.v1.ListGroupsResponse.$Shape} ListGroupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.ListGroupsResponse & edgelog.v1.ListGroupsResponse.$Shape;

            /**
             * Gets the type url for ListGroupsResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListGroupsResponse {

            /** Properties of a ListGroupsResponse. */
            interface $Properties {

                /** ListGroupsResponse groups */
                groups?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListGroupsResponse. */
            type $Shape = edgelog.v1.ListGroupsResponse.$Properties;
        }

        /**
         * Properties of a GroupMember.
         * @deprecated Use edgelog.v1.GroupMember.$Properties instead.
         */
        interface IGroupMember extends edgelog.v1.GroupMember.$Properties {
        }

        /** Represents a GroupMember. */
        class GroupMember {

            /**
             * Constructs a new GroupMember.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.GroupMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupMember memberId. */
            memberId: string;

            /** GroupMember groupInstanceId. */
            groupInstanceId: string;

            /** GroupMember memberEpoch. */
            memberEpoch: number;

            /** GroupMember state. */
            state: string;

            /** GroupMember subscribedTopics. */
            subscribedTopics: string[];

            /** GroupMember assigned. */
            assigned: edgelog.v1.TopicPartitions.$Properties[];

            /** GroupMember revoking. */
            revoking: edgelog.v1.TopicPartitions.$Properties[];

            /** GroupMember pending. */
            pending: edgelog.v1.TopicPartitions.$Properties[];

            /**
             * Creates a new GroupMember instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupMember instance
             */
            static create(properties: edgelog.v1.GroupMember.$Shape): edgelog.v1.GroupMember & edgelog.v1.GroupMember.$Shape;
            static create(properties?: edgelog.v1.GroupMember.$Properties): edgelog.v1.GroupMember;

            /**
             * Encodes the specified GroupMember message. Does not implicitly {@link edgelog.v1.GroupMember.verify|verify} messages.
             * @param message GroupMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.GroupMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupMember message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.GroupMember & edgelog.v1.GroupMember.$Shape} GroupMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.GroupMember & edgelog.v1.GroupMember.$Shape;

            /**
             * Gets the type url for GroupMember
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupMember {

            /** Properties of a GroupMember. */
            interface $Properties {

                /** GroupMember memberId */
                memberId?: (string|null);

                /** GroupMember groupInstanceId */
                groupInstanceId?: (string|null);

                /** GroupMember memberEpoch */
                memberEpoch?: (number|null);

                /** GroupMember state */
                state?: (string|null);

                /** GroupMember subscribedTopics */
                subscribedTopics?: (string[]|null);

                /** GroupMember assigned */
                assigned?: (edgelog.v1.TopicPartitions.$Properties[]|null);

                /** GroupMember revoking */
                revoking?: (edgelog.v1.TopicPartitions.$Properties[]|null);

                /** GroupMember pending */
                pending?: (edgelog.v1.TopicPartitions.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupMember. */
            type $Shape = edgelog.v1.GroupMember.$Properties;
        }

        /**
         * Properties of a DescribeGroupRequest.
         * @deprecated Use edgelog.v1.DescribeGroupRequest.$Properties instead.
         */
        interface IDescribeGroupRequest extends edgelog.v1.DescribeGroupRequest.$Properties {
        }

        /** Represents a DescribeGroupRequest. */
        class DescribeGroupRequest {

            /**
             * Constructs a new DescribeGroupRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.DescribeGroupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeGroupRequest groupId. */
            groupId: string;

            /**
             * Creates a new DescribeGroupRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeGroupRequest instance
             */
            static create(properties: edgelog.v1.DescribeGroupRequest.$Shape): edgelog.v1.DescribeGroupRequest & edgelog.v1.DescribeGroupRequest.$Shape;
            static create(properties?: edgelog.v1.DescribeGroupRequest.$Properties): edgelog.v1.DescribeGroupRequest;

            /**
             * Encodes the specified DescribeGroupRequest message. Does not implicitly {@link edgelog.v1.DescribeGroupRequest.verify|verify} messages.
             * @param message DescribeGroupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.DescribeGroupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeGroupRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.DescribeGroupRequest & edgelog.v1.DescribeGroupRequest.$Shape} DescribeGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.DescribeGroupRequest & edgelog.v1.DescribeGroupRequest.$Shape;

            /**
             * Gets the type url for DescribeGroupRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeGroupRequest {

            /** Properties of a DescribeGroupRequest. */
            interface $Properties {

                /** DescribeGroupRequest groupId */
                groupId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeGroupRequest. */
            type $Shape = edgelog.v1.DescribeGroupRequest.$Properties;
        }

        /**
         * Properties of a DescribeGroupResponse.
         * @deprecated Use edgelog.v1.DescribeGroupResponse.$Properties instead.
         */
        interface IDescribeGroupResponse extends edgelog.v1.DescribeGroupResponse.$Properties {
        }

        /** Represents a DescribeGroupResponse. */
        class DescribeGroupResponse {

            /**
             * Constructs a new DescribeGroupResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.DescribeGroupResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DescribeGroupResponse groupId. */
            groupId: string;

            /** DescribeGroupResponse state. */
            state: string;

            /** DescribeGroupResponse groupEpoch. */
            groupEpoch: number;

            /** DescribeGroupResponse assignor. */
            assignor: string;

            /** DescribeGroupResponse members. */
            members: edgelog.v1.GroupMember.$Properties[];

            /** DescribeGroupResponse offsets. */
            offsets: edgelog.v1.PartitionOffset.$Properties[];

            /**
             * Creates a new DescribeGroupResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DescribeGroupResponse instance
             */
            static create(properties: edgelog.v1.DescribeGroupResponse.$Shape): edgelog.v1.DescribeGroupResponse & edgelog.v1.DescribeGroupResponse.$Shape;
            static create(properties?: edgelog.v1.DescribeGroupResponse.$Properties): edgelog.v1.DescribeGroupResponse;

            /**
             * Encodes the specified DescribeGroupResponse message. Does not implicitly {@link edgelog.v1.DescribeGroupResponse.verify|verify} messages.
             * @param message DescribeGroupResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.DescribeGroupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DescribeGroupResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.DescribeGroupResponse & edgelog.v1.DescribeGroupResponse.$Shape} DescribeGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.DescribeGroupResponse & edgelog.v1.DescribeGroupResponse.$Shape;

            /**
             * Gets the type url for DescribeGroupResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeGroupResponse {

            /** Properties of a DescribeGroupResponse. */
            interface $Properties {

                /** DescribeGroupResponse groupId */
                groupId?: (string|null);

                /** DescribeGroupResponse state */
                state?: (string|null);

                /** DescribeGroupResponse groupEpoch */
                groupEpoch?: (number|null);

                /** DescribeGroupResponse assignor */
                assignor?: (string|null);

                /** DescribeGroupResponse members */
                members?: (edgelog.v1.GroupMember.$Properties[]|null);

                /** DescribeGroupResponse offsets */
                offsets?: (edgelog.v1.PartitionOffset.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DescribeGroupResponse. */
            type $Shape = edgelog.v1.DescribeGroupResponse.$Properties;
        }

        /**
         * Properties of a DeleteGroupRequest.
         * @deprecated Use edgelog.v1.DeleteGroupRequest.$Properties instead.
         */
        interface IDeleteGroupRequest extends edgelog.v1.DeleteGroupRequest.$Properties {
        }

        /** Represents a DeleteGroupRequest. */
        class DeleteGroupRequest {

            /**
             * Constructs a new DeleteGroupRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.DeleteGroupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteGroupRequest groupId. */
            groupId: string;

            /**
             * Creates a new DeleteGroupRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteGroupRequest instance
             */
            static create(properties: edgelog.v1.DeleteGroupRequest.$Shape): edgelog.v1.DeleteGroupRequest & edgelog.v1.DeleteGroupRequest.$Shape;
            static create(properties?: edgelog.v1.DeleteGroupRequest.$Properties): edgelog.v1.DeleteGroupRequest;

            /**
             * Encodes the specified DeleteGroupRequest message. Does not implicitly {@link edgelog.v1.DeleteGroupRequest.verify|verify} messages.
             * @param message DeleteGroupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.DeleteGroupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteGroupRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.DeleteGroupRequest & edgelog.v1.DeleteGroupRequest.$Shape} DeleteGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.DeleteGroupRequest & edgelog.v1.DeleteGroupRequest.$Shape;

            /**
             * Gets the type url for DeleteGroupRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteGroupRequest {

            /** Properties of a DeleteGroupRequest. */
            interface $Properties {

                /** DeleteGroupRequest groupId */
                groupId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteGroupRequest. */
            type $Shape = edgelog.v1.DeleteGroupRequest.$Properties;
        }

        /**
         * Properties of a DeleteGroupResponse.
         * @deprecated Use edgelog.v1.DeleteGroupResponse.$Properties instead.
         */
        interface IDeleteGroupResponse extends edgelog.v1.DeleteGroupResponse.$Properties {
        }

        /** Represents a DeleteGroupResponse. */
        class DeleteGroupResponse {

            /**
             * Constructs a new DeleteGroupResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.DeleteGroupResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new DeleteGroupResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteGroupResponse instance
             */
            static create(properties: edgelog.v1.DeleteGroupResponse.$Shape): edgelog.v1.DeleteGroupResponse & edgelog.v1.DeleteGroupResponse.$Shape;
            static create(properties?: edgelog.v1.DeleteGroupResponse.$Properties): edgelog.v1.DeleteGroupResponse;

            /**
             * Encodes the specified DeleteGroupResponse message. Does not implicitly {@link edgelog.v1.DeleteGroupResponse.verify|verify} messages.
             * @param message DeleteGroupResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.DeleteGroupResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteGroupResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.DeleteGroupResponse & edgelog.v1.DeleteGroupResponse.$Shape} DeleteGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.DeleteGroupResponse & edgelog.v1.DeleteGroupResponse.$Shape;

            /**
             * Gets the type url for DeleteGroupResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteGroupResponse {

            /** Properties of a DeleteGroupResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteGroupResponse. */
            type $Shape = edgelog.v1.DeleteGroupResponse.$Properties;
        }

        /**
         * Properties of a GroupChanged.
         * @deprecated Use edgelog.v1.GroupChanged.$Properties instead.
         */
        interface IGroupChanged extends edgelog.v1.GroupChanged.$Properties {
        }

        /** Represents a GroupChanged. */
        class GroupChanged {

            /**
             * Constructs a new GroupChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.GroupChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupChanged groupId. */
            groupId: string;

            /** GroupChanged groupEpoch. */
            groupEpoch: number;

            /**
             * Creates a new GroupChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupChanged instance
             */
            static create(properties: edgelog.v1.GroupChanged.$Shape): edgelog.v1.GroupChanged & edgelog.v1.GroupChanged.$Shape;
            static create(properties?: edgelog.v1.GroupChanged.$Properties): edgelog.v1.GroupChanged;

            /**
             * Encodes the specified GroupChanged message. Does not implicitly {@link edgelog.v1.GroupChanged.verify|verify} messages.
             * @param message GroupChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.GroupChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.GroupChanged & edgelog.v1.GroupChanged.$Shape} GroupChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.GroupChanged & edgelog.v1.GroupChanged.$Shape;

            /**
             * Gets the type url for GroupChanged
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupChanged {

            /** Properties of a GroupChanged. */
            interface $Properties {

                /** GroupChanged groupId */
                groupId?: (string|null);

                /** GroupChanged groupEpoch */
                groupEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupChanged. */
            type $Shape = edgelog.v1.GroupChanged.$Properties;
        }

        /**
         * Properties of an ElectLeaderRequest.
         * @deprecated Use edgelog.v1.ElectLeaderRequest.$Properties instead.
         */
        interface IElectLeaderRequest extends edgelog.v1.ElectLeaderRequest.$Properties {
        }

        /** Represents an ElectLeaderRequest. */
        class ElectLeaderRequest {

            /**
             * Constructs a new ElectLeaderRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.ElectLeaderRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ElectLeaderRequest topic. */
            topic: string;

            /** ElectLeaderRequest partition. */
            partition: number;

            /** ElectLeaderRequest region. */
            region: string;

            /**
             * Creates a new ElectLeaderRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ElectLeaderRequest instance
             */
            static create(properties: edgelog.v1.ElectLeaderRequest.$Shape): edgelog.v1.ElectLeaderRequest & edgelog.v1.ElectLeaderRequest.$Shape;
            static create(properties?: edgelog.v1.ElectLeaderRequest.$Properties): edgelog.v1.ElectLeaderRequest;

            /**
             * Encodes the specified ElectLeaderRequest message. Does not implicitly {@link edgelog.v1.ElectLeaderRequest.verify|verify} messages.
             * @param message ElectLeaderRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.ElectLeaderRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ElectLeaderRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.ElectLeaderRequest & edgelog.v1.ElectLeaderRequest.$Shape} ElectLeaderRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.ElectLeaderRequest & edgelog.v1.ElectLeaderRequest.$Shape;

            /**
             * Gets the type url for ElectLeaderRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ElectLeaderRequest {

            /** Properties of an ElectLeaderRequest. */
            interface $Properties {

                /** ElectLeaderRequest topic */
                topic?: (string|null);

                /** ElectLeaderRequest partition */
                partition?: (number|null);

                /** ElectLeaderRequest region */
                region?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ElectLeaderRequest. */
            type $Shape = edgelog.v1.ElectLeaderRequest.$Properties;
        }

        /**
         * Properties of an ElectLeaderResponse.
         * @deprecated Use edgelog.v1.ElectLeaderResponse.$Properties instead.
         */
        interface IElectLeaderResponse extends edgelog.v1.ElectLeaderResponse.$Properties {
        }

        /** Represents an ElectLeaderResponse. */
        class ElectLeaderResponse {

            /**
             * Constructs a new ElectLeaderResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: edgelog.v1.ElectLeaderResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ElectLeaderResponse partition. */
            partition?: (edgelog.v1.PartitionMetadata.$Properties|null);

            /**
             * Creates a new ElectLeaderResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ElectLeaderResponse instance
             */
            static create(properties: edgelog.v1.ElectLeaderResponse.$Shape): edgelog.v1.ElectLeaderResponse & edgelog.v1.ElectLeaderResponse.$Shape;
            static create(properties?: edgelog.v1.ElectLeaderResponse.$Properties): edgelog.v1.ElectLeaderResponse;

            /**
             * Encodes the specified ElectLeaderResponse message. Does not implicitly {@link edgelog.v1.ElectLeaderResponse.verify|verify} messages.
             * @param message ElectLeaderResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: edgelog.v1.ElectLeaderResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ElectLeaderResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {edgelog.v1.ElectLeaderResponse & edgelog.v1.ElectLeaderResponse.$Shape} ElectLeaderResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgelog.v1.ElectLeaderResponse & edgelog.v1.ElectLeaderResponse.$Shape;

            /**
             * Gets the type url for ElectLeaderResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ElectLeaderResponse {

            /** Properties of an ElectLeaderResponse. */
            interface $Properties {

                /** ElectLeaderResponse partition */
                partition?: (edgelog.v1.PartitionMetadata.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ElectLeaderResponse. */
            type $Shape = edgelog.v1.ElectLeaderResponse.$Properties;
        }
    }
}
