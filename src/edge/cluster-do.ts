/**
 * The cluster: one Durable Object ("cluster") that serves the bootstrap WebSocket /v1/ws (hello,
 * metadata and admin requests, through the core Session) and keeps the lists of topics and of consumer
 * groups. Partition and group requests on this socket answer NOT_LEADER / NOT_COORDINATOR: metadata names
 * each partition's and each group's own endpoint. Create and delete run one at a time per topic name; the
 * topic objects hold the records. Each group object adds itself to the group list when it first stores
 * the group and removes itself when the group is deleted (ListGroups reads the list; it never wakes them).
 */
import { isValidTopicName, newTopicRecord, partitionMetadata, topicMetadata, type TopicConfig } from "../core/broker.ts";
import { adminFamily } from "../core/admin-family.ts";
import { KeyedQueue } from "../core/keyed-queue.ts";
import type { SessionHost } from "../core/session.ts";
import { ErrorCode, ProtocolError } from "../protocol/errors.ts";
import type { pb } from "../protocol/frames.ts";
import { edgeLimits, edgeSessionLimits } from "./edge-limits.ts";
import { checkGroupId } from "../core/group-manager.ts";
import { edgeAuth, groupEndpoint, partitionEndpoint, replicaEndpoint, topicStub, type Env } from "./env.ts";
import { answer, call, type RpcResult } from "./rpc.ts";
import { SessionObject, SocketSessions } from "./socket-sessions.ts";
import type { TopicState } from "./topic-do.ts";

/** A topic as metadata gives it, with each partition's endpoint. */
export function edgeTopicMetadata(state: TopicState): pb.ITopicMetadata {
  const name = state.record.name;
  return topicMetadata(
    state,
    (p) => partitionEndpoint(name, p),
    (p, region) => replicaEndpoint(name, p, region),
  );
}

/** Metadata of one topic, from its topic object (UNKNOWN_TOPIC when there is none). */
export async function describeTopic(env: Env, name: string): Promise<pb.ITopicMetadata> {
  requireTopicName(name);
  return edgeTopicMetadata(await call(topicStub(env, name).describe()));
}

/** A name no topic can have is UNKNOWN_TOPIC at once, without creating an object for it. */
export function requireTopicName(name: string): void {
  if (!isValidTopicName(name, edgeLimits.topicNameLengthMax)) throw new ProtocolError(ErrorCode.UNKNOWN_TOPIC, `unknown topic "${name.slice(0, 64)}"`);
}

export class ClusterDO extends SessionObject {
  protected readonly sessions: SocketSessions;
  /** Creates and deletes of one topic name run one at a time. */
  private readonly busy = new KeyedQueue();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS topics (name TEXT PRIMARY KEY)");
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS groups (group_id TEXT PRIMARY KEY)");
    // Bootstrap sessions hold no subscriptions, so nothing rides in their attachments: a session is
    // made when its socket first speaks after the object woke.
    this.sessions = new SocketSessions(ctx, this.sessionHost());
  }

  // ---- RPC (the Worker's HTTP routes, tests) ----------------------------------------------------------------

  async listTopics(): Promise<string[]> {
    return this.names();
  }

  /** Metadata of every topic (HTTP GET /v1/metadata without names). */
  async allMetadata(): Promise<RpcResult<pb.ITopicMetadata[]>> {
    return answer(() => this.metadata([]));
  }

  /** A group object stores its group (idempotent: it calls once per instance, before its first save). */
  async registerGroup(groupId: string): Promise<RpcResult<null>> {
    return answer(() => {
      checkGroupId(groupId);
      this.ctx.storage.sql.exec("INSERT OR IGNORE INTO groups (group_id) VALUES (?)", groupId);
      return null;
    });
  }

  /** A group object deleted its group. */
  async unregisterGroup(groupId: string): Promise<RpcResult<null>> {
    return answer(() => {
      this.ctx.storage.sql.exec("DELETE FROM groups WHERE group_id = ?", groupId);
      return null;
    });
  }

  // ---- internals ------------------------------------------------------------------------------------------

  private names(): string[] {
    return this.ctx.storage.sql
      .exec<{ name: string }>("SELECT name FROM topics ORDER BY name")
      .toArray()
      .map((r) => r.name);
  }

  private groupIds(): string[] {
    return this.ctx.storage.sql
      .exec<{ group_id: string }>("SELECT group_id FROM groups ORDER BY group_id")
      .toArray()
      .map((r) => r.group_id);
  }

  private listed(name: string): boolean {
    return this.ctx.storage.sql.exec("SELECT 1 FROM topics WHERE name = ?", name).toArray().length > 0;
  }

  private async metadata(names: string[]): Promise<pb.ITopicMetadata[]> {
    if (names.length > 0) return Promise.all(names.map((n) => describeTopic(this.env, n)));
    const all = await Promise.all(
      this.names().map((n) =>
        describeTopic(this.env, n).catch((err: unknown) => {
          // Listed but gone (a deletion stopped between its two steps): drop it from the list.
          if (err instanceof ProtocolError && err.code === ErrorCode.UNKNOWN_TOPIC) {
            this.ctx.storage.sql.exec("DELETE FROM topics WHERE name = ?", n);
            return null;
          }
          throw err;
        }),
      ),
    );
    return all.filter((t): t is pb.ITopicMetadata => t !== null);
  }

  private async createTopic(name: string, partitionCount: number, config: Partial<TopicConfig>): Promise<pb.ITopicMetadata> {
    const record = newTopicRecord(name, partitionCount, config, edgeLimits, Date.now());
    return this.busy.run(name, async () => {
      if (this.listed(name)) throw new ProtocolError(ErrorCode.TOPIC_EXISTS, `topic "${name}" already exists`);
      let state: TopicState;
      try {
        state = await call(topicStub(this.env, name).create(record));
      } catch (err) {
        // The topic object has it but the list does not (a creation stopped between its two steps).
        if (err instanceof ProtocolError && err.code === ErrorCode.TOPIC_EXISTS) this.ctx.storage.sql.exec("INSERT OR IGNORE INTO topics (name) VALUES (?)", name);
        throw err;
      }
      this.ctx.storage.sql.exec("INSERT OR IGNORE INTO topics (name) VALUES (?)", name);
      return edgeTopicMetadata(state);
    });
  }

  private async deleteTopic(name: string): Promise<void> {
    requireTopicName(name);
    await this.busy.run(name, async () => {
      try {
        await call(topicStub(this.env, name).delete());
      } catch (err) {
        // Unknown to its topic object: not a topic, whatever the list says.
        if (err instanceof ProtocolError && err.code === ErrorCode.UNKNOWN_TOPIC) this.ctx.storage.sql.exec("DELETE FROM topics WHERE name = ?", name);
        throw err;
      }
      this.ctx.storage.sql.exec("DELETE FROM topics WHERE name = ?", name);
    });
  }

  /** The bootstrap socket serves the admin family only; partition and group requests are answered elsewhere (see metadata). */
  private sessionHost(): SessionHost {
    const admin = adminFamily({
      metadata: (names) => this.metadata(names),
      listTopics: () => this.names(),
      createTopic: (name, count, config) => this.createTopic(name, count, config),
      deleteTopic: (name) => this.deleteTopic(name),
      listGroups: async () => this.groupIds(),
      groupEndpoint,
      electLeader: async (topic, partition, region) => {
        requireTopicName(topic);
        const stats = await call(topicStub(this.env, topic).electLeader(partition, region));
        return partitionMetadata(stats, partitionEndpoint(topic, partition), (r) => replicaEndpoint(topic, partition, r));
      },
    });
    return { limits: edgeSessionLimits(this.env), brokerId: "edge/cluster", families: [admin], auth: edgeAuth(this.env) };
  }
}
