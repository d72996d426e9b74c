/**
 * The admin family: metadata, and creating, deleting, listing and describing topics. Served by the Node
 * broker and at the edge by the cluster object behind the bootstrap socket.
 */
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import type { Frame, pb } from "../protocol/frames.ts";
import type { Limits } from "../protocol/limits.ts";
import type { TopicConfig } from "./broker.ts";
import { checkGroupId } from "./group-manager.ts";
import { newProducerId, PRODUCER_EPOCH_MAX } from "./producer-state.ts";
import type { Family, FamilySession } from "./session.ts";

/** Where a host's topics are. */
export interface TopicAdmin {
  /** Empty names = every topic. */
  metadata(names: string[]): pb.ITopicMetadata[] | Promise<pb.ITopicMetadata[]>;
  listTopics(): string[] | Promise<string[]>;
  createTopic(name: string, partitionCount: number, config: Partial<TopicConfig>): Promise<pb.ITopicMetadata>;
  deleteTopic(name: string): Promise<void>;
  /** Every consumer group's id (none where the host keeps no groups). */
  listGroups?(): Promise<string[]>;
  /** Where a group's coordinator is served: "" = this socket (default), else an endpoint path. */
  groupEndpoint?(groupId: string): string;
  /** Moves a replicated partition's leadership to the replica in `region` (hosts that replicate). */
  electLeader?(topic: string, partition: number, region: string): Promise<pb.IPartitionMetadata>;
}

export function adminFamily(admin: TopicAdmin): Family {
  return { name: "admin", attach: (port) => adminSession(admin, port.limits) };
}

// Decoded sub-messages are class instances whose scalar fields always hold a value (defaults live on the
// prototype), hence the casts from the generated optional-property types.
function adminSession(admin: TopicAdmin, limits: Limits): FamilySession {
  const handlers = {
    metadataRequest: async (r: pb.IMetadataRequest): Promise<Frame> => {
      const groupIds = checkMetadataNames(r.groups ?? [], limits);
      for (const g of groupIds) checkGroupId(g);
      // Only groups asked for: an answer about topics alone stays as it was.
      const topics = groupIds.length > 0 && (r.topics ?? []).length === 0 ? [] : await admin.metadata(checkMetadataNames(r.topics ?? [], limits));
      const groups = groupIds.map((groupId) => ({ groupId, endpoint: admin.groupEndpoint?.(groupId) ?? "" }));
      return { metadataResponse: { topics, groups } };
    },
    createTopicRequest: async (r: pb.ICreateTopicRequest): Promise<Frame> => {
      const q = r as pb.CreateTopicRequest;
      const c = q.config;
      const topic = await admin.createTopic(q.topic, q.partitions || 1, {
        retentionMs: c?.retentionMs ?? undefined,
        retentionBytes: c?.retentionBytes ?? undefined,
        segmentBytes: c?.segmentBytes ?? undefined,
        segmentMs: c?.segmentMs ?? undefined,
        replicas: c?.replicas ?? undefined,
        regions: c?.regions ?? undefined,
        minInsyncReplicas: c?.minInsyncReplicas ?? undefined,
        replicaLagMaxMs: c?.replicaLagMaxMs ?? undefined,
      });
      return { createTopicResponse: { topic } };
    },
    deleteTopicRequest: async (r: pb.IDeleteTopicRequest): Promise<Frame> => {
      await admin.deleteTopic((r as pb.DeleteTopicRequest).topic);
      return { deleteTopicResponse: {} };
    },
    listTopicsRequest: async (): Promise<Frame> => ({ listTopicsResponse: { topics: await admin.listTopics() } }),
    listGroupsRequest: async (): Promise<Frame> => ({ listGroupsResponse: { groups: (await admin.listGroups?.()) ?? [] } }),
    initProducerRequest: (r: pb.IInitProducerRequest): Frame => ({ initProducerResponse: initProducer(r as pb.InitProducerRequest) }),
    electLeaderRequest: async (r: pb.IElectLeaderRequest): Promise<Frame> => {
      const q = r as pb.ElectLeaderRequest;
      if (!admin.electLeader) throw new ProtocolError(ErrorCode.UNSUPPORTED, `this broker is a single node: its partitions have one replica and no leader to move`);
      return { electLeaderResponse: { partition: await admin.electLeader(q.topic, q.partition, q.region) } };
    },
    describeTopicRequest: async (r: pb.IDescribeTopicRequest): Promise<Frame> => {
      const [topic] = await admin.metadata([(r as pb.DescribeTopicRequest).topic]);
      return { describeTopicResponse: { topic } };
    },
  };
  return { handlers };
}

/** A metadata request may name at most limits.metadataTopicsMax topics (none = all). */
export function checkMetadataNames(names: string[], l: Limits): string[] {
  if (names.length > l.metadataTopicsMax) {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, `a metadata request may name at most ${l.metadataTopicsMax} topics, got ${names.length}`);
  }
  return names;
}

/**
 * InitProducer: a new id at epoch 0, or the next epoch of an id the caller holds. Stateless: ids are random
 * (producer-state.ts), and the partitions enforce the epochs (an older one is FENCED once a newer one wrote).
 */
export function initProducer(r: { producerId: number; producerEpoch: number }): { producerId: number; producerEpoch: number } {
  const id = r.producerId;
  if (id === 0) return { producerId: newProducerId(), producerEpoch: 0 };
  if (!Number.isSafeInteger(id) || id < 0 || !Number.isInteger(r.producerEpoch) || r.producerEpoch < 0 || r.producerEpoch > PRODUCER_EPOCH_MAX) {
    throw new ProtocolError(ErrorCode.INVALID_REQUEST, `producer id must be 0 (new) or a producer's id and epoch, got ${id} / ${r.producerEpoch}`);
  }
  if (r.producerEpoch === PRODUCER_EPOCH_MAX) return { producerId: newProducerId(), producerEpoch: 0 };
  return { producerId: id, producerEpoch: r.producerEpoch + 1 };
}
