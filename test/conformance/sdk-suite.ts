// The SDK conformance suite: one set of end-to-end cases, run against every deployment of the broker
// (test/client/sdk.test.ts: the Node broker; test/edge/sdk-conformance.test.ts: the Worker in workerd).
// Every client reaches the deployment through a TCP relay that reads the wire and drops connections on
// demand, so flow control is counted in pushed bytes and reconnects are tested with hard drops mid-push;
// the deployment's own hooks restart and crash the server.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  Edgelog,
  OffsetOutOfRangeError,
  RecordTooLargeError,
  TopicExistsError,
  UnknownTopicError,
  codecs,
  partitionForKey,
  type ConsumerRecord,
  type CreateTopicOptions,
  type EdgelogOptions,
  type RecordMetadata,
} from "../../client/node.ts";
import { History } from "../support/history.ts";
import { Progress } from "../support/progress.ts";
import { intBetween, mulberry32, runSeed } from "../support/rng.ts";
import { TcpRelay, type DropMode, type WireSubscription } from "../support/tcp-relay.ts";
import { restartScenario } from "./restart-scenario.ts";
import { groupCases } from "./sdk-group-cases.ts";

/** What a deployment can do; tests of a capability run only where it is there. */
export interface Capabilities {
  /** `enforceRetention()` runs the deployment's retention now. */
  retention: boolean;
  /** `restart()`: the server stops cleanly and starts again on the same storage. */
  restart: boolean;
  /** `crash()`: the server's process is killed (SIGKILL) and started again on the same storage. */
  crash: boolean;
  /** Features still to come (issue tracker): their cases run where a deployment declares them. */
  consumerGroups: boolean;
  idempotentProducer: boolean;
  replication: boolean;
}

/**
 * Deadlines, per deployment: the edge cannot fake its clock and runs slower than Node, so a test states
 * what it waits for and the deployment says how long a hang may take to be called one. None is a
 * measurement: no test asserts on how long anything took.
 */
export interface Timeouts {
  /** For one awaited event: a record, a reconnect, a frame on the wire, a socket closing. */
  eventMs: number;
  /** For a fault test as a whole (vitest's timeout) and for its long waits (e.g. 40 drops to happen). */
  faultTestMs: number;
  /**
   * Session timeout of group members in tests that wait for one to expire: short, so a takeover takes
   * seconds, and long enough for a few heartbeats on the deployment (at least 1000). Default 3000.
   */
  groupSessionMs?: number;
}

export interface Deployment {
  /** The server's own bootstrap URL; it may move across restart and crash (clients use the relay's). */
  readonly url: string;
  /** Stops the server cleanly, runs `whileDown`, starts it again on the same storage. */
  restart?(whileDown?: () => Promise<void>): Promise<void>;
  /** Kills the server's process (no close frames, no flush), runs `whileDown`, starts it again. */
  crash?(whileDown?: () => Promise<void>): Promise<void>;
  /** Runs retention now (the Node broker's timer, the edge's alarm). */
  enforceRetention?(): Promise<void>;
  stop(): Promise<void>;
}

export interface DeploymentSpec {
  name: string;
  capabilities: Capabilities;
  timeouts: Timeouts;
  start(): Promise<Deployment>;
}

export interface Faults {
  /** Kills every connection of the test's clients (not the steady ones) with no close frame. */
  dropConnections(mode?: DropMode): void;
  restart(whileDown?: () => Promise<void>): Promise<void>;
  crash(whileDown?: () => Promise<void>): Promise<void>;
}

export type ClientOptions = Omit<EdgelogOptions, "url"> & {
  /** Through the steady relay, which faults never touch (e.g. a producer feeding a consumer under test). */
  steady?: boolean;
  /** Through this relay (from newRelay()) instead: a client whose links a test cuts alone. */
  relay?: TcpRelay;
};

/** What each test gets; a fresh relay pair and client list per test, one deployment per suite. */
export interface SuiteHarness {
  readonly capabilities: Capabilities;
  readonly timeouts: Timeouts;
  /** The run's seed ($EDGELOG_SEED replays it); fault tests print it on failure. */
  readonly seed: number;
  /** Between the test's clients and the deployment: the wire as seen, and the drops. */
  readonly relay: TcpRelay;
  /** Between steady clients and the deployment; faults.dropConnections leaves it alone. */
  readonly steadyRelay: TcpRelay;
  /** Poked by both relays on every frame and link change; tests poke it on their own progress. */
  readonly progress: Progress;
  readonly faults: Faults;
  /** A client of this test, closed after it; its sockets must be gone before the next test starts. */
  client(options?: ClientOptions): Edgelog;
  /**
   * A relay of this test's own to the deployment (it follows restarts; closed after the test): for a
   * client that a test cuts off alone, e.g. a group member killed without leaving (close() it, and the
   * client cannot reconnect; listen(relay.port) again, and it can).
   */
  newRelay(): Promise<TcpRelay>;
  /** Creates a topic with a fresh name through a steady client. */
  newTopic(partitions?: number, options?: Omit<CreateTopicOptions, "partitions">): Promise<string>;
  /** Exactly `count` records, each within eventMs; a shorter read fails and says what was expected. */
  take<T>(iterable: AsyncIterable<ConsumerRecord<T>>, count: number, what: string): Promise<ConsumerRecord<T>[]>;
  /** Waits until `pred` holds after some progress; fails after `timeoutMs` (default eventMs) naming `what`. */
  until(pred: () => boolean, what: string | (() => string), timeoutMs?: number): Promise<void>;
}

const text = new TextDecoder();
const encoder = new TextEncoder();
const str = (b: Uint8Array | null) => (b === null ? null : text.decode(b));

/** Resolves with the promise's value, or fails after `ms` with `what` (a bound on a hang, not a measurement). */
function within<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what()}`)), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export function sdkConformanceSuite(spec: DeploymentSpec): void {
  const { capabilities: caps, timeouts } = spec;
  describe(spec.name, () => {
    let deployment: Deployment;
    let topicSeq = 0;
    const seed = runSeed();
    const progress = new Progress(timeouts.eventMs);
    let relay: TcpRelay;
    let steadyRelay: TcpRelay;
    let clients: Edgelog[] = [];
    let adminClient: Edgelog | null = null;
    let extraRelays: TcpRelay[] = [];

    const portOf = (url: string) => Number(new URL(url).port);
    const retarget = () => {
      relay.targetPort = steadyRelay.targetPort = portOf(deployment.url);
      for (const r of extraRelays) r.targetPort = portOf(deployment.url);
    };

    const h: SuiteHarness = {
      capabilities: caps,
      timeouts,
      seed,
      get relay() {
        return relay;
      },
      get steadyRelay() {
        return steadyRelay;
      },
      progress,
      faults: {
        dropConnections: (mode = "reset") => relay.dropAll(mode),
        async restart(whileDown) {
          if (!deployment.restart) throw new Error(`${spec.name} declares no restart`);
          await deployment.restart(whileDown);
          retarget();
        },
        async crash(whileDown) {
          if (!deployment.crash) throw new Error(`${spec.name} declares no crash`);
          await deployment.crash(whileDown);
          retarget();
        },
      },
      client(options = {}) {
        const { steady, relay: own, ...rest } = options;
        const c = new Edgelog({ ...rest, url: (own ?? (steady ? steadyRelay : relay)).url() });
        clients.push(c);
        return c;
      },
      async newRelay() {
        const r = new TcpRelay(portOf(deployment.url), progress);
        extraRelays.push(r);
        await r.listen();
        return r;
      },
      async newTopic(partitions = 1, options = {}) {
        adminClient ??= h.client({ steady: true });
        const name = `sdk-${++topicSeq}`;
        await adminClient.admin.createTopic(name, { ...options, partitions });
        return name;
      },
      async take<T>(iterable: AsyncIterable<ConsumerRecord<T>>, count: number, what: string) {
        const out: ConsumerRecord<T>[] = [];
        const it = iterable[Symbol.asyncIterator]();
        while (out.length < count) {
          const next = await within(it.next(), timeouts.eventMs, () => `${what}: expected ${count} records, got ${out.length}`);
          if (next.done) throw new Error(`${what}: expected ${count} records, the consumer ended after ${out.length}`);
          out.push(next.value);
        }
        return out;
      },
      until: (pred, what, timeoutMs) => progress.until(pred, what, timeoutMs),
    };

    beforeAll(async () => {
      deployment = await spec.start();
    });

    afterAll(async () => {
      await deployment?.stop();
    });

    beforeEach(async () => {
      relay = new TcpRelay(portOf(deployment.url), progress);
      steadyRelay = new TcpRelay(portOf(deployment.url), progress);
      await relay.listen();
      await steadyRelay.listen();
    });

    // Each test's clients close after it, and every socket they opened must be gone before the next test:
    // a socket left open would carry one test's subscriptions and pushes into the next one.
    afterEach(async () => {
      const closing = clients;
      const ownRelays = extraRelays;
      clients = [];
      extraRelays = [];
      adminClient = null;
      try {
        // A close that hangs (a producer that cannot flush) fails this test, not the ones after it: the
        // relays are closed below either way, which cuts whatever the client still holds.
        await within(Promise.all(closing.map((c) => c.close())), timeouts.eventMs, () => `the test's ${closing.length} clients to close`);
        await h.until(
          () => relay.openLinks().length === 0 && steadyRelay.openLinks().length === 0 && ownRelays.every((r) => r.openLinks().length === 0),
          () => `every socket of the test's clients to close (open: ${relay.openLinks().length} + ${steadyRelay.openLinks().length} steady)`,
        );
      } finally {
        await relay.close();
        await steadyRelay.close();
        for (const r of ownRelays) await r.close();
      }
    });

    describe("admin", () => {
      it("creates, lists, describes and deletes topics", async () => {
        const client = h.client();
        const created = await client.admin.createTopic("admin-a", { partitions: 3, retentionMs: 3_600_000 });
        expect(created).toMatchObject({ name: "admin-a", partitionCount: 3 });
        expect(created.config.retentionMs).toBe(3_600_000);
        await expect(client.admin.createTopic("admin-a")).rejects.toBeInstanceOf(TopicExistsError);
        expect(await client.admin.listTopics()).toContain("admin-a");
        await client.producer({ lingerMs: 0 }).send("admin-a", [{ value: "x", partition: 2 }]);
        const described = await client.admin.describeTopic("admin-a");
        expect(described.partitions.map((p) => [p.partition, p.logStartOffset, p.highWatermark])).toEqual([
          [0, 0, 0],
          [1, 0, 0],
          [2, 0, 1],
        ]);
        expect(described.partitions[2].sizeBytes).toBeGreaterThan(0);
        const [meta] = await client.admin.fetchMetadata(["admin-a"]);
        expect(meta.partitionCount).toBe(3);
        expect((await client.admin.fetchMetadata()).map((t) => t.name)).toContain("admin-a");
        expect(await client.admin.listOffsets("admin-a", 2, "latest")).toMatchObject({ offset: 1, highWatermark: 1 });
        await client.admin.deleteTopic("admin-a");
        await expect(client.admin.describeTopic("admin-a")).rejects.toBeInstanceOf(UnknownTopicError);
      });
    });

    describe("produce and consume", () => {
      it("round-trips keys, values, headers and timestamps through one partition", async () => {
        const client = h.client();
        const topic = await h.newTopic(1);
        const producer = client.producer();
        const records = Array.from({ length: 1000 }, (_, i) => ({
          key: i % 3 === 0 ? null : `k${i}`,
          value: i % 100 === 99 ? null : `value-${i}`,
          headers: i % 10 === 0 ? { trace: `t${i}`, bin: new Uint8Array([i & 0xff]) } : undefined,
          timestampMs: 1_700_000_000_000 + i,
        }));
        const results = await producer.send(topic, records);
        expect(results.map((r) => r.offset)).toEqual(records.map((_, i) => i));
        const got = await h.take(client.consumer({ topic, from: "earliest" }), 1000, "the 1000 records sent");
        got.forEach((r, i) => {
          expect(r.offset).toBe(i);
          expect(str(r.key)).toBe(records[i].key);
          expect(str(r.value)).toBe(records[i].value);
          expect(r.timestampMs).toBe(records[i].timestampMs);
          if (records[i].headers) expect(r.headers.map((h) => h.key)).toEqual(["trace", "bin"]);
          else expect(r.headers).toEqual([]);
        });
      });

      it("keeps order per key across 4 partitions and spreads unkeyed records", async () => {
        const client = h.client();
        const topic = await h.newTopic(4);
        const producer = client.producer({ lingerMs: 2 });
        const keyed: Promise<RecordMetadata[]>[] = [];
        for (let i = 0; i < 2000; i++) keyed.push(producer.send(topic, { key: `user-${i % 50}`, value: `${i}` }));
        const results = (await Promise.all(keyed)).flat();
        results.forEach((r, i) => expect(r.partition).toBe(partitionForKey(encoder.encode(`user-${i % 50}`), 4)));

        const unkeyed: RecordMetadata[] = [];
        for (let i = 0; i < 40; i++) unkeyed.push(...(await producer.send(topic, [{ value: "u" }, { value: "u" }])));
        expect(new Set(unkeyed.map((r) => r.partition)).size).toBe(4);

        const got = await h.take(client.consumer({ topic, from: "earliest" }), 2080, "2000 keyed and 80 unkeyed records");
        const lastByKey = new Map<string, number>();
        const partitionOfKey = new Map<string, number>();
        for (const r of got) {
          if (str(r.value) === "u") continue;
          const key = str(r.key)!;
          const n = Number(str(r.value));
          expect(n).toBeGreaterThan(lastByKey.get(key) ?? -1);
          lastByKey.set(key, n);
          expect(partitionOfKey.get(key) ?? r.partition).toBe(r.partition);
          partitionOfKey.set(key, r.partition);
        }
        expect(lastByKey.size).toBe(50);
        const perPartition = new Map<number, number[]>();
        for (const r of got) perPartition.set(r.partition, [...(perPartition.get(r.partition) ?? []), r.offset]);
        for (const offsets of perPartition.values()) expect(offsets).toEqual(offsets.map((_, i) => i));
      });

      it("delivers with acks 'leader' and 'none' too", async () => {
        const client = h.client();
        const topic = await h.newTopic(1);
        const leader = await client.producer({ acks: "leader", lingerMs: 0 }).send(topic, [{ value: "a" }, { value: "b" }]);
        expect(leader.map((r) => r.offset)).toEqual([0, 1]);
        const none = client.producer({ acks: "none", lingerMs: 0 });
        expect((await none.send(topic, { value: "c" })).map((r) => r.offset)).toEqual([-1]);
        await none.close();
        const got = await h.take(client.consumer({ topic, from: "earliest" }), 3, "a, b (acks leader) and c (acks none)");
        expect(got.map((r) => str(r.value))).toEqual(["a", "b", "c"]);
      });
    });

    describe("start positions", () => {
      it("reads from earliest, latest, an offset and a timestamp", async () => {
        const client = h.client();
        const topic = await h.newTopic(1);
        const producer = client.producer({ lingerMs: 0 });
        await producer.send(topic, Array.from({ length: 10 }, (_, i) => ({ value: `${i}`, timestampMs: 10_000 + i * 100 })));

        const earliest = await h.take(client.consumer({ topic, from: "earliest" }), 1, "the first record");
        expect(earliest[0].offset).toBe(0);

        const atOffset = await h.take(client.consumer({ topic, from: 7 }), 3, "offsets 7..9");
        expect(atOffset.map((r) => r.offset)).toEqual([7, 8, 9]);

        const atTime = await h.take(client.consumer({ topic, from: { timestampMs: 10_450 } }), 1, "the first record at or after 10 450 ms");
        expect(atTime[0]).toMatchObject({ offset: 5, timestampMs: 10_500 });

        const latest = client.consumer({ topic, from: "latest" });
        await latest.start();
        expect(latest.position(0)).toBe(10);
        await producer.send(topic, { value: "new" });
        const fresh = await h.take(latest, 1, "the record sent after a 'latest' consumer started");
        expect(fresh[0]).toMatchObject({ offset: 10 });
        expect(str(fresh[0].value)).toBe("new");

        // A timestamp after every record starts at the end and waits for new records.
        const future = client.consumer({ topic, from: { timestampMs: 10 ** 13 } });
        await future.start();
        expect(future.position(0)).toBe(11);
      });
    });

    describe("pause, resume, seek", () => {
      it("pauses one partition, resumes it, and seeks back and forth", async () => {
        const client = h.client();
        const topic = await h.newTopic(2);
        const producer = client.producer({ lingerMs: 0 });
        for (const partition of [0, 1]) {
          await producer.send(topic, Array.from({ length: 20 }, (_, i) => ({ value: `${partition}:${i}`, partition })));
        }
        const consumer = client.consumer({ topic, from: "earliest" });
        consumer.pause([1]);
        const it = consumer[Symbol.asyncIterator]();
        const first = await h.take(consumer, 20, "partition 0's 20 records while partition 1 is paused");
        expect(first.every((r) => r.partition === 0)).toBe(true);
        // Partition 1's records reach the client while it is paused (pause stops delivery, not the
        // subscription): wait until they crossed the wire, then for an answer on the same socket, which
        // the client reads after them. A record produced to partition 0 now is queued behind them, so it
        // comes first only if the paused records are held back.
        await h.until(() => (h.relay.subscriptions(topic, 1)[0]?.nextOffset ?? 0) >= 20, "partition 1's 20 records pushed to the paused consumer");
        await client.admin.listOffsets(topic, 1, "latest");
        await producer.send(topic, { value: "0:marker", partition: 0 });
        expect((await it.next()).value).toMatchObject({ partition: 0, offset: 20 });
        const waiting = it.next();
        consumer.resume([1]);
        expect((await waiting).value).toMatchObject({ partition: 1, offset: 0 });
        for (let i = 1; i < 20; i++) expect((await it.next()).value).toMatchObject({ partition: 1, offset: i });

        await consumer.seek(0, 15);
        expect(consumer.position(0)).toBe(15);
        for (let i = 15; i <= 20; i++) expect((await it.next()).value).toMatchObject({ partition: 0, offset: i });
        await consumer.seek(1, "earliest");
        expect((await it.next()).value).toMatchObject({ partition: 1, offset: 0 });
        await consumer.seek(1, "latest");
        expect(consumer.position(1)).toBe(20);
        await producer.send(topic, { value: "tail", partition: 1 });
        expect((await it.next()).value).toMatchObject({ partition: 1, offset: 20 });
        await consumer.close();
      });
    });

    describe("flow control", () => {
      // The README's promise: push delivery never runs ahead of what the consumer granted by more than one
      // batch. Counted on the wire by the relay: per push, credit was left and only a single batch may
      // exceed it; per record handed to the application, the bytes pushed minus the bytes of the batches
      // the application finished stay within creditBytes + the largest batch, with batches of varied sizes
      // and some bigger than the whole credit.
      it("pushes never run more than one batch past the credit granted, counted on the wire", async () => {
        const creditBytes = 4096;
        const context = `seed ${seed} (EDGELOG_SEED=${seed} replays the batch sizes)`;
        const random = mulberry32(seed ^ 0x0f10c0de);
        const client = h.client();
        const topic = await h.newTopic(1);
        const producer = client.producer({ lingerMs: 0 });
        let total = 0;
        for (let i = 0; i < 48; i++) {
          // Every sixth batch is bigger than the whole credit (12 records of 900 B); every sixth, one
          // record bigger than the credit; the rest 1-30 records of 5-200 B.
          const [count, valueBytes] = i % 6 === 0 ? [12, 900] : i % 6 === 3 ? [1, 6000] : [intBetween(random, 1, 30), intBetween(random, 5, 200)];
          await producer.send(topic, Array.from({ length: count }, () => ({ value: `${total++}`.padEnd(valueBytes, ".") })));
        }
        const consumer = client.consumer({ topic, from: "earliest", creditBytes });
        await consumer.start();
        const it = consumer[Symbol.asyncIterator]();
        const wire = () => h.relay.subscriptions(topic, 0)[0];
        // The broker has caught up with the credit: nothing left to push within it, or nothing left at all.
        const settled = () => {
          const s = wire();
          return s !== undefined && (s.grantedBytes - s.pushedBytes <= 0 || s.nextOffset >= total);
        };
        const batchEndBytes = new Map<number, number>();
        let pushesRead = 0;
        let largestBatchBytes = 0;
        let consumedBytes = 0;
        let aheadMaxBytes = 0;
        /** Batch boundaries and sizes, from the pushes the relay has read so far. */
        const readPushes = (s: WireSubscription) => {
          for (; pushesRead < s.pushes.length; pushesRead++) {
            for (const b of s.pushes[pushesRead]!.batches) {
              batchEndBytes.set(b.baseOffset + b.recordCount - 1, b.bytes);
              largestBatchBytes = Math.max(largestBatchBytes, b.bytes);
            }
          }
        };
        for (let n = 0; n < total; n++) {
          await h.until(settled, () => `the broker to push up to the credit (wire: ${JSON.stringify(wire() && { ...wire(), pushes: wire()!.pushes.length })}), ${context}`);
          const s = wire()!;
          readPushes(s);
          expect(h.relay.violations, context).toEqual([]);
          const aheadBytes = s.pushedBytes - consumedBytes;
          aheadMaxBytes = Math.max(aheadMaxBytes, aheadBytes);
          expect(aheadBytes, `pushed ${s.pushedBytes} B, the application finished ${consumedBytes} B (largest batch ${largestBatchBytes} B), ${context}`).toBeLessThanOrEqual(creditBytes + largestBatchBytes);
          const next = await within(it.next(), timeouts.eventMs, () => `record ${n} of ${total}, ${context}`);
          expect(next.value?.offset, context).toBe(n);
          // The record's push crossed the relay before the client had it: its batch is known by now.
          readPushes(s);
          consumedBytes += batchEndBytes.get(n) ?? 0;
        }
        const s = wire()!;
        expect(h.relay.violations, context).toEqual([]);
        // The case the promise names happened: pushes over the credit left (a batch bigger than it) ...
        expect(s.pushes.filter((p) => p.bytes > p.creditLeftBytes).length, context).toBeGreaterThan(0);
        // ... and the credit was the bound: the broker was held back, well below the whole topic.
        expect(aheadMaxBytes, context).toBeGreaterThan(creditBytes);
        expect(aheadMaxBytes, context).toBeLessThan(s.pushedBytes / 4);
        expect(h.relay.subscriptions(topic)).toHaveLength(1);
        // The SDK's own count agrees with the wire's.
        expect(consumer.metrics().receivedBytes).toBe(s.pushedBytes);
        await consumer.close();
      });
    });

    describe("errors", () => {
      it("unknown topic: producer and consumer get UnknownTopicError", async () => {
        const client = h.client();
        await expect(client.producer().send("no-such-topic", { value: "x" })).rejects.toBeInstanceOf(UnknownTopicError);
        await expect(h.take(client.consumer({ topic: "no-such-topic", from: "earliest" }), 1, "an unknown topic's error")).rejects.toBeInstanceOf(UnknownTopicError);
      });

      it("record too large: rejected before anything is sent", async () => {
        const client = h.client();
        const topic = await h.newTopic(1);
        const info = await (client as unknown as { pool: { bootstrap: { brokerInfo(): Promise<{ recordBytesMax: number }> } } }).pool.bootstrap.brokerInfo();
        const producer = client.producer({ lingerMs: 0 });
        await expect(producer.send(topic, [{ value: "ok" }, { value: new Uint8Array(info.recordBytesMax + 1) }])).rejects.toBeInstanceOf(RecordTooLargeError);
        expect((await client.admin.describeTopic(topic)).partitions[0].highWatermark).toBe(0);
      });

      it("offset out of range: raised to the iterator and to run()", async () => {
        const client = h.client();
        const topic = await h.newTopic(1);
        await client.producer({ lingerMs: 0 }).send(topic, [{ value: "a" }, { value: "b" }]);
        await expect(h.take(client.consumer({ topic, from: 50 }), 1, "an out-of-range error")).rejects.toBeInstanceOf(OffsetOutOfRangeError);
        await expect(client.consumer({ topic, from: 3 }).run({ eachRecord: () => {} })).rejects.toBeInstanceOf(OffsetOutOfRangeError);
        // onOutOfRange 'latest' jumps instead.
        const lenient = client.consumer({ topic, from: 50, onOutOfRange: "latest" });
        await lenient.start();
        // The jump lands at the end (2): the next record stored is the first one delivered.
        await client.producer({ lingerMs: 0 }).send(topic, { value: "c" });
        const [next] = await h.take(lenient, 1, "the record after the jump to 'latest'");
        expect(next!.offset).toBe(2);
        expect(str(next!.value)).toBe("c");
        expect(lenient.position(0)).toBe(3);
        await lenient.close();
      });

      it("a deleted topic ends its subscriptions with UnknownTopicError", async () => {
        const client = h.client();
        const topic = await h.newTopic(1);
        await client.producer({ lingerMs: 0 }).send(topic, { value: "a" });
        const consumer = client.consumer({ topic, from: "earliest" });
        const it = consumer[Symbol.asyncIterator]();
        expect((await it.next()).value.offset).toBe(0);
        await client.admin.deleteTopic(topic);
        await expect(it.next()).rejects.toBeInstanceOf(UnknownTopicError);
      });
    });

    describe("typed topics", () => {
      it("sends and reads JSON values through a codec", async () => {
        type Click = { user: string; x: number };
        const client = h.client();
        const name = await h.newTopic(2);
        const clicks = client.topic<Click>(name, codecs.json<Click>());
        const sent = await clicks.send([{ user: "a", x: 1 }, { user: "b", x: 2 }]);
        expect(sent).toHaveLength(2);
        const keyed = await clicks.sendRecords([{ key: "u1", value: { user: "ü", x: 3 } }, { key: "u1", value: null }]);
        expect(keyed[0].partition).toBe(keyed[1].partition);
        const got = await h.take(clicks.consumer({ from: "earliest" }), 4, "the four JSON records");
        const values = got.map((r) => r.value);
        expect(values).toEqual(expect.arrayContaining([{ user: "a", x: 1 }, { user: "b", x: 2 }, { user: "ü", x: 3 }, null]));
        const strings = client.topic(await h.newTopic(1), codecs.string);
        await strings.send("héllo");
        expect((await h.take(strings.consumer({ from: "earliest" }), 1, "the string record"))[0].value).toBe("héllo");
      });
    });

    describe("retention", () => {
      it.runIf(caps.retention)("deletes whole old segments by bytes, never renumbers, and consumers from earliest start at the new log start", async () => {
        const client = h.client();
        const name = await h.newTopic(1, { segmentBytes: 1024, retentionBytes: 4096 });
        const producer = client.producer({ lingerMs: 0 });
        for (let i = 0; i < 40; i++) await producer.send(name, { value: `r${i}`.padEnd(200, ".") });
        await deployment.enforceRetention!();
        const d = (await client.admin.describeTopic(name)).partitions[0]!;
        expect(d.highWatermark).toBe(40);
        expect(d.logStartOffset).toBeGreaterThan(0);
        expect(d.sizeBytes).toBeLessThanOrEqual(4096 + 1024);
        const earliest = await client.admin.listOffsets(name, 0, "earliest");
        expect(earliest.offset).toBe(d.logStartOffset);
        const got = await h.take(client.consumer({ topic: name, from: "earliest" }), 40 - d.logStartOffset, "the retained records");
        expect(got.map((r) => r.offset)).toEqual(Array.from({ length: 40 - d.logStartOffset }, (_, i) => d.logStartOffset + i));
        expect(str(got[0]!.value)!.startsWith(`r${d.logStartOffset}.`)).toBe(true);
        await expect(h.take(client.consumer({ topic: name, from: 0 }), 1, "an out-of-range error below the log start")).rejects.toBeInstanceOf(OffsetOutOfRangeError);
      });
    });

    describe("consumer groups", () => {
      groupCases(h);
    });

    describe("faults", () => {
      reconnectCase(h);

      it.runIf(caps.restart)(
        "producer and consumer ride through a restart of the server behind the same URL",
        () => restartScenario(h.relay.url(), (clientNoticed) => h.faults.restart(clientNoticed), { topic: `restart-${++topicSeq}`, eventTimeoutMs: timeouts.eventMs }),
        timeouts.faultTestMs,
      );

      it.runIf(caps.crash)(
        "producer and consumer ride through a crash of the server (SIGKILL) with acks=all",
        () => restartScenario(h.relay.url(), (clientNoticed) => h.faults.crash(clientNoticed), { topic: `crash-${++topicSeq}`, eventTimeoutMs: timeouts.eventMs }),
        timeouts.faultTestMs,
      );
    });
  });
}

/** Hard drops counted: each cut a link that was pushing to a consumer still behind. */
const DROPS_MIN = 40;
/** Records produced before the consumer starts: far more than it reads between the drops. */
const BACKLOG_RECORDS = 16_000;
const VALUE_BYTES = 100;
const CONSUMER_CREDIT_BYTES = 16 * 1024;
/** A link dies after a random number of bytes from the server, up to this many: often inside a push. */
const CUT_AFTER_BYTES_MAX = 24 * 1024;

/**
 * The README's reconnect promise, on the real server: a consumer reading a backlog through small credits
 * has its connection cut by the relay (RST or FIN, no close frame), at a seeded byte count, most often in
 * the middle of a push frame, at least DROPS_MIN times, while a producer on a steady connection keeps
 * appending. Afterwards every produced record was delivered once, in order, at its acknowledged offset,
 * with no gap: each partition's delivered offsets are exactly 0..end-1.
 */
function reconnectCase(h: SuiteHarness): void {
  it(`a consumer that is behind resumes right after the last record it delivered, across ${DROPS_MIN} hard drops in the middle of pushes`, async () => {
    const seed = h.seed;
    const context = () => {
      const d = h.relay.drops;
      return `seed ${seed} (EDGELOG_SEED=${seed} replays the drop schedule); drops ${d.length}, mid-push ${d.filter((x) => x.duringPushes).length}, mid-frame ${d.filter((x) => x.midFrame).length}`;
    };
    const produceRandom = mulberry32(seed);
    const cutRandom = mulberry32(seed ^ 0x5bd1e995);
    const steady = h.client({ steady: true });
    const topic = await h.newTopic(2);
    const producer = steady.producer({ lingerMs: 0 });
    const history = new History();
    let seq = 0;
    const sendBatch = async (count: number) => {
      const partition = intBetween(produceRandom, 0, 1);
      const values = Array.from({ length: count }, () => `${partition}:${seq++}`);
      const metas = await producer.send(topic, values.map((v) => ({ value: v.padEnd(VALUE_BYTES, "."), partition })));
      metas.forEach((m, i) => history.acknowledge(partition, values[i]!, m.offset));
      h.progress.poke();
    };
    while (history.acknowledgedCount() < BACKLOG_RECORDS) await sendBatch(intBetween(produceRandom, 20, 150));

    const consumerClient = h.client({ reconnect: { initialDelayMs: 1, maxDelayMs: 20 } });
    const consumer = consumerClient.consumer({ topic, from: "earliest", creditBytes: CONSUMER_CREDIT_BYTES });
    const consuming = consumer.run({
      eachRecord: (r) => {
        history.observe({ partition: r.partition, offset: r.offset, value: text.decode(r.value!).replace(/\.+$/, "") });
        h.progress.poke();
      },
    });
    // A consumer that fails (e.g. resubscribing past the end) fails the test at once, not at a deadline.
    let consumerFailure: Error | null = null;
    consuming.catch((err: Error) => {
      consumerFailure = err;
      h.progress.poke();
    });
    const healthy = () => {
      if (consumerFailure) throw new Error(`the consumer failed: ${consumerFailure.message}; ${context()}`);
      return true;
    };
    // A drop counts when it cut a link pushing to a consumer that was behind.
    const counted = () => h.relay.drops.filter((d) => d.duringPushes && d.behind).length;
    const cutAt = new Map<number, number>();
    // Only the consumer's client goes through this relay: every link is the consumer's (at the edge, its
    // bootstrap socket too, which carries too little to reach a cut).
    h.relay.cutter = (link, chunkBytes) => {
      if (counted() >= DROPS_MIN) return null;
      let at = cutAt.get(link.id);
      if (at === undefined) cutAt.set(link.id, (at = intBetween(cutRandom, 1, CUT_AFTER_BYTES_MAX)));
      if (link.bytesToClient + chunkBytes < at) return null;
      return { at: at - link.bytesToClient, mode: cutRandom() < 0.5 ? "reset" : "fin" };
    };
    const ackedBeforeDrops = history.acknowledgedCount();
    let producing = true;
    const produceLoop = (async () => {
      while (producing) await sendBatch(intBetween(produceRandom, 1, 40));
    })();
    try {
      // Halfway, every link of the consumer's client at once (at the edge its bootstrap socket too).
      await h.until(() => healthy() && counted() >= DROPS_MIN / 2, () => `${DROPS_MIN / 2} drops mid-push, ${context()}`, h.timeouts.faultTestMs / 3);
      h.faults.dropConnections("fin");
      await h.until(() => healthy() && counted() >= DROPS_MIN, () => `${DROPS_MIN} drops mid-push, ${context()}`, h.timeouts.faultTestMs / 3);
    } finally {
      producing = false;
      await produceLoop;
      h.relay.cutter = null;
    }
    const ends = await Promise.all([0, 1].map(async (p) => (await steady.admin.listOffsets(topic, p, "latest")).offset));
    await h.until(
      () => healthy() && [0, 1].every((p) => (consumer.position(p) ?? 0) >= ends[p]!),
      () => `the consumer to reach the ends ${ends} (positions ${[0, 1].map((p) => consumer.position(p))}), ${context()}`,
      h.timeouts.faultTestMs / 3,
    );
    await consumer.close();
    await consuming;

    const check = history.check({ startOffsets: new Map([[0, 0], [1, 0]]), acknowledgedOnly: true });
    expect(check.summary, context()).toBe("");
    const seen = history.view.readers.get("reader") ?? [];
    for (const p of [0, 1]) {
      const offsets = seen.filter((o) => o.partition === p).map((o) => o.offset);
      expect(offsets.length, context()).toBe(ends[p]);
      expect(offsets[0], context()).toBe(0);
    }
    expect(history.observedCount(), context()).toBe(history.acknowledgedCount());
    // The producer kept appending while the drops happened, and the consumer read that too.
    expect(history.acknowledgedCount(), context()).toBeGreaterThan(ackedBeforeDrops);
    const drops = h.relay.drops;
    expect(counted(), context()).toBeGreaterThanOrEqual(DROPS_MIN);
    expect(drops.filter((d) => d.midFrame).length, context()).toBeGreaterThanOrEqual(DROPS_MIN / 2);
    // Every drop was hard: no close frame crossed the relay on a link it cut.
    for (const d of drops) expect(h.relay.links[d.link]!.closeFrames, context()).toBe(0);
    // Each cut ended a subscription and the consumer made a new one, at the position it had reached.
    expect(h.relay.subscriptions(topic).length, context()).toBeGreaterThan(DROPS_MIN);
    expect(h.relay.violations, context()).toEqual([]);
  }, h.timeouts.faultTestMs);
}
