/**
 * edgelog SDK entry point (browsers, workers, Deno, Node ≥ 22 with a global WebSocket; Node 20 users import
 * "client/node.ts", which supplies the `ws` package).
 *
 *   const client = new Edgelog({ url: "ws://127.0.0.1:8080/v1/ws" });
 *   await client.admin.createTopic("clicks", { partitions: 4 });
 *   await client.producer().send("clicks", [{ key: "user-1", value: "hello" }]);
 *   for await (const r of client.consumer({ topic: "clicks", from: "earliest" })) console.log(r.offset);
 */
import { Admin } from "./admin.ts";
import type { Codec } from "./codecs.ts";
import { ConnectionPool, type ConnectionOptions, type ReconnectOptions, type WebSocketConstructor } from "./connection.ts";
import { Consumer, type ConsumerOptions } from "./consumer.ts";
import { GroupConsumer, type GroupConsumerOptions } from "./group-consumer.ts";
import { AuthError, ClosedError, InvalidRequestError } from "./errors.ts";
import { TokenSource, type TokenProvider, type Timers } from "./token-source.ts";
import { Producer, type ProducerOptions, type ProducerRecord, type RecordMetadata } from "./producer.ts";
import { normalizeUrl } from "./url.ts";
import { deferredFeed, feedStart, standaloneTarget, type StandaloneSubscribeOptions, type SubscribeOptions, type Subscription } from "./feed-start.ts";
import { loadExtras } from "./load-extras.ts";
import type { ClientFeeds } from "./client-feeds.ts";

export * from "./errors.ts";
export { codecs, type Codec } from "./codecs.ts";
export { Admin, type CreateTopicOptions, type OffsetAnswer, type OffsetSpec, type PartitionInfo, type TopicConfig, type TopicDescription } from "./admin.ts";
export type { CommittedOffset, GroupDescription, GroupMemberDescription, GroupPartitionLag, GroupPartitionRef, GroupState, OffsetResetSpec, ResetOffsetsOptions } from "./admin.ts";
export { Connection, ConnectionPool, type BrokerInfo, type ConnectionOptions, type ReconnectOptions, type WebSocketConstructor, type WebSocketLike } from "./connection.ts";
export { Consumer, type ConsumerBatch, type ConsumerMetrics, type ConsumerOptions, type ConsumerRecord, type RunHandlers, type StartFrom } from "./consumer.ts";
export { GroupConsumer, type CommitResult, type GroupConsumerOptions, type TopicPartition, type TopicPartitionOffset } from "./group-consumer.ts";
export { Producer, type AcksMode, type ProducerOptions, type ProducerRecord, type RecordMetadata } from "./producer.ts";
export { murmur2, partitionForKey } from "./partitioner.ts";
export { expiryOf, systemTimers, tokenRefreshFraction, tokenRefreshMinIntervalMs, type Timers, type TokenProvider } from "./token-source.ts";

export interface EdgelogOptions {
  /** Bootstrap endpoint, e.g. ws://127.0.0.1:8080/v1/ws. */
  url: string;
  /** WebSocket implementation. Default globalThis.WebSocket. */
  WebSocket?: WebSocketConstructor;
  /** Sent in the hello. Default "edgelog-js". */
  clientId?: string;
  /** Per-request timeout, ms. Default 30 000. */
  requestTimeoutMs?: number;
  /** Reconnect backoff (default: 100 ms doubling to 5 s, 50 % jitter); false disables reconnecting. */
  reconnect?: ReconnectOptions | false;
  /** Socket + queue bytes above which producers wait. Default 8 MiB. */
  highWaterMarkBytes?: number;
  /** Diagnostics: reconnects, unexpected frames. Default: silent. */
  log?: (line: string) => void;
  /** Idle time before a heartbeat ping, ms (a dead peer is dropped after twice this). Default 30 000; 0 = off. */
  heartbeatMs?: number;
  /** Capability token (JWT) for a broker with auth on, sent in the first frame of every socket. Default none. */
  token?: string;
  /**
   * Fetches capability tokens (e.g. from your backend): called before the first hello, on every
   * reconnect, and before the current token expires (at 80 % of the lifetime it had left, read from its
   * `exp`), whose result goes out in a hello on every open socket without reconnecting. A failure
   * surfaces as AuthError (on the requests waiting for a socket, and to onTokenRefresh). Default none.
   */
  tokenProvider?: TokenProvider;
  /** Told about each scheduled token refresh: null when every open socket took the new token, else why not. */
  onTokenRefresh?: (err: AuthError | null) => void;
  /** Clock and timers of the token refresh schedule (tests drive them by hand). Default: the system's. */
  timers?: Timers;
}

/** A record of a typed topic: the value goes through the topic's codec. */
export interface TypedRecord<T> {
  key?: string | Uint8Array | null;
  value: T | null;
  headers?: Record<string, string | Uint8Array>;
  timestampMs?: number;
  partition?: number;
}

export class Edgelog {
  readonly admin: Admin;
  private readonly pool: ConnectionPool;
  readonly #producers = new Set<Producer>();
  readonly #consumers = new Set<Consumer<any> | GroupConsumer<any>>();
  readonly #log: (line: string) => void;
  #sharedProducer: Producer | null = null;
  #closed = false;
  readonly #tokens: TokenSource;
  /** Live feeds (subscribe()); `#feedsShare.hub` shares this client's sockets with the page's other tabs. */
  readonly #feeds = new Set<Subscription<any>>();
  readonly #feedsShare: ClientFeeds;

  constructor(options: EdgelogOptions) {
    if (!options || typeof options.url !== "string") throw new InvalidRequestError("Edgelog needs { url }");
    const WS = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (!WS) throw new InvalidRequestError("no global WebSocket here: pass { WebSocket } or, in Node, import the SDK from client/node.ts");
    const url = normalizeUrl(options.url);
    // The pool is created next: the token source only reaches it from its refresh timer.
    this.#tokens = new TokenSource({
      token: options.token,
      provider: options.tokenProvider,
      timers: options.timers,
      log: options.log,
      openSockets: () => this.pool.all().filter((c) => c.isOpen).length,
      sendToOpenSockets: async () => {
        const open = this.pool.all().filter((c) => c.isOpen);
        await Promise.all(open.map((c) => c.refreshToken()));
        return open.length;
      },
      onRefresh: options.onTokenRefresh,
    });
    const poolOptions: ConnectionOptions = {
      url,
      WebSocket: WS,
      clientId: options.clientId,
      requestTimeoutMs: options.requestTimeoutMs,
      reconnect: options.reconnect,
      highWaterMarkBytes: options.highWaterMarkBytes,
      log: options.log,
      heartbeatMs: options.heartbeatMs,
      tokens: this.#tokens,
    };
    this.pool = new ConnectionPool(poolOptions);
    this.admin = new Admin(this.pool.bootstrap, (endpoint) => this.pool.get(endpoint));
    this.#log = options.log ?? (() => {});
    this.#feedsShare = { pool: this.pool, poolOptions, log: this.#log, closed: () => this.#closed, hub: null };
  }

  producer(options: ProducerOptions = {}): Producer {
    this.#checkOpen();
    const p: Producer = new Producer(this.pool, options, () => {
      this.#producers.delete(p);
      if (this.#sharedProducer === p) this.#sharedProducer = null;
    });
    this.#producers.add(p);
    return p;
  }

  /** With a groupId: a member of that consumer group (GroupConsumer); else a reader of chosen partitions. */
  consumer<T = Uint8Array>(options: GroupConsumerOptions<T>): GroupConsumer<T>;
  consumer<T = Uint8Array>(options: ConsumerOptions<T>): Consumer<T>;
  consumer<T = Uint8Array>(options: ConsumerOptions<T> | GroupConsumerOptions<T>): Consumer<T> | GroupConsumer<T> {
    this.#checkOpen();
    if (options && "groupId" in options) {
      const g: GroupConsumer<T> = new GroupConsumer<T>(this.pool, options, () => this.#consumers.delete(g), this.#log);
      this.#consumers.add(g);
      return g;
    }
    const c: Consumer<T> = new Consumer<T>(this.pool, options as ConsumerOptions<T>, () => this.#consumers.delete(c));
    this.#consumers.add(c);
    return c;
  }

  /**
   * A live feed of every partition of `topic` (client/subscribe.ts): resumes after reconnects and page
   * reloads, and the tabs of an origin share one set of sockets unless `shared: false`. With `group`, a
   * member of that consumer group (positions committed there; `from` 'earliest' or 'latest' for new ones).
   */
  subscribe<T = Uint8Array>(topic: string, options: SubscribeOptions<T> = {}): Subscription<T> {
    this.#checkOpen();
    if (options.group !== undefined) {
      const from = options.from === "earliest" ? "earliest" : "latest";
      const member = this.consumer<T>({ groupId: options.group, topics: [topic], from, valueCodec: options.valueCodec, creditBytes: options.creditBytes, minBytes: options.minBytes, maxWaitMs: options.maxWaitMs });
      // The feed's code comes with the group code (extras.ts); a member whose feed never opens is closed here.
      return deferredFeed({ positions: new Map() }, async (closed) => {
        const extras = await loadExtras(closed).catch((err: unknown) => member.close().then(() => Promise.reject(err)));
        if (extras) return extras.groupFeed(member);
        await member.close();
        return null;
      });
    }
    const start = feedStart(this.pool.bootstrap.url, topic, options);
    const feed: Subscription<T> = deferredFeed(
      start,
      async (closed) => (await loadExtras(closed))?.openClientFeed<T>(this.#feedsShare, topic, options, start, () => this.#feeds.delete(feed)) ?? null,
    );
    this.#feeds.add(feed);
    return feed;
  }

  /** A typed handle: values go through `codec` on the way in and out. */
  topic<T>(name: string, codec: Codec<T>): TopicHandle<T> {
    return new TopicHandle<T>(this, name, codec);
  }

  /** The producer behind typed topics' send() (acks 'all', lingerMs 5). */
  defaultProducer(): Producer {
    if (!this.#sharedProducer) this.#sharedProducer = this.producer();
    return this.#sharedProducer;
  }

  /**
   * Replaces the capability token on every open socket without reconnecting (send it before the old one
   * expires); sockets opened later use it too. Rejects with AuthError when the broker refuses it.
   */
  async setToken(token: string): Promise<void> {
    this.#checkOpen();
    this.#tokens.set(token);
    await Promise.all(this.pool.all().map((c) => c.refreshToken()));
  }

  /** Closes consumers, flushes and closes producers, then closes the sockets. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#tokens.close();
    await Promise.allSettled([...this.#consumers].map((c) => c.close()));
    await Promise.allSettled([...this.#feeds].map((f) => f.close()));
    await this.#feedsShare.hub?.dispose();
    await Promise.allSettled([...this.#producers].map((p) => p.close()));
    await this.pool.close();
  }

  #checkOpen(): void {
    if (this.#closed) throw new ClosedError("client closed");
  }
}

export { normalizeUrl } from "./url.ts";
export { positionKey, type FeedFrom, type PositionStorage, type StandaloneSubscribeOptions, type SubscribeOptions, type Subscription } from "./feed-start.ts";

/**
 * The subscribe-only entry's subscribe() (client/subscribe.ts), from the SDK: a live feed of `topic` from the
 * broker at `url`, its code loaded on demand.
 */
export function subscribe<T = Uint8Array>(url: string, topic: string, options: StandaloneSubscribeOptions<T> = {}): Subscription<T> {
  const { socketUrl } = standaloneTarget(url, options);
  return deferredFeed(feedStart(socketUrl, topic, options), async (closed) => (await loadExtras(closed))?.subscribe(url, topic, options) ?? null);
}

export class TopicHandle<T> {
  readonly #client: Edgelog;

  constructor(
    client: Edgelog,
    readonly name: string,
    readonly codec: Codec<T>,
  ) {
    this.#client = client;
  }

  /**
   * Sends one value or an array of values (unkeyed: sticky partitioning). An array is always a list of
   * values; to send one value that is itself an array, pass [value].
   */
  send(values: T | readonly T[]): Promise<RecordMetadata[]> {
    const list = (Array.isArray(values) ? values : [values]) as readonly T[];
    const records: ProducerRecord[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) records[i] = { value: this.#encode(list[i]) };
    return this.#client.defaultProducer().send(this.name, records);
  }

  /** Sends records with keys, headers, timestamps or explicit partitions. */
  sendRecords(records: TypedRecord<T> | readonly TypedRecord<T>[]): Promise<RecordMetadata[]> {
    const list = (Array.isArray(records) ? records : [records]) as readonly TypedRecord<T>[];
    const out: ProducerRecord[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      out[i] = { key: r.key, value: r.value === null ? null : this.#encode(r.value), headers: r.headers, timestampMs: r.timestampMs, partition: r.partition };
    }
    return this.#client.defaultProducer().send(this.name, out);
  }

  consumer(options: Omit<ConsumerOptions<T>, "topic" | "valueCodec"> = {}): Consumer<T> {
    return this.#client.consumer<T>({ ...options, topic: this.name, valueCodec: this.codec });
  }

  #encode(value: T): string | Uint8Array {
    return this.codec.encodeText ? this.codec.encodeText(value) : this.codec.encode(value);
  }
}
