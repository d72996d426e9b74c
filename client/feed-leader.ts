/**
 * The leader's side of sharing one socket per browser (shared-feed.ts describes it all): the elected tab
 * reads each tab's feed with a Consumer of its own and relays the records over the channel. Loaded on
 * demand with the reader (feed-reader.ts), by the tab that leads only.
 */
import type { ConnectionSource } from "./connection.ts";
import { ConsumerEngine } from "./consumer-engine.ts";
import { LimitExceededError, type EdgelogError } from "./errors.ts";
import { channelName, FEED_CONNECTION_SETS_MAX, RELAY_RECORDS_MAX, tabLockName, type ChannelLike, type FeedConnections, type Message, type SharedEnv } from "./shared-feed.ts";

/** One tab's subscription as the leader serves it. */
class Served {
  inflight = 0;
  stopped = false;
  #resume: (() => void) | null = null;
  readonly consumer: ConsumerEngine;
  /** Offset after the last record relayed, per partition (where a move to another socket starts). */
  readonly sent: Map<number, number>;

  constructor(
    readonly m: Extract<Message, { t: "sub" }>,
    /** Which of the leader's connection sets it reads on. */
    readonly poolIndex: number,
    source: ConnectionSource,
    leaderId: string,
    post: (m: Message) => void,
    /** A socket refused the subscription as one too many: the leader moves it to the next set. */
    overflow: (s: Served) => void,
  ) {
    const { id, seq } = m;
    this.sent = new Map(m.positions);
    // A stored offset behind retention starts at the log start: a feed goes on instead of failing.
    this.consumer = new ConsumerEngine(source, { topic: m.topic, from: m.fallback, creditBytes: m.creditBytes, minBytes: m.minBytes, maxWaitMs: m.maxWaitMs, onOutOfRange: "earliest" });
    for (const [p, offset] of m.positions) void this.consumer.seek(p, offset);
    const fail = (err: Error) => {
      if (this.stopped) return;
      if (err instanceof LimitExceededError && this.poolIndex + 1 < FEED_CONNECTION_SETS_MAX) return overflow(this);
      post({ t: "err", id, seq, leader: leaderId, name: err.name, code: (err as EdgelogError).code ?? "UNKNOWN", message: err.message });
    };
    this.consumer.start().then(() => {
      if (this.stopped) return;
      const positions: [number, number][] = [];
      for (const p of this.consumer.assignment()) {
        const at = this.consumer.position(p)!;
        positions.push([p, at]);
        if (!this.sent.has(p)) this.sent.set(p, at);
      }
      post({ t: "started", id, seq, leader: leaderId, positions });
    }, fail);
    this.consumer
      .run({
        eachBatch: async (batch) => {
          if (this.stopped) return;
          // Copies: a record's key and value are views into the pushed frame, which would be cloned whole.
          const records = batch.records.map((r) => ({ ...r, key: r.key && r.key.slice(), value: r.value && r.value.slice() }));
          post({ t: "recs", id, seq, leader: leaderId, records });
          for (const r of records) this.sent.set(r.partition, r.offset + 1);
          this.inflight += records.length;
          while (this.inflight >= RELAY_RECORDS_MAX && !this.stopped) await new Promise<void>((resolve) => (this.#resume = resolve));
        },
      })
      .catch(fail);
  }

  acked(seq: number, count: number): void {
    if (seq !== this.m.seq) return;
    this.inflight -= count;
    if (this.inflight < RELAY_RECORDS_MAX) this.#wakeUp();
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.#wakeUp();
    return this.consumer.close();
  }

  #wakeUp(): void {
    const r = this.#resume;
    this.#resume = null;
    r?.();
  }
}

/** The elected tab: one set of sockets, one Consumer per tab's feed, records relayed over the channel. */
export class FeedLeader {
  readonly #channel: ChannelLike;
  readonly #served = new Map<string, Served>();
  /** Connection sets opened so far (see FeedConnector). */
  readonly #pools: FeedConnections[] = [];
  readonly #watched = new Set<string>();
  readonly #stopWatching = new AbortController();
  #closed: Promise<void> | null = null;

  readonly #env: SharedEnv;
  readonly #url: string;
  readonly #leaderId: string;

  constructor(
    env: SharedEnv,
    url: string,
    leaderId: string,
    private readonly connect: (index: number) => FeedConnections,
    private readonly log: (line: string) => void,
  ) {
    this.#env = env;
    this.#url = url;
    this.#leaderId = leaderId;
    this.#channel = new env.BroadcastChannel(channelName(url));
    this.#channel.onmessage = (ev) => this.#onMessage(ev.data as Message);
    this.#channel.postMessage({ t: "leader", leader: leaderId } satisfies Message);
  }

  close(): Promise<void> {
    this.#closed ??= (async () => {
      this.#channel.close();
      this.#stopWatching.abort();
      await Promise.allSettled([...this.#served.values()].map((s) => s.stop()));
      this.#served.clear();
      await Promise.allSettled(this.#pools.map((p) => p.close()));
    })();
    return this.#closed;
  }

  #onMessage(m: Message): void {
    if (this.#closed) return;
    if (m.t === "sub") {
      void this.#served.get(m.id)?.stop();
      this.#serve(m, 0);
      this.#watch(m.tab);
    } else if (m.t === "ack") {
      this.#served.get(m.id)?.acked(m.seq, m.count);
    } else if (m.t === "unsub") {
      this.#end(m.id);
    }
  }

  #post(m: Message): void {
    if (!this.#closed) this.#channel.postMessage(m);
  }

  #serve(m: Extract<Message, { t: "sub" }>, poolIndex: number): void {
    while (this.#pools.length <= poolIndex) this.#pools.push(this.connect(this.#pools.length));
    this.#served.set(m.id, new Served(m, poolIndex, this.#pools[poolIndex]!.source, this.#leaderId, (out) => this.#post(out), (s) => this.#overflow(s)));
  }

  /** Moves a subscription a socket refused to the next connection set, from what was relayed so far. */
  #overflow(s: Served): void {
    if (this.#closed || this.#served.get(s.m.id) !== s) return;
    void s.stop();
    this.log(`feeds: a socket refused one more subscription; opening connection set ${s.poolIndex + 2}`);
    this.#serve({ ...s.m, positions: [...s.sent] }, s.poolIndex + 1);
  }

  #end(id: string): void {
    const s = this.#served.get(id);
    if (!s) return;
    this.#served.delete(id);
    void s.stop();
  }

  /** Ends a tab's subscriptions once it is gone: the leader obtains its lock only then. */
  #watch(tab: string): void {
    if (this.#watched.has(tab)) return;
    this.#watched.add(tab);
    void this.#env.locks
      .request(tabLockName(this.#url, tab), { signal: this.#stopWatching.signal }, () => {
        this.#watched.delete(tab);
        let ended = 0;
        for (const [id, s] of [...this.#served]) {
          if (s.m.tab !== tab) continue;
          this.#end(id);
          ended++;
        }
        if (ended > 0) this.log(`feeds: a tab went; its ${ended} feed(s) ended`);
      })
      .catch(() => {});
  }
}
