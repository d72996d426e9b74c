/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const edgelog = $root.edgelog = (() => {

    /**
     * Namespace edgelog.
     * @exports edgelog
     * @namespace
     */
    const edgelog = {};

    edgelog.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof edgelog
         * @namespace
         */
        const v1 = {};

        v1.Frame = (function() {

            /**
             * Properties of a Frame.
             * @typedef {Object} edgelog.v1.Frame.$Properties
             * @property {number|null} [correlationId] Frame correlationId
             * @property {edgelog.v1.Error.$Properties|null} [error] Frame error
             * @property {edgelog.v1.HelloRequest.$Properties|null} [helloRequest] Frame helloRequest
             * @property {edgelog.v1.HelloResponse.$Properties|null} [helloResponse] Frame helloResponse
             * @property {edgelog.v1.MetadataRequest.$Properties|null} [metadataRequest] Frame metadataRequest
             * @property {edgelog.v1.MetadataResponse.$Properties|null} [metadataResponse] Frame metadataResponse
             * @property {edgelog.v1.CreateTopicRequest.$Properties|null} [createTopicRequest] Frame createTopicRequest
             * @property {edgelog.v1.CreateTopicResponse.$Properties|null} [createTopicResponse] Frame createTopicResponse
             * @property {edgelog.v1.DeleteTopicRequest.$Properties|null} [deleteTopicRequest] Frame deleteTopicRequest
             * @property {edgelog.v1.DeleteTopicResponse.$Properties|null} [deleteTopicResponse] Frame deleteTopicResponse
             * @property {edgelog.v1.ListTopicsRequest.$Properties|null} [listTopicsRequest] Frame listTopicsRequest
             * @property {edgelog.v1.ListTopicsResponse.$Properties|null} [listTopicsResponse] Frame listTopicsResponse
             * @property {edgelog.v1.DescribeTopicRequest.$Properties|null} [describeTopicRequest] Frame describeTopicRequest
             * @property {edgelog.v1.DescribeTopicResponse.$Properties|null} [describeTopicResponse] Frame describeTopicResponse
             * @property {edgelog.v1.ProduceRequest.$Properties|null} [produceRequest] Frame produceRequest
             * @property {edgelog.v1.ProduceResponse.$Properties|null} [produceResponse] Frame produceResponse
             * @property {edgelog.v1.FetchRequest.$Properties|null} [fetchRequest] Frame fetchRequest
             * @property {edgelog.v1.FetchResponse.$Properties|null} [fetchResponse] Frame fetchResponse
             * @property {edgelog.v1.ListOffsetsRequest.$Properties|null} [listOffsetsRequest] Frame listOffsetsRequest
             * @property {edgelog.v1.ListOffsetsResponse.$Properties|null} [listOffsetsResponse] Frame listOffsetsResponse
             * @property {edgelog.v1.SubscribeRequest.$Properties|null} [subscribeRequest] Frame subscribeRequest
             * @property {edgelog.v1.SubscribeResponse.$Properties|null} [subscribeResponse] Frame subscribeResponse
             * @property {edgelog.v1.CreditRequest.$Properties|null} [creditRequest] Frame creditRequest
             * @property {edgelog.v1.UnsubscribeRequest.$Properties|null} [unsubscribeRequest] Frame unsubscribeRequest
             * @property {edgelog.v1.UnsubscribeResponse.$Properties|null} [unsubscribeResponse] Frame unsubscribeResponse
             * @property {edgelog.v1.Push.$Properties|null} [push] Frame push
             * @property {edgelog.v1.SubscriptionEnd.$Properties|null} [subscriptionEnd] Frame subscriptionEnd
             * @property {edgelog.v1.GroupHeartbeatRequest.$Properties|null} [groupHeartbeatRequest] Frame groupHeartbeatRequest
             * @property {edgelog.v1.GroupHeartbeatResponse.$Properties|null} [groupHeartbeatResponse] Frame groupHeartbeatResponse
             * @property {edgelog.v1.OffsetCommitRequest.$Properties|null} [offsetCommitRequest] Frame offsetCommitRequest
             * @property {edgelog.v1.OffsetCommitResponse.$Properties|null} [offsetCommitResponse] Frame offsetCommitResponse
             * @property {edgelog.v1.OffsetFetchRequest.$Properties|null} [offsetFetchRequest] Frame offsetFetchRequest
             * @property {edgelog.v1.OffsetFetchResponse.$Properties|null} [offsetFetchResponse] Frame offsetFetchResponse
             * @property {edgelog.v1.ListGroupsRequest.$Properties|null} [listGroupsRequest] Frame listGroupsRequest
             * @property {edgelog.v1.ListGroupsResponse.$Properties|null} [listGroupsResponse] Frame listGroupsResponse
             * @property {edgelog.v1.DescribeGroupRequest.$Properties|null} [describeGroupRequest] Frame describeGroupRequest
             * @property {edgelog.v1.DescribeGroupResponse.$Properties|null} [describeGroupResponse] Frame describeGroupResponse
             * @property {edgelog.v1.DeleteGroupRequest.$Properties|null} [deleteGroupRequest] Frame deleteGroupRequest
             * @property {edgelog.v1.DeleteGroupResponse.$Properties|null} [deleteGroupResponse] Frame deleteGroupResponse
             * @property {edgelog.v1.GroupChanged.$Properties|null} [groupChanged] Frame groupChanged
             * @property {edgelog.v1.InitProducerRequest.$Properties|null} [initProducerRequest] Frame initProducerRequest
             * @property {edgelog.v1.InitProducerResponse.$Properties|null} [initProducerResponse] Frame initProducerResponse
             * @property {edgelog.v1.ElectLeaderRequest.$Properties|null} [electLeaderRequest] Frame electLeaderRequest
             * @property {edgelog.v1.ElectLeaderResponse.$Properties|null} [electLeaderResponse] Frame electLeaderResponse
             * @property {"helloRequest"|"helloResponse"|"metadataRequest"|"metadataResponse"|"createTopicRequest"|"createTopicResponse"|"deleteTopicRequest"|"deleteTopicResponse"|"listTopicsRequest"|"listTopicsResponse"|"describeTopicRequest"|"describeTopicResponse"|"produceRequest"|"produceResponse"|"fetchRequest"|"fetchResponse"|"listOffsetsRequest"|"listOffsetsResponse"|"subscribeRequest"|"subscribeResponse"|"creditRequest"|"unsubscribeRequest"|"unsubscribeResponse"|"push"|"subscriptionEnd"|"groupHeartbeatRequest"|"groupHeartbeatResponse"|"offsetCommitRequest"|"offsetCommitResponse"|"offsetFetchRequest"|"offsetFetchResponse"|"listGroupsRequest"|"listGroupsResponse"|"describeGroupRequest"|"describeGroupResponse"|"deleteGroupRequest"|"deleteGroupResponse"|"groupChanged"|"initProducerRequest"|"initProducerResponse"|"electLeaderRequest"|"electLeaderResponse"} [body] Frame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Frame.
             * @memberof edgelog.v1
             * @interface IFrame
             * @augments edgelog.v1.Frame.$Properties
             * @deprecated Use edgelog.v1.Frame.$Properties instead.
             */

            /**
             * Narrowed shape of a Frame.
             * @typedef {{
             *   correlationId?: number|null;
             *   error?: edgelog.v1.Error.$Shape|null;
             *   helloRequest?: edgelog.v1.HelloRequest.$Shape|null;
             *   helloResponse?: edgelog.v1.HelloResponse.$Shape|null;
             *   metadataRequest?: edgelog.v1.MetadataRequest.$Shape|null;
             *   metadataResponse?: edgelog.v1.MetadataResponse.$Shape|null;
             *   createTopicRequest?: edgelog.v1.CreateTopicRequest.$Shape|null;
             *   createTopicResponse?: edgelog.v1.CreateTopicResponse.$Shape|null;
             *   deleteTopicRequest?: edgelog.v1.DeleteTopicRequest.$Shape|null;
             *   deleteTopicResponse?: edgelog.v1.DeleteTopicResponse.$Shape|null;
             *   listTopicsRequest?: edgelog.v1.ListTopicsRequest.$Shape|null;
             *   listTopicsResponse?: edgelog.v1.ListTopicsResponse.$Shape|null;
             *   describeTopicRequest?: edgelog.v1.DescribeTopicRequest.$Shape|null;
             *   describeTopicResponse?: edgelog.v1.DescribeTopicResponse.$Shape|null;
             *   produceRequest?: edgelog.v1.ProduceRequest.$Shape|null;
             *   produceResponse?: edgelog.v1.ProduceResponse.$Shape|null;
             *   fetchRequest?: edgelog.v1.FetchRequest.$Shape|null;
             *   fetchResponse?: edgelog.v1.FetchResponse.$Shape|null;
             *   listOffsetsRequest?: edgelog.v1.ListOffsetsRequest.$Shape|null;
             *   listOffsetsResponse?: edgelog.v1.ListOffsetsResponse.$Shape|null;
             *   subscribeRequest?: edgelog.v1.SubscribeRequest.$Shape|null;
             *   subscribeResponse?: edgelog.v1.SubscribeResponse.$Shape|null;
             *   creditRequest?: edgelog.v1.CreditRequest.$Shape|null;
             *   unsubscribeRequest?: edgelog.v1.UnsubscribeRequest.$Shape|null;
             *   unsubscribeResponse?: edgelog.v1.UnsubscribeResponse.$Shape|null;
             *   push?: edgelog.v1.Push.$Shape|null;
             *   subscriptionEnd?: edgelog.v1.SubscriptionEnd.$Shape|null;
             *   groupHeartbeatRequest?: edgelog.v1.GroupHeartbeatRequest.$Shape|null;
             *   groupHeartbeatResponse?: edgelog.v1.GroupHeartbeatResponse.$Shape|null;
             *   offsetCommitRequest?: edgelog.v1.OffsetCommitRequest.$Shape|null;
             *   offsetCommitResponse?: edgelog.v1.OffsetCommitResponse.$Shape|null;
             *   offsetFetchRequest?: edgelog.v1.OffsetFetchRequest.$Shape|null;
             *   offsetFetchResponse?: edgelog.v1.OffsetFetchResponse.$Shape|null;
             *   listGroupsRequest?: edgelog.v1.ListGroupsRequest.$Shape|null;
             *   listGroupsResponse?: edgelog.v1.ListGroupsResponse.$Shape|null;
             *   describeGroupRequest?: edgelog.v1.DescribeGroupRequest.$Shape|null;
             *   describeGroupResponse?: edgelog.v1.DescribeGroupResponse.$Shape|null;
             *   deleteGroupRequest?: edgelog.v1.DeleteGroupRequest.$Shape|null;
             *   deleteGroupResponse?: edgelog.v1.DeleteGroupResponse.$Shape|null;
             *   groupChanged?: edgelog.v1.GroupChanged.$Shape|null;
             *   initProducerRequest?: edgelog.v1.InitProducerRequest.$Shape|null;
             *   initProducerResponse?: edgelog.v1.InitProducerResponse.$Shape|null;
             *   electLeaderRequest?: edgelog.v1.ElectLeaderRequest.$Shape|null;
             *   electLeaderResponse?: edgelog.v1.ElectLeaderResponse.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "helloRequest"; helloRequest: edgelog.v1.HelloRequest.$Shape; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "helloResponse"; helloRequest?: null; helloResponse: edgelog.v1.HelloResponse.$Shape; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "metadataRequest"; helloRequest?: null; helloResponse?: null; metadataRequest: edgelog.v1.MetadataRequest.$Shape; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "metadataResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse: edgelog.v1.MetadataResponse.$Shape; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "createTopicRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest: edgelog.v1.CreateTopicRequest.$Shape; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "createTopicResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse: edgelog.v1.CreateTopicResponse.$Shape; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "deleteTopicRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest: edgelog.v1.DeleteTopicRequest.$Shape; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "deleteTopicResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse: edgelog.v1.DeleteTopicResponse.$Shape; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "listTopicsRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest: edgelog.v1.ListTopicsRequest.$Shape; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "listTopicsResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse: edgelog.v1.ListTopicsResponse.$Shape; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "describeTopicRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest: edgelog.v1.DescribeTopicRequest.$Shape; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "describeTopicResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse: edgelog.v1.DescribeTopicResponse.$Shape; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "produceRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest: edgelog.v1.ProduceRequest.$Shape; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "produceResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse: edgelog.v1.ProduceResponse.$Shape; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "fetchRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest: edgelog.v1.FetchRequest.$Shape; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "fetchResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse: edgelog.v1.FetchResponse.$Shape; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "listOffsetsRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest: edgelog.v1.ListOffsetsRequest.$Shape; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "listOffsetsResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse: edgelog.v1.ListOffsetsResponse.$Shape; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "subscribeRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest: edgelog.v1.SubscribeRequest.$Shape; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "subscribeResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse: edgelog.v1.SubscribeResponse.$Shape; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "creditRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest: edgelog.v1.CreditRequest.$Shape; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "unsubscribeRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest: edgelog.v1.UnsubscribeRequest.$Shape; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "unsubscribeResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse: edgelog.v1.UnsubscribeResponse.$Shape; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "push"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push: edgelog.v1.Push.$Shape; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "subscriptionEnd"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd: edgelog.v1.SubscriptionEnd.$Shape; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "groupHeartbeatRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest: edgelog.v1.GroupHeartbeatRequest.$Shape; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "groupHeartbeatResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse: edgelog.v1.GroupHeartbeatResponse.$Shape; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "offsetCommitRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest: edgelog.v1.OffsetCommitRequest.$Shape; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "offsetCommitResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse: edgelog.v1.OffsetCommitResponse.$Shape; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "offsetFetchRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest: edgelog.v1.OffsetFetchRequest.$Shape; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "offsetFetchResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse: edgelog.v1.OffsetFetchResponse.$Shape; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "listGroupsRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest: edgelog.v1.ListGroupsRequest.$Shape; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "listGroupsResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse: edgelog.v1.ListGroupsResponse.$Shape; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "describeGroupRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest: edgelog.v1.DescribeGroupRequest.$Shape; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "describeGroupResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse: edgelog.v1.DescribeGroupResponse.$Shape; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "deleteGroupRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest: edgelog.v1.DeleteGroupRequest.$Shape; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "deleteGroupResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse: edgelog.v1.DeleteGroupResponse.$Shape; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "groupChanged"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged: edgelog.v1.GroupChanged.$Shape; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "initProducerRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest: edgelog.v1.InitProducerRequest.$Shape; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "initProducerResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse: edgelog.v1.InitProducerResponse.$Shape; electLeaderRequest?: null; electLeaderResponse?: null }|{ body?: "electLeaderRequest"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest: edgelog.v1.ElectLeaderRequest.$Shape; electLeaderResponse?: null }|{ body?: "electLeaderResponse"; helloRequest?: null; helloResponse?: null; metadataRequest?: null; metadataResponse?: null; createTopicRequest?: null; createTopicResponse?: null; deleteTopicRequest?: null; deleteTopicResponse?: null; listTopicsRequest?: null; listTopicsResponse?: null; describeTopicRequest?: null; describeTopicResponse?: null; produceRequest?: null; produceResponse?: null; fetchRequest?: null; fetchResponse?: null; listOffsetsRequest?: null; listOffsetsResponse?: null; subscribeRequest?: null; subscribeResponse?: null; creditRequest?: null; unsubscribeRequest?: null; unsubscribeResponse?: null; push?: null; subscriptionEnd?: null; groupHeartbeatRequest?: null; groupHeartbeatResponse?: null; offsetCommitRequest?: null; offsetCommitResponse?: null; offsetFetchRequest?: null; offsetFetchResponse?: null; listGroupsRequest?: null; listGroupsResponse?: null; describeGroupRequest?: null; describeGroupResponse?: null; deleteGroupRequest?: null; deleteGroupResponse?: null; groupChanged?: null; initProducerRequest?: null; initProducerResponse?: null; electLeaderRequest?: null; electLeaderResponse: edgelog.v1.ElectLeaderResponse.$Shape })
             * )} edgelog.v1.Frame.$Shape
             */

            /**
             * Constructs a new Frame.
             * @memberof edgelog.v1
             * @classdesc Represents a Frame.
             * @constructor
             * @param {edgelog.v1.Frame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Frame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Frame correlationId.
             * @member {number} correlationId
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.correlationId = 0;

            /**
             * Frame error.
             * @member {edgelog.v1.Error.$Properties|null|undefined} error
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.error = null;

            /**
             * Frame helloRequest.
             * @member {edgelog.v1.HelloRequest.$Properties|null|undefined} helloRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.helloRequest = null;

            /**
             * Frame helloResponse.
             * @member {edgelog.v1.HelloResponse.$Properties|null|undefined} helloResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.helloResponse = null;

            /**
             * Frame metadataRequest.
             * @member {edgelog.v1.MetadataRequest.$Properties|null|undefined} metadataRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.metadataRequest = null;

            /**
             * Frame metadataResponse.
             * @member {edgelog.v1.MetadataResponse.$Properties|null|undefined} metadataResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.metadataResponse = null;

            /**
             * Frame createTopicRequest.
             * @member {edgelog.v1.CreateTopicRequest.$Properties|null|undefined} createTopicRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.createTopicRequest = null;

            /**
             * Frame createTopicResponse.
             * @member {edgelog.v1.CreateTopicResponse.$Properties|null|undefined} createTopicResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.createTopicResponse = null;

            /**
             * Frame deleteTopicRequest.
             * @member {edgelog.v1.DeleteTopicRequest.$Properties|null|undefined} deleteTopicRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.deleteTopicRequest = null;

            /**
             * Frame deleteTopicResponse.
             * @member {edgelog.v1.DeleteTopicResponse.$Properties|null|undefined} deleteTopicResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.deleteTopicResponse = null;

            /**
             * Frame listTopicsRequest.
             * @member {edgelog.v1.ListTopicsRequest.$Properties|null|undefined} listTopicsRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.listTopicsRequest = null;

            /**
             * Frame listTopicsResponse.
             * @member {edgelog.v1.ListTopicsResponse.$Properties|null|undefined} listTopicsResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.listTopicsResponse = null;

            /**
             * Frame describeTopicRequest.
             * @member {edgelog.v1.DescribeTopicRequest.$Properties|null|undefined} describeTopicRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.describeTopicRequest = null;

            /**
             * Frame describeTopicResponse.
             * @member {edgelog.v1.DescribeTopicResponse.$Properties|null|undefined} describeTopicResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.describeTopicResponse = null;

            /**
             * Frame produceRequest.
             * @member {edgelog.v1.ProduceRequest.$Properties|null|undefined} produceRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.produceRequest = null;

            /**
             * Frame produceResponse.
             * @member {edgelog.v1.ProduceResponse.$Properties|null|undefined} produceResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.produceResponse = null;

            /**
             * Frame fetchRequest.
             * @member {edgelog.v1.FetchRequest.$Properties|null|undefined} fetchRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.fetchRequest = null;

            /**
             * Frame fetchResponse.
             * @member {edgelog.v1.FetchResponse.$Properties|null|undefined} fetchResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.fetchResponse = null;

            /**
             * Frame listOffsetsRequest.
             * @member {edgelog.v1.ListOffsetsRequest.$Properties|null|undefined} listOffsetsRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.listOffsetsRequest = null;

            /**
             * Frame listOffsetsResponse.
             * @member {edgelog.v1.ListOffsetsResponse.$Properties|null|undefined} listOffsetsResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.listOffsetsResponse = null;

            /**
             * Frame subscribeRequest.
             * @member {edgelog.v1.SubscribeRequest.$Properties|null|undefined} subscribeRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.subscribeRequest = null;

            /**
             * Frame subscribeResponse.
             * @member {edgelog.v1.SubscribeResponse.$Properties|null|undefined} subscribeResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.subscribeResponse = null;

            /**
             * Frame creditRequest.
             * @member {edgelog.v1.CreditRequest.$Properties|null|undefined} creditRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.creditRequest = null;

            /**
             * Frame unsubscribeRequest.
             * @member {edgelog.v1.UnsubscribeRequest.$Properties|null|undefined} unsubscribeRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.unsubscribeRequest = null;

            /**
             * Frame unsubscribeResponse.
             * @member {edgelog.v1.UnsubscribeResponse.$Properties|null|undefined} unsubscribeResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.unsubscribeResponse = null;

            /**
             * Frame push.
             * @member {edgelog.v1.Push.$Properties|null|undefined} push
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.push = null;

            /**
             * Frame subscriptionEnd.
             * @member {edgelog.v1.SubscriptionEnd.$Properties|null|undefined} subscriptionEnd
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.subscriptionEnd = null;

            /**
             * Frame groupHeartbeatRequest.
             * @member {edgelog.v1.GroupHeartbeatRequest.$Properties|null|undefined} groupHeartbeatRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.groupHeartbeatRequest = null;

            /**
             * Frame groupHeartbeatResponse.
             * @member {edgelog.v1.GroupHeartbeatResponse.$Properties|null|undefined} groupHeartbeatResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.groupHeartbeatResponse = null;

            /**
             * Frame offsetCommitRequest.
             * @member {edgelog.v1.OffsetCommitRequest.$Properties|null|undefined} offsetCommitRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.offsetCommitRequest = null;

            /**
             * Frame offsetCommitResponse.
             * @member {edgelog.v1.OffsetCommitResponse.$Properties|null|undefined} offsetCommitResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.offsetCommitResponse = null;

            /**
             * Frame offsetFetchRequest.
             * @member {edgelog.v1.OffsetFetchRequest.$Properties|null|undefined} offsetFetchRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.offsetFetchRequest = null;

            /**
             * Frame offsetFetchResponse.
             * @member {edgelog.v1.OffsetFetchResponse.$Properties|null|undefined} offsetFetchResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.offsetFetchResponse = null;

            /**
             * Frame listGroupsRequest.
             * @member {edgelog.v1.ListGroupsRequest.$Properties|null|undefined} listGroupsRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.listGroupsRequest = null;

            /**
             * Frame listGroupsResponse.
             * @member {edgelog.v1.ListGroupsResponse.$Properties|null|undefined} listGroupsResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.listGroupsResponse = null;

            /**
             * Frame describeGroupRequest.
             * @member {edgelog.v1.DescribeGroupRequest.$Properties|null|undefined} describeGroupRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.describeGroupRequest = null;

            /**
             * Frame describeGroupResponse.
             * @member {edgelog.v1.DescribeGroupResponse.$Properties|null|undefined} describeGroupResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.describeGroupResponse = null;

            /**
             * Frame deleteGroupRequest.
             * @member {edgelog.v1.DeleteGroupRequest.$Properties|null|undefined} deleteGroupRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.deleteGroupRequest = null;

            /**
             * Frame deleteGroupResponse.
             * @member {edgelog.v1.DeleteGroupResponse.$Properties|null|undefined} deleteGroupResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.deleteGroupResponse = null;

            /**
             * Frame groupChanged.
             * @member {edgelog.v1.GroupChanged.$Properties|null|undefined} groupChanged
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.groupChanged = null;

            /**
             * Frame initProducerRequest.
             * @member {edgelog.v1.InitProducerRequest.$Properties|null|undefined} initProducerRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.initProducerRequest = null;

            /**
             * Frame initProducerResponse.
             * @member {edgelog.v1.InitProducerResponse.$Properties|null|undefined} initProducerResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.initProducerResponse = null;

            /**
             * Frame electLeaderRequest.
             * @member {edgelog.v1.ElectLeaderRequest.$Properties|null|undefined} electLeaderRequest
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.electLeaderRequest = null;

            /**
             * Frame electLeaderResponse.
             * @member {edgelog.v1.ElectLeaderResponse.$Properties|null|undefined} electLeaderResponse
             * @memberof edgelog.v1.Frame
             * @instance
             */
            Frame.prototype.electLeaderResponse = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Frame body.
             * @member {"helloRequest"|"helloResponse"|"metadataRequest"|"metadataResponse"|"createTopicRequest"|"createTopicResponse"|"deleteTopicRequest"|"deleteTopicResponse"|"listTopicsRequest"|"listTopicsResponse"|"describeTopicRequest"|"describeTopicResponse"|"produceRequest"|"produceResponse"|"fetchRequest"|"fetchResponse"|"listOffsetsRequest"|"listOffsetsResponse"|"subscribeRequest"|"subscribeResponse"|"creditRequest"|"unsubscribeRequest"|"unsubscribeResponse"|"push"|"subscriptionEnd"|"groupHeartbeatRequest"|"groupHeartbeatResponse"|"offsetCommitRequest"|"offsetCommitResponse"|"offsetFetchRequest"|"offsetFetchResponse"|"listGroupsRequest"|"listGroupsResponse"|"describeGroupRequest"|"describeGroupResponse"|"deleteGroupRequest"|"deleteGroupResponse"|"groupChanged"|"initProducerRequest"|"initProducerResponse"|"electLeaderRequest"|"electLeaderResponse"|undefined} body
             * @memberof edgelog.v1.Frame
             * @instance
             */
            $Object.defineProperty(Frame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["helloRequest", "helloResponse", "metadataRequest", "metadataResponse", "createTopicRequest", "createTopicResponse", "deleteTopicRequest", "deleteTopicResponse", "listTopicsRequest", "listTopicsResponse", "describeTopicRequest", "describeTopicResponse", "produceRequest", "produceResponse", "fetchRequest", "fetchResponse", "listOffsetsRequest", "listOffsetsResponse", "subscribeRequest", "subscribeResponse", "creditRequest", "unsubscribeRequest", "unsubscribeResponse", "push", "subscriptionEnd", "groupHeartbeatRequest", "groupHeartbeatResponse", "offsetCommitRequest", "offsetCommitResponse", "offsetFetchRequest", "offsetFetchResponse", "listGroupsRequest", "listGroupsResponse", "describeGroupRequest", "describeGroupResponse", "deleteGroupRequest", "deleteGroupResponse", "groupChanged", "initProducerRequest", "initProducerResponse", "electLeaderRequest", "electLeaderResponse"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Frame instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.Frame
             * @static
             * @param {edgelog.v1.Frame.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.Frame} Frame instance
             * @type {{
             *   (properties: edgelog.v1.Frame.$Shape): edgelog.v1.Frame & edgelog.v1.Frame.$Shape;
             *   (properties?: edgelog.v1.Frame.$Properties): edgelog.v1.Frame;
             * }}
             */
            Frame.create = function(properties) {
                return new Frame(properties);
            };

            /**
             * Encodes the specified Frame message. Does not implicitly {@link edgelog.v1.Frame.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.Frame
             * @static
             * @param {edgelog.v1.Frame.$Properties} message Frame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId") && message.correlationId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.correlationId);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.edgelog.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.helloRequest != null && $Object.hasOwnProperty.call(message, "helloRequest"))
                    $root.edgelog.v1.HelloRequest.encode(message.helloRequest, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.helloResponse != null && $Object.hasOwnProperty.call(message, "helloResponse"))
                    $root.edgelog.v1.HelloResponse.encode(message.helloResponse, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.metadataRequest != null && $Object.hasOwnProperty.call(message, "metadataRequest"))
                    $root.edgelog.v1.MetadataRequest.encode(message.metadataRequest, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.metadataResponse != null && $Object.hasOwnProperty.call(message, "metadataResponse"))
                    $root.edgelog.v1.MetadataResponse.encode(message.metadataResponse, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.createTopicRequest != null && $Object.hasOwnProperty.call(message, "createTopicRequest"))
                    $root.edgelog.v1.CreateTopicRequest.encode(message.createTopicRequest, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.createTopicResponse != null && $Object.hasOwnProperty.call(message, "createTopicResponse"))
                    $root.edgelog.v1.CreateTopicResponse.encode(message.createTopicResponse, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.deleteTopicRequest != null && $Object.hasOwnProperty.call(message, "deleteTopicRequest"))
                    $root.edgelog.v1.DeleteTopicRequest.encode(message.deleteTopicRequest, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.deleteTopicResponse != null && $Object.hasOwnProperty.call(message, "deleteTopicResponse"))
                    $root.edgelog.v1.DeleteTopicResponse.encode(message.deleteTopicResponse, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.listTopicsRequest != null && $Object.hasOwnProperty.call(message, "listTopicsRequest"))
                    $root.edgelog.v1.ListTopicsRequest.encode(message.listTopicsRequest, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.listTopicsResponse != null && $Object.hasOwnProperty.call(message, "listTopicsResponse"))
                    $root.edgelog.v1.ListTopicsResponse.encode(message.listTopicsResponse, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.describeTopicRequest != null && $Object.hasOwnProperty.call(message, "describeTopicRequest"))
                    $root.edgelog.v1.DescribeTopicRequest.encode(message.describeTopicRequest, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.describeTopicResponse != null && $Object.hasOwnProperty.call(message, "describeTopicResponse"))
                    $root.edgelog.v1.DescribeTopicResponse.encode(message.describeTopicResponse, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.produceRequest != null && $Object.hasOwnProperty.call(message, "produceRequest"))
                    $root.edgelog.v1.ProduceRequest.encode(message.produceRequest, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.produceResponse != null && $Object.hasOwnProperty.call(message, "produceResponse"))
                    $root.edgelog.v1.ProduceResponse.encode(message.produceResponse, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.fetchRequest != null && $Object.hasOwnProperty.call(message, "fetchRequest"))
                    $root.edgelog.v1.FetchRequest.encode(message.fetchRequest, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.fetchResponse != null && $Object.hasOwnProperty.call(message, "fetchResponse"))
                    $root.edgelog.v1.FetchResponse.encode(message.fetchResponse, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                if (message.listOffsetsRequest != null && $Object.hasOwnProperty.call(message, "listOffsetsRequest"))
                    $root.edgelog.v1.ListOffsetsRequest.encode(message.listOffsetsRequest, writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
                if (message.listOffsetsResponse != null && $Object.hasOwnProperty.call(message, "listOffsetsResponse"))
                    $root.edgelog.v1.ListOffsetsResponse.encode(message.listOffsetsResponse, writer.uint32(/* id 27, wireType 2 =*/218).fork(), _depth + 1).ldelim();
                if (message.subscribeRequest != null && $Object.hasOwnProperty.call(message, "subscribeRequest"))
                    $root.edgelog.v1.SubscribeRequest.encode(message.subscribeRequest, writer.uint32(/* id 28, wireType 2 =*/226).fork(), _depth + 1).ldelim();
                if (message.subscribeResponse != null && $Object.hasOwnProperty.call(message, "subscribeResponse"))
                    $root.edgelog.v1.SubscribeResponse.encode(message.subscribeResponse, writer.uint32(/* id 29, wireType 2 =*/234).fork(), _depth + 1).ldelim();
                if (message.creditRequest != null && $Object.hasOwnProperty.call(message, "creditRequest"))
                    $root.edgelog.v1.CreditRequest.encode(message.creditRequest, writer.uint32(/* id 30, wireType 2 =*/242).fork(), _depth + 1).ldelim();
                if (message.unsubscribeRequest != null && $Object.hasOwnProperty.call(message, "unsubscribeRequest"))
                    $root.edgelog.v1.UnsubscribeRequest.encode(message.unsubscribeRequest, writer.uint32(/* id 31, wireType 2 =*/250).fork(), _depth + 1).ldelim();
                if (message.unsubscribeResponse != null && $Object.hasOwnProperty.call(message, "unsubscribeResponse"))
                    $root.edgelog.v1.UnsubscribeResponse.encode(message.unsubscribeResponse, writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
                if (message.push != null && $Object.hasOwnProperty.call(message, "push"))
                    $root.edgelog.v1.Push.encode(message.push, writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
                if (message.subscriptionEnd != null && $Object.hasOwnProperty.call(message, "subscriptionEnd"))
                    $root.edgelog.v1.SubscriptionEnd.encode(message.subscriptionEnd, writer.uint32(/* id 34, wireType 2 =*/274).fork(), _depth + 1).ldelim();
                if (message.groupHeartbeatRequest != null && $Object.hasOwnProperty.call(message, "groupHeartbeatRequest"))
                    $root.edgelog.v1.GroupHeartbeatRequest.encode(message.groupHeartbeatRequest, writer.uint32(/* id 40, wireType 2 =*/322).fork(), _depth + 1).ldelim();
                if (message.groupHeartbeatResponse != null && $Object.hasOwnProperty.call(message, "groupHeartbeatResponse"))
                    $root.edgelog.v1.GroupHeartbeatResponse.encode(message.groupHeartbeatResponse, writer.uint32(/* id 41, wireType 2 =*/330).fork(), _depth + 1).ldelim();
                if (message.offsetCommitRequest != null && $Object.hasOwnProperty.call(message, "offsetCommitRequest"))
                    $root.edgelog.v1.OffsetCommitRequest.encode(message.offsetCommitRequest, writer.uint32(/* id 42, wireType 2 =*/338).fork(), _depth + 1).ldelim();
                if (message.offsetCommitResponse != null && $Object.hasOwnProperty.call(message, "offsetCommitResponse"))
                    $root.edgelog.v1.OffsetCommitResponse.encode(message.offsetCommitResponse, writer.uint32(/* id 43, wireType 2 =*/346).fork(), _depth + 1).ldelim();
                if (message.offsetFetchRequest != null && $Object.hasOwnProperty.call(message, "offsetFetchRequest"))
                    $root.edgelog.v1.OffsetFetchRequest.encode(message.offsetFetchRequest, writer.uint32(/* id 44, wireType 2 =*/354).fork(), _depth + 1).ldelim();
                if (message.offsetFetchResponse != null && $Object.hasOwnProperty.call(message, "offsetFetchResponse"))
                    $root.edgelog.v1.OffsetFetchResponse.encode(message.offsetFetchResponse, writer.uint32(/* id 45, wireType 2 =*/362).fork(), _depth + 1).ldelim();
                if (message.listGroupsRequest != null && $Object.hasOwnProperty.call(message, "listGroupsRequest"))
                    $root.edgelog.v1.ListGroupsRequest.encode(message.listGroupsRequest, writer.uint32(/* id 46, wireType 2 =*/370).fork(), _depth + 1).ldelim();
                if (message.listGroupsResponse != null && $Object.hasOwnProperty.call(message, "listGroupsResponse"))
                    $root.edgelog.v1.ListGroupsResponse.encode(message.listGroupsResponse, writer.uint32(/* id 47, wireType 2 =*/378).fork(), _depth + 1).ldelim();
                if (message.describeGroupRequest != null && $Object.hasOwnProperty.call(message, "describeGroupRequest"))
                    $root.edgelog.v1.DescribeGroupRequest.encode(message.describeGroupRequest, writer.uint32(/* id 48, wireType 2 =*/386).fork(), _depth + 1).ldelim();
                if (message.describeGroupResponse != null && $Object.hasOwnProperty.call(message, "describeGroupResponse"))
                    $root.edgelog.v1.DescribeGroupResponse.encode(message.describeGroupResponse, writer.uint32(/* id 49, wireType 2 =*/394).fork(), _depth + 1).ldelim();
                if (message.deleteGroupRequest != null && $Object.hasOwnProperty.call(message, "deleteGroupRequest"))
                    $root.edgelog.v1.DeleteGroupRequest.encode(message.deleteGroupRequest, writer.uint32(/* id 50, wireType 2 =*/402).fork(), _depth + 1).ldelim();
                if (message.deleteGroupResponse != null && $Object.hasOwnProperty.call(message, "deleteGroupResponse"))
                    $root.edgelog.v1.DeleteGroupResponse.encode(message.deleteGroupResponse, writer.uint32(/* id 51, wireType 2 =*/410).fork(), _depth + 1).ldelim();
                if (message.groupChanged != null && $Object.hasOwnProperty.call(message, "groupChanged"))
                    $root.edgelog.v1.GroupChanged.encode(message.groupChanged, writer.uint32(/* id 52, wireType 2 =*/418).fork(), _depth + 1).ldelim();
                if (message.initProducerRequest != null && $Object.hasOwnProperty.call(message, "initProducerRequest"))
                    $root.edgelog.v1.InitProducerRequest.encode(message.initProducerRequest, writer.uint32(/* id 53, wireType 2 =*/426).fork(), _depth + 1).ldelim();
                if (message.initProducerResponse != null && $Object.hasOwnProperty.call(message, "initProducerResponse"))
                    $root.edgelog.v1.InitProducerResponse.encode(message.initProducerResponse, writer.uint32(/* id 54, wireType 2 =*/434).fork(), _depth + 1).ldelim();
                if (message.electLeaderRequest != null && $Object.hasOwnProperty.call(message, "electLeaderRequest"))
                    $root.edgelog.v1.ElectLeaderRequest.encode(message.electLeaderRequest, writer.uint32(/* id 55, wireType 2 =*/442).fork(), _depth + 1).ldelim();
                if (message.electLeaderResponse != null && $Object.hasOwnProperty.call(message, "electLeaderResponse"))
                    $root.edgelog.v1.ElectLeaderResponse.encode(message.electLeaderResponse, writer.uint32(/* id 56, wireType 2 =*/450).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.Frame & edgelog.v1.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.Frame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.correlationId = value;
                            else
                                delete message.correlationId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.edgelog.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.helloRequest = $root.edgelog.v1.HelloRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.helloRequest);
                            message.body = "helloRequest";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.helloResponse = $root.edgelog.v1.HelloResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.helloResponse);
                            message.body = "helloResponse";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.metadataRequest = $root.edgelog.v1.MetadataRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.metadataRequest);
                            message.body = "metadataRequest";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.metadataResponse = $root.edgelog.v1.MetadataResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.metadataResponse);
                            message.body = "metadataResponse";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.createTopicRequest = $root.edgelog.v1.CreateTopicRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.createTopicRequest);
                            message.body = "createTopicRequest";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.createTopicResponse = $root.edgelog.v1.CreateTopicResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.createTopicResponse);
                            message.body = "createTopicResponse";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.deleteTopicRequest = $root.edgelog.v1.DeleteTopicRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.deleteTopicRequest);
                            message.body = "deleteTopicRequest";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.deleteTopicResponse = $root.edgelog.v1.DeleteTopicResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.deleteTopicResponse);
                            message.body = "deleteTopicResponse";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.listTopicsRequest = $root.edgelog.v1.ListTopicsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listTopicsRequest);
                            message.body = "listTopicsRequest";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.listTopicsResponse = $root.edgelog.v1.ListTopicsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listTopicsResponse);
                            message.body = "listTopicsResponse";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.describeTopicRequest = $root.edgelog.v1.DescribeTopicRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.describeTopicRequest);
                            message.body = "describeTopicRequest";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.describeTopicResponse = $root.edgelog.v1.DescribeTopicResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.describeTopicResponse);
                            message.body = "describeTopicResponse";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.produceRequest = $root.edgelog.v1.ProduceRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.produceRequest);
                            message.body = "produceRequest";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.produceResponse = $root.edgelog.v1.ProduceResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.produceResponse);
                            message.body = "produceResponse";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.fetchRequest = $root.edgelog.v1.FetchRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.fetchRequest);
                            message.body = "fetchRequest";
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            message.fetchResponse = $root.edgelog.v1.FetchResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.fetchResponse);
                            message.body = "fetchResponse";
                            continue;
                        }
                    case 26: {
                            if (wireType !== 2)
                                break;
                            message.listOffsetsRequest = $root.edgelog.v1.ListOffsetsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listOffsetsRequest);
                            message.body = "listOffsetsRequest";
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            message.listOffsetsResponse = $root.edgelog.v1.ListOffsetsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listOffsetsResponse);
                            message.body = "listOffsetsResponse";
                            continue;
                        }
                    case 28: {
                            if (wireType !== 2)
                                break;
                            message.subscribeRequest = $root.edgelog.v1.SubscribeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribeRequest);
                            message.body = "subscribeRequest";
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            message.subscribeResponse = $root.edgelog.v1.SubscribeResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribeResponse);
                            message.body = "subscribeResponse";
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            message.creditRequest = $root.edgelog.v1.CreditRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.creditRequest);
                            message.body = "creditRequest";
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            message.unsubscribeRequest = $root.edgelog.v1.UnsubscribeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.unsubscribeRequest);
                            message.body = "unsubscribeRequest";
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            message.unsubscribeResponse = $root.edgelog.v1.UnsubscribeResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.unsubscribeResponse);
                            message.body = "unsubscribeResponse";
                            continue;
                        }
                    case 33: {
                            if (wireType !== 2)
                                break;
                            message.push = $root.edgelog.v1.Push.decode(reader, reader.size(), $undefined, _depth + 1, message.push);
                            message.body = "push";
                            continue;
                        }
                    case 34: {
                            if (wireType !== 2)
                                break;
                            message.subscriptionEnd = $root.edgelog.v1.SubscriptionEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.subscriptionEnd);
                            message.body = "subscriptionEnd";
                            continue;
                        }
                    case 40: {
                            if (wireType !== 2)
                                break;
                            message.groupHeartbeatRequest = $root.edgelog.v1.GroupHeartbeatRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.groupHeartbeatRequest);
                            message.body = "groupHeartbeatRequest";
                            continue;
                        }
                    case 41: {
                            if (wireType !== 2)
                                break;
                            message.groupHeartbeatResponse = $root.edgelog.v1.GroupHeartbeatResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.groupHeartbeatResponse);
                            message.body = "groupHeartbeatResponse";
                            continue;
                        }
                    case 42: {
                            if (wireType !== 2)
                                break;
                            message.offsetCommitRequest = $root.edgelog.v1.OffsetCommitRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.offsetCommitRequest);
                            message.body = "offsetCommitRequest";
                            continue;
                        }
                    case 43: {
                            if (wireType !== 2)
                                break;
                            message.offsetCommitResponse = $root.edgelog.v1.OffsetCommitResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.offsetCommitResponse);
                            message.body = "offsetCommitResponse";
                            continue;
                        }
                    case 44: {
                            if (wireType !== 2)
                                break;
                            message.offsetFetchRequest = $root.edgelog.v1.OffsetFetchRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.offsetFetchRequest);
                            message.body = "offsetFetchRequest";
                            continue;
                        }
                    case 45: {
                            if (wireType !== 2)
                                break;
                            message.offsetFetchResponse = $root.edgelog.v1.OffsetFetchResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.offsetFetchResponse);
                            message.body = "offsetFetchResponse";
                            continue;
                        }
                    case 46: {
                            if (wireType !== 2)
                                break;
                            message.listGroupsRequest = $root.edgelog.v1.ListGroupsRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.listGroupsRequest);
                            message.body = "listGroupsRequest";
                            continue;
                        }
                    case 47: {
                            if (wireType !== 2)
                                break;
                            message.listGroupsResponse = $root.edgelog.v1.ListGroupsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.listGroupsResponse);
                            message.body = "listGroupsResponse";
                            continue;
                        }
                    case 48: {
                            if (wireType !== 2)
                                break;
                            message.describeGroupRequest = $root.edgelog.v1.DescribeGroupRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.describeGroupRequest);
                            message.body = "describeGroupRequest";
                            continue;
                        }
                    case 49: {
                            if (wireType !== 2)
                                break;
                            message.describeGroupResponse = $root.edgelog.v1.DescribeGroupResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.describeGroupResponse);
                            message.body = "describeGroupResponse";
                            continue;
                        }
                    case 50: {
                            if (wireType !== 2)
                                break;
                            message.deleteGroupRequest = $root.edgelog.v1.DeleteGroupRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.deleteGroupRequest);
                            message.body = "deleteGroupRequest";
                            continue;
                        }
                    case 51: {
                            if (wireType !== 2)
                                break;
                            message.deleteGroupResponse = $root.edgelog.v1.DeleteGroupResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.deleteGroupResponse);
                            message.body = "deleteGroupResponse";
                            continue;
                        }
                    case 52: {
                            if (wireType !== 2)
                                break;
                            message.groupChanged = $root.edgelog.v1.GroupChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.groupChanged);
                            message.body = "groupChanged";
                            continue;
                        }
                    case 53: {
                            if (wireType !== 2)
                                break;
                            message.initProducerRequest = $root.edgelog.v1.InitProducerRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.initProducerRequest);
                            message.body = "initProducerRequest";
                            continue;
                        }
                    case 54: {
                            if (wireType !== 2)
                                break;
                            message.initProducerResponse = $root.edgelog.v1.InitProducerResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.initProducerResponse);
                            message.body = "initProducerResponse";
                            continue;
                        }
                    case 55: {
                            if (wireType !== 2)
                                break;
                            message.electLeaderRequest = $root.edgelog.v1.ElectLeaderRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.electLeaderRequest);
                            message.body = "electLeaderRequest";
                            continue;
                        }
                    case 56: {
                            if (wireType !== 2)
                                break;
                            message.electLeaderResponse = $root.edgelog.v1.ElectLeaderResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.electLeaderResponse);
                            message.body = "electLeaderResponse";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Frame
             * @function getTypeUrl
             * @memberof edgelog.v1.Frame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Frame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.Frame";
            };

            return Frame;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} edgelog.v1.Error.$Properties
             * @property {number|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {number|null} [retryAfterMs] Error retryAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof edgelog.v1
             * @interface IError
             * @augments edgelog.v1.Error.$Properties
             * @deprecated Use edgelog.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {edgelog.v1.Error.$Properties} edgelog.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof edgelog.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {edgelog.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {number} code
             * @memberof edgelog.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof edgelog.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error retryAfterMs.
             * @member {number} retryAfterMs
             * @memberof edgelog.v1.Error
             * @instance
             */
            Error.prototype.retryAfterMs = 0;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.Error
             * @static
             * @param {edgelog.v1.Error.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.Error} Error instance
             * @type {{
             *   (properties: edgelog.v1.Error.$Shape): edgelog.v1.Error & edgelog.v1.Error.$Shape;
             *   (properties?: edgelog.v1.Error.$Properties): edgelog.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link edgelog.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.Error
             * @static
             * @param {edgelog.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retryAfterMs != null && $Object.hasOwnProperty.call(message, "retryAfterMs") && message.retryAfterMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.retryAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.Error & edgelog.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterMs = value;
                            else
                                delete message.retryAfterMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof edgelog.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.Error";
            };

            return Error;
        })();

        v1.HelloRequest = (function() {

            /**
             * Properties of a HelloRequest.
             * @typedef {Object} edgelog.v1.HelloRequest.$Properties
             * @property {number|null} [protocolVersion] HelloRequest protocolVersion
             * @property {string|null} [clientId] HelloRequest clientId
             * @property {string|null} [token] HelloRequest token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloRequest.
             * @memberof edgelog.v1
             * @interface IHelloRequest
             * @augments edgelog.v1.HelloRequest.$Properties
             * @deprecated Use edgelog.v1.HelloRequest.$Properties instead.
             */

            /**
             * Shape of a HelloRequest.
             * @typedef {edgelog.v1.HelloRequest.$Properties} edgelog.v1.HelloRequest.$Shape
             */

            /**
             * Constructs a new HelloRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a HelloRequest.
             * @constructor
             * @param {edgelog.v1.HelloRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HelloRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HelloRequest protocolVersion.
             * @member {number} protocolVersion
             * @memberof edgelog.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.protocolVersion = 0;

            /**
             * HelloRequest clientId.
             * @member {string} clientId
             * @memberof edgelog.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.clientId = "";

            /**
             * HelloRequest token.
             * @member {string} token
             * @memberof edgelog.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.token = "";

            /**
             * Creates a new HelloRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.HelloRequest
             * @static
             * @param {edgelog.v1.HelloRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.HelloRequest} HelloRequest instance
             * @type {{
             *   (properties: edgelog.v1.HelloRequest.$Shape): edgelog.v1.HelloRequest & edgelog.v1.HelloRequest.$Shape;
             *   (properties?: edgelog.v1.HelloRequest.$Properties): edgelog.v1.HelloRequest;
             * }}
             */
            HelloRequest.create = function(properties) {
                return new HelloRequest(properties);
            };

            /**
             * Encodes the specified HelloRequest message. Does not implicitly {@link edgelog.v1.HelloRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.HelloRequest
             * @static
             * @param {edgelog.v1.HelloRequest.$Properties} message HelloRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientId);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.token);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HelloRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.HelloRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.HelloRequest & edgelog.v1.HelloRequest.$Shape} HelloRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.HelloRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for HelloRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.HelloRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HelloRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.HelloRequest";
            };

            return HelloRequest;
        })();

        v1.HelloResponse = (function() {

            /**
             * Properties of a HelloResponse.
             * @typedef {Object} edgelog.v1.HelloResponse.$Properties
             * @property {number|null} [protocolVersion] HelloResponse protocolVersion
             * @property {string|null} [brokerId] HelloResponse brokerId
             * @property {number|null} [recordBytesMax] HelloResponse recordBytesMax
             * @property {number|null} [batchBytesMax] HelloResponse batchBytesMax
             * @property {number|null} [frameBytesMax] HelloResponse frameBytesMax
             * @property {number|null} [fetchBytesMax] HelloResponse fetchBytesMax
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloResponse.
             * @memberof edgelog.v1
             * @interface IHelloResponse
             * @augments edgelog.v1.HelloResponse.$Properties
             * @deprecated Use edgelog.v1.HelloResponse.$Properties instead.
             */

            /**
             * Shape of a HelloResponse.
             * @typedef {edgelog.v1.HelloResponse.$Properties} edgelog.v1.HelloResponse.$Shape
             */

            /**
             * Constructs a new HelloResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a HelloResponse.
             * @constructor
             * @param {edgelog.v1.HelloResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HelloResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HelloResponse protocolVersion.
             * @member {number} protocolVersion
             * @memberof edgelog.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.protocolVersion = 0;

            /**
             * HelloResponse brokerId.
             * @member {string} brokerId
             * @memberof edgelog.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.brokerId = "";

            /**
             * HelloResponse recordBytesMax.
             * @member {number} recordBytesMax
             * @memberof edgelog.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.recordBytesMax = 0;

            /**
             * HelloResponse batchBytesMax.
             * @member {number} batchBytesMax
             * @memberof edgelog.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.batchBytesMax = 0;

            /**
             * HelloResponse frameBytesMax.
             * @member {number} frameBytesMax
             * @memberof edgelog.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.frameBytesMax = 0;

            /**
             * HelloResponse fetchBytesMax.
             * @member {number} fetchBytesMax
             * @memberof edgelog.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.fetchBytesMax = 0;

            /**
             * Creates a new HelloResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.HelloResponse
             * @static
             * @param {edgelog.v1.HelloResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.HelloResponse} HelloResponse instance
             * @type {{
             *   (properties: edgelog.v1.HelloResponse.$Shape): edgelog.v1.HelloResponse & edgelog.v1.HelloResponse.$Shape;
             *   (properties?: edgelog.v1.HelloResponse.$Properties): edgelog.v1.HelloResponse;
             * }}
             */
            HelloResponse.create = function(properties) {
                return new HelloResponse(properties);
            };

            /**
             * Encodes the specified HelloResponse message. Does not implicitly {@link edgelog.v1.HelloResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.HelloResponse
             * @static
             * @param {edgelog.v1.HelloResponse.$Properties} message HelloResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.brokerId != null && $Object.hasOwnProperty.call(message, "brokerId") && message.brokerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.brokerId);
                if (message.recordBytesMax != null && $Object.hasOwnProperty.call(message, "recordBytesMax") && message.recordBytesMax !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.recordBytesMax);
                if (message.batchBytesMax != null && $Object.hasOwnProperty.call(message, "batchBytesMax") && message.batchBytesMax !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.batchBytesMax);
                if (message.frameBytesMax != null && $Object.hasOwnProperty.call(message, "frameBytesMax") && message.frameBytesMax !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.frameBytesMax);
                if (message.fetchBytesMax != null && $Object.hasOwnProperty.call(message, "fetchBytesMax") && message.fetchBytesMax !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.fetchBytesMax);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HelloResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.HelloResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.HelloResponse & edgelog.v1.HelloResponse.$Shape} HelloResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.HelloResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.brokerId = value;
                            else
                                delete message.brokerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.recordBytesMax = value;
                            else
                                delete message.recordBytesMax;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batchBytesMax = value;
                            else
                                delete message.batchBytesMax;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.frameBytesMax = value;
                            else
                                delete message.frameBytesMax;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fetchBytesMax = value;
                            else
                                delete message.fetchBytesMax;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for HelloResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.HelloResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HelloResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.HelloResponse";
            };

            return HelloResponse;
        })();

        v1.TopicConfig = (function() {

            /**
             * Properties of a TopicConfig.
             * @typedef {Object} edgelog.v1.TopicConfig.$Properties
             * @property {number|null} [retentionMs] TopicConfig retentionMs
             * @property {number|null} [retentionBytes] TopicConfig retentionBytes
             * @property {number|null} [segmentBytes] TopicConfig segmentBytes
             * @property {number|null} [segmentMs] TopicConfig segmentMs
             * @property {number|null} [replicas] TopicConfig replicas
             * @property {Array.<string>|null} [regions] TopicConfig regions
             * @property {number|null} [minInsyncReplicas] TopicConfig minInsyncReplicas
             * @property {number|null} [replicaLagMaxMs] TopicConfig replicaLagMaxMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicConfig.
             * @memberof edgelog.v1
             * @interface ITopicConfig
             * @augments edgelog.v1.TopicConfig.$Properties
             * @deprecated Use edgelog.v1.TopicConfig.$Properties instead.
             */

            /**
             * Shape of a TopicConfig.
             * @typedef {edgelog.v1.TopicConfig.$Properties} edgelog.v1.TopicConfig.$Shape
             */

            /**
             * Constructs a new TopicConfig.
             * @memberof edgelog.v1
             * @classdesc Represents a TopicConfig.
             * @constructor
             * @param {edgelog.v1.TopicConfig.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicConfig = function (properties) {
                this.regions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicConfig retentionMs.
             * @member {number} retentionMs
             * @memberof edgelog.v1.TopicConfig
             * @instance
             */
            TopicConfig.prototype.retentionMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TopicConfig retentionBytes.
             * @member {number} retentionBytes
             * @memberof edgelog.v1.TopicConfig
             * @instance
             */
            TopicConfig.prototype.retentionBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TopicConfig segmentBytes.
             * @member {number} segmentBytes
             * @memberof edgelog.v1.TopicConfig
             * @instance
             */
            TopicConfig.prototype.segmentBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TopicConfig segmentMs.
             * @member {number} segmentMs
             * @memberof edgelog.v1.TopicConfig
             * @instance
             */
            TopicConfig.prototype.segmentMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TopicConfig replicas.
             * @member {number} replicas
             * @memberof edgelog.v1.TopicConfig
             * @instance
             */
            TopicConfig.prototype.replicas = 0;

            /**
             * TopicConfig regions.
             * @member {Array.<string>} regions
             * @memberof edgelog.v1.TopicConfig
             * @instance
             */
            TopicConfig.prototype.regions = $util.emptyArray;

            /**
             * TopicConfig minInsyncReplicas.
             * @member {number} minInsyncReplicas
             * @memberof edgelog.v1.TopicConfig
             * @instance
             */
            TopicConfig.prototype.minInsyncReplicas = 0;

            /**
             * TopicConfig replicaLagMaxMs.
             * @member {number} replicaLagMaxMs
             * @memberof edgelog.v1.TopicConfig
             * @instance
             */
            TopicConfig.prototype.replicaLagMaxMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new TopicConfig instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.TopicConfig
             * @static
             * @param {edgelog.v1.TopicConfig.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.TopicConfig} TopicConfig instance
             * @type {{
             *   (properties: edgelog.v1.TopicConfig.$Shape): edgelog.v1.TopicConfig & edgelog.v1.TopicConfig.$Shape;
             *   (properties?: edgelog.v1.TopicConfig.$Properties): edgelog.v1.TopicConfig;
             * }}
             */
            TopicConfig.create = function(properties) {
                return new TopicConfig(properties);
            };

            /**
             * Encodes the specified TopicConfig message. Does not implicitly {@link edgelog.v1.TopicConfig.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.TopicConfig
             * @static
             * @param {edgelog.v1.TopicConfig.$Properties} message TopicConfig message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicConfig.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.retentionMs != null && $Object.hasOwnProperty.call(message, "retentionMs") && (typeof message.retentionMs === "object" ? message.retentionMs.low || message.retentionMs.high : message.retentionMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.retentionMs);
                if (message.retentionBytes != null && $Object.hasOwnProperty.call(message, "retentionBytes") && (typeof message.retentionBytes === "object" ? message.retentionBytes.low || message.retentionBytes.high : message.retentionBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.retentionBytes);
                if (message.segmentBytes != null && $Object.hasOwnProperty.call(message, "segmentBytes") && (typeof message.segmentBytes === "object" ? message.segmentBytes.low || message.segmentBytes.high : message.segmentBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.segmentBytes);
                if (message.segmentMs != null && $Object.hasOwnProperty.call(message, "segmentMs") && (typeof message.segmentMs === "object" ? message.segmentMs.low || message.segmentMs.high : message.segmentMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.segmentMs);
                if (message.replicas != null && $Object.hasOwnProperty.call(message, "replicas") && message.replicas !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.replicas);
                if (message.regions != null && message.regions.length)
                    for (let i = 0; i < message.regions.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.regions[i]);
                if (message.minInsyncReplicas != null && $Object.hasOwnProperty.call(message, "minInsyncReplicas") && message.minInsyncReplicas !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.minInsyncReplicas);
                if (message.replicaLagMaxMs != null && $Object.hasOwnProperty.call(message, "replicaLagMaxMs") && (typeof message.replicaLagMaxMs === "object" ? message.replicaLagMaxMs.low || message.replicaLagMaxMs.high : message.replicaLagMaxMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.replicaLagMaxMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicConfig message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.TopicConfig
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.TopicConfig & edgelog.v1.TopicConfig.$Shape} TopicConfig
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicConfig.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.TopicConfig();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.retentionMs = value;
                            else
                                delete message.retentionMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.retentionBytes = value;
                            else
                                delete message.retentionBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.segmentBytes = value;
                            else
                                delete message.segmentBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.segmentMs = value;
                            else
                                delete message.segmentMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.replicas = value;
                            else
                                delete message.replicas;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.regions && message.regions.length))
                                message.regions = [];
                            message.regions.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minInsyncReplicas = value;
                            else
                                delete message.minInsyncReplicas;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.replicaLagMaxMs = value;
                            else
                                delete message.replicaLagMaxMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TopicConfig
             * @function getTypeUrl
             * @memberof edgelog.v1.TopicConfig
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TopicConfig.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.TopicConfig";
            };

            return TopicConfig;
        })();

        v1.ReplicaState = (function() {

            /**
             * Properties of a ReplicaState.
             * @typedef {Object} edgelog.v1.ReplicaState.$Properties
             * @property {string|null} [region] ReplicaState region
             * @property {string|null} [endpoint] ReplicaState endpoint
             * @property {boolean|null} [leader] ReplicaState leader
             * @property {boolean|null} [inSync] ReplicaState inSync
             * @property {number|null} [logEndOffset] ReplicaState logEndOffset
             * @property {number|null} [lag] ReplicaState lag
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReplicaState.
             * @memberof edgelog.v1
             * @interface IReplicaState
             * @augments edgelog.v1.ReplicaState.$Properties
             * @deprecated Use edgelog.v1.ReplicaState.$Properties instead.
             */

            /**
             * Shape of a ReplicaState.
             * @typedef {edgelog.v1.ReplicaState.$Properties} edgelog.v1.ReplicaState.$Shape
             */

            /**
             * Constructs a new ReplicaState.
             * @memberof edgelog.v1
             * @classdesc Represents a ReplicaState.
             * @constructor
             * @param {edgelog.v1.ReplicaState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReplicaState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReplicaState region.
             * @member {string} region
             * @memberof edgelog.v1.ReplicaState
             * @instance
             */
            ReplicaState.prototype.region = "";

            /**
             * ReplicaState endpoint.
             * @member {string} endpoint
             * @memberof edgelog.v1.ReplicaState
             * @instance
             */
            ReplicaState.prototype.endpoint = "";

            /**
             * ReplicaState leader.
             * @member {boolean} leader
             * @memberof edgelog.v1.ReplicaState
             * @instance
             */
            ReplicaState.prototype.leader = false;

            /**
             * ReplicaState inSync.
             * @member {boolean} inSync
             * @memberof edgelog.v1.ReplicaState
             * @instance
             */
            ReplicaState.prototype.inSync = false;

            /**
             * ReplicaState logEndOffset.
             * @member {number} logEndOffset
             * @memberof edgelog.v1.ReplicaState
             * @instance
             */
            ReplicaState.prototype.logEndOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ReplicaState lag.
             * @member {number} lag
             * @memberof edgelog.v1.ReplicaState
             * @instance
             */
            ReplicaState.prototype.lag = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ReplicaState instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.ReplicaState
             * @static
             * @param {edgelog.v1.ReplicaState.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.ReplicaState} ReplicaState instance
             * @type {{
             *   (properties: edgelog.v1.ReplicaState.$Shape): edgelog.v1.ReplicaState & edgelog.v1.ReplicaState.$Shape;
             *   (properties?: edgelog.v1.ReplicaState.$Properties): edgelog.v1.ReplicaState;
             * }}
             */
            ReplicaState.create = function(properties) {
                return new ReplicaState(properties);
            };

            /**
             * Encodes the specified ReplicaState message. Does not implicitly {@link edgelog.v1.ReplicaState.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.ReplicaState
             * @static
             * @param {edgelog.v1.ReplicaState.$Properties} message ReplicaState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplicaState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.region);
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.endpoint);
                if (message.leader != null && $Object.hasOwnProperty.call(message, "leader") && message.leader !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.leader);
                if (message.inSync != null && $Object.hasOwnProperty.call(message, "inSync") && message.inSync !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.inSync);
                if (message.logEndOffset != null && $Object.hasOwnProperty.call(message, "logEndOffset") && (typeof message.logEndOffset === "object" ? message.logEndOffset.low || message.logEndOffset.high : message.logEndOffset !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.logEndOffset);
                if (message.lag != null && $Object.hasOwnProperty.call(message, "lag") && (typeof message.lag === "object" ? message.lag.low || message.lag.high : message.lag !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.lag);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReplicaState message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.ReplicaState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.ReplicaState & edgelog.v1.ReplicaState.$Shape} ReplicaState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplicaState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.ReplicaState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.region = value;
                            else
                                delete message.region;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.endpoint = value;
                            else
                                delete message.endpoint;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.leader = value;
                            else
                                delete message.leader;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.inSync = value;
                            else
                                delete message.inSync;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.logEndOffset = value;
                            else
                                delete message.logEndOffset;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lag = value;
                            else
                                delete message.lag;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ReplicaState
             * @function getTypeUrl
             * @memberof edgelog.v1.ReplicaState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReplicaState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.ReplicaState";
            };

            return ReplicaState;
        })();

        v1.PartitionMetadata = (function() {

            /**
             * Properties of a PartitionMetadata.
             * @typedef {Object} edgelog.v1.PartitionMetadata.$Properties
             * @property {number|null} [partition] PartitionMetadata partition
             * @property {string|null} [leaderEndpoint] PartitionMetadata leaderEndpoint
             * @property {number|null} [logStartOffset] PartitionMetadata logStartOffset
             * @property {number|null} [highWatermark] PartitionMetadata highWatermark
             * @property {number|null} [sizeBytes] PartitionMetadata sizeBytes
             * @property {number|null} [leaderEpoch] PartitionMetadata leaderEpoch
             * @property {string|null} [leaderRegion] PartitionMetadata leaderRegion
             * @property {Array.<edgelog.v1.ReplicaState.$Properties>|null} [replicas] PartitionMetadata replicas
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartitionMetadata.
             * @memberof edgelog.v1
             * @interface IPartitionMetadata
             * @augments edgelog.v1.PartitionMetadata.$Properties
             * @deprecated Use edgelog.v1.PartitionMetadata.$Properties instead.
             */

            /**
             * Shape of a PartitionMetadata.
             * @typedef {edgelog.v1.PartitionMetadata.$Properties} edgelog.v1.PartitionMetadata.$Shape
             */

            /**
             * Constructs a new PartitionMetadata.
             * @memberof edgelog.v1
             * @classdesc Represents a PartitionMetadata.
             * @constructor
             * @param {edgelog.v1.PartitionMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartitionMetadata = function (properties) {
                this.replicas = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PartitionMetadata partition.
             * @member {number} partition
             * @memberof edgelog.v1.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.partition = 0;

            /**
             * PartitionMetadata leaderEndpoint.
             * @member {string} leaderEndpoint
             * @memberof edgelog.v1.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.leaderEndpoint = "";

            /**
             * PartitionMetadata logStartOffset.
             * @member {number} logStartOffset
             * @memberof edgelog.v1.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.logStartOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PartitionMetadata highWatermark.
             * @member {number} highWatermark
             * @memberof edgelog.v1.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.highWatermark = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PartitionMetadata sizeBytes.
             * @member {number} sizeBytes
             * @memberof edgelog.v1.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PartitionMetadata leaderEpoch.
             * @member {number} leaderEpoch
             * @memberof edgelog.v1.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.leaderEpoch = 0;

            /**
             * PartitionMetadata leaderRegion.
             * @member {string} leaderRegion
             * @memberof edgelog.v1.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.leaderRegion = "";

            /**
             * PartitionMetadata replicas.
             * @member {Array.<edgelog.v1.ReplicaState.$Properties>} replicas
             * @memberof edgelog.v1.PartitionMetadata
             * @instance
             */
            PartitionMetadata.prototype.replicas = $util.emptyArray;

            /**
             * Creates a new PartitionMetadata instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.PartitionMetadata
             * @static
             * @param {edgelog.v1.PartitionMetadata.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.PartitionMetadata} PartitionMetadata instance
             * @type {{
             *   (properties: edgelog.v1.PartitionMetadata.$Shape): edgelog.v1.PartitionMetadata & edgelog.v1.PartitionMetadata.$Shape;
             *   (properties?: edgelog.v1.PartitionMetadata.$Properties): edgelog.v1.PartitionMetadata;
             * }}
             */
            PartitionMetadata.create = function(properties) {
                return new PartitionMetadata(properties);
            };

            /**
             * Encodes the specified PartitionMetadata message. Does not implicitly {@link edgelog.v1.PartitionMetadata.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.PartitionMetadata
             * @static
             * @param {edgelog.v1.PartitionMetadata.$Properties} message PartitionMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartitionMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.partition);
                if (message.leaderEndpoint != null && $Object.hasOwnProperty.call(message, "leaderEndpoint") && message.leaderEndpoint !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.leaderEndpoint);
                if (message.logStartOffset != null && $Object.hasOwnProperty.call(message, "logStartOffset") && (typeof message.logStartOffset === "object" ? message.logStartOffset.low || message.logStartOffset.high : message.logStartOffset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.logStartOffset);
                if (message.highWatermark != null && $Object.hasOwnProperty.call(message, "highWatermark") && (typeof message.highWatermark === "object" ? message.highWatermark.low || message.highWatermark.high : message.highWatermark !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.highWatermark);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.sizeBytes);
                if (message.leaderEpoch != null && $Object.hasOwnProperty.call(message, "leaderEpoch") && message.leaderEpoch !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.leaderEpoch);
                if (message.leaderRegion != null && $Object.hasOwnProperty.call(message, "leaderRegion") && message.leaderRegion !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.leaderRegion);
                if (message.replicas != null && message.replicas.length)
                    for (let i = 0; i < message.replicas.length; ++i)
                        $root.edgelog.v1.ReplicaState.encode(message.replicas[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PartitionMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.PartitionMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.PartitionMetadata & edgelog.v1.PartitionMetadata.$Shape} PartitionMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartitionMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.PartitionMetadata();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaderEndpoint = value;
                            else
                                delete message.leaderEndpoint;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.logStartOffset = value;
                            else
                                delete message.logStartOffset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.highWatermark = value;
                            else
                                delete message.highWatermark;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.leaderEpoch = value;
                            else
                                delete message.leaderEpoch;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaderRegion = value;
                            else
                                delete message.leaderRegion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.replicas && message.replicas.length))
                                message.replicas = [];
                            message.replicas.push($root.edgelog.v1.ReplicaState.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PartitionMetadata
             * @function getTypeUrl
             * @memberof edgelog.v1.PartitionMetadata
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PartitionMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.PartitionMetadata";
            };

            return PartitionMetadata;
        })();

        v1.TopicMetadata = (function() {

            /**
             * Properties of a TopicMetadata.
             * @typedef {Object} edgelog.v1.TopicMetadata.$Properties
             * @property {string|null} [name] TopicMetadata name
             * @property {number|null} [partitionCount] TopicMetadata partitionCount
             * @property {edgelog.v1.TopicConfig.$Properties|null} [config] TopicMetadata config
             * @property {Array.<edgelog.v1.PartitionMetadata.$Properties>|null} [partitions] TopicMetadata partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicMetadata.
             * @memberof edgelog.v1
             * @interface ITopicMetadata
             * @augments edgelog.v1.TopicMetadata.$Properties
             * @deprecated Use edgelog.v1.TopicMetadata.$Properties instead.
             */

            /**
             * Shape of a TopicMetadata.
             * @typedef {edgelog.v1.TopicMetadata.$Properties} edgelog.v1.TopicMetadata.$Shape
             */

            /**
             * Constructs a new TopicMetadata.
             * @memberof edgelog.v1
             * @classdesc Represents a TopicMetadata.
             * @constructor
             * @param {edgelog.v1.TopicMetadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicMetadata = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicMetadata name.
             * @member {string} name
             * @memberof edgelog.v1.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.name = "";

            /**
             * TopicMetadata partitionCount.
             * @member {number} partitionCount
             * @memberof edgelog.v1.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.partitionCount = 0;

            /**
             * TopicMetadata config.
             * @member {edgelog.v1.TopicConfig.$Properties|null|undefined} config
             * @memberof edgelog.v1.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.config = null;

            /**
             * TopicMetadata partitions.
             * @member {Array.<edgelog.v1.PartitionMetadata.$Properties>} partitions
             * @memberof edgelog.v1.TopicMetadata
             * @instance
             */
            TopicMetadata.prototype.partitions = $util.emptyArray;

            /**
             * Creates a new TopicMetadata instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.TopicMetadata
             * @static
             * @param {edgelog.v1.TopicMetadata.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.TopicMetadata} TopicMetadata instance
             * @type {{
             *   (properties: edgelog.v1.TopicMetadata.$Shape): edgelog.v1.TopicMetadata & edgelog.v1.TopicMetadata.$Shape;
             *   (properties?: edgelog.v1.TopicMetadata.$Properties): edgelog.v1.TopicMetadata;
             * }}
             */
            TopicMetadata.create = function(properties) {
                return new TopicMetadata(properties);
            };

            /**
             * Encodes the specified TopicMetadata message. Does not implicitly {@link edgelog.v1.TopicMetadata.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.TopicMetadata
             * @static
             * @param {edgelog.v1.TopicMetadata.$Properties} message TopicMetadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicMetadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.partitionCount != null && $Object.hasOwnProperty.call(message, "partitionCount") && message.partitionCount !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.partitionCount);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.edgelog.v1.TopicConfig.encode(message.config, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.edgelog.v1.PartitionMetadata.encode(message.partitions[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicMetadata message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.TopicMetadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.TopicMetadata & edgelog.v1.TopicMetadata.$Shape} TopicMetadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicMetadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.TopicMetadata();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partitionCount = value;
                            else
                                delete message.partitionCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.edgelog.v1.TopicConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.edgelog.v1.PartitionMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TopicMetadata
             * @function getTypeUrl
             * @memberof edgelog.v1.TopicMetadata
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TopicMetadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.TopicMetadata";
            };

            return TopicMetadata;
        })();

        v1.MetadataRequest = (function() {

            /**
             * Properties of a MetadataRequest.
             * @typedef {Object} edgelog.v1.MetadataRequest.$Properties
             * @property {Array.<string>|null} [topics] MetadataRequest topics
             * @property {Array.<string>|null} [groups] MetadataRequest groups
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataRequest.
             * @memberof edgelog.v1
             * @interface IMetadataRequest
             * @augments edgelog.v1.MetadataRequest.$Properties
             * @deprecated Use edgelog.v1.MetadataRequest.$Properties instead.
             */

            /**
             * Shape of a MetadataRequest.
             * @typedef {edgelog.v1.MetadataRequest.$Properties} edgelog.v1.MetadataRequest.$Shape
             */

            /**
             * Constructs a new MetadataRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a MetadataRequest.
             * @constructor
             * @param {edgelog.v1.MetadataRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataRequest = function (properties) {
                this.topics = [];
                this.groups = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataRequest topics.
             * @member {Array.<string>} topics
             * @memberof edgelog.v1.MetadataRequest
             * @instance
             */
            MetadataRequest.prototype.topics = $util.emptyArray;

            /**
             * MetadataRequest groups.
             * @member {Array.<string>} groups
             * @memberof edgelog.v1.MetadataRequest
             * @instance
             */
            MetadataRequest.prototype.groups = $util.emptyArray;

            /**
             * Creates a new MetadataRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.MetadataRequest
             * @static
             * @param {edgelog.v1.MetadataRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.MetadataRequest} MetadataRequest instance
             * @type {{
             *   (properties: edgelog.v1.MetadataRequest.$Shape): edgelog.v1.MetadataRequest & edgelog.v1.MetadataRequest.$Shape;
             *   (properties?: edgelog.v1.MetadataRequest.$Properties): edgelog.v1.MetadataRequest;
             * }}
             */
            MetadataRequest.create = function(properties) {
                return new MetadataRequest(properties);
            };

            /**
             * Encodes the specified MetadataRequest message. Does not implicitly {@link edgelog.v1.MetadataRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.MetadataRequest
             * @static
             * @param {edgelog.v1.MetadataRequest.$Properties} message MetadataRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.topics[i]);
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.groups[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.MetadataRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.MetadataRequest & edgelog.v1.MetadataRequest.$Shape} MetadataRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.MetadataRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MetadataRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.MetadataRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MetadataRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.MetadataRequest";
            };

            return MetadataRequest;
        })();

        v1.GroupCoordinator = (function() {

            /**
             * Properties of a GroupCoordinator.
             * @typedef {Object} edgelog.v1.GroupCoordinator.$Properties
             * @property {string|null} [groupId] GroupCoordinator groupId
             * @property {string|null} [endpoint] GroupCoordinator endpoint
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GroupCoordinator.
             * @memberof edgelog.v1
             * @interface IGroupCoordinator
             * @augments edgelog.v1.GroupCoordinator.$Properties
             * @deprecated Use edgelog.v1.GroupCoordinator.$Properties instead.
             */

            /**
             * Shape of a GroupCoordinator.
             * @typedef {edgelog.v1.GroupCoordinator.$Properties} edgelog.v1.GroupCoordinator.$Shape
             */

            /**
             * Constructs a new GroupCoordinator.
             * @memberof edgelog.v1
             * @classdesc Represents a GroupCoordinator.
             * @constructor
             * @param {edgelog.v1.GroupCoordinator.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GroupCoordinator = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GroupCoordinator groupId.
             * @member {string} groupId
             * @memberof edgelog.v1.GroupCoordinator
             * @instance
             */
            GroupCoordinator.prototype.groupId = "";

            /**
             * GroupCoordinator endpoint.
             * @member {string} endpoint
             * @memberof edgelog.v1.GroupCoordinator
             * @instance
             */
            GroupCoordinator.prototype.endpoint = "";

            /**
             * Creates a new GroupCoordinator instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.GroupCoordinator
             * @static
             * @param {edgelog.v1.GroupCoordinator.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.GroupCoordinator} GroupCoordinator instance
             * @type {{
             *   (properties: edgelog.v1.GroupCoordinator.$Shape): edgelog.v1.GroupCoordinator & edgelog.v1.GroupCoordinator.$Shape;
             *   (properties?: edgelog.v1.GroupCoordinator.$Properties): edgelog.v1.GroupCoordinator;
             * }}
             */
            GroupCoordinator.create = function(properties) {
                return new GroupCoordinator(properties);
            };

            /**
             * Encodes the specified GroupCoordinator message. Does not implicitly {@link edgelog.v1.GroupCoordinator.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.GroupCoordinator
             * @static
             * @param {edgelog.v1.GroupCoordinator.$Properties} message GroupCoordinator message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GroupCoordinator.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.endpoint != null && $Object.hasOwnProperty.call(message, "endpoint") && message.endpoint !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.endpoint);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GroupCoordinator message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.GroupCoordinator
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.GroupCoordinator & edgelog.v1.GroupCoordinator.$Shape} GroupCoordinator
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GroupCoordinator.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.GroupCoordinator();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.endpoint = value;
                            else
                                delete message.endpoint;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for GroupCoordinator
             * @function getTypeUrl
             * @memberof edgelog.v1.GroupCoordinator
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GroupCoordinator.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.GroupCoordinator";
            };

            return GroupCoordinator;
        })();

        v1.MetadataResponse = (function() {

            /**
             * Properties of a MetadataResponse.
             * @typedef {Object} edgelog.v1.MetadataResponse.$Properties
             * @property {Array.<edgelog.v1.TopicMetadata.$Properties>|null} [topics] MetadataResponse topics
             * @property {Array.<edgelog.v1.GroupCoordinator.$Properties>|null} [groups] MetadataResponse groups
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetadataResponse.
             * @memberof edgelog.v1
             * @interface IMetadataResponse
             * @augments edgelog.v1.MetadataResponse.$Properties
             * @deprecated Use edgelog.v1.MetadataResponse.$Properties instead.
             */

            /**
             * Shape of a MetadataResponse.
             * @typedef {edgelog.v1.MetadataResponse.$Properties} edgelog.v1.MetadataResponse.$Shape
             */

            /**
             * Constructs a new MetadataResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a MetadataResponse.
             * @constructor
             * @param {edgelog.v1.MetadataResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetadataResponse = function (properties) {
                this.topics = [];
                this.groups = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetadataResponse topics.
             * @member {Array.<edgelog.v1.TopicMetadata.$Properties>} topics
             * @memberof edgelog.v1.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.topics = $util.emptyArray;

            /**
             * MetadataResponse groups.
             * @member {Array.<edgelog.v1.GroupCoordinator.$Properties>} groups
             * @memberof edgelog.v1.MetadataResponse
             * @instance
             */
            MetadataResponse.prototype.groups = $util.emptyArray;

            /**
             * Creates a new MetadataResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.MetadataResponse
             * @static
             * @param {edgelog.v1.MetadataResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.MetadataResponse} MetadataResponse instance
             * @type {{
             *   (properties: edgelog.v1.MetadataResponse.$Shape): edgelog.v1.MetadataResponse & edgelog.v1.MetadataResponse.$Shape;
             *   (properties?: edgelog.v1.MetadataResponse.$Properties): edgelog.v1.MetadataResponse;
             * }}
             */
            MetadataResponse.create = function(properties) {
                return new MetadataResponse(properties);
            };

            /**
             * Encodes the specified MetadataResponse message. Does not implicitly {@link edgelog.v1.MetadataResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.MetadataResponse
             * @static
             * @param {edgelog.v1.MetadataResponse.$Properties} message MetadataResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetadataResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.edgelog.v1.TopicMetadata.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        $root.edgelog.v1.GroupCoordinator.encode(message.groups[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetadataResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.MetadataResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.MetadataResponse & edgelog.v1.MetadataResponse.$Shape} MetadataResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetadataResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.MetadataResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.edgelog.v1.TopicMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push($root.edgelog.v1.GroupCoordinator.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MetadataResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.MetadataResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MetadataResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.MetadataResponse";
            };

            return MetadataResponse;
        })();

        v1.CreateTopicRequest = (function() {

            /**
             * Properties of a CreateTopicRequest.
             * @typedef {Object} edgelog.v1.CreateTopicRequest.$Properties
             * @property {string|null} [topic] CreateTopicRequest topic
             * @property {number|null} [partitions] CreateTopicRequest partitions
             * @property {edgelog.v1.TopicConfig.$Properties|null} [config] CreateTopicRequest config
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateTopicRequest.
             * @memberof edgelog.v1
             * @interface ICreateTopicRequest
             * @augments edgelog.v1.CreateTopicRequest.$Properties
             * @deprecated Use edgelog.v1.CreateTopicRequest.$Properties instead.
             */

            /**
             * Shape of a CreateTopicRequest.
             * @typedef {edgelog.v1.CreateTopicRequest.$Properties} edgelog.v1.CreateTopicRequest.$Shape
             */

            /**
             * Constructs a new CreateTopicRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a CreateTopicRequest.
             * @constructor
             * @param {edgelog.v1.CreateTopicRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateTopicRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateTopicRequest topic.
             * @member {string} topic
             * @memberof edgelog.v1.CreateTopicRequest
             * @instance
             */
            CreateTopicRequest.prototype.topic = "";

            /**
             * CreateTopicRequest partitions.
             * @member {number} partitions
             * @memberof edgelog.v1.CreateTopicRequest
             * @instance
             */
            CreateTopicRequest.prototype.partitions = 0;

            /**
             * CreateTopicRequest config.
             * @member {edgelog.v1.TopicConfig.$Properties|null|undefined} config
             * @memberof edgelog.v1.CreateTopicRequest
             * @instance
             */
            CreateTopicRequest.prototype.config = null;

            /**
             * Creates a new CreateTopicRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.CreateTopicRequest
             * @static
             * @param {edgelog.v1.CreateTopicRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.CreateTopicRequest} CreateTopicRequest instance
             * @type {{
             *   (properties: edgelog.v1.CreateTopicRequest.$Shape): edgelog.v1.CreateTopicRequest & edgelog.v1.CreateTopicRequest.$Shape;
             *   (properties?: edgelog.v1.CreateTopicRequest.$Properties): edgelog.v1.CreateTopicRequest;
             * }}
             */
            CreateTopicRequest.create = function(properties) {
                return new CreateTopicRequest(properties);
            };

            /**
             * Encodes the specified CreateTopicRequest message. Does not implicitly {@link edgelog.v1.CreateTopicRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.CreateTopicRequest
             * @static
             * @param {edgelog.v1.CreateTopicRequest.$Properties} message CreateTopicRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateTopicRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions") && message.partitions !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.partitions);
                if (message.config != null && $Object.hasOwnProperty.call(message, "config"))
                    $root.edgelog.v1.TopicConfig.encode(message.config, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateTopicRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.CreateTopicRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.CreateTopicRequest & edgelog.v1.CreateTopicRequest.$Shape} CreateTopicRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateTopicRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.CreateTopicRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partitions = value;
                            else
                                delete message.partitions;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.config = $root.edgelog.v1.TopicConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.config);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for CreateTopicRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.CreateTopicRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateTopicRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.CreateTopicRequest";
            };

            return CreateTopicRequest;
        })();

        v1.CreateTopicResponse = (function() {

            /**
             * Properties of a CreateTopicResponse.
             * @typedef {Object} edgelog.v1.CreateTopicResponse.$Properties
             * @property {edgelog.v1.TopicMetadata.$Properties|null} [topic] CreateTopicResponse topic
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateTopicResponse.
             * @memberof edgelog.v1
             * @interface ICreateTopicResponse
             * @augments edgelog.v1.CreateTopicResponse.$Properties
             * @deprecated Use edgelog.v1.CreateTopicResponse.$Properties instead.
             */

            /**
             * Shape of a CreateTopicResponse.
             * @typedef {edgelog.v1.CreateTopicResponse.$Properties} edgelog.v1.CreateTopicResponse.$Shape
             */

            /**
             * Constructs a new CreateTopicResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a CreateTopicResponse.
             * @constructor
             * @param {edgelog.v1.CreateTopicResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateTopicResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreateTopicResponse topic.
             * @member {edgelog.v1.TopicMetadata.$Properties|null|undefined} topic
             * @memberof edgelog.v1.CreateTopicResponse
             * @instance
             */
            CreateTopicResponse.prototype.topic = null;

            /**
             * Creates a new CreateTopicResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.CreateTopicResponse
             * @static
             * @param {edgelog.v1.CreateTopicResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.CreateTopicResponse} CreateTopicResponse instance
             * @type {{
             *   (properties: edgelog.v1.CreateTopicResponse.$Shape): edgelog.v1.CreateTopicResponse & edgelog.v1.CreateTopicResponse.$Shape;
             *   (properties?: edgelog.v1.CreateTopicResponse.$Properties): edgelog.v1.CreateTopicResponse;
             * }}
             */
            CreateTopicResponse.create = function(properties) {
                return new CreateTopicResponse(properties);
            };

            /**
             * Encodes the specified CreateTopicResponse message. Does not implicitly {@link edgelog.v1.CreateTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.CreateTopicResponse
             * @static
             * @param {edgelog.v1.CreateTopicResponse.$Properties} message CreateTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateTopicResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    $root.edgelog.v1.TopicMetadata.encode(message.topic, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.CreateTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.CreateTopicResponse & edgelog.v1.CreateTopicResponse.$Shape} CreateTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateTopicResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.CreateTopicResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.topic = $root.edgelog.v1.TopicMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.topic);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for CreateTopicResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.CreateTopicResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreateTopicResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.CreateTopicResponse";
            };

            return CreateTopicResponse;
        })();

        v1.DeleteTopicRequest = (function() {

            /**
             * Properties of a DeleteTopicRequest.
             * @typedef {Object} edgelog.v1.DeleteTopicRequest.$Properties
             * @property {string|null} [topic] DeleteTopicRequest topic
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteTopicRequest.
             * @memberof edgelog.v1
             * @interface IDeleteTopicRequest
             * @augments edgelog.v1.DeleteTopicRequest.$Properties
             * @deprecated Use edgelog.v1.DeleteTopicRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteTopicRequest.
             * @typedef {edgelog.v1.DeleteTopicRequest.$Properties} edgelog.v1.DeleteTopicRequest.$Shape
             */

            /**
             * Constructs a new DeleteTopicRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a DeleteTopicRequest.
             * @constructor
             * @param {edgelog.v1.DeleteTopicRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteTopicRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteTopicRequest topic.
             * @member {string} topic
             * @memberof edgelog.v1.DeleteTopicRequest
             * @instance
             */
            DeleteTopicRequest.prototype.topic = "";

            /**
             * Creates a new DeleteTopicRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.DeleteTopicRequest
             * @static
             * @param {edgelog.v1.DeleteTopicRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.DeleteTopicRequest} DeleteTopicRequest instance
             * @type {{
             *   (properties: edgelog.v1.DeleteTopicRequest.$Shape): edgelog.v1.DeleteTopicRequest & edgelog.v1.DeleteTopicRequest.$Shape;
             *   (properties?: edgelog.v1.DeleteTopicRequest.$Properties): edgelog.v1.DeleteTopicRequest;
             * }}
             */
            DeleteTopicRequest.create = function(properties) {
                return new DeleteTopicRequest(properties);
            };

            /**
             * Encodes the specified DeleteTopicRequest message. Does not implicitly {@link edgelog.v1.DeleteTopicRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.DeleteTopicRequest
             * @static
             * @param {edgelog.v1.DeleteTopicRequest.$Properties} message DeleteTopicRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteTopicRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteTopicRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.DeleteTopicRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.DeleteTopicRequest & edgelog.v1.DeleteTopicRequest.$Shape} DeleteTopicRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteTopicRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.DeleteTopicRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DeleteTopicRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.DeleteTopicRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteTopicRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.DeleteTopicRequest";
            };

            return DeleteTopicRequest;
        })();

        v1.DeleteTopicResponse = (function() {

            /**
             * Properties of a DeleteTopicResponse.
             * @typedef {Object} edgelog.v1.DeleteTopicResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteTopicResponse.
             * @memberof edgelog.v1
             * @interface IDeleteTopicResponse
             * @augments edgelog.v1.DeleteTopicResponse.$Properties
             * @deprecated Use edgelog.v1.DeleteTopicResponse.$Properties instead.
             */

            /**
             * Shape of a DeleteTopicResponse.
             * @typedef {edgelog.v1.DeleteTopicResponse.$Properties} edgelog.v1.DeleteTopicResponse.$Shape
             */

            /**
             * Constructs a new DeleteTopicResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a DeleteTopicResponse.
             * @constructor
             * @param {edgelog.v1.DeleteTopicResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteTopicResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new DeleteTopicResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.DeleteTopicResponse
             * @static
             * @param {edgelog.v1.DeleteTopicResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.DeleteTopicResponse} DeleteTopicResponse instance
             * @type {{
             *   (properties: edgelog.v1.DeleteTopicResponse.$Shape): edgelog.v1.DeleteTopicResponse & edgelog.v1.DeleteTopicResponse.$Shape;
             *   (properties?: edgelog.v1.DeleteTopicResponse.$Properties): edgelog.v1.DeleteTopicResponse;
             * }}
             */
            DeleteTopicResponse.create = function(properties) {
                return new DeleteTopicResponse(properties);
            };

            /**
             * Encodes the specified DeleteTopicResponse message. Does not implicitly {@link edgelog.v1.DeleteTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.DeleteTopicResponse
             * @static
             * @param {edgelog.v1.DeleteTopicResponse.$Properties} message DeleteTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteTopicResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.DeleteTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.DeleteTopicResponse & edgelog.v1.DeleteTopicResponse.$Shape} DeleteTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteTopicResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.DeleteTopicResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DeleteTopicResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.DeleteTopicResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteTopicResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.DeleteTopicResponse";
            };

            return DeleteTopicResponse;
        })();

        v1.ListTopicsRequest = (function() {

            /**
             * Properties of a ListTopicsRequest.
             * @typedef {Object} edgelog.v1.ListTopicsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListTopicsRequest.
             * @memberof edgelog.v1
             * @interface IListTopicsRequest
             * @augments edgelog.v1.ListTopicsRequest.$Properties
             * @deprecated Use edgelog.v1.ListTopicsRequest.$Properties instead.
             */

            /**
             * Shape of a ListTopicsRequest.
             * @typedef {edgelog.v1.ListTopicsRequest.$Properties} edgelog.v1.ListTopicsRequest.$Shape
             */

            /**
             * Constructs a new ListTopicsRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a ListTopicsRequest.
             * @constructor
             * @param {edgelog.v1.ListTopicsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListTopicsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListTopicsRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.ListTopicsRequest
             * @static
             * @param {edgelog.v1.ListTopicsRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.ListTopicsRequest} ListTopicsRequest instance
             * @type {{
             *   (properties: edgelog.v1.ListTopicsRequest.$Shape): edgelog.v1.ListTopicsRequest & edgelog.v1.ListTopicsRequest.$Shape;
             *   (properties?: edgelog.v1.ListTopicsRequest.$Properties): edgelog.v1.ListTopicsRequest;
             * }}
             */
            ListTopicsRequest.create = function(properties) {
                return new ListTopicsRequest(properties);
            };

            /**
             * Encodes the specified ListTopicsRequest message. Does not implicitly {@link edgelog.v1.ListTopicsRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.ListTopicsRequest
             * @static
             * @param {edgelog.v1.ListTopicsRequest.$Properties} message ListTopicsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListTopicsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListTopicsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.ListTopicsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.ListTopicsRequest & edgelog.v1.ListTopicsRequest.$Shape} ListTopicsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListTopicsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.ListTopicsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ListTopicsRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.ListTopicsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListTopicsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.ListTopicsRequest";
            };

            return ListTopicsRequest;
        })();

        v1.ListTopicsResponse = (function() {

            /**
             * Properties of a ListTopicsResponse.
             * @typedef {Object} edgelog.v1.ListTopicsResponse.$Properties
             * @property {Array.<string>|null} [topics] ListTopicsResponse topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListTopicsResponse.
             * @memberof edgelog.v1
             * @interface IListTopicsResponse
             * @augments edgelog.v1.ListTopicsResponse.$Properties
             * @deprecated Use edgelog.v1.ListTopicsResponse.$Properties instead.
             */

            /**
             * Shape of a ListTopicsResponse.
             * @typedef {edgelog.v1.ListTopicsResponse.$Properties} edgelog.v1.ListTopicsResponse.$Shape
             */

            /**
             * Constructs a new ListTopicsResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a ListTopicsResponse.
             * @constructor
             * @param {edgelog.v1.ListTopicsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListTopicsResponse = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListTopicsResponse topics.
             * @member {Array.<string>} topics
             * @memberof edgelog.v1.ListTopicsResponse
             * @instance
             */
            ListTopicsResponse.prototype.topics = $util.emptyArray;

            /**
             * Creates a new ListTopicsResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.ListTopicsResponse
             * @static
             * @param {edgelog.v1.ListTopicsResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.ListTopicsResponse} ListTopicsResponse instance
             * @type {{
             *   (properties: edgelog.v1.ListTopicsResponse.$Shape): edgelog.v1.ListTopicsResponse & edgelog.v1.ListTopicsResponse.$Shape;
             *   (properties?: edgelog.v1.ListTopicsResponse.$Properties): edgelog.v1.ListTopicsResponse;
             * }}
             */
            ListTopicsResponse.create = function(properties) {
                return new ListTopicsResponse(properties);
            };

            /**
             * Encodes the specified ListTopicsResponse message. Does not implicitly {@link edgelog.v1.ListTopicsResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.ListTopicsResponse
             * @static
             * @param {edgelog.v1.ListTopicsResponse.$Properties} message ListTopicsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListTopicsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.topics[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListTopicsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.ListTopicsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.ListTopicsResponse & edgelog.v1.ListTopicsResponse.$Shape} ListTopicsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListTopicsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.ListTopicsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ListTopicsResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.ListTopicsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListTopicsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.ListTopicsResponse";
            };

            return ListTopicsResponse;
        })();

        v1.DescribeTopicRequest = (function() {

            /**
             * Properties of a DescribeTopicRequest.
             * @typedef {Object} edgelog.v1.DescribeTopicRequest.$Properties
             * @property {string|null} [topic] DescribeTopicRequest topic
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeTopicRequest.
             * @memberof edgelog.v1
             * @interface IDescribeTopicRequest
             * @augments edgelog.v1.DescribeTopicRequest.$Properties
             * @deprecated Use edgelog.v1.DescribeTopicRequest.$Properties instead.
             */

            /**
             * Shape of a DescribeTopicRequest.
             * @typedef {edgelog.v1.DescribeTopicRequest.$Properties} edgelog.v1.DescribeTopicRequest.$Shape
             */

            /**
             * Constructs a new DescribeTopicRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a DescribeTopicRequest.
             * @constructor
             * @param {edgelog.v1.DescribeTopicRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeTopicRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeTopicRequest topic.
             * @member {string} topic
             * @memberof edgelog.v1.DescribeTopicRequest
             * @instance
             */
            DescribeTopicRequest.prototype.topic = "";

            /**
             * Creates a new DescribeTopicRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.DescribeTopicRequest
             * @static
             * @param {edgelog.v1.DescribeTopicRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.DescribeTopicRequest} DescribeTopicRequest instance
             * @type {{
             *   (properties: edgelog.v1.DescribeTopicRequest.$Shape): edgelog.v1.DescribeTopicRequest & edgelog.v1.DescribeTopicRequest.$Shape;
             *   (properties?: edgelog.v1.DescribeTopicRequest.$Properties): edgelog.v1.DescribeTopicRequest;
             * }}
             */
            DescribeTopicRequest.create = function(properties) {
                return new DescribeTopicRequest(properties);
            };

            /**
             * Encodes the specified DescribeTopicRequest message. Does not implicitly {@link edgelog.v1.DescribeTopicRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.DescribeTopicRequest
             * @static
             * @param {edgelog.v1.DescribeTopicRequest.$Properties} message DescribeTopicRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeTopicRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeTopicRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.DescribeTopicRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.DescribeTopicRequest & edgelog.v1.DescribeTopicRequest.$Shape} DescribeTopicRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeTopicRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.DescribeTopicRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DescribeTopicRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.DescribeTopicRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DescribeTopicRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.DescribeTopicRequest";
            };

            return DescribeTopicRequest;
        })();

        v1.DescribeTopicResponse = (function() {

            /**
             * Properties of a DescribeTopicResponse.
             * @typedef {Object} edgelog.v1.DescribeTopicResponse.$Properties
             * @property {edgelog.v1.TopicMetadata.$Properties|null} [topic] DescribeTopicResponse topic
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeTopicResponse.
             * @memberof edgelog.v1
             * @interface IDescribeTopicResponse
             * @augments edgelog.v1.DescribeTopicResponse.$Properties
             * @deprecated Use edgelog.v1.DescribeTopicResponse.$Properties instead.
             */

            /**
             * Shape of a DescribeTopicResponse.
             * @typedef {edgelog.v1.DescribeTopicResponse.$Properties} edgelog.v1.DescribeTopicResponse.$Shape
             */

            /**
             * Constructs a new DescribeTopicResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a DescribeTopicResponse.
             * @constructor
             * @param {edgelog.v1.DescribeTopicResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeTopicResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeTopicResponse topic.
             * @member {edgelog.v1.TopicMetadata.$Properties|null|undefined} topic
             * @memberof edgelog.v1.DescribeTopicResponse
             * @instance
             */
            DescribeTopicResponse.prototype.topic = null;

            /**
             * Creates a new DescribeTopicResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.DescribeTopicResponse
             * @static
             * @param {edgelog.v1.DescribeTopicResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.DescribeTopicResponse} DescribeTopicResponse instance
             * @type {{
             *   (properties: edgelog.v1.DescribeTopicResponse.$Shape): edgelog.v1.DescribeTopicResponse & edgelog.v1.DescribeTopicResponse.$Shape;
             *   (properties?: edgelog.v1.DescribeTopicResponse.$Properties): edgelog.v1.DescribeTopicResponse;
             * }}
             */
            DescribeTopicResponse.create = function(properties) {
                return new DescribeTopicResponse(properties);
            };

            /**
             * Encodes the specified DescribeTopicResponse message. Does not implicitly {@link edgelog.v1.DescribeTopicResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.DescribeTopicResponse
             * @static
             * @param {edgelog.v1.DescribeTopicResponse.$Properties} message DescribeTopicResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeTopicResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    $root.edgelog.v1.TopicMetadata.encode(message.topic, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeTopicResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.DescribeTopicResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.DescribeTopicResponse & edgelog.v1.DescribeTopicResponse.$Shape} DescribeTopicResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeTopicResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.DescribeTopicResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.topic = $root.edgelog.v1.TopicMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.topic);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DescribeTopicResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.DescribeTopicResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DescribeTopicResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.DescribeTopicResponse";
            };

            return DescribeTopicResponse;
        })();

        /**
         * Acks enum.
         * @name edgelog.v1.Acks
         * @enum {number}
         * @property {number} ACKS_ALL=0 ACKS_ALL value
         * @property {number} ACKS_LEADER=1 ACKS_LEADER value
         * @property {number} ACKS_NONE=2 ACKS_NONE value
         */
        v1.Acks = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ACKS_ALL"] = 0;
            values[valuesById[1] = "ACKS_LEADER"] = 1;
            values[valuesById[2] = "ACKS_NONE"] = 2;
            return values;
        })();

        v1.ProduceRequest = (function() {

            /**
             * Properties of a ProduceRequest.
             * @typedef {Object} edgelog.v1.ProduceRequest.$Properties
             * @property {string|null} [topic] ProduceRequest topic
             * @property {number|null} [partition] ProduceRequest partition
             * @property {edgelog.v1.Acks|null} [acks] ProduceRequest acks
             * @property {Uint8Array|null} [records] ProduceRequest records
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceRequest.
             * @memberof edgelog.v1
             * @interface IProduceRequest
             * @augments edgelog.v1.ProduceRequest.$Properties
             * @deprecated Use edgelog.v1.ProduceRequest.$Properties instead.
             */

            /**
             * Shape of a ProduceRequest.
             * @typedef {edgelog.v1.ProduceRequest.$Properties} edgelog.v1.ProduceRequest.$Shape
             */

            /**
             * Constructs a new ProduceRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a ProduceRequest.
             * @constructor
             * @param {edgelog.v1.ProduceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceRequest topic.
             * @member {string} topic
             * @memberof edgelog.v1.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.topic = "";

            /**
             * ProduceRequest partition.
             * @member {number} partition
             * @memberof edgelog.v1.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.partition = 0;

            /**
             * ProduceRequest acks.
             * @member {edgelog.v1.Acks} acks
             * @memberof edgelog.v1.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.acks = 0;

            /**
             * ProduceRequest records.
             * @member {Uint8Array} records
             * @memberof edgelog.v1.ProduceRequest
             * @instance
             */
            ProduceRequest.prototype.records = $util.newBuffer([]);

            /**
             * Creates a new ProduceRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.ProduceRequest
             * @static
             * @param {edgelog.v1.ProduceRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.ProduceRequest} ProduceRequest instance
             * @type {{
             *   (properties: edgelog.v1.ProduceRequest.$Shape): edgelog.v1.ProduceRequest & edgelog.v1.ProduceRequest.$Shape;
             *   (properties?: edgelog.v1.ProduceRequest.$Properties): edgelog.v1.ProduceRequest;
             * }}
             */
            ProduceRequest.create = function(properties) {
                return new ProduceRequest(properties);
            };

            /**
             * Encodes the specified ProduceRequest message. Does not implicitly {@link edgelog.v1.ProduceRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.ProduceRequest
             * @static
             * @param {edgelog.v1.ProduceRequest.$Properties} message ProduceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.partition);
                if (message.acks != null && $Object.hasOwnProperty.call(message, "acks") && message.acks !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.acks);
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && message.records.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.records);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.ProduceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.ProduceRequest & edgelog.v1.ProduceRequest.$Shape} ProduceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.ProduceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.acks = value;
                            else
                                delete message.acks;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.records = value;
                            else
                                delete message.records;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ProduceRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.ProduceRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProduceRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.ProduceRequest";
            };

            return ProduceRequest;
        })();

        v1.ProduceResponse = (function() {

            /**
             * Properties of a ProduceResponse.
             * @typedef {Object} edgelog.v1.ProduceResponse.$Properties
             * @property {number|null} [baseOffset] ProduceResponse baseOffset
             * @property {number|null} [logStartOffset] ProduceResponse logStartOffset
             * @property {boolean|null} [duplicate] ProduceResponse duplicate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ProduceResponse.
             * @memberof edgelog.v1
             * @interface IProduceResponse
             * @augments edgelog.v1.ProduceResponse.$Properties
             * @deprecated Use edgelog.v1.ProduceResponse.$Properties instead.
             */

            /**
             * Shape of a ProduceResponse.
             * @typedef {edgelog.v1.ProduceResponse.$Properties} edgelog.v1.ProduceResponse.$Shape
             */

            /**
             * Constructs a new ProduceResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a ProduceResponse.
             * @constructor
             * @param {edgelog.v1.ProduceResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ProduceResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ProduceResponse baseOffset.
             * @member {number} baseOffset
             * @memberof edgelog.v1.ProduceResponse
             * @instance
             */
            ProduceResponse.prototype.baseOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProduceResponse logStartOffset.
             * @member {number} logStartOffset
             * @memberof edgelog.v1.ProduceResponse
             * @instance
             */
            ProduceResponse.prototype.logStartOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ProduceResponse duplicate.
             * @member {boolean} duplicate
             * @memberof edgelog.v1.ProduceResponse
             * @instance
             */
            ProduceResponse.prototype.duplicate = false;

            /**
             * Creates a new ProduceResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.ProduceResponse
             * @static
             * @param {edgelog.v1.ProduceResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.ProduceResponse} ProduceResponse instance
             * @type {{
             *   (properties: edgelog.v1.ProduceResponse.$Shape): edgelog.v1.ProduceResponse & edgelog.v1.ProduceResponse.$Shape;
             *   (properties?: edgelog.v1.ProduceResponse.$Properties): edgelog.v1.ProduceResponse;
             * }}
             */
            ProduceResponse.create = function(properties) {
                return new ProduceResponse(properties);
            };

            /**
             * Encodes the specified ProduceResponse message. Does not implicitly {@link edgelog.v1.ProduceResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.ProduceResponse
             * @static
             * @param {edgelog.v1.ProduceResponse.$Properties} message ProduceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ProduceResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.baseOffset != null && $Object.hasOwnProperty.call(message, "baseOffset") && (typeof message.baseOffset === "object" ? message.baseOffset.low || message.baseOffset.high : message.baseOffset !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.baseOffset);
                if (message.logStartOffset != null && $Object.hasOwnProperty.call(message, "logStartOffset") && (typeof message.logStartOffset === "object" ? message.logStartOffset.low || message.logStartOffset.high : message.logStartOffset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.logStartOffset);
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.duplicate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ProduceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.ProduceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.ProduceResponse & edgelog.v1.ProduceResponse.$Shape} ProduceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ProduceResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.ProduceResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.baseOffset = value;
                            else
                                delete message.baseOffset;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.logStartOffset = value;
                            else
                                delete message.logStartOffset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.duplicate = value;
                            else
                                delete message.duplicate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ProduceResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.ProduceResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ProduceResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.ProduceResponse";
            };

            return ProduceResponse;
        })();

        v1.InitProducerRequest = (function() {

            /**
             * Properties of an InitProducerRequest.
             * @typedef {Object} edgelog.v1.InitProducerRequest.$Properties
             * @property {number|null} [producerId] InitProducerRequest producerId
             * @property {number|null} [producerEpoch] InitProducerRequest producerEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InitProducerRequest.
             * @memberof edgelog.v1
             * @interface IInitProducerRequest
             * @augments edgelog.v1.InitProducerRequest.$Properties
             * @deprecated Use edgelog.v1.InitProducerRequest.$Properties instead.
             */

            /**
             * Shape of an InitProducerRequest.
             * @typedef {edgelog.v1.InitProducerRequest.$Properties} edgelog.v1.InitProducerRequest.$Shape
             */

            /**
             * Constructs a new InitProducerRequest.
             * @memberof edgelog.v1
             * @classdesc Represents an InitProducerRequest.
             * @constructor
             * @param {edgelog.v1.InitProducerRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InitProducerRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InitProducerRequest producerId.
             * @member {number} producerId
             * @memberof edgelog.v1.InitProducerRequest
             * @instance
             */
            InitProducerRequest.prototype.producerId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * InitProducerRequest producerEpoch.
             * @member {number} producerEpoch
             * @memberof edgelog.v1.InitProducerRequest
             * @instance
             */
            InitProducerRequest.prototype.producerEpoch = 0;

            /**
             * Creates a new InitProducerRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.InitProducerRequest
             * @static
             * @param {edgelog.v1.InitProducerRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.InitProducerRequest} InitProducerRequest instance
             * @type {{
             *   (properties: edgelog.v1.InitProducerRequest.$Shape): edgelog.v1.InitProducerRequest & edgelog.v1.InitProducerRequest.$Shape;
             *   (properties?: edgelog.v1.InitProducerRequest.$Properties): edgelog.v1.InitProducerRequest;
             * }}
             */
            InitProducerRequest.create = function(properties) {
                return new InitProducerRequest(properties);
            };

            /**
             * Encodes the specified InitProducerRequest message. Does not implicitly {@link edgelog.v1.InitProducerRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.InitProducerRequest
             * @static
             * @param {edgelog.v1.InitProducerRequest.$Properties} message InitProducerRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InitProducerRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && (typeof message.producerId === "object" ? message.producerId.low || message.producerId.high : message.producerId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.producerId);
                if (message.producerEpoch != null && $Object.hasOwnProperty.call(message, "producerEpoch") && message.producerEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.producerEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InitProducerRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.InitProducerRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.InitProducerRequest & edgelog.v1.InitProducerRequest.$Shape} InitProducerRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InitProducerRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.InitProducerRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.producerEpoch = value;
                            else
                                delete message.producerEpoch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for InitProducerRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.InitProducerRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InitProducerRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.InitProducerRequest";
            };

            return InitProducerRequest;
        })();

        v1.InitProducerResponse = (function() {

            /**
             * Properties of an InitProducerResponse.
             * @typedef {Object} edgelog.v1.InitProducerResponse.$Properties
             * @property {number|null} [producerId] InitProducerResponse producerId
             * @property {number|null} [producerEpoch] InitProducerResponse producerEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InitProducerResponse.
             * @memberof edgelog.v1
             * @interface IInitProducerResponse
             * @augments edgelog.v1.InitProducerResponse.$Properties
             * @deprecated Use edgelog.v1.InitProducerResponse.$Properties instead.
             */

            /**
             * Shape of an InitProducerResponse.
             * @typedef {edgelog.v1.InitProducerResponse.$Properties} edgelog.v1.InitProducerResponse.$Shape
             */

            /**
             * Constructs a new InitProducerResponse.
             * @memberof edgelog.v1
             * @classdesc Represents an InitProducerResponse.
             * @constructor
             * @param {edgelog.v1.InitProducerResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InitProducerResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InitProducerResponse producerId.
             * @member {number} producerId
             * @memberof edgelog.v1.InitProducerResponse
             * @instance
             */
            InitProducerResponse.prototype.producerId = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * InitProducerResponse producerEpoch.
             * @member {number} producerEpoch
             * @memberof edgelog.v1.InitProducerResponse
             * @instance
             */
            InitProducerResponse.prototype.producerEpoch = 0;

            /**
             * Creates a new InitProducerResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.InitProducerResponse
             * @static
             * @param {edgelog.v1.InitProducerResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.InitProducerResponse} InitProducerResponse instance
             * @type {{
             *   (properties: edgelog.v1.InitProducerResponse.$Shape): edgelog.v1.InitProducerResponse & edgelog.v1.InitProducerResponse.$Shape;
             *   (properties?: edgelog.v1.InitProducerResponse.$Properties): edgelog.v1.InitProducerResponse;
             * }}
             */
            InitProducerResponse.create = function(properties) {
                return new InitProducerResponse(properties);
            };

            /**
             * Encodes the specified InitProducerResponse message. Does not implicitly {@link edgelog.v1.InitProducerResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.InitProducerResponse
             * @static
             * @param {edgelog.v1.InitProducerResponse.$Properties} message InitProducerResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InitProducerResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.producerId != null && $Object.hasOwnProperty.call(message, "producerId") && (typeof message.producerId === "object" ? message.producerId.low || message.producerId.high : message.producerId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.producerId);
                if (message.producerEpoch != null && $Object.hasOwnProperty.call(message, "producerEpoch") && message.producerEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.producerEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InitProducerResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.InitProducerResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.InitProducerResponse & edgelog.v1.InitProducerResponse.$Shape} InitProducerResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InitProducerResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.InitProducerResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.producerId = value;
                            else
                                delete message.producerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.producerEpoch = value;
                            else
                                delete message.producerEpoch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for InitProducerResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.InitProducerResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InitProducerResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.InitProducerResponse";
            };

            return InitProducerResponse;
        })();

        v1.FetchRequest = (function() {

            /**
             * Properties of a FetchRequest.
             * @typedef {Object} edgelog.v1.FetchRequest.$Properties
             * @property {string|null} [topic] FetchRequest topic
             * @property {number|null} [partition] FetchRequest partition
             * @property {number|null} [offset] FetchRequest offset
             * @property {number|null} [maxBytes] FetchRequest maxBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchRequest.
             * @memberof edgelog.v1
             * @interface IFetchRequest
             * @augments edgelog.v1.FetchRequest.$Properties
             * @deprecated Use edgelog.v1.FetchRequest.$Properties instead.
             */

            /**
             * Shape of a FetchRequest.
             * @typedef {edgelog.v1.FetchRequest.$Properties} edgelog.v1.FetchRequest.$Shape
             */

            /**
             * Constructs a new FetchRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a FetchRequest.
             * @constructor
             * @param {edgelog.v1.FetchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchRequest topic.
             * @member {string} topic
             * @memberof edgelog.v1.FetchRequest
             * @instance
             */
            FetchRequest.prototype.topic = "";

            /**
             * FetchRequest partition.
             * @member {number} partition
             * @memberof edgelog.v1.FetchRequest
             * @instance
             */
            FetchRequest.prototype.partition = 0;

            /**
             * FetchRequest offset.
             * @member {number} offset
             * @memberof edgelog.v1.FetchRequest
             * @instance
             */
            FetchRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchRequest maxBytes.
             * @member {number} maxBytes
             * @memberof edgelog.v1.FetchRequest
             * @instance
             */
            FetchRequest.prototype.maxBytes = 0;

            /**
             * Creates a new FetchRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.FetchRequest
             * @static
             * @param {edgelog.v1.FetchRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.FetchRequest} FetchRequest instance
             * @type {{
             *   (properties: edgelog.v1.FetchRequest.$Shape): edgelog.v1.FetchRequest & edgelog.v1.FetchRequest.$Shape;
             *   (properties?: edgelog.v1.FetchRequest.$Properties): edgelog.v1.FetchRequest;
             * }}
             */
            FetchRequest.create = function(properties) {
                return new FetchRequest(properties);
            };

            /**
             * Encodes the specified FetchRequest message. Does not implicitly {@link edgelog.v1.FetchRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.FetchRequest
             * @static
             * @param {edgelog.v1.FetchRequest.$Properties} message FetchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.partition);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.offset);
                if (message.maxBytes != null && $Object.hasOwnProperty.call(message, "maxBytes") && message.maxBytes !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.FetchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.FetchRequest & edgelog.v1.FetchRequest.$Shape} FetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.FetchRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxBytes = value;
                            else
                                delete message.maxBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for FetchRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.FetchRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FetchRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.FetchRequest";
            };

            return FetchRequest;
        })();

        v1.FetchResponse = (function() {

            /**
             * Properties of a FetchResponse.
             * @typedef {Object} edgelog.v1.FetchResponse.$Properties
             * @property {Uint8Array|null} [records] FetchResponse records
             * @property {number|null} [highWatermark] FetchResponse highWatermark
             * @property {number|null} [logStartOffset] FetchResponse logStartOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FetchResponse.
             * @memberof edgelog.v1
             * @interface IFetchResponse
             * @augments edgelog.v1.FetchResponse.$Properties
             * @deprecated Use edgelog.v1.FetchResponse.$Properties instead.
             */

            /**
             * Shape of a FetchResponse.
             * @typedef {edgelog.v1.FetchResponse.$Properties} edgelog.v1.FetchResponse.$Shape
             */

            /**
             * Constructs a new FetchResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a FetchResponse.
             * @constructor
             * @param {edgelog.v1.FetchResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FetchResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FetchResponse records.
             * @member {Uint8Array} records
             * @memberof edgelog.v1.FetchResponse
             * @instance
             */
            FetchResponse.prototype.records = $util.newBuffer([]);

            /**
             * FetchResponse highWatermark.
             * @member {number} highWatermark
             * @memberof edgelog.v1.FetchResponse
             * @instance
             */
            FetchResponse.prototype.highWatermark = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * FetchResponse logStartOffset.
             * @member {number} logStartOffset
             * @memberof edgelog.v1.FetchResponse
             * @instance
             */
            FetchResponse.prototype.logStartOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new FetchResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.FetchResponse
             * @static
             * @param {edgelog.v1.FetchResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.FetchResponse} FetchResponse instance
             * @type {{
             *   (properties: edgelog.v1.FetchResponse.$Shape): edgelog.v1.FetchResponse & edgelog.v1.FetchResponse.$Shape;
             *   (properties?: edgelog.v1.FetchResponse.$Properties): edgelog.v1.FetchResponse;
             * }}
             */
            FetchResponse.create = function(properties) {
                return new FetchResponse(properties);
            };

            /**
             * Encodes the specified FetchResponse message. Does not implicitly {@link edgelog.v1.FetchResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.FetchResponse
             * @static
             * @param {edgelog.v1.FetchResponse.$Properties} message FetchResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FetchResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && message.records.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.records);
                if (message.highWatermark != null && $Object.hasOwnProperty.call(message, "highWatermark") && (typeof message.highWatermark === "object" ? message.highWatermark.low || message.highWatermark.high : message.highWatermark !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.highWatermark);
                if (message.logStartOffset != null && $Object.hasOwnProperty.call(message, "logStartOffset") && (typeof message.logStartOffset === "object" ? message.logStartOffset.low || message.logStartOffset.high : message.logStartOffset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.logStartOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a FetchResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.FetchResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.FetchResponse & edgelog.v1.FetchResponse.$Shape} FetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FetchResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.FetchResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.records = value;
                            else
                                delete message.records;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.highWatermark = value;
                            else
                                delete message.highWatermark;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.logStartOffset = value;
                            else
                                delete message.logStartOffset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for FetchResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.FetchResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FetchResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.FetchResponse";
            };

            return FetchResponse;
        })();

        v1.ListOffsetsRequest = (function() {

            /**
             * Properties of a ListOffsetsRequest.
             * @typedef {Object} edgelog.v1.ListOffsetsRequest.$Properties
             * @property {string|null} [topic] ListOffsetsRequest topic
             * @property {number|null} [partition] ListOffsetsRequest partition
             * @property {number|null} [timestamp] ListOffsetsRequest timestamp
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsRequest.
             * @memberof edgelog.v1
             * @interface IListOffsetsRequest
             * @augments edgelog.v1.ListOffsetsRequest.$Properties
             * @deprecated Use edgelog.v1.ListOffsetsRequest.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsRequest.
             * @typedef {edgelog.v1.ListOffsetsRequest.$Properties} edgelog.v1.ListOffsetsRequest.$Shape
             */

            /**
             * Constructs a new ListOffsetsRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a ListOffsetsRequest.
             * @constructor
             * @param {edgelog.v1.ListOffsetsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsRequest topic.
             * @member {string} topic
             * @memberof edgelog.v1.ListOffsetsRequest
             * @instance
             */
            ListOffsetsRequest.prototype.topic = "";

            /**
             * ListOffsetsRequest partition.
             * @member {number} partition
             * @memberof edgelog.v1.ListOffsetsRequest
             * @instance
             */
            ListOffsetsRequest.prototype.partition = 0;

            /**
             * ListOffsetsRequest timestamp.
             * @member {number} timestamp
             * @memberof edgelog.v1.ListOffsetsRequest
             * @instance
             */
            ListOffsetsRequest.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ListOffsetsRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.ListOffsetsRequest
             * @static
             * @param {edgelog.v1.ListOffsetsRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.ListOffsetsRequest} ListOffsetsRequest instance
             * @type {{
             *   (properties: edgelog.v1.ListOffsetsRequest.$Shape): edgelog.v1.ListOffsetsRequest & edgelog.v1.ListOffsetsRequest.$Shape;
             *   (properties?: edgelog.v1.ListOffsetsRequest.$Properties): edgelog.v1.ListOffsetsRequest;
             * }}
             */
            ListOffsetsRequest.create = function(properties) {
                return new ListOffsetsRequest(properties);
            };

            /**
             * Encodes the specified ListOffsetsRequest message. Does not implicitly {@link edgelog.v1.ListOffsetsRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.ListOffsetsRequest
             * @static
             * @param {edgelog.v1.ListOffsetsRequest.$Properties} message ListOffsetsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.partition);
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.timestamp);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.ListOffsetsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.ListOffsetsRequest & edgelog.v1.ListOffsetsRequest.$Shape} ListOffsetsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.ListOffsetsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestamp = value;
                            else
                                delete message.timestamp;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ListOffsetsRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.ListOffsetsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListOffsetsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.ListOffsetsRequest";
            };

            return ListOffsetsRequest;
        })();

        v1.ListOffsetsResponse = (function() {

            /**
             * Properties of a ListOffsetsResponse.
             * @typedef {Object} edgelog.v1.ListOffsetsResponse.$Properties
             * @property {number|null} [offset] ListOffsetsResponse offset
             * @property {number|null} [highWatermark] ListOffsetsResponse highWatermark
             * @property {number|null} [logStartOffset] ListOffsetsResponse logStartOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListOffsetsResponse.
             * @memberof edgelog.v1
             * @interface IListOffsetsResponse
             * @augments edgelog.v1.ListOffsetsResponse.$Properties
             * @deprecated Use edgelog.v1.ListOffsetsResponse.$Properties instead.
             */

            /**
             * Shape of a ListOffsetsResponse.
             * @typedef {edgelog.v1.ListOffsetsResponse.$Properties} edgelog.v1.ListOffsetsResponse.$Shape
             */

            /**
             * Constructs a new ListOffsetsResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a ListOffsetsResponse.
             * @constructor
             * @param {edgelog.v1.ListOffsetsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListOffsetsResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListOffsetsResponse offset.
             * @member {number} offset
             * @memberof edgelog.v1.ListOffsetsResponse
             * @instance
             */
            ListOffsetsResponse.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ListOffsetsResponse highWatermark.
             * @member {number} highWatermark
             * @memberof edgelog.v1.ListOffsetsResponse
             * @instance
             */
            ListOffsetsResponse.prototype.highWatermark = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ListOffsetsResponse logStartOffset.
             * @member {number} logStartOffset
             * @memberof edgelog.v1.ListOffsetsResponse
             * @instance
             */
            ListOffsetsResponse.prototype.logStartOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ListOffsetsResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.ListOffsetsResponse
             * @static
             * @param {edgelog.v1.ListOffsetsResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.ListOffsetsResponse} ListOffsetsResponse instance
             * @type {{
             *   (properties: edgelog.v1.ListOffsetsResponse.$Shape): edgelog.v1.ListOffsetsResponse & edgelog.v1.ListOffsetsResponse.$Shape;
             *   (properties?: edgelog.v1.ListOffsetsResponse.$Properties): edgelog.v1.ListOffsetsResponse;
             * }}
             */
            ListOffsetsResponse.create = function(properties) {
                return new ListOffsetsResponse(properties);
            };

            /**
             * Encodes the specified ListOffsetsResponse message. Does not implicitly {@link edgelog.v1.ListOffsetsResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.ListOffsetsResponse
             * @static
             * @param {edgelog.v1.ListOffsetsResponse.$Properties} message ListOffsetsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListOffsetsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.offset);
                if (message.highWatermark != null && $Object.hasOwnProperty.call(message, "highWatermark") && (typeof message.highWatermark === "object" ? message.highWatermark.low || message.highWatermark.high : message.highWatermark !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.highWatermark);
                if (message.logStartOffset != null && $Object.hasOwnProperty.call(message, "logStartOffset") && (typeof message.logStartOffset === "object" ? message.logStartOffset.low || message.logStartOffset.high : message.logStartOffset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.logStartOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListOffsetsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.ListOffsetsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.ListOffsetsResponse & edgelog.v1.ListOffsetsResponse.$Shape} ListOffsetsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListOffsetsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.ListOffsetsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.highWatermark = value;
                            else
                                delete message.highWatermark;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.logStartOffset = value;
                            else
                                delete message.logStartOffset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ListOffsetsResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.ListOffsetsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListOffsetsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.ListOffsetsResponse";
            };

            return ListOffsetsResponse;
        })();

        v1.SubscribeRequest = (function() {

            /**
             * Properties of a SubscribeRequest.
             * @typedef {Object} edgelog.v1.SubscribeRequest.$Properties
             * @property {string|null} [topic] SubscribeRequest topic
             * @property {number|null} [partition] SubscribeRequest partition
             * @property {number|null} [offset] SubscribeRequest offset
             * @property {number|null} [creditBytes] SubscribeRequest creditBytes
             * @property {number|null} [minBytes] SubscribeRequest minBytes
             * @property {number|null} [maxWaitMs] SubscribeRequest maxWaitMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscribeRequest.
             * @memberof edgelog.v1
             * @interface ISubscribeRequest
             * @augments edgelog.v1.SubscribeRequest.$Properties
             * @deprecated Use edgelog.v1.SubscribeRequest.$Properties instead.
             */

            /**
             * Shape of a SubscribeRequest.
             * @typedef {edgelog.v1.SubscribeRequest.$Properties} edgelog.v1.SubscribeRequest.$Shape
             */

            /**
             * Constructs a new SubscribeRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a SubscribeRequest.
             * @constructor
             * @param {edgelog.v1.SubscribeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubscribeRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubscribeRequest topic.
             * @member {string} topic
             * @memberof edgelog.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.topic = "";

            /**
             * SubscribeRequest partition.
             * @member {number} partition
             * @memberof edgelog.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.partition = 0;

            /**
             * SubscribeRequest offset.
             * @member {number} offset
             * @memberof edgelog.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SubscribeRequest creditBytes.
             * @member {number} creditBytes
             * @memberof edgelog.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.creditBytes = 0;

            /**
             * SubscribeRequest minBytes.
             * @member {number} minBytes
             * @memberof edgelog.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.minBytes = 0;

            /**
             * SubscribeRequest maxWaitMs.
             * @member {number} maxWaitMs
             * @memberof edgelog.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.maxWaitMs = 0;

            /**
             * Creates a new SubscribeRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.SubscribeRequest
             * @static
             * @param {edgelog.v1.SubscribeRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.SubscribeRequest} SubscribeRequest instance
             * @type {{
             *   (properties: edgelog.v1.SubscribeRequest.$Shape): edgelog.v1.SubscribeRequest & edgelog.v1.SubscribeRequest.$Shape;
             *   (properties?: edgelog.v1.SubscribeRequest.$Properties): edgelog.v1.SubscribeRequest;
             * }}
             */
            SubscribeRequest.create = function(properties) {
                return new SubscribeRequest(properties);
            };

            /**
             * Encodes the specified SubscribeRequest message. Does not implicitly {@link edgelog.v1.SubscribeRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.SubscribeRequest
             * @static
             * @param {edgelog.v1.SubscribeRequest.$Properties} message SubscribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.partition);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.offset);
                if (message.creditBytes != null && $Object.hasOwnProperty.call(message, "creditBytes") && message.creditBytes !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.creditBytes);
                if (message.minBytes != null && $Object.hasOwnProperty.call(message, "minBytes") && message.minBytes !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.minBytes);
                if (message.maxWaitMs != null && $Object.hasOwnProperty.call(message, "maxWaitMs") && message.maxWaitMs !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxWaitMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.SubscribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.SubscribeRequest & edgelog.v1.SubscribeRequest.$Shape} SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.SubscribeRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.creditBytes = value;
                            else
                                delete message.creditBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minBytes = value;
                            else
                                delete message.minBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxWaitMs = value;
                            else
                                delete message.maxWaitMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SubscribeRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.SubscribeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubscribeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.SubscribeRequest";
            };

            return SubscribeRequest;
        })();

        v1.SubscribeResponse = (function() {

            /**
             * Properties of a SubscribeResponse.
             * @typedef {Object} edgelog.v1.SubscribeResponse.$Properties
             * @property {number|null} [subscriptionId] SubscribeResponse subscriptionId
             * @property {number|null} [highWatermark] SubscribeResponse highWatermark
             * @property {number|null} [logStartOffset] SubscribeResponse logStartOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscribeResponse.
             * @memberof edgelog.v1
             * @interface ISubscribeResponse
             * @augments edgelog.v1.SubscribeResponse.$Properties
             * @deprecated Use edgelog.v1.SubscribeResponse.$Properties instead.
             */

            /**
             * Shape of a SubscribeResponse.
             * @typedef {edgelog.v1.SubscribeResponse.$Properties} edgelog.v1.SubscribeResponse.$Shape
             */

            /**
             * Constructs a new SubscribeResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a SubscribeResponse.
             * @constructor
             * @param {edgelog.v1.SubscribeResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubscribeResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubscribeResponse subscriptionId.
             * @member {number} subscriptionId
             * @memberof edgelog.v1.SubscribeResponse
             * @instance
             */
            SubscribeResponse.prototype.subscriptionId = 0;

            /**
             * SubscribeResponse highWatermark.
             * @member {number} highWatermark
             * @memberof edgelog.v1.SubscribeResponse
             * @instance
             */
            SubscribeResponse.prototype.highWatermark = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SubscribeResponse logStartOffset.
             * @member {number} logStartOffset
             * @memberof edgelog.v1.SubscribeResponse
             * @instance
             */
            SubscribeResponse.prototype.logStartOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SubscribeResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.SubscribeResponse
             * @static
             * @param {edgelog.v1.SubscribeResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.SubscribeResponse} SubscribeResponse instance
             * @type {{
             *   (properties: edgelog.v1.SubscribeResponse.$Shape): edgelog.v1.SubscribeResponse & edgelog.v1.SubscribeResponse.$Shape;
             *   (properties?: edgelog.v1.SubscribeResponse.$Properties): edgelog.v1.SubscribeResponse;
             * }}
             */
            SubscribeResponse.create = function(properties) {
                return new SubscribeResponse(properties);
            };

            /**
             * Encodes the specified SubscribeResponse message. Does not implicitly {@link edgelog.v1.SubscribeResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.SubscribeResponse
             * @static
             * @param {edgelog.v1.SubscribeResponse.$Properties} message SubscribeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId") && message.subscriptionId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.subscriptionId);
                if (message.highWatermark != null && $Object.hasOwnProperty.call(message, "highWatermark") && (typeof message.highWatermark === "object" ? message.highWatermark.low || message.highWatermark.high : message.highWatermark !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.highWatermark);
                if (message.logStartOffset != null && $Object.hasOwnProperty.call(message, "logStartOffset") && (typeof message.logStartOffset === "object" ? message.logStartOffset.low || message.logStartOffset.high : message.logStartOffset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.logStartOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubscribeResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.SubscribeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.SubscribeResponse & edgelog.v1.SubscribeResponse.$Shape} SubscribeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.SubscribeResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.subscriptionId = value;
                            else
                                delete message.subscriptionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.highWatermark = value;
                            else
                                delete message.highWatermark;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.logStartOffset = value;
                            else
                                delete message.logStartOffset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SubscribeResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.SubscribeResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubscribeResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.SubscribeResponse";
            };

            return SubscribeResponse;
        })();

        v1.CreditRequest = (function() {

            /**
             * Properties of a CreditRequest.
             * @typedef {Object} edgelog.v1.CreditRequest.$Properties
             * @property {number|null} [subscriptionId] CreditRequest subscriptionId
             * @property {number|null} [creditBytes] CreditRequest creditBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreditRequest.
             * @memberof edgelog.v1
             * @interface ICreditRequest
             * @augments edgelog.v1.CreditRequest.$Properties
             * @deprecated Use edgelog.v1.CreditRequest.$Properties instead.
             */

            /**
             * Shape of a CreditRequest.
             * @typedef {edgelog.v1.CreditRequest.$Properties} edgelog.v1.CreditRequest.$Shape
             */

            /**
             * Constructs a new CreditRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a CreditRequest.
             * @constructor
             * @param {edgelog.v1.CreditRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreditRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CreditRequest subscriptionId.
             * @member {number} subscriptionId
             * @memberof edgelog.v1.CreditRequest
             * @instance
             */
            CreditRequest.prototype.subscriptionId = 0;

            /**
             * CreditRequest creditBytes.
             * @member {number} creditBytes
             * @memberof edgelog.v1.CreditRequest
             * @instance
             */
            CreditRequest.prototype.creditBytes = 0;

            /**
             * Creates a new CreditRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.CreditRequest
             * @static
             * @param {edgelog.v1.CreditRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.CreditRequest} CreditRequest instance
             * @type {{
             *   (properties: edgelog.v1.CreditRequest.$Shape): edgelog.v1.CreditRequest & edgelog.v1.CreditRequest.$Shape;
             *   (properties?: edgelog.v1.CreditRequest.$Properties): edgelog.v1.CreditRequest;
             * }}
             */
            CreditRequest.create = function(properties) {
                return new CreditRequest(properties);
            };

            /**
             * Encodes the specified CreditRequest message. Does not implicitly {@link edgelog.v1.CreditRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.CreditRequest
             * @static
             * @param {edgelog.v1.CreditRequest.$Properties} message CreditRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreditRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId") && message.subscriptionId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.subscriptionId);
                if (message.creditBytes != null && $Object.hasOwnProperty.call(message, "creditBytes") && message.creditBytes !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.creditBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreditRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.CreditRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.CreditRequest & edgelog.v1.CreditRequest.$Shape} CreditRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreditRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.CreditRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.subscriptionId = value;
                            else
                                delete message.subscriptionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.creditBytes = value;
                            else
                                delete message.creditBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for CreditRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.CreditRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CreditRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.CreditRequest";
            };

            return CreditRequest;
        })();

        v1.UnsubscribeRequest = (function() {

            /**
             * Properties of an UnsubscribeRequest.
             * @typedef {Object} edgelog.v1.UnsubscribeRequest.$Properties
             * @property {number|null} [subscriptionId] UnsubscribeRequest subscriptionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnsubscribeRequest.
             * @memberof edgelog.v1
             * @interface IUnsubscribeRequest
             * @augments edgelog.v1.UnsubscribeRequest.$Properties
             * @deprecated Use edgelog.v1.UnsubscribeRequest.$Properties instead.
             */

            /**
             * Shape of an UnsubscribeRequest.
             * @typedef {edgelog.v1.UnsubscribeRequest.$Properties} edgelog.v1.UnsubscribeRequest.$Shape
             */

            /**
             * Constructs a new UnsubscribeRequest.
             * @memberof edgelog.v1
             * @classdesc Represents an UnsubscribeRequest.
             * @constructor
             * @param {edgelog.v1.UnsubscribeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnsubscribeRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnsubscribeRequest subscriptionId.
             * @member {number} subscriptionId
             * @memberof edgelog.v1.UnsubscribeRequest
             * @instance
             */
            UnsubscribeRequest.prototype.subscriptionId = 0;

            /**
             * Creates a new UnsubscribeRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.UnsubscribeRequest
             * @static
             * @param {edgelog.v1.UnsubscribeRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.UnsubscribeRequest} UnsubscribeRequest instance
             * @type {{
             *   (properties: edgelog.v1.UnsubscribeRequest.$Shape): edgelog.v1.UnsubscribeRequest & edgelog.v1.UnsubscribeRequest.$Shape;
             *   (properties?: edgelog.v1.UnsubscribeRequest.$Properties): edgelog.v1.UnsubscribeRequest;
             * }}
             */
            UnsubscribeRequest.create = function(properties) {
                return new UnsubscribeRequest(properties);
            };

            /**
             * Encodes the specified UnsubscribeRequest message. Does not implicitly {@link edgelog.v1.UnsubscribeRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.UnsubscribeRequest
             * @static
             * @param {edgelog.v1.UnsubscribeRequest.$Properties} message UnsubscribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnsubscribeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId") && message.subscriptionId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.subscriptionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnsubscribeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.UnsubscribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.UnsubscribeRequest & edgelog.v1.UnsubscribeRequest.$Shape} UnsubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnsubscribeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.UnsubscribeRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.subscriptionId = value;
                            else
                                delete message.subscriptionId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UnsubscribeRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.UnsubscribeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnsubscribeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.UnsubscribeRequest";
            };

            return UnsubscribeRequest;
        })();

        v1.UnsubscribeResponse = (function() {

            /**
             * Properties of an UnsubscribeResponse.
             * @typedef {Object} edgelog.v1.UnsubscribeResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnsubscribeResponse.
             * @memberof edgelog.v1
             * @interface IUnsubscribeResponse
             * @augments edgelog.v1.UnsubscribeResponse.$Properties
             * @deprecated Use edgelog.v1.UnsubscribeResponse.$Properties instead.
             */

            /**
             * Shape of an UnsubscribeResponse.
             * @typedef {edgelog.v1.UnsubscribeResponse.$Properties} edgelog.v1.UnsubscribeResponse.$Shape
             */

            /**
             * Constructs a new UnsubscribeResponse.
             * @memberof edgelog.v1
             * @classdesc Represents an UnsubscribeResponse.
             * @constructor
             * @param {edgelog.v1.UnsubscribeResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnsubscribeResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new UnsubscribeResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.UnsubscribeResponse
             * @static
             * @param {edgelog.v1.UnsubscribeResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.UnsubscribeResponse} UnsubscribeResponse instance
             * @type {{
             *   (properties: edgelog.v1.UnsubscribeResponse.$Shape): edgelog.v1.UnsubscribeResponse & edgelog.v1.UnsubscribeResponse.$Shape;
             *   (properties?: edgelog.v1.UnsubscribeResponse.$Properties): edgelog.v1.UnsubscribeResponse;
             * }}
             */
            UnsubscribeResponse.create = function(properties) {
                return new UnsubscribeResponse(properties);
            };

            /**
             * Encodes the specified UnsubscribeResponse message. Does not implicitly {@link edgelog.v1.UnsubscribeResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.UnsubscribeResponse
             * @static
             * @param {edgelog.v1.UnsubscribeResponse.$Properties} message UnsubscribeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnsubscribeResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnsubscribeResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.UnsubscribeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.UnsubscribeResponse & edgelog.v1.UnsubscribeResponse.$Shape} UnsubscribeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnsubscribeResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.UnsubscribeResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UnsubscribeResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.UnsubscribeResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnsubscribeResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.UnsubscribeResponse";
            };

            return UnsubscribeResponse;
        })();

        v1.Push = (function() {

            /**
             * Properties of a Push.
             * @typedef {Object} edgelog.v1.Push.$Properties
             * @property {number|null} [subscriptionId] Push subscriptionId
             * @property {Uint8Array|null} [records] Push records
             * @property {number|null} [highWatermark] Push highWatermark
             * @property {number|null} [nextOffset] Push nextOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Push.
             * @memberof edgelog.v1
             * @interface IPush
             * @augments edgelog.v1.Push.$Properties
             * @deprecated Use edgelog.v1.Push.$Properties instead.
             */

            /**
             * Shape of a Push.
             * @typedef {edgelog.v1.Push.$Properties} edgelog.v1.Push.$Shape
             */

            /**
             * Constructs a new Push.
             * @memberof edgelog.v1
             * @classdesc Represents a Push.
             * @constructor
             * @param {edgelog.v1.Push.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Push = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Push subscriptionId.
             * @member {number} subscriptionId
             * @memberof edgelog.v1.Push
             * @instance
             */
            Push.prototype.subscriptionId = 0;

            /**
             * Push records.
             * @member {Uint8Array} records
             * @memberof edgelog.v1.Push
             * @instance
             */
            Push.prototype.records = $util.newBuffer([]);

            /**
             * Push highWatermark.
             * @member {number} highWatermark
             * @memberof edgelog.v1.Push
             * @instance
             */
            Push.prototype.highWatermark = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Push nextOffset.
             * @member {number} nextOffset
             * @memberof edgelog.v1.Push
             * @instance
             */
            Push.prototype.nextOffset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Push instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.Push
             * @static
             * @param {edgelog.v1.Push.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.Push} Push instance
             * @type {{
             *   (properties: edgelog.v1.Push.$Shape): edgelog.v1.Push & edgelog.v1.Push.$Shape;
             *   (properties?: edgelog.v1.Push.$Properties): edgelog.v1.Push;
             * }}
             */
            Push.create = function(properties) {
                return new Push(properties);
            };

            /**
             * Encodes the specified Push message. Does not implicitly {@link edgelog.v1.Push.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.Push
             * @static
             * @param {edgelog.v1.Push.$Properties} message Push message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Push.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId") && message.subscriptionId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.subscriptionId);
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && message.records.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.records);
                if (message.highWatermark != null && $Object.hasOwnProperty.call(message, "highWatermark") && (typeof message.highWatermark === "object" ? message.highWatermark.low || message.highWatermark.high : message.highWatermark !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.highWatermark);
                if (message.nextOffset != null && $Object.hasOwnProperty.call(message, "nextOffset") && (typeof message.nextOffset === "object" ? message.nextOffset.low || message.nextOffset.high : message.nextOffset !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.nextOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Push message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.Push
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.Push & edgelog.v1.Push.$Shape} Push
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Push.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.Push();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.subscriptionId = value;
                            else
                                delete message.subscriptionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.records = value;
                            else
                                delete message.records;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.highWatermark = value;
                            else
                                delete message.highWatermark;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.nextOffset = value;
                            else
                                delete message.nextOffset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Push
             * @function getTypeUrl
             * @memberof edgelog.v1.Push
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Push.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.Push";
            };

            return Push;
        })();

        v1.SubscriptionEnd = (function() {

            /**
             * Properties of a SubscriptionEnd.
             * @typedef {Object} edgelog.v1.SubscriptionEnd.$Properties
             * @property {number|null} [subscriptionId] SubscriptionEnd subscriptionId
             * @property {edgelog.v1.Error.$Properties|null} [error] SubscriptionEnd error
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscriptionEnd.
             * @memberof edgelog.v1
             * @interface ISubscriptionEnd
             * @augments edgelog.v1.SubscriptionEnd.$Properties
             * @deprecated Use edgelog.v1.SubscriptionEnd.$Properties instead.
             */

            /**
             * Shape of a SubscriptionEnd.
             * @typedef {edgelog.v1.SubscriptionEnd.$Properties} edgelog.v1.SubscriptionEnd.$Shape
             */

            /**
             * Constructs a new SubscriptionEnd.
             * @memberof edgelog.v1
             * @classdesc Represents a SubscriptionEnd.
             * @constructor
             * @param {edgelog.v1.SubscriptionEnd.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubscriptionEnd = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SubscriptionEnd subscriptionId.
             * @member {number} subscriptionId
             * @memberof edgelog.v1.SubscriptionEnd
             * @instance
             */
            SubscriptionEnd.prototype.subscriptionId = 0;

            /**
             * SubscriptionEnd error.
             * @member {edgelog.v1.Error.$Properties|null|undefined} error
             * @memberof edgelog.v1.SubscriptionEnd
             * @instance
             */
            SubscriptionEnd.prototype.error = null;

            /**
             * Creates a new SubscriptionEnd instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.SubscriptionEnd
             * @static
             * @param {edgelog.v1.SubscriptionEnd.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.SubscriptionEnd} SubscriptionEnd instance
             * @type {{
             *   (properties: edgelog.v1.SubscriptionEnd.$Shape): edgelog.v1.SubscriptionEnd & edgelog.v1.SubscriptionEnd.$Shape;
             *   (properties?: edgelog.v1.SubscriptionEnd.$Properties): edgelog.v1.SubscriptionEnd;
             * }}
             */
            SubscriptionEnd.create = function(properties) {
                return new SubscriptionEnd(properties);
            };

            /**
             * Encodes the specified SubscriptionEnd message. Does not implicitly {@link edgelog.v1.SubscriptionEnd.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.SubscriptionEnd
             * @static
             * @param {edgelog.v1.SubscriptionEnd.$Properties} message SubscriptionEnd message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscriptionEnd.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subscriptionId != null && $Object.hasOwnProperty.call(message, "subscriptionId") && message.subscriptionId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.subscriptionId);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.edgelog.v1.Error.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SubscriptionEnd message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.SubscriptionEnd
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.SubscriptionEnd & edgelog.v1.SubscriptionEnd.$Shape} SubscriptionEnd
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscriptionEnd.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.SubscriptionEnd();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.subscriptionId = value;
                            else
                                delete message.subscriptionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.edgelog.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SubscriptionEnd
             * @function getTypeUrl
             * @memberof edgelog.v1.SubscriptionEnd
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubscriptionEnd.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.SubscriptionEnd";
            };

            return SubscriptionEnd;
        })();

        v1.TopicPartitions = (function() {

            /**
             * Properties of a TopicPartitions.
             * @typedef {Object} edgelog.v1.TopicPartitions.$Properties
             * @property {string|null} [topic] TopicPartitions topic
             * @property {Array.<number>|null} [partitions] TopicPartitions partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicPartitions.
             * @memberof edgelog.v1
             * @interface ITopicPartitions
             * @augments edgelog.v1.TopicPartitions.$Properties
             * @deprecated Use edgelog.v1.TopicPartitions.$Properties instead.
             */

            /**
             * Shape of a TopicPartitions.
             * @typedef {edgelog.v1.TopicPartitions.$Properties} edgelog.v1.TopicPartitions.$Shape
             */

            /**
             * Constructs a new TopicPartitions.
             * @memberof edgelog.v1
             * @classdesc Represents a TopicPartitions.
             * @constructor
             * @param {edgelog.v1.TopicPartitions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicPartitions = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicPartitions topic.
             * @member {string} topic
             * @memberof edgelog.v1.TopicPartitions
             * @instance
             */
            TopicPartitions.prototype.topic = "";

            /**
             * TopicPartitions partitions.
             * @member {Array.<number>} partitions
             * @memberof edgelog.v1.TopicPartitions
             * @instance
             */
            TopicPartitions.prototype.partitions = $util.emptyArray;

            /**
             * Creates a new TopicPartitions instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.TopicPartitions
             * @static
             * @param {edgelog.v1.TopicPartitions.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.TopicPartitions} TopicPartitions instance
             * @type {{
             *   (properties: edgelog.v1.TopicPartitions.$Shape): edgelog.v1.TopicPartitions & edgelog.v1.TopicPartitions.$Shape;
             *   (properties?: edgelog.v1.TopicPartitions.$Properties): edgelog.v1.TopicPartitions;
             * }}
             */
            TopicPartitions.create = function(properties) {
                return new TopicPartitions(properties);
            };

            /**
             * Encodes the specified TopicPartitions message. Does not implicitly {@link edgelog.v1.TopicPartitions.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.TopicPartitions
             * @static
             * @param {edgelog.v1.TopicPartitions.$Properties} message TopicPartitions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicPartitions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.partitions != null && message.partitions.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.partitions);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicPartitions message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.TopicPartitions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.TopicPartitions & edgelog.v1.TopicPartitions.$Shape} TopicPartitions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicPartitions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.TopicPartitions();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.partitions && message.partitions.length))
                                    message.partitions = [];
                                reader.uint32s(message.partitions);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TopicPartitions
             * @function getTypeUrl
             * @memberof edgelog.v1.TopicPartitions
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TopicPartitions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.TopicPartitions";
            };

            return TopicPartitions;
        })();

        v1.StringList = (function() {

            /**
             * Properties of a StringList.
             * @typedef {Object} edgelog.v1.StringList.$Properties
             * @property {Array.<string>|null} [values] StringList values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringList.
             * @memberof edgelog.v1
             * @interface IStringList
             * @augments edgelog.v1.StringList.$Properties
             * @deprecated Use edgelog.v1.StringList.$Properties instead.
             */

            /**
             * Shape of a StringList.
             * @typedef {edgelog.v1.StringList.$Properties} edgelog.v1.StringList.$Shape
             */

            /**
             * Constructs a new StringList.
             * @memberof edgelog.v1
             * @classdesc Represents a StringList.
             * @constructor
             * @param {edgelog.v1.StringList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StringList = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StringList values.
             * @member {Array.<string>} values
             * @memberof edgelog.v1.StringList
             * @instance
             */
            StringList.prototype.values = $util.emptyArray;

            /**
             * Creates a new StringList instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.StringList
             * @static
             * @param {edgelog.v1.StringList.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.StringList} StringList instance
             * @type {{
             *   (properties: edgelog.v1.StringList.$Shape): edgelog.v1.StringList & edgelog.v1.StringList.$Shape;
             *   (properties?: edgelog.v1.StringList.$Properties): edgelog.v1.StringList;
             * }}
             */
            StringList.create = function(properties) {
                return new StringList(properties);
            };

            /**
             * Encodes the specified StringList message. Does not implicitly {@link edgelog.v1.StringList.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.StringList
             * @static
             * @param {edgelog.v1.StringList.$Properties} message StringList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.values[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StringList message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.StringList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.StringList & edgelog.v1.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.StringList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for StringList
             * @function getTypeUrl
             * @memberof edgelog.v1.StringList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StringList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.StringList";
            };

            return StringList;
        })();

        v1.TopicPartitionsList = (function() {

            /**
             * Properties of a TopicPartitionsList.
             * @typedef {Object} edgelog.v1.TopicPartitionsList.$Properties
             * @property {Array.<edgelog.v1.TopicPartitions.$Properties>|null} [topics] TopicPartitionsList topics
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopicPartitionsList.
             * @memberof edgelog.v1
             * @interface ITopicPartitionsList
             * @augments edgelog.v1.TopicPartitionsList.$Properties
             * @deprecated Use edgelog.v1.TopicPartitionsList.$Properties instead.
             */

            /**
             * Shape of a TopicPartitionsList.
             * @typedef {edgelog.v1.TopicPartitionsList.$Properties} edgelog.v1.TopicPartitionsList.$Shape
             */

            /**
             * Constructs a new TopicPartitionsList.
             * @memberof edgelog.v1
             * @classdesc Represents a TopicPartitionsList.
             * @constructor
             * @param {edgelog.v1.TopicPartitionsList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopicPartitionsList = function (properties) {
                this.topics = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopicPartitionsList topics.
             * @member {Array.<edgelog.v1.TopicPartitions.$Properties>} topics
             * @memberof edgelog.v1.TopicPartitionsList
             * @instance
             */
            TopicPartitionsList.prototype.topics = $util.emptyArray;

            /**
             * Creates a new TopicPartitionsList instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.TopicPartitionsList
             * @static
             * @param {edgelog.v1.TopicPartitionsList.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.TopicPartitionsList} TopicPartitionsList instance
             * @type {{
             *   (properties: edgelog.v1.TopicPartitionsList.$Shape): edgelog.v1.TopicPartitionsList & edgelog.v1.TopicPartitionsList.$Shape;
             *   (properties?: edgelog.v1.TopicPartitionsList.$Properties): edgelog.v1.TopicPartitionsList;
             * }}
             */
            TopicPartitionsList.create = function(properties) {
                return new TopicPartitionsList(properties);
            };

            /**
             * Encodes the specified TopicPartitionsList message. Does not implicitly {@link edgelog.v1.TopicPartitionsList.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.TopicPartitionsList
             * @static
             * @param {edgelog.v1.TopicPartitionsList.$Properties} message TopicPartitionsList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopicPartitionsList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topics != null && message.topics.length)
                    for (let i = 0; i < message.topics.length; ++i)
                        $root.edgelog.v1.TopicPartitions.encode(message.topics[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopicPartitionsList message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.TopicPartitionsList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.TopicPartitionsList & edgelog.v1.TopicPartitionsList.$Shape} TopicPartitionsList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopicPartitionsList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.TopicPartitionsList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topics && message.topics.length))
                                message.topics = [];
                            message.topics.push($root.edgelog.v1.TopicPartitions.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for TopicPartitionsList
             * @function getTypeUrl
             * @memberof edgelog.v1.TopicPartitionsList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TopicPartitionsList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.TopicPartitionsList";
            };

            return TopicPartitionsList;
        })();

        v1.GroupHeartbeatRequest = (function() {

            /**
             * Properties of a GroupHeartbeatRequest.
             * @typedef {Object} edgelog.v1.GroupHeartbeatRequest.$Properties
             * @property {string|null} [groupId] GroupHeartbeatRequest groupId
             * @property {string|null} [memberId] GroupHeartbeatRequest memberId
             * @property {string|null} [groupInstanceId] GroupHeartbeatRequest groupInstanceId
             * @property {number|null} [memberEpoch] GroupHeartbeatRequest memberEpoch
             * @property {edgelog.v1.StringList.$Properties|null} [subscribedTopics] GroupHeartbeatRequest subscribedTopics
             * @property {edgelog.v1.TopicPartitionsList.$Properties|null} [owned] GroupHeartbeatRequest owned
             * @property {number|null} [sessionTimeoutMs] GroupHeartbeatRequest sessionTimeoutMs
             * @property {number|null} [rebalanceTimeoutMs] GroupHeartbeatRequest rebalanceTimeoutMs
             * @property {string|null} [assignor] GroupHeartbeatRequest assignor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GroupHeartbeatRequest.
             * @memberof edgelog.v1
             * @interface IGroupHeartbeatRequest
             * @augments edgelog.v1.GroupHeartbeatRequest.$Properties
             * @deprecated Use edgelog.v1.GroupHeartbeatRequest.$Properties instead.
             */

            /**
             * Shape of a GroupHeartbeatRequest.
             * @typedef {edgelog.v1.GroupHeartbeatRequest.$Properties} edgelog.v1.GroupHeartbeatRequest.$Shape
             */

            /**
             * Constructs a new GroupHeartbeatRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a GroupHeartbeatRequest.
             * @constructor
             * @param {edgelog.v1.GroupHeartbeatRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GroupHeartbeatRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GroupHeartbeatRequest groupId.
             * @member {string} groupId
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @instance
             */
            GroupHeartbeatRequest.prototype.groupId = "";

            /**
             * GroupHeartbeatRequest memberId.
             * @member {string} memberId
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @instance
             */
            GroupHeartbeatRequest.prototype.memberId = "";

            /**
             * GroupHeartbeatRequest groupInstanceId.
             * @member {string} groupInstanceId
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @instance
             */
            GroupHeartbeatRequest.prototype.groupInstanceId = "";

            /**
             * GroupHeartbeatRequest memberEpoch.
             * @member {number} memberEpoch
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @instance
             */
            GroupHeartbeatRequest.prototype.memberEpoch = 0;

            /**
             * GroupHeartbeatRequest subscribedTopics.
             * @member {edgelog.v1.StringList.$Properties|null|undefined} subscribedTopics
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @instance
             */
            GroupHeartbeatRequest.prototype.subscribedTopics = null;

            /**
             * GroupHeartbeatRequest owned.
             * @member {edgelog.v1.TopicPartitionsList.$Properties|null|undefined} owned
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @instance
             */
            GroupHeartbeatRequest.prototype.owned = null;

            /**
             * GroupHeartbeatRequest sessionTimeoutMs.
             * @member {number} sessionTimeoutMs
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @instance
             */
            GroupHeartbeatRequest.prototype.sessionTimeoutMs = 0;

            /**
             * GroupHeartbeatRequest rebalanceTimeoutMs.
             * @member {number} rebalanceTimeoutMs
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @instance
             */
            GroupHeartbeatRequest.prototype.rebalanceTimeoutMs = 0;

            /**
             * GroupHeartbeatRequest assignor.
             * @member {string} assignor
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @instance
             */
            GroupHeartbeatRequest.prototype.assignor = "";

            /**
             * Creates a new GroupHeartbeatRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @static
             * @param {edgelog.v1.GroupHeartbeatRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.GroupHeartbeatRequest} GroupHeartbeatRequest instance
             * @type {{
             *   (properties: edgelog.v1.GroupHeartbeatRequest.$Shape): edgelog.v1.GroupHeartbeatRequest & edgelog.v1.GroupHeartbeatRequest.$Shape;
             *   (properties?: edgelog.v1.GroupHeartbeatRequest.$Properties): edgelog.v1.GroupHeartbeatRequest;
             * }}
             */
            GroupHeartbeatRequest.create = function(properties) {
                return new GroupHeartbeatRequest(properties);
            };

            /**
             * Encodes the specified GroupHeartbeatRequest message. Does not implicitly {@link edgelog.v1.GroupHeartbeatRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @static
             * @param {edgelog.v1.GroupHeartbeatRequest.$Properties} message GroupHeartbeatRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GroupHeartbeatRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.memberId);
                if (message.groupInstanceId != null && $Object.hasOwnProperty.call(message, "groupInstanceId") && message.groupInstanceId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.groupInstanceId);
                if (message.memberEpoch != null && $Object.hasOwnProperty.call(message, "memberEpoch") && message.memberEpoch !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.memberEpoch);
                if (message.subscribedTopics != null && $Object.hasOwnProperty.call(message, "subscribedTopics"))
                    $root.edgelog.v1.StringList.encode(message.subscribedTopics, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.owned != null && $Object.hasOwnProperty.call(message, "owned"))
                    $root.edgelog.v1.TopicPartitionsList.encode(message.owned, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.sessionTimeoutMs != null && $Object.hasOwnProperty.call(message, "sessionTimeoutMs") && message.sessionTimeoutMs !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.sessionTimeoutMs);
                if (message.rebalanceTimeoutMs != null && $Object.hasOwnProperty.call(message, "rebalanceTimeoutMs") && message.rebalanceTimeoutMs !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.rebalanceTimeoutMs);
                if (message.assignor != null && $Object.hasOwnProperty.call(message, "assignor") && message.assignor !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.assignor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GroupHeartbeatRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.GroupHeartbeatRequest & edgelog.v1.GroupHeartbeatRequest.$Shape} GroupHeartbeatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GroupHeartbeatRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.GroupHeartbeatRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupInstanceId = value;
                            else
                                delete message.groupInstanceId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.memberEpoch = value;
                            else
                                delete message.memberEpoch;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.subscribedTopics = $root.edgelog.v1.StringList.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribedTopics);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.owned = $root.edgelog.v1.TopicPartitionsList.decode(reader, reader.size(), $undefined, _depth + 1, message.owned);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sessionTimeoutMs = value;
                            else
                                delete message.sessionTimeoutMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rebalanceTimeoutMs = value;
                            else
                                delete message.rebalanceTimeoutMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.assignor = value;
                            else
                                delete message.assignor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for GroupHeartbeatRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.GroupHeartbeatRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GroupHeartbeatRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.GroupHeartbeatRequest";
            };

            return GroupHeartbeatRequest;
        })();

        v1.GroupHeartbeatResponse = (function() {

            /**
             * Properties of a GroupHeartbeatResponse.
             * @typedef {Object} edgelog.v1.GroupHeartbeatResponse.$Properties
             * @property {string|null} [memberId] GroupHeartbeatResponse memberId
             * @property {number|null} [memberEpoch] GroupHeartbeatResponse memberEpoch
             * @property {number|null} [heartbeatIntervalMs] GroupHeartbeatResponse heartbeatIntervalMs
             * @property {Array.<edgelog.v1.TopicPartitions.$Properties>|null} [assignment] GroupHeartbeatResponse assignment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GroupHeartbeatResponse.
             * @memberof edgelog.v1
             * @interface IGroupHeartbeatResponse
             * @augments edgelog.v1.GroupHeartbeatResponse.$Properties
             * @deprecated Use edgelog.v1.GroupHeartbeatResponse.$Properties instead.
             */

            /**
             * Shape of a GroupHeartbeatResponse.
             * @typedef {edgelog.v1.GroupHeartbeatResponse.$Properties} edgelog.v1.GroupHeartbeatResponse.$Shape
             */

            /**
             * Constructs a new GroupHeartbeatResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a GroupHeartbeatResponse.
             * @constructor
             * @param {edgelog.v1.GroupHeartbeatResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GroupHeartbeatResponse = function (properties) {
                this.assignment = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GroupHeartbeatResponse memberId.
             * @member {string} memberId
             * @memberof edgelog.v1.GroupHeartbeatResponse
             * @instance
             */
            GroupHeartbeatResponse.prototype.memberId = "";

            /**
             * GroupHeartbeatResponse memberEpoch.
             * @member {number} memberEpoch
             * @memberof edgelog.v1.GroupHeartbeatResponse
             * @instance
             */
            GroupHeartbeatResponse.prototype.memberEpoch = 0;

            /**
             * GroupHeartbeatResponse heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof edgelog.v1.GroupHeartbeatResponse
             * @instance
             */
            GroupHeartbeatResponse.prototype.heartbeatIntervalMs = 0;

            /**
             * GroupHeartbeatResponse assignment.
             * @member {Array.<edgelog.v1.TopicPartitions.$Properties>} assignment
             * @memberof edgelog.v1.GroupHeartbeatResponse
             * @instance
             */
            GroupHeartbeatResponse.prototype.assignment = $util.emptyArray;

            /**
             * Creates a new GroupHeartbeatResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.GroupHeartbeatResponse
             * @static
             * @param {edgelog.v1.GroupHeartbeatResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.GroupHeartbeatResponse} GroupHeartbeatResponse instance
             * @type {{
             *   (properties: edgelog.v1.GroupHeartbeatResponse.$Shape): edgelog.v1.GroupHeartbeatResponse & edgelog.v1.GroupHeartbeatResponse.$Shape;
             *   (properties?: edgelog.v1.GroupHeartbeatResponse.$Properties): edgelog.v1.GroupHeartbeatResponse;
             * }}
             */
            GroupHeartbeatResponse.create = function(properties) {
                return new GroupHeartbeatResponse(properties);
            };

            /**
             * Encodes the specified GroupHeartbeatResponse message. Does not implicitly {@link edgelog.v1.GroupHeartbeatResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.GroupHeartbeatResponse
             * @static
             * @param {edgelog.v1.GroupHeartbeatResponse.$Properties} message GroupHeartbeatResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GroupHeartbeatResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.memberId);
                if (message.memberEpoch != null && $Object.hasOwnProperty.call(message, "memberEpoch") && message.memberEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.memberEpoch);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.heartbeatIntervalMs);
                if (message.assignment != null && message.assignment.length)
                    for (let i = 0; i < message.assignment.length; ++i)
                        $root.edgelog.v1.TopicPartitions.encode(message.assignment[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GroupHeartbeatResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.GroupHeartbeatResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.GroupHeartbeatResponse & edgelog.v1.GroupHeartbeatResponse.$Shape} GroupHeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GroupHeartbeatResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.GroupHeartbeatResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.memberEpoch = value;
                            else
                                delete message.memberEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.assignment && message.assignment.length))
                                message.assignment = [];
                            message.assignment.push($root.edgelog.v1.TopicPartitions.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for GroupHeartbeatResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.GroupHeartbeatResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GroupHeartbeatResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.GroupHeartbeatResponse";
            };

            return GroupHeartbeatResponse;
        })();

        v1.PartitionOffset = (function() {

            /**
             * Properties of a PartitionOffset.
             * @typedef {Object} edgelog.v1.PartitionOffset.$Properties
             * @property {string|null} [topic] PartitionOffset topic
             * @property {number|null} [partition] PartitionOffset partition
             * @property {number|null} [offset] PartitionOffset offset
             * @property {string|null} [metadata] PartitionOffset metadata
             * @property {number|null} [committedAtMs] PartitionOffset committedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartitionOffset.
             * @memberof edgelog.v1
             * @interface IPartitionOffset
             * @augments edgelog.v1.PartitionOffset.$Properties
             * @deprecated Use edgelog.v1.PartitionOffset.$Properties instead.
             */

            /**
             * Shape of a PartitionOffset.
             * @typedef {edgelog.v1.PartitionOffset.$Properties} edgelog.v1.PartitionOffset.$Shape
             */

            /**
             * Constructs a new PartitionOffset.
             * @memberof edgelog.v1
             * @classdesc Represents a PartitionOffset.
             * @constructor
             * @param {edgelog.v1.PartitionOffset.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartitionOffset = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PartitionOffset topic.
             * @member {string} topic
             * @memberof edgelog.v1.PartitionOffset
             * @instance
             */
            PartitionOffset.prototype.topic = "";

            /**
             * PartitionOffset partition.
             * @member {number} partition
             * @memberof edgelog.v1.PartitionOffset
             * @instance
             */
            PartitionOffset.prototype.partition = 0;

            /**
             * PartitionOffset offset.
             * @member {number} offset
             * @memberof edgelog.v1.PartitionOffset
             * @instance
             */
            PartitionOffset.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * PartitionOffset metadata.
             * @member {string} metadata
             * @memberof edgelog.v1.PartitionOffset
             * @instance
             */
            PartitionOffset.prototype.metadata = "";

            /**
             * PartitionOffset committedAtMs.
             * @member {number} committedAtMs
             * @memberof edgelog.v1.PartitionOffset
             * @instance
             */
            PartitionOffset.prototype.committedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new PartitionOffset instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.PartitionOffset
             * @static
             * @param {edgelog.v1.PartitionOffset.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.PartitionOffset} PartitionOffset instance
             * @type {{
             *   (properties: edgelog.v1.PartitionOffset.$Shape): edgelog.v1.PartitionOffset & edgelog.v1.PartitionOffset.$Shape;
             *   (properties?: edgelog.v1.PartitionOffset.$Properties): edgelog.v1.PartitionOffset;
             * }}
             */
            PartitionOffset.create = function(properties) {
                return new PartitionOffset(properties);
            };

            /**
             * Encodes the specified PartitionOffset message. Does not implicitly {@link edgelog.v1.PartitionOffset.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.PartitionOffset
             * @static
             * @param {edgelog.v1.PartitionOffset.$Properties} message PartitionOffset message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartitionOffset.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.partition);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.offset);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata") && message.metadata !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.metadata);
                if (message.committedAtMs != null && $Object.hasOwnProperty.call(message, "committedAtMs") && (typeof message.committedAtMs === "object" ? message.committedAtMs.low || message.committedAtMs.high : message.committedAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.committedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PartitionOffset message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.PartitionOffset
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.PartitionOffset & edgelog.v1.PartitionOffset.$Shape} PartitionOffset
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartitionOffset.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.PartitionOffset();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.metadata = value;
                            else
                                delete message.metadata;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.committedAtMs = value;
                            else
                                delete message.committedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PartitionOffset
             * @function getTypeUrl
             * @memberof edgelog.v1.PartitionOffset
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PartitionOffset.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.PartitionOffset";
            };

            return PartitionOffset;
        })();

        v1.OffsetCommitRequest = (function() {

            /**
             * Properties of an OffsetCommitRequest.
             * @typedef {Object} edgelog.v1.OffsetCommitRequest.$Properties
             * @property {string|null} [groupId] OffsetCommitRequest groupId
             * @property {string|null} [memberId] OffsetCommitRequest memberId
             * @property {number|null} [memberEpoch] OffsetCommitRequest memberEpoch
             * @property {Array.<edgelog.v1.PartitionOffset.$Properties>|null} [offsets] OffsetCommitRequest offsets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetCommitRequest.
             * @memberof edgelog.v1
             * @interface IOffsetCommitRequest
             * @augments edgelog.v1.OffsetCommitRequest.$Properties
             * @deprecated Use edgelog.v1.OffsetCommitRequest.$Properties instead.
             */

            /**
             * Shape of an OffsetCommitRequest.
             * @typedef {edgelog.v1.OffsetCommitRequest.$Properties} edgelog.v1.OffsetCommitRequest.$Shape
             */

            /**
             * Constructs a new OffsetCommitRequest.
             * @memberof edgelog.v1
             * @classdesc Represents an OffsetCommitRequest.
             * @constructor
             * @param {edgelog.v1.OffsetCommitRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetCommitRequest = function (properties) {
                this.offsets = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetCommitRequest groupId.
             * @member {string} groupId
             * @memberof edgelog.v1.OffsetCommitRequest
             * @instance
             */
            OffsetCommitRequest.prototype.groupId = "";

            /**
             * OffsetCommitRequest memberId.
             * @member {string} memberId
             * @memberof edgelog.v1.OffsetCommitRequest
             * @instance
             */
            OffsetCommitRequest.prototype.memberId = "";

            /**
             * OffsetCommitRequest memberEpoch.
             * @member {number} memberEpoch
             * @memberof edgelog.v1.OffsetCommitRequest
             * @instance
             */
            OffsetCommitRequest.prototype.memberEpoch = 0;

            /**
             * OffsetCommitRequest offsets.
             * @member {Array.<edgelog.v1.PartitionOffset.$Properties>} offsets
             * @memberof edgelog.v1.OffsetCommitRequest
             * @instance
             */
            OffsetCommitRequest.prototype.offsets = $util.emptyArray;

            /**
             * Creates a new OffsetCommitRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.OffsetCommitRequest
             * @static
             * @param {edgelog.v1.OffsetCommitRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.OffsetCommitRequest} OffsetCommitRequest instance
             * @type {{
             *   (properties: edgelog.v1.OffsetCommitRequest.$Shape): edgelog.v1.OffsetCommitRequest & edgelog.v1.OffsetCommitRequest.$Shape;
             *   (properties?: edgelog.v1.OffsetCommitRequest.$Properties): edgelog.v1.OffsetCommitRequest;
             * }}
             */
            OffsetCommitRequest.create = function(properties) {
                return new OffsetCommitRequest(properties);
            };

            /**
             * Encodes the specified OffsetCommitRequest message. Does not implicitly {@link edgelog.v1.OffsetCommitRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.OffsetCommitRequest
             * @static
             * @param {edgelog.v1.OffsetCommitRequest.$Properties} message OffsetCommitRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetCommitRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.memberId);
                if (message.memberEpoch != null && $Object.hasOwnProperty.call(message, "memberEpoch") && message.memberEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.memberEpoch);
                if (message.offsets != null && message.offsets.length)
                    for (let i = 0; i < message.offsets.length; ++i)
                        $root.edgelog.v1.PartitionOffset.encode(message.offsets[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetCommitRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.OffsetCommitRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.OffsetCommitRequest & edgelog.v1.OffsetCommitRequest.$Shape} OffsetCommitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetCommitRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.OffsetCommitRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.memberEpoch = value;
                            else
                                delete message.memberEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.offsets && message.offsets.length))
                                message.offsets = [];
                            message.offsets.push($root.edgelog.v1.PartitionOffset.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for OffsetCommitRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.OffsetCommitRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OffsetCommitRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.OffsetCommitRequest";
            };

            return OffsetCommitRequest;
        })();

        v1.OffsetCommitResponse = (function() {

            /**
             * Properties of an OffsetCommitResponse.
             * @typedef {Object} edgelog.v1.OffsetCommitResponse.$Properties
             * @property {Array.<edgelog.v1.PartitionOffset.$Properties>|null} [ignored] OffsetCommitResponse ignored
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetCommitResponse.
             * @memberof edgelog.v1
             * @interface IOffsetCommitResponse
             * @augments edgelog.v1.OffsetCommitResponse.$Properties
             * @deprecated Use edgelog.v1.OffsetCommitResponse.$Properties instead.
             */

            /**
             * Shape of an OffsetCommitResponse.
             * @typedef {edgelog.v1.OffsetCommitResponse.$Properties} edgelog.v1.OffsetCommitResponse.$Shape
             */

            /**
             * Constructs a new OffsetCommitResponse.
             * @memberof edgelog.v1
             * @classdesc Represents an OffsetCommitResponse.
             * @constructor
             * @param {edgelog.v1.OffsetCommitResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetCommitResponse = function (properties) {
                this.ignored = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetCommitResponse ignored.
             * @member {Array.<edgelog.v1.PartitionOffset.$Properties>} ignored
             * @memberof edgelog.v1.OffsetCommitResponse
             * @instance
             */
            OffsetCommitResponse.prototype.ignored = $util.emptyArray;

            /**
             * Creates a new OffsetCommitResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.OffsetCommitResponse
             * @static
             * @param {edgelog.v1.OffsetCommitResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.OffsetCommitResponse} OffsetCommitResponse instance
             * @type {{
             *   (properties: edgelog.v1.OffsetCommitResponse.$Shape): edgelog.v1.OffsetCommitResponse & edgelog.v1.OffsetCommitResponse.$Shape;
             *   (properties?: edgelog.v1.OffsetCommitResponse.$Properties): edgelog.v1.OffsetCommitResponse;
             * }}
             */
            OffsetCommitResponse.create = function(properties) {
                return new OffsetCommitResponse(properties);
            };

            /**
             * Encodes the specified OffsetCommitResponse message. Does not implicitly {@link edgelog.v1.OffsetCommitResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.OffsetCommitResponse
             * @static
             * @param {edgelog.v1.OffsetCommitResponse.$Properties} message OffsetCommitResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetCommitResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ignored != null && message.ignored.length)
                    for (let i = 0; i < message.ignored.length; ++i)
                        $root.edgelog.v1.PartitionOffset.encode(message.ignored[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetCommitResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.OffsetCommitResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.OffsetCommitResponse & edgelog.v1.OffsetCommitResponse.$Shape} OffsetCommitResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetCommitResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.OffsetCommitResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ignored && message.ignored.length))
                                message.ignored = [];
                            message.ignored.push($root.edgelog.v1.PartitionOffset.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for OffsetCommitResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.OffsetCommitResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OffsetCommitResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.OffsetCommitResponse";
            };

            return OffsetCommitResponse;
        })();

        v1.OffsetFetchRequest = (function() {

            /**
             * Properties of an OffsetFetchRequest.
             * @typedef {Object} edgelog.v1.OffsetFetchRequest.$Properties
             * @property {string|null} [groupId] OffsetFetchRequest groupId
             * @property {Array.<edgelog.v1.TopicPartitions.$Properties>|null} [partitions] OffsetFetchRequest partitions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetFetchRequest.
             * @memberof edgelog.v1
             * @interface IOffsetFetchRequest
             * @augments edgelog.v1.OffsetFetchRequest.$Properties
             * @deprecated Use edgelog.v1.OffsetFetchRequest.$Properties instead.
             */

            /**
             * Shape of an OffsetFetchRequest.
             * @typedef {edgelog.v1.OffsetFetchRequest.$Properties} edgelog.v1.OffsetFetchRequest.$Shape
             */

            /**
             * Constructs a new OffsetFetchRequest.
             * @memberof edgelog.v1
             * @classdesc Represents an OffsetFetchRequest.
             * @constructor
             * @param {edgelog.v1.OffsetFetchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetFetchRequest = function (properties) {
                this.partitions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetFetchRequest groupId.
             * @member {string} groupId
             * @memberof edgelog.v1.OffsetFetchRequest
             * @instance
             */
            OffsetFetchRequest.prototype.groupId = "";

            /**
             * OffsetFetchRequest partitions.
             * @member {Array.<edgelog.v1.TopicPartitions.$Properties>} partitions
             * @memberof edgelog.v1.OffsetFetchRequest
             * @instance
             */
            OffsetFetchRequest.prototype.partitions = $util.emptyArray;

            /**
             * Creates a new OffsetFetchRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.OffsetFetchRequest
             * @static
             * @param {edgelog.v1.OffsetFetchRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.OffsetFetchRequest} OffsetFetchRequest instance
             * @type {{
             *   (properties: edgelog.v1.OffsetFetchRequest.$Shape): edgelog.v1.OffsetFetchRequest & edgelog.v1.OffsetFetchRequest.$Shape;
             *   (properties?: edgelog.v1.OffsetFetchRequest.$Properties): edgelog.v1.OffsetFetchRequest;
             * }}
             */
            OffsetFetchRequest.create = function(properties) {
                return new OffsetFetchRequest(properties);
            };

            /**
             * Encodes the specified OffsetFetchRequest message. Does not implicitly {@link edgelog.v1.OffsetFetchRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.OffsetFetchRequest
             * @static
             * @param {edgelog.v1.OffsetFetchRequest.$Properties} message OffsetFetchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetFetchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.partitions != null && message.partitions.length)
                    for (let i = 0; i < message.partitions.length; ++i)
                        $root.edgelog.v1.TopicPartitions.encode(message.partitions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetFetchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.OffsetFetchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.OffsetFetchRequest & edgelog.v1.OffsetFetchRequest.$Shape} OffsetFetchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetFetchRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.OffsetFetchRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.partitions && message.partitions.length))
                                message.partitions = [];
                            message.partitions.push($root.edgelog.v1.TopicPartitions.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for OffsetFetchRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.OffsetFetchRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OffsetFetchRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.OffsetFetchRequest";
            };

            return OffsetFetchRequest;
        })();

        v1.OffsetFetchResponse = (function() {

            /**
             * Properties of an OffsetFetchResponse.
             * @typedef {Object} edgelog.v1.OffsetFetchResponse.$Properties
             * @property {Array.<edgelog.v1.PartitionOffset.$Properties>|null} [offsets] OffsetFetchResponse offsets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OffsetFetchResponse.
             * @memberof edgelog.v1
             * @interface IOffsetFetchResponse
             * @augments edgelog.v1.OffsetFetchResponse.$Properties
             * @deprecated Use edgelog.v1.OffsetFetchResponse.$Properties instead.
             */

            /**
             * Shape of an OffsetFetchResponse.
             * @typedef {edgelog.v1.OffsetFetchResponse.$Properties} edgelog.v1.OffsetFetchResponse.$Shape
             */

            /**
             * Constructs a new OffsetFetchResponse.
             * @memberof edgelog.v1
             * @classdesc Represents an OffsetFetchResponse.
             * @constructor
             * @param {edgelog.v1.OffsetFetchResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OffsetFetchResponse = function (properties) {
                this.offsets = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OffsetFetchResponse offsets.
             * @member {Array.<edgelog.v1.PartitionOffset.$Properties>} offsets
             * @memberof edgelog.v1.OffsetFetchResponse
             * @instance
             */
            OffsetFetchResponse.prototype.offsets = $util.emptyArray;

            /**
             * Creates a new OffsetFetchResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.OffsetFetchResponse
             * @static
             * @param {edgelog.v1.OffsetFetchResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.OffsetFetchResponse} OffsetFetchResponse instance
             * @type {{
             *   (properties: edgelog.v1.OffsetFetchResponse.$Shape): edgelog.v1.OffsetFetchResponse & edgelog.v1.OffsetFetchResponse.$Shape;
             *   (properties?: edgelog.v1.OffsetFetchResponse.$Properties): edgelog.v1.OffsetFetchResponse;
             * }}
             */
            OffsetFetchResponse.create = function(properties) {
                return new OffsetFetchResponse(properties);
            };

            /**
             * Encodes the specified OffsetFetchResponse message. Does not implicitly {@link edgelog.v1.OffsetFetchResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.OffsetFetchResponse
             * @static
             * @param {edgelog.v1.OffsetFetchResponse.$Properties} message OffsetFetchResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OffsetFetchResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offsets != null && message.offsets.length)
                    for (let i = 0; i < message.offsets.length; ++i)
                        $root.edgelog.v1.PartitionOffset.encode(message.offsets[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OffsetFetchResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.OffsetFetchResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.OffsetFetchResponse & edgelog.v1.OffsetFetchResponse.$Shape} OffsetFetchResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OffsetFetchResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.OffsetFetchResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.offsets && message.offsets.length))
                                message.offsets = [];
                            message.offsets.push($root.edgelog.v1.PartitionOffset.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for OffsetFetchResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.OffsetFetchResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OffsetFetchResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.OffsetFetchResponse";
            };

            return OffsetFetchResponse;
        })();

        v1.ListGroupsRequest = (function() {

            /**
             * Properties of a ListGroupsRequest.
             * @typedef {Object} edgelog.v1.ListGroupsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListGroupsRequest.
             * @memberof edgelog.v1
             * @interface IListGroupsRequest
             * @augments edgelog.v1.ListGroupsRequest.$Properties
             * @deprecated Use edgelog.v1.ListGroupsRequest.$Properties instead.
             */

            /**
             * Shape of a ListGroupsRequest.
             * @typedef {edgelog.v1.ListGroupsRequest.$Properties} edgelog.v1.ListGroupsRequest.$Shape
             */

            /**
             * Constructs a new ListGroupsRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a ListGroupsRequest.
             * @constructor
             * @param {edgelog.v1.ListGroupsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListGroupsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListGroupsRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.ListGroupsRequest
             * @static
             * @param {edgelog.v1.ListGroupsRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.ListGroupsRequest} ListGroupsRequest instance
             * @type {{
             *   (properties: edgelog.v1.ListGroupsRequest.$Shape): edgelog.v1.ListGroupsRequest & edgelog.v1.ListGroupsRequest.$Shape;
             *   (properties?: edgelog.v1.ListGroupsRequest.$Properties): edgelog.v1.ListGroupsRequest;
             * }}
             */
            ListGroupsRequest.create = function(properties) {
                return new ListGroupsRequest(properties);
            };

            /**
             * Encodes the specified ListGroupsRequest message. Does not implicitly {@link edgelog.v1.ListGroupsRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.ListGroupsRequest
             * @static
             * @param {edgelog.v1.ListGroupsRequest.$Properties} message ListGroupsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListGroupsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListGroupsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.ListGroupsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.ListGroupsRequest & edgelog.v1.ListGroupsRequest.$Shape} ListGroupsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListGroupsRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.ListGroupsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ListGroupsRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.ListGroupsRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListGroupsRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.ListGroupsRequest";
            };

            return ListGroupsRequest;
        })();

        v1.ListGroupsResponse = (function() {

            /**
             * Properties of a ListGroupsResponse.
             * @typedef {Object} edgelog.v1.ListGroupsResponse.$Properties
             * @property {Array.<string>|null} [groups] ListGroupsResponse groups
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListGroupsResponse.
             * @memberof edgelog.v1
             * @interface IListGroupsResponse
             * @augments edgelog.v1.ListGroupsResponse.$Properties
             * @deprecated Use edgelog.v1.ListGroupsResponse.$Properties instead.
             */

            /**
             * Shape of a ListGroupsResponse.
             * @typedef {edgelog.v1.ListGroupsResponse.$Properties} edgelog.v1.ListGroupsResponse.$Shape
             */

            /**
             * Constructs a new ListGroupsResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a ListGroupsResponse.
             * @constructor
             * @param {edgelog.v1.ListGroupsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListGroupsResponse = function (properties) {
                this.groups = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListGroupsResponse groups.
             * @member {Array.<string>} groups
             * @memberof edgelog.v1.ListGroupsResponse
             * @instance
             */
            ListGroupsResponse.prototype.groups = $util.emptyArray;

            /**
             * Creates a new ListGroupsResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.ListGroupsResponse
             * @static
             * @param {edgelog.v1.ListGroupsResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.ListGroupsResponse} ListGroupsResponse instance
             * @type {{
             *   (properties: edgelog.v1.ListGroupsResponse.$Shape): edgelog.v1.ListGroupsResponse & edgelog.v1.ListGroupsResponse.$Shape;
             *   (properties?: edgelog.v1.ListGroupsResponse.$Properties): edgelog.v1.ListGroupsResponse;
             * }}
             */
            ListGroupsResponse.create = function(properties) {
                return new ListGroupsResponse(properties);
            };

            /**
             * Encodes the specified ListGroupsResponse message. Does not implicitly {@link edgelog.v1.ListGroupsResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.ListGroupsResponse
             * @static
             * @param {edgelog.v1.ListGroupsResponse.$Properties} message ListGroupsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListGroupsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groups != null && message.groups.length)
                    for (let i = 0; i < message.groups.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.groups[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListGroupsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.ListGroupsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.ListGroupsResponse & edgelog.v1.ListGroupsResponse.$Shape} ListGroupsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListGroupsResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.ListGroupsResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.groups && message.groups.length))
                                message.groups = [];
                            message.groups.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ListGroupsResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.ListGroupsResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListGroupsResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.ListGroupsResponse";
            };

            return ListGroupsResponse;
        })();

        v1.GroupMember = (function() {

            /**
             * Properties of a GroupMember.
             * @typedef {Object} edgelog.v1.GroupMember.$Properties
             * @property {string|null} [memberId] GroupMember memberId
             * @property {string|null} [groupInstanceId] GroupMember groupInstanceId
             * @property {number|null} [memberEpoch] GroupMember memberEpoch
             * @property {string|null} [state] GroupMember state
             * @property {Array.<string>|null} [subscribedTopics] GroupMember subscribedTopics
             * @property {Array.<edgelog.v1.TopicPartitions.$Properties>|null} [assigned] GroupMember assigned
             * @property {Array.<edgelog.v1.TopicPartitions.$Properties>|null} [revoking] GroupMember revoking
             * @property {Array.<edgelog.v1.TopicPartitions.$Properties>|null} [pending] GroupMember pending
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GroupMember.
             * @memberof edgelog.v1
             * @interface IGroupMember
             * @augments edgelog.v1.GroupMember.$Properties
             * @deprecated Use edgelog.v1.GroupMember.$Properties instead.
             */

            /**
             * Shape of a GroupMember.
             * @typedef {edgelog.v1.GroupMember.$Properties} edgelog.v1.GroupMember.$Shape
             */

            /**
             * Constructs a new GroupMember.
             * @memberof edgelog.v1
             * @classdesc Represents a GroupMember.
             * @constructor
             * @param {edgelog.v1.GroupMember.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GroupMember = function (properties) {
                this.subscribedTopics = [];
                this.assigned = [];
                this.revoking = [];
                this.pending = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GroupMember memberId.
             * @member {string} memberId
             * @memberof edgelog.v1.GroupMember
             * @instance
             */
            GroupMember.prototype.memberId = "";

            /**
             * GroupMember groupInstanceId.
             * @member {string} groupInstanceId
             * @memberof edgelog.v1.GroupMember
             * @instance
             */
            GroupMember.prototype.groupInstanceId = "";

            /**
             * GroupMember memberEpoch.
             * @member {number} memberEpoch
             * @memberof edgelog.v1.GroupMember
             * @instance
             */
            GroupMember.prototype.memberEpoch = 0;

            /**
             * GroupMember state.
             * @member {string} state
             * @memberof edgelog.v1.GroupMember
             * @instance
             */
            GroupMember.prototype.state = "";

            /**
             * GroupMember subscribedTopics.
             * @member {Array.<string>} subscribedTopics
             * @memberof edgelog.v1.GroupMember
             * @instance
             */
            GroupMember.prototype.subscribedTopics = $util.emptyArray;

            /**
             * GroupMember assigned.
             * @member {Array.<edgelog.v1.TopicPartitions.$Properties>} assigned
             * @memberof edgelog.v1.GroupMember
             * @instance
             */
            GroupMember.prototype.assigned = $util.emptyArray;

            /**
             * GroupMember revoking.
             * @member {Array.<edgelog.v1.TopicPartitions.$Properties>} revoking
             * @memberof edgelog.v1.GroupMember
             * @instance
             */
            GroupMember.prototype.revoking = $util.emptyArray;

            /**
             * GroupMember pending.
             * @member {Array.<edgelog.v1.TopicPartitions.$Properties>} pending
             * @memberof edgelog.v1.GroupMember
             * @instance
             */
            GroupMember.prototype.pending = $util.emptyArray;

            /**
             * Creates a new GroupMember instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.GroupMember
             * @static
             * @param {edgelog.v1.GroupMember.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.GroupMember} GroupMember instance
             * @type {{
             *   (properties: edgelog.v1.GroupMember.$Shape): edgelog.v1.GroupMember & edgelog.v1.GroupMember.$Shape;
             *   (properties?: edgelog.v1.GroupMember.$Properties): edgelog.v1.GroupMember;
             * }}
             */
            GroupMember.create = function(properties) {
                return new GroupMember(properties);
            };

            /**
             * Encodes the specified GroupMember message. Does not implicitly {@link edgelog.v1.GroupMember.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.GroupMember
             * @static
             * @param {edgelog.v1.GroupMember.$Properties} message GroupMember message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GroupMember.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.memberId != null && $Object.hasOwnProperty.call(message, "memberId") && message.memberId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.memberId);
                if (message.groupInstanceId != null && $Object.hasOwnProperty.call(message, "groupInstanceId") && message.groupInstanceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.groupInstanceId);
                if (message.memberEpoch != null && $Object.hasOwnProperty.call(message, "memberEpoch") && message.memberEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.memberEpoch);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.state);
                if (message.subscribedTopics != null && message.subscribedTopics.length)
                    for (let i = 0; i < message.subscribedTopics.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.subscribedTopics[i]);
                if (message.assigned != null && message.assigned.length)
                    for (let i = 0; i < message.assigned.length; ++i)
                        $root.edgelog.v1.TopicPartitions.encode(message.assigned[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.revoking != null && message.revoking.length)
                    for (let i = 0; i < message.revoking.length; ++i)
                        $root.edgelog.v1.TopicPartitions.encode(message.revoking[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.pending != null && message.pending.length)
                    for (let i = 0; i < message.pending.length; ++i)
                        $root.edgelog.v1.TopicPartitions.encode(message.pending[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GroupMember message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.GroupMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.GroupMember & edgelog.v1.GroupMember.$Shape} GroupMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GroupMember.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.GroupMember();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.memberId = value;
                            else
                                delete message.memberId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupInstanceId = value;
                            else
                                delete message.groupInstanceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.memberEpoch = value;
                            else
                                delete message.memberEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.subscribedTopics && message.subscribedTopics.length))
                                message.subscribedTopics = [];
                            message.subscribedTopics.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.assigned && message.assigned.length))
                                message.assigned = [];
                            message.assigned.push($root.edgelog.v1.TopicPartitions.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.revoking && message.revoking.length))
                                message.revoking = [];
                            message.revoking.push($root.edgelog.v1.TopicPartitions.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pending && message.pending.length))
                                message.pending = [];
                            message.pending.push($root.edgelog.v1.TopicPartitions.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for GroupMember
             * @function getTypeUrl
             * @memberof edgelog.v1.GroupMember
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GroupMember.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.GroupMember";
            };

            return GroupMember;
        })();

        v1.DescribeGroupRequest = (function() {

            /**
             * Properties of a DescribeGroupRequest.
             * @typedef {Object} edgelog.v1.DescribeGroupRequest.$Properties
             * @property {string|null} [groupId] DescribeGroupRequest groupId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeGroupRequest.
             * @memberof edgelog.v1
             * @interface IDescribeGroupRequest
             * @augments edgelog.v1.DescribeGroupRequest.$Properties
             * @deprecated Use edgelog.v1.DescribeGroupRequest.$Properties instead.
             */

            /**
             * Shape of a DescribeGroupRequest.
             * @typedef {edgelog.v1.DescribeGroupRequest.$Properties} edgelog.v1.DescribeGroupRequest.$Shape
             */

            /**
             * Constructs a new DescribeGroupRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a DescribeGroupRequest.
             * @constructor
             * @param {edgelog.v1.DescribeGroupRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeGroupRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeGroupRequest groupId.
             * @member {string} groupId
             * @memberof edgelog.v1.DescribeGroupRequest
             * @instance
             */
            DescribeGroupRequest.prototype.groupId = "";

            /**
             * Creates a new DescribeGroupRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.DescribeGroupRequest
             * @static
             * @param {edgelog.v1.DescribeGroupRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.DescribeGroupRequest} DescribeGroupRequest instance
             * @type {{
             *   (properties: edgelog.v1.DescribeGroupRequest.$Shape): edgelog.v1.DescribeGroupRequest & edgelog.v1.DescribeGroupRequest.$Shape;
             *   (properties?: edgelog.v1.DescribeGroupRequest.$Properties): edgelog.v1.DescribeGroupRequest;
             * }}
             */
            DescribeGroupRequest.create = function(properties) {
                return new DescribeGroupRequest(properties);
            };

            /**
             * Encodes the specified DescribeGroupRequest message. Does not implicitly {@link edgelog.v1.DescribeGroupRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.DescribeGroupRequest
             * @static
             * @param {edgelog.v1.DescribeGroupRequest.$Properties} message DescribeGroupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeGroupRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeGroupRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.DescribeGroupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.DescribeGroupRequest & edgelog.v1.DescribeGroupRequest.$Shape} DescribeGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeGroupRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.DescribeGroupRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DescribeGroupRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.DescribeGroupRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DescribeGroupRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.DescribeGroupRequest";
            };

            return DescribeGroupRequest;
        })();

        v1.DescribeGroupResponse = (function() {

            /**
             * Properties of a DescribeGroupResponse.
             * @typedef {Object} edgelog.v1.DescribeGroupResponse.$Properties
             * @property {string|null} [groupId] DescribeGroupResponse groupId
             * @property {string|null} [state] DescribeGroupResponse state
             * @property {number|null} [groupEpoch] DescribeGroupResponse groupEpoch
             * @property {string|null} [assignor] DescribeGroupResponse assignor
             * @property {Array.<edgelog.v1.GroupMember.$Properties>|null} [members] DescribeGroupResponse members
             * @property {Array.<edgelog.v1.PartitionOffset.$Properties>|null} [offsets] DescribeGroupResponse offsets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeGroupResponse.
             * @memberof edgelog.v1
             * @interface IDescribeGroupResponse
             * @augments edgelog.v1.DescribeGroupResponse.$Properties
             * @deprecated Use edgelog.v1.DescribeGroupResponse.$Properties instead.
             */

            /**
             * Shape of a DescribeGroupResponse.
             * @typedef {edgelog.v1.DescribeGroupResponse.$Properties} edgelog.v1.DescribeGroupResponse.$Shape
             */

            /**
             * Constructs a new DescribeGroupResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a DescribeGroupResponse.
             * @constructor
             * @param {edgelog.v1.DescribeGroupResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeGroupResponse = function (properties) {
                this.members = [];
                this.offsets = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DescribeGroupResponse groupId.
             * @member {string} groupId
             * @memberof edgelog.v1.DescribeGroupResponse
             * @instance
             */
            DescribeGroupResponse.prototype.groupId = "";

            /**
             * DescribeGroupResponse state.
             * @member {string} state
             * @memberof edgelog.v1.DescribeGroupResponse
             * @instance
             */
            DescribeGroupResponse.prototype.state = "";

            /**
             * DescribeGroupResponse groupEpoch.
             * @member {number} groupEpoch
             * @memberof edgelog.v1.DescribeGroupResponse
             * @instance
             */
            DescribeGroupResponse.prototype.groupEpoch = 0;

            /**
             * DescribeGroupResponse assignor.
             * @member {string} assignor
             * @memberof edgelog.v1.DescribeGroupResponse
             * @instance
             */
            DescribeGroupResponse.prototype.assignor = "";

            /**
             * DescribeGroupResponse members.
             * @member {Array.<edgelog.v1.GroupMember.$Properties>} members
             * @memberof edgelog.v1.DescribeGroupResponse
             * @instance
             */
            DescribeGroupResponse.prototype.members = $util.emptyArray;

            /**
             * DescribeGroupResponse offsets.
             * @member {Array.<edgelog.v1.PartitionOffset.$Properties>} offsets
             * @memberof edgelog.v1.DescribeGroupResponse
             * @instance
             */
            DescribeGroupResponse.prototype.offsets = $util.emptyArray;

            /**
             * Creates a new DescribeGroupResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.DescribeGroupResponse
             * @static
             * @param {edgelog.v1.DescribeGroupResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.DescribeGroupResponse} DescribeGroupResponse instance
             * @type {{
             *   (properties: edgelog.v1.DescribeGroupResponse.$Shape): edgelog.v1.DescribeGroupResponse & edgelog.v1.DescribeGroupResponse.$Shape;
             *   (properties?: edgelog.v1.DescribeGroupResponse.$Properties): edgelog.v1.DescribeGroupResponse;
             * }}
             */
            DescribeGroupResponse.create = function(properties) {
                return new DescribeGroupResponse(properties);
            };

            /**
             * Encodes the specified DescribeGroupResponse message. Does not implicitly {@link edgelog.v1.DescribeGroupResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.DescribeGroupResponse
             * @static
             * @param {edgelog.v1.DescribeGroupResponse.$Properties} message DescribeGroupResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeGroupResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
                if (message.groupEpoch != null && $Object.hasOwnProperty.call(message, "groupEpoch") && message.groupEpoch !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.groupEpoch);
                if (message.assignor != null && $Object.hasOwnProperty.call(message, "assignor") && message.assignor !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.assignor);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.edgelog.v1.GroupMember.encode(message.members[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.offsets != null && message.offsets.length)
                    for (let i = 0; i < message.offsets.length; ++i)
                        $root.edgelog.v1.PartitionOffset.encode(message.offsets[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeGroupResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.DescribeGroupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.DescribeGroupResponse & edgelog.v1.DescribeGroupResponse.$Shape} DescribeGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeGroupResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.DescribeGroupResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.groupEpoch = value;
                            else
                                delete message.groupEpoch;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.assignor = value;
                            else
                                delete message.assignor;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.edgelog.v1.GroupMember.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.offsets && message.offsets.length))
                                message.offsets = [];
                            message.offsets.push($root.edgelog.v1.PartitionOffset.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DescribeGroupResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.DescribeGroupResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DescribeGroupResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.DescribeGroupResponse";
            };

            return DescribeGroupResponse;
        })();

        v1.DeleteGroupRequest = (function() {

            /**
             * Properties of a DeleteGroupRequest.
             * @typedef {Object} edgelog.v1.DeleteGroupRequest.$Properties
             * @property {string|null} [groupId] DeleteGroupRequest groupId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteGroupRequest.
             * @memberof edgelog.v1
             * @interface IDeleteGroupRequest
             * @augments edgelog.v1.DeleteGroupRequest.$Properties
             * @deprecated Use edgelog.v1.DeleteGroupRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteGroupRequest.
             * @typedef {edgelog.v1.DeleteGroupRequest.$Properties} edgelog.v1.DeleteGroupRequest.$Shape
             */

            /**
             * Constructs a new DeleteGroupRequest.
             * @memberof edgelog.v1
             * @classdesc Represents a DeleteGroupRequest.
             * @constructor
             * @param {edgelog.v1.DeleteGroupRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteGroupRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteGroupRequest groupId.
             * @member {string} groupId
             * @memberof edgelog.v1.DeleteGroupRequest
             * @instance
             */
            DeleteGroupRequest.prototype.groupId = "";

            /**
             * Creates a new DeleteGroupRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.DeleteGroupRequest
             * @static
             * @param {edgelog.v1.DeleteGroupRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.DeleteGroupRequest} DeleteGroupRequest instance
             * @type {{
             *   (properties: edgelog.v1.DeleteGroupRequest.$Shape): edgelog.v1.DeleteGroupRequest & edgelog.v1.DeleteGroupRequest.$Shape;
             *   (properties?: edgelog.v1.DeleteGroupRequest.$Properties): edgelog.v1.DeleteGroupRequest;
             * }}
             */
            DeleteGroupRequest.create = function(properties) {
                return new DeleteGroupRequest(properties);
            };

            /**
             * Encodes the specified DeleteGroupRequest message. Does not implicitly {@link edgelog.v1.DeleteGroupRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.DeleteGroupRequest
             * @static
             * @param {edgelog.v1.DeleteGroupRequest.$Properties} message DeleteGroupRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteGroupRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteGroupRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.DeleteGroupRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.DeleteGroupRequest & edgelog.v1.DeleteGroupRequest.$Shape} DeleteGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteGroupRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.DeleteGroupRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DeleteGroupRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.DeleteGroupRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteGroupRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.DeleteGroupRequest";
            };

            return DeleteGroupRequest;
        })();

        v1.DeleteGroupResponse = (function() {

            /**
             * Properties of a DeleteGroupResponse.
             * @typedef {Object} edgelog.v1.DeleteGroupResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteGroupResponse.
             * @memberof edgelog.v1
             * @interface IDeleteGroupResponse
             * @augments edgelog.v1.DeleteGroupResponse.$Properties
             * @deprecated Use edgelog.v1.DeleteGroupResponse.$Properties instead.
             */

            /**
             * Shape of a DeleteGroupResponse.
             * @typedef {edgelog.v1.DeleteGroupResponse.$Properties} edgelog.v1.DeleteGroupResponse.$Shape
             */

            /**
             * Constructs a new DeleteGroupResponse.
             * @memberof edgelog.v1
             * @classdesc Represents a DeleteGroupResponse.
             * @constructor
             * @param {edgelog.v1.DeleteGroupResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteGroupResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new DeleteGroupResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.DeleteGroupResponse
             * @static
             * @param {edgelog.v1.DeleteGroupResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.DeleteGroupResponse} DeleteGroupResponse instance
             * @type {{
             *   (properties: edgelog.v1.DeleteGroupResponse.$Shape): edgelog.v1.DeleteGroupResponse & edgelog.v1.DeleteGroupResponse.$Shape;
             *   (properties?: edgelog.v1.DeleteGroupResponse.$Properties): edgelog.v1.DeleteGroupResponse;
             * }}
             */
            DeleteGroupResponse.create = function(properties) {
                return new DeleteGroupResponse(properties);
            };

            /**
             * Encodes the specified DeleteGroupResponse message. Does not implicitly {@link edgelog.v1.DeleteGroupResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.DeleteGroupResponse
             * @static
             * @param {edgelog.v1.DeleteGroupResponse.$Properties} message DeleteGroupResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteGroupResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteGroupResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.DeleteGroupResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.DeleteGroupResponse & edgelog.v1.DeleteGroupResponse.$Shape} DeleteGroupResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteGroupResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.DeleteGroupResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DeleteGroupResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.DeleteGroupResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteGroupResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.DeleteGroupResponse";
            };

            return DeleteGroupResponse;
        })();

        v1.GroupChanged = (function() {

            /**
             * Properties of a GroupChanged.
             * @typedef {Object} edgelog.v1.GroupChanged.$Properties
             * @property {string|null} [groupId] GroupChanged groupId
             * @property {number|null} [groupEpoch] GroupChanged groupEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GroupChanged.
             * @memberof edgelog.v1
             * @interface IGroupChanged
             * @augments edgelog.v1.GroupChanged.$Properties
             * @deprecated Use edgelog.v1.GroupChanged.$Properties instead.
             */

            /**
             * Shape of a GroupChanged.
             * @typedef {edgelog.v1.GroupChanged.$Properties} edgelog.v1.GroupChanged.$Shape
             */

            /**
             * Constructs a new GroupChanged.
             * @memberof edgelog.v1
             * @classdesc Represents a GroupChanged.
             * @constructor
             * @param {edgelog.v1.GroupChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GroupChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GroupChanged groupId.
             * @member {string} groupId
             * @memberof edgelog.v1.GroupChanged
             * @instance
             */
            GroupChanged.prototype.groupId = "";

            /**
             * GroupChanged groupEpoch.
             * @member {number} groupEpoch
             * @memberof edgelog.v1.GroupChanged
             * @instance
             */
            GroupChanged.prototype.groupEpoch = 0;

            /**
             * Creates a new GroupChanged instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.GroupChanged
             * @static
             * @param {edgelog.v1.GroupChanged.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.GroupChanged} GroupChanged instance
             * @type {{
             *   (properties: edgelog.v1.GroupChanged.$Shape): edgelog.v1.GroupChanged & edgelog.v1.GroupChanged.$Shape;
             *   (properties?: edgelog.v1.GroupChanged.$Properties): edgelog.v1.GroupChanged;
             * }}
             */
            GroupChanged.create = function(properties) {
                return new GroupChanged(properties);
            };

            /**
             * Encodes the specified GroupChanged message. Does not implicitly {@link edgelog.v1.GroupChanged.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.GroupChanged
             * @static
             * @param {edgelog.v1.GroupChanged.$Properties} message GroupChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GroupChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.groupId != null && $Object.hasOwnProperty.call(message, "groupId") && message.groupId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.groupId);
                if (message.groupEpoch != null && $Object.hasOwnProperty.call(message, "groupEpoch") && message.groupEpoch !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.groupEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GroupChanged message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.GroupChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.GroupChanged & edgelog.v1.GroupChanged.$Shape} GroupChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GroupChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.GroupChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.groupId = value;
                            else
                                delete message.groupId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.groupEpoch = value;
                            else
                                delete message.groupEpoch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for GroupChanged
             * @function getTypeUrl
             * @memberof edgelog.v1.GroupChanged
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GroupChanged.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.GroupChanged";
            };

            return GroupChanged;
        })();

        v1.ElectLeaderRequest = (function() {

            /**
             * Properties of an ElectLeaderRequest.
             * @typedef {Object} edgelog.v1.ElectLeaderRequest.$Properties
             * @property {string|null} [topic] ElectLeaderRequest topic
             * @property {number|null} [partition] ElectLeaderRequest partition
             * @property {string|null} [region] ElectLeaderRequest region
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ElectLeaderRequest.
             * @memberof edgelog.v1
             * @interface IElectLeaderRequest
             * @augments edgelog.v1.ElectLeaderRequest.$Properties
             * @deprecated Use edgelog.v1.ElectLeaderRequest.$Properties instead.
             */

            /**
             * Shape of an ElectLeaderRequest.
             * @typedef {edgelog.v1.ElectLeaderRequest.$Properties} edgelog.v1.ElectLeaderRequest.$Shape
             */

            /**
             * Constructs a new ElectLeaderRequest.
             * @memberof edgelog.v1
             * @classdesc Represents an ElectLeaderRequest.
             * @constructor
             * @param {edgelog.v1.ElectLeaderRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ElectLeaderRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ElectLeaderRequest topic.
             * @member {string} topic
             * @memberof edgelog.v1.ElectLeaderRequest
             * @instance
             */
            ElectLeaderRequest.prototype.topic = "";

            /**
             * ElectLeaderRequest partition.
             * @member {number} partition
             * @memberof edgelog.v1.ElectLeaderRequest
             * @instance
             */
            ElectLeaderRequest.prototype.partition = 0;

            /**
             * ElectLeaderRequest region.
             * @member {string} region
             * @memberof edgelog.v1.ElectLeaderRequest
             * @instance
             */
            ElectLeaderRequest.prototype.region = "";

            /**
             * Creates a new ElectLeaderRequest instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.ElectLeaderRequest
             * @static
             * @param {edgelog.v1.ElectLeaderRequest.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.ElectLeaderRequest} ElectLeaderRequest instance
             * @type {{
             *   (properties: edgelog.v1.ElectLeaderRequest.$Shape): edgelog.v1.ElectLeaderRequest & edgelog.v1.ElectLeaderRequest.$Shape;
             *   (properties?: edgelog.v1.ElectLeaderRequest.$Properties): edgelog.v1.ElectLeaderRequest;
             * }}
             */
            ElectLeaderRequest.create = function(properties) {
                return new ElectLeaderRequest(properties);
            };

            /**
             * Encodes the specified ElectLeaderRequest message. Does not implicitly {@link edgelog.v1.ElectLeaderRequest.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.ElectLeaderRequest
             * @static
             * @param {edgelog.v1.ElectLeaderRequest.$Properties} message ElectLeaderRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ElectLeaderRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic") && message.topic !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.topic);
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.partition);
                if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.region);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ElectLeaderRequest message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.ElectLeaderRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.ElectLeaderRequest & edgelog.v1.ElectLeaderRequest.$Shape} ElectLeaderRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ElectLeaderRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.ElectLeaderRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.topic = value;
                            else
                                delete message.topic;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.partition = value;
                            else
                                delete message.partition;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.region = value;
                            else
                                delete message.region;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ElectLeaderRequest
             * @function getTypeUrl
             * @memberof edgelog.v1.ElectLeaderRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ElectLeaderRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.ElectLeaderRequest";
            };

            return ElectLeaderRequest;
        })();

        v1.ElectLeaderResponse = (function() {

            /**
             * Properties of an ElectLeaderResponse.
             * @typedef {Object} edgelog.v1.ElectLeaderResponse.$Properties
             * @property {edgelog.v1.PartitionMetadata.$Properties|null} [partition] ElectLeaderResponse partition
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ElectLeaderResponse.
             * @memberof edgelog.v1
             * @interface IElectLeaderResponse
             * @augments edgelog.v1.ElectLeaderResponse.$Properties
             * @deprecated Use edgelog.v1.ElectLeaderResponse.$Properties instead.
             */

            /**
             * Shape of an ElectLeaderResponse.
             * @typedef {edgelog.v1.ElectLeaderResponse.$Properties} edgelog.v1.ElectLeaderResponse.$Shape
             */

            /**
             * Constructs a new ElectLeaderResponse.
             * @memberof edgelog.v1
             * @classdesc Represents an ElectLeaderResponse.
             * @constructor
             * @param {edgelog.v1.ElectLeaderResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ElectLeaderResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ElectLeaderResponse partition.
             * @member {edgelog.v1.PartitionMetadata.$Properties|null|undefined} partition
             * @memberof edgelog.v1.ElectLeaderResponse
             * @instance
             */
            ElectLeaderResponse.prototype.partition = null;

            /**
             * Creates a new ElectLeaderResponse instance using the specified properties.
             * @function create
             * @memberof edgelog.v1.ElectLeaderResponse
             * @static
             * @param {edgelog.v1.ElectLeaderResponse.$Properties=} [properties] Properties to set
             * @returns {edgelog.v1.ElectLeaderResponse} ElectLeaderResponse instance
             * @type {{
             *   (properties: edgelog.v1.ElectLeaderResponse.$Shape): edgelog.v1.ElectLeaderResponse & edgelog.v1.ElectLeaderResponse.$Shape;
             *   (properties?: edgelog.v1.ElectLeaderResponse.$Properties): edgelog.v1.ElectLeaderResponse;
             * }}
             */
            ElectLeaderResponse.create = function(properties) {
                return new ElectLeaderResponse(properties);
            };

            /**
             * Encodes the specified ElectLeaderResponse message. Does not implicitly {@link edgelog.v1.ElectLeaderResponse.verify|verify} messages.
             * @function encode
             * @memberof edgelog.v1.ElectLeaderResponse
             * @static
             * @param {edgelog.v1.ElectLeaderResponse.$Properties} message ElectLeaderResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ElectLeaderResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                    $root.edgelog.v1.PartitionMetadata.encode(message.partition, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ElectLeaderResponse message from the specified reader or buffer.
             * @function decode
             * @memberof edgelog.v1.ElectLeaderResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgelog.v1.ElectLeaderResponse & edgelog.v1.ElectLeaderResponse.$Shape} ElectLeaderResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ElectLeaderResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgelog.v1.ElectLeaderResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.partition = $root.edgelog.v1.PartitionMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.partition);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ElectLeaderResponse
             * @function getTypeUrl
             * @memberof edgelog.v1.ElectLeaderResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ElectLeaderResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgelog.v1.ElectLeaderResponse";
            };

            return ElectLeaderResponse;
        })();

        return v1;
    })();

    return edgelog;
})();

export {
  $root as default
};
