/**
 * Hostile-input properties (fast-check) for issue 12's `npm run fuzz`, shared by the modest run of
 * test/core/fuzz.test.ts and the long one (EDGELOG_FUZZ_RUNS). Each property takes a run count, returns
 * what it saw, and fails with fast-check's seed and counterexample. Properties: the frame and batch
 * decoders never throw anything but their typed errors; a Session over the in-memory broker with every
 * family answers every request (well-typed hostile ones and arbitrary bytes) with a decodable frame of the
 * right kind or a typed error that is never UNKNOWN, within a bounded number of event-loop turns, and
 * stays usable; the HTTP route table answers any Request with JSON and never a 5xx.
 */
import fc from "fast-check";
import { Broker } from "../../src/core/broker.ts";
import { ManualClock } from "../../src/core/clock.ts";
import { GroupManager } from "../../src/core/group-manager.ts";
import { groupFamily } from "../../src/core/group-family.ts";
import { MemoryGroupStore } from "../../src/core/memory-group-store.ts";
import { createToken, hs256Authenticator } from "../../src/core/auth.ts";
import { createHttpHandler } from "../../src/core/http-api.ts";
import { produceJson } from "../../src/core/http-produce.ts";
import { Session, type SessionHost } from "../../src/core/session.ts";
import { crc32c } from "../../src/protocol/crc32c.ts";
import { ErrorCode, ProtocolError, errorInfo } from "../../src/protocol/errors.ts";
import { Acks, decodeFrame, encodeFrame, type DecodedFrame, type Frame } from "../../src/protocol/frames.ts";
import { BatchError, decodeBatch, decodeRecords, encodeBatch, verifyBatch } from "../../src/protocol/record-batch.ts";
import { MemoryBrokerStorage } from "../support/memory-broker-storage.ts";

export interface FuzzReport {
  property: string;
  cases: number;
  ms: number;
  /** Answers checked (frames or HTTP responses). */
  answers: number;
  /** Answers by kind: a response body, `error:NAME`, or an HTTP status. */
  kinds?: Record<string, number>;
}

/** fast-check parameters: the count, and the seed from EDGELOG_FUZZ_SEED when one is replayed. */
function params(runs: number): fc.Parameters<unknown> {
  const seed = process.env.EDGELOG_FUZZ_SEED;
  return { numRuns: runs, ...(seed ? { seed: Number(seed) } : {}), endOnFailure: true };
}

// ---------------------------------------------------------------------------------------------------
// Byte mutations

type Mutation =
  | { kind: "flip"; at: number; bit: number }
  | { kind: "set"; at: number; value: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "int32"; at: number; value: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: fc.constantFrom(0x00, 0x7f, 0x80, 0xff, 0x01, 0x0a, 0x12) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  // A length or count field (batchLength at 8, recordCount at 57, or anywhere) set to an extreme.
  fc.record({
    kind: fc.constant("int32" as const),
    at: fc.oneof(fc.constantFrom(8, 23, 57), fc.nat()),
    value: fc.oneof(fc.constantFrom(-1, 0, 1, 48, 49, 0x7fffffff, -0x80000000, 1 << 20), fc.integer({ min: -0x80000000, max: 0x7fffffff })),
  }),
);

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let b = bytes.slice();
  for (const m of mutations) {
    if (b.length === 0) break;
    const at = m.at % b.length;
    if (m.kind === "flip") b[at]! ^= 1 << m.bit;
    else if (m.kind === "set") b[at] = m.value;
    else if (m.kind === "truncate") b = b.slice(0, at);
    else if (m.kind === "insert") b = new Uint8Array([...b.subarray(0, at), ...m.bytes, ...b.subarray(at)]);
    else if (at + 4 <= b.length) new DataView(b.buffer, b.byteOffset).setInt32(at, m.value);
  }
  return b;
}

/** Recomputes a batch's CRC-32C (attributes to end) so a mutation reaches the format checks behind it. */
function fixCrc(batch: Uint8Array): Uint8Array {
  if (batch.length >= 61) new DataView(batch.buffer, batch.byteOffset).setUint32(17, crc32c(batch, 21, batch.length));
  return batch;
}

const recordInputArb = fc.record(
  {
    // "k" is the subject of the keyIsSubject token of the auth run (its produce needs every key to be "k").
    key: fc.option(fc.oneof(fc.constant("k"), fc.string({ maxLength: 20 })), { nil: null }),
    value: fc.option(fc.string({ maxLength: 60 }), { nil: null }),
    headers: fc.array(fc.record({ key: fc.string({ maxLength: 8 }), value: fc.option(fc.string({ maxLength: 8 }), { nil: null }) }), { maxLength: 3 }),
  },
  { requiredKeys: ["value"] },
);
const validBatchArb = fc.array(recordInputArb, { minLength: 1, maxLength: 6 }).map((records) => encodeBatch(records, { nowMs: 1_000_000 }));

/** Batches: valid, mutated (with or without the CRC fixed), concatenated, empty, arbitrary. */
const batchBytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 3, arbitrary: validBatchArb },
  { weight: 4, arbitrary: fc.tuple(validBatchArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 })).map(([b, m]) => mutate(b, m)) },
  { weight: 4, arbitrary: fc.tuple(validBatchArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 })).map(([b, m]) => fixCrc(mutate(b, m))) },
  { weight: 1, arbitrary: fc.tuple(validBatchArb, validBatchArb).map(([a, b]) => new Uint8Array([...a, ...b])) },
  { weight: 1, arbitrary: fc.constant(new Uint8Array(0)) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 200 }) },
);

// ---------------------------------------------------------------------------------------------------
// (1) Decoders

function expectTyped(err: unknown, types: Function[], what: string): void {
  if (!types.some((t) => err instanceof t)) throw new Error(`${what} threw an untyped ${(err as Error)?.name}: ${(err as Error)?.message}`, { cause: err });
}

/** decodeFrame returns or throws ProtocolError(INVALID_REQUEST); a decoded frame re-encodes and decodes again. */
export async function frameDecoderProperty(runs: number): Promise<FuzzReport> {
  const t0 = Date.now();
  const validFrame = requestArb.map((r) => encodeFrame({ correlationId: 9, ...r.frame }));
  const bytesArb = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.tuple(validFrame, fc.array(mutationArb, { minLength: 1, maxLength: 4 })).map(([b, m]) => mutate(b, m)),
  );
  await fc.assert(
    fc.property(bytesArb, (bytes) => {
      let frame: DecodedFrame;
      try {
        frame = decodeFrame(bytes);
      } catch (err) {
        expectTyped(err, [ProtocolError], "decodeFrame");
        if ((err as ProtocolError).code !== ErrorCode.INVALID_REQUEST) throw new Error(`decodeFrame threw code ${(err as ProtocolError).code}`);
        return;
      }
      decodeFrame(encodeFrame(frame));
    }),
    params(runs),
  );
  return { property: "frame decoder", cases: runs, ms: Date.now() - t0, answers: runs };
}

/** verifyBatch, decodeBatch and decodeRecords throw only BatchError; a batch verifyBatch accepts decodes. */
export async function batchDecoderProperty(runs: number): Promise<FuzzReport> {
  const t0 = Date.now();
  await fc.assert(
    fc.property(batchBytesArb, fc.nat({ max: 20 }), (bytes, from) => {
      let verified = false;
      try {
        verifyBatch(bytes);
        verified = true;
      } catch (err) {
        expectTyped(err, [BatchError], "verifyBatch");
      }
      if (verified) decodeBatch(bytes);
      for (const decode of [() => decodeBatch(bytes), () => decodeRecords(bytes, from)]) {
        try {
          decode();
        } catch (err) {
          expectTyped(err, [BatchError], "batch decode");
        }
      }
    }),
    params(runs),
  );
  return { property: "batch decoder", cases: runs, ms: Date.now() - t0, answers: runs };
}

// ---------------------------------------------------------------------------------------------------
// (2) Sessions

export const TOPIC = "t";
export const TOPIC_PARTITIONS = 3;

const nameArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant(TOPIC) },
  { weight: 3, arbitrary: fc.constantFrom( "", "g", "x", ".", "..", "__proto__", "constructor", "a/b", "t\u0000", "é", "\ud800", " ", "a".repeat(249), "a".repeat(250)) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(10_240), "é".repeat(5_000)) },
);
const uint32Arb = fc.oneof(fc.constantFrom(0, 1, 2, 3, 1023, 1024, 1025, 0x7fffffff, 0x80000000, 0xffffffff), fc.nat({ max: 0xffffffff }));
const partitionArb = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: TOPIC_PARTITIONS }) }, { weight: 1, arbitrary: uint32Arb });
const int64Arb = fc.oneof(
  fc.constantFrom(0, 1, -1, -2, -3, 2, 5, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 53 + 2, 2 ** 62, -(2 ** 62), 2 ** 63, NaN, Infinity, -Infinity, 0.5, -0),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
);
const int32Arb = fc.oneof(fc.constantFrom(-2, -1, 0, 1, 2, 3, 0x7fffffff, -0x80000000), fc.integer({ min: -0x80000000, max: 0x7fffffff }));
/** "$member" stands for the member id the last heartbeat answer named. */
const memberIdArb = fc.oneof(fc.constant("$member"), fc.constant(""), nameArb);
const topicPartitionsArb = fc.array(fc.record({ topic: nameArb, partitions: fc.array(partitionArb, { maxLength: 8 }) }), { maxLength: 4 });
const manyPartitionsArb: fc.Arbitrary<{ topic: string; partitions: number[] }[]> = fc.constant([{ topic: TOPIC, partitions: Array.from({ length: 5000 }, (_, i) => i % 7) }]);
const topicConfigArb = fc.record({ retentionMs: int64Arb, retentionBytes: int64Arb, segmentBytes: int64Arb, segmentMs: int64Arb }, { requiredKeys: [] });

interface HostileRequest {
  frame: Frame;
  /** Whether an answer must come (credit and acks=none produce answer only errors). */
  answered: boolean;
}

const bodies: fc.Arbitrary<Frame>[] = [
  // "$name" tokens stand for the case's tokens (mintTokens), substituted when the step is sent.
  fc.record({ helloRequest: fc.record({ protocolVersion: uint32Arb, clientId: nameArb, token: fc.constantFrom("", "x", "a.b.c", "$all", "$narrow", "$subject", "$expired", "$tampered", "$wrongKey") }, { requiredKeys: [] }) }),
  fc.record({ metadataRequest: fc.record({ topics: fc.array(nameArb, { maxLength: 3 }), groups: fc.array(nameArb, { maxLength: 3 }) }, { requiredKeys: [] }) }),
  fc.record({ metadataRequest: fc.constant({ topics: Array.from({ length: 101 }, (_, i) => `t${i}`) }) }),
  fc.record({ createTopicRequest: fc.record({ topic: nameArb, partitions: fc.oneof(fc.integer({ min: 0, max: 4 }), uint32Arb), config: topicConfigArb }, { requiredKeys: [] }) }),
  fc.record({ deleteTopicRequest: fc.record({ topic: nameArb }, { requiredKeys: [] }) }),
  fc.constant({ listTopicsRequest: {} }),
  fc.record({ describeTopicRequest: fc.record({ topic: nameArb }, { requiredKeys: [] }) }),
  fc.constant({ listGroupsRequest: {} }),
  fc.record({ produceRequest: fc.record({ topic: nameArb, partition: partitionArb, acks: fc.constantFrom(Acks.ACKS_ALL, Acks.ACKS_LEADER, Acks.ACKS_NONE, 3, 0x7fffffff), records: fc.oneof({ weight: 2, arbitrary: validBatchArb }, { weight: 3, arbitrary: batchBytesArb }) }, { requiredKeys: [] }) }),
  fc.record({ fetchRequest: fc.record({ topic: nameArb, partition: partitionArb, offset: int64Arb, maxBytes: uint32Arb }, { requiredKeys: [] }) }),
  fc.record({ listOffsetsRequest: fc.record({ topic: nameArb, partition: partitionArb, timestamp: int64Arb }, { requiredKeys: [] }) }),
  fc.record({ subscribeRequest: fc.record({ topic: nameArb, partition: partitionArb, offset: int64Arb, creditBytes: uint32Arb }, { requiredKeys: [] }) }),
  fc.record({ creditRequest: fc.record({ subscriptionId: fc.oneof(fc.integer({ min: 0, max: 4 }), uint32Arb), creditBytes: uint32Arb }, { requiredKeys: [] }) }),
  fc.record({ unsubscribeRequest: fc.record({ subscriptionId: fc.oneof(fc.integer({ min: 0, max: 4 }), uint32Arb) }, { requiredKeys: [] }) }),
  fc.record({
    groupHeartbeatRequest: fc.record(
      {
        groupId: nameArb,
        memberId: memberIdArb,
        groupInstanceId: fc.oneof(fc.constant(""), nameArb),
        memberEpoch: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: int32Arb }),
        subscribedTopics: fc.record({ values: fc.array(nameArb, { maxLength: 4 }) }),
        owned: fc.record({ topics: fc.oneof({ weight: 9, arbitrary: topicPartitionsArb }, { weight: 1, arbitrary: manyPartitionsArb }) }),
        sessionTimeoutMs: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: uint32Arb }),
        rebalanceTimeoutMs: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: uint32Arb }),
        assignor: fc.constantFrom("", "uniform", "range", "x", "__proto__"),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    offsetCommitRequest: fc.record(
      {
        groupId: nameArb,
        memberId: memberIdArb,
        memberEpoch: int32Arb,
        offsets: fc.array(fc.record({ topic: nameArb, partition: partitionArb, offset: int64Arb, metadata: fc.oneof(fc.string({ maxLength: 8 }), fc.constant("m".repeat(10_240))) }, { requiredKeys: [] }), { maxLength: 4 }),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ offsetFetchRequest: fc.record({ groupId: nameArb, partitions: topicPartitionsArb }, { requiredKeys: [] }) }),
  fc.record({ describeGroupRequest: fc.record({ groupId: nameArb }, { requiredKeys: [] }) }),
  fc.record({ deleteGroupRequest: fc.record({ groupId: nameArb }, { requiredKeys: [] }) }),
  fc.record({ initProducerRequest: fc.record({ producerId: fc.oneof(fc.constant(0), int64Arb), producerEpoch: int32Arb }, { requiredKeys: [] }) }),
  // Response bodies and the bodiless frame are no requests.
  fc.constantFrom<Frame>({}, { fetchResponse: {} }, { push: { subscriptionId: 1 } }, { groupChanged: {} }),
];

const requestArb: fc.Arbitrary<HostileRequest> = fc.oneof(...bodies).map((frame) => ({
  frame,
  answered: !frame.creditRequest && !(frame.produceRequest && frame.produceRequest.acks === Acks.ACKS_NONE),
}));

/**
 * Well-formed requests on the few names the auth run's tokens name or not ("t", "u"; groups "g", "h"), so
 * that most of them would succeed but for the capability check: what the auth property must see refused.
 */
const aimedName = fc.constantFrom(TOPIC, TOPIC, "u");
const aimedGroup = fc.constantFrom("g", "g", "h");
const aimedPartition = fc.integer({ min: 0, max: TOPIC_PARTITIONS - 1 });
const aimedArb: fc.Arbitrary<HostileRequest> = fc
  .oneof(
    fc.record({ produceRequest: fc.record({ topic: aimedName, partition: aimedPartition, acks: fc.constant(Acks.ACKS_ALL), records: validBatchArb }) }),
    fc.record({ fetchRequest: fc.record({ topic: aimedName, partition: aimedPartition, offset: fc.constant(0) }) }),
    fc.record({ listOffsetsRequest: fc.record({ topic: aimedName, partition: aimedPartition, timestamp: fc.constantFrom(-1, -2) }) }),
    fc.record({ subscribeRequest: fc.record({ topic: aimedName, partition: aimedPartition, offset: fc.constant(0), creditBytes: fc.constant(65536) }) }),
    fc.record({ metadataRequest: fc.record({ topics: fc.array(aimedName, { maxLength: 2 }), groups: fc.array(aimedGroup, { maxLength: 1 }) }) }),
    fc.record({ createTopicRequest: fc.record({ topic: fc.constantFrom("u", "v"), partitions: fc.constant(1) }) }),
    fc.record({ deleteTopicRequest: fc.record({ topic: fc.constantFrom("u", "v") }) }),
    fc.record({ describeTopicRequest: fc.record({ topic: aimedName }) }),
    fc.constant<Frame>({ listTopicsRequest: {} }),
    fc.constant<Frame>({ listGroupsRequest: {} }),
    fc.record({ groupHeartbeatRequest: fc.record({ groupId: aimedGroup, memberId: fc.constant(""), memberEpoch: fc.constant(0), subscribedTopics: fc.record({ values: fc.array(aimedName, { minLength: 1, maxLength: 2 }) }) }) }),
    fc.record({ offsetCommitRequest: fc.record({ groupId: aimedGroup, memberId: fc.constant(""), memberEpoch: fc.constant(-1), offsets: fc.array(fc.record({ topic: aimedName, partition: aimedPartition, offset: fc.nat(5) }), { maxLength: 2 }) }) }),
    fc.record({ offsetFetchRequest: fc.record({ groupId: aimedGroup, partitions: fc.array(fc.record({ topic: aimedName, partitions: fc.constant<number[]>([0]) }), { maxLength: 2 }) }) }),
    fc.record({ describeGroupRequest: fc.record({ groupId: aimedGroup }) }),
    fc.record({ deleteGroupRequest: fc.record({ groupId: aimedGroup }) }),
    fc.constant<Frame>({ initProducerRequest: {} }),
  )
  .map((frame) => ({ frame, answered: true }));

/** One step of a case: a hostile request, arbitrary or mutated bytes, or time passing (group expiry). */
export type Step = { kind: "request"; request: HostileRequest; zeroId: boolean } | { kind: "bytes"; bytes: Uint8Array } | { kind: "text"; text: string } | { kind: "tick"; ms: number };

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant("request" as const), request: requestArb, zeroId: fc.integer({ min: 0, max: 9 }).map((n) => n === 0) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("bytes" as const), bytes: fc.uint8Array({ maxLength: 200 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("bytes" as const),
      bytes: fc.tuple(requestArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 })).map(([r, m]) => mutate(encodeFrame({ correlationId: 77, ...r.frame }), m)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("text" as const), text: fc.constantFrom("ping", "", "pong", "x") }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("tick" as const), ms: fc.constantFrom(1, 1000, 30_000, 300_000, 10 ** 9) }) },
);

/** The broker with every family, as the Node broker registers them, over memory stores and a manual clock. */
async function newWorld(withAuth = false) {
  const clock = new ManualClock(1_000_000);
  const broker = new Broker({ storage: new MemoryBrokerStorage(clock.now), clock: clock.now, limits: { recordBytesMax: 4096, batchBytesMax: 64 * 1024 } });
  await broker.start();
  const groups: GroupManager = new GroupManager({ store: new MemoryGroupStore(), clock: clock.now, partitionCounts: () => broker.partitionCounts() });
  const host: SessionHost = {
    ...broker.sessionHost({ families: [groupFamily(groups)], listGroups: () => groups.list() }),
    ...(withAuth ? { auth: hs256Authenticator(SECRET, clock.now) } : {}),
  };
  await broker.createTopic(TOPIC, TOPIC_PARTITIONS);
  return { clock, broker, groups, host, withAuth };
}

// ---------------------------------------------------------------------------------------------------
// Auth on: the tokens a case may present, and a model of what each allows, written apart from auth.ts

const SECRET = "fuzz-secret";
type Grant = "all" | "narrow" | "subject";
interface Tokens {
  byName: Record<string, string>;
  grants: Map<string, Grant>;
  /** Expiry of the valid tokens, epoch ms (whole seconds, as JWT `exp`). */
  expiresAtMs: number;
}

/**
 * Minted at the world's current time: "all" (every capability on "*"), "narrow" (produce, consume "t",
 * commit "g"), "subject" (produce "t" with keyIsSubject, sub "k"), and three that must be refused.
 */
async function mintTokens(nowMs: number): Promise<Tokens> {
  const ttl = 3_600_000;
  const all = await createToken(SECRET, { sub: "root", produce: ["*"], consume: ["*"], admin: ["*"], commit: ["*"] }, ttl, nowMs);
  const narrow = await createToken(SECRET, { sub: "n", produce: ["t"], consume: ["t"], commit: ["g"] }, ttl, nowMs);
  const subject = await createToken(SECRET, { sub: "k", produce: ["t"], keyIsSubject: true }, ttl, nowMs);
  const expired = await createToken(SECRET, { sub: "root", produce: ["*"], consume: ["*"], admin: ["*"], commit: ["*"] }, -1000, nowMs);
  const wrongKey = await createToken("another-secret", { sub: "root", admin: ["*"] }, ttl, nowMs);
  const [h, p] = all.split(".");
  const tampered = `${h}.${p}x.${all.split(".")[2]}`;
  return {
    byName: { $all: all, $narrow: narrow, $subject: subject, $expired: expired, $tampered: tampered, $wrongKey: wrongKey },
    grants: new Map<string, Grant>([
      [all, "all"],
      [narrow, "narrow"],
      [subject, "subject"],
    ]),
    expiresAtMs: Math.floor((nowMs + ttl) / 1000) * 1000,
  };
}

const bytesEqual = (a: Uint8Array | null | undefined, s: string) => !!a && new TextDecoder().decode(a) === s && a.length === new TextEncoder().encode(s).length;

/** Whether the model lets a session holding `grant` have a success answer to `f` (not a hello). */
function permitted(grant: Grant | null, f: DecodedFrame): boolean {
  if (grant === null) return false;
  if (grant === "all") return true;
  const narrow = grant === "narrow";
  const isT = (t: string | null | undefined) => t === TOPIC;
  switch (f.body) {
    case "produceRequest": {
      const r = f.produceRequest!;
      if (!isT(r.topic)) return false;
      if (narrow) return true;
      try {
        return decodeRecords(r.records ?? new Uint8Array(0)).every((rec) => bytesEqual(rec.key, "k"));
      } catch {
        return false;
      }
    }
    case "fetchRequest":
      return narrow && isT(f.fetchRequest!.topic);
    case "listOffsetsRequest":
      return narrow && isT(f.listOffsetsRequest!.topic);
    case "subscribeRequest":
      return narrow && isT(f.subscribeRequest!.topic);
    case "creditRequest":
    case "unsubscribeRequest":
      return true;
    case "metadataRequest": {
      const r = f.metadataRequest!;
      // Every topic needs admin on "*" (only "all" has it); naming only groups answers no topics.
      const topics = r.topics ?? [];
      const groups = r.groups ?? [];
      return (topics.length > 0 || groups.length > 0) && topics.every(isT) && groups.every((g) => narrow && g === "g");
    }
    case "groupHeartbeatRequest": {
      const r = f.groupHeartbeatRequest!;
      return narrow && r.groupId === "g" && (r.subscribedTopics?.values ?? []).every(isT);
    }
    case "offsetCommitRequest":
      return narrow && f.offsetCommitRequest!.groupId === "g" && (f.offsetCommitRequest!.offsets ?? []).every((o) => isT(o.topic));
    case "offsetFetchRequest":
      return narrow && f.offsetFetchRequest!.groupId === "g" && (f.offsetFetchRequest!.partitions ?? []).every((o) => isT(o.topic));
    case "describeGroupRequest":
      return narrow && f.describeGroupRequest!.groupId === "g";
    case "initProducerRequest":
      return true; // every grant of the model may produce somewhere
    default:
      return false; // admin, listings, group deletion: only "all"
  }
}
type World = Awaited<ReturnType<typeof newWorld>>;

const expectedResponse = (request: string): string => (request.endsWith("Request") ? `${request.slice(0, -"Request".length)}Response` : "");
const pushBodies = new Set(["push", "subscriptionEnd", "groupChanged"]);

/** A bounded wait: `turns` trips round the event loop (memory stores settle in a few). */
async function turns(n: number, until: () => boolean): Promise<void> {
  for (let i = 0; i < n && !until(); i++) await new Promise<void>((r) => setImmediate(r));
}

/**
 * Waits for an answer: event-loop turns, then, with auth on, up to 3 s more, as a token is verified by
 * WebCrypto on libuv's thread pool (no number of turns bounds that). Still a bound: a hang fails the case.
 */
async function answerWait(world: World, until: () => boolean): Promise<void> {
  await turns(200, until);
  for (let i = 0; world.withAuth && i < 3000 && !until(); i++) await new Promise<void>((r) => setTimeout(r, 1));
}

/** Checks one answer frame; returns an explanation of what is wrong, or null. */
export function judge(frame: DecodedFrame, requestBodies: readonly string[]): string | null {
  if (frame.error) {
    const code = frame.error.code ?? 0;
    if (code === ErrorCode.UNKNOWN) return `UNKNOWN answer: ${frame.error.message}`;
    if (errorInfo(code).name === "UNKNOWN") return `error code ${code} is not in the table`;
    if (frame.body) return `an error frame with a body ${frame.body}`;
    return null;
  }
  if (frame.correlationId === 0 && frame.body && pushBodies.has(frame.body)) return null;
  // A request sent with correlation id 0 (which only a credit should be) is answered with id 0 too.
  if (requestBodies.length === 0) return `an answer (${frame.body}) to correlation id ${frame.correlationId}, which no request had`;
  const want = requestBodies.map(expectedResponse);
  return want.includes(frame.body ?? "") ? null : `${requestBodies.join("|")} answered with ${frame.body ?? "no body"}, expected ${want.join("|")}`;
}

/** A normal produce and fetch on a fresh topic through a fresh session: the broker is still usable. */
async function expectUsable(world: World, n: number): Promise<void> {
  const frames: DecodedFrame[] = [];
  const session = new Session(world.host, { send: (b) => (frames.push(decodeFrame(b)), true), bufferedBytes: () => 0, close: () => {} });
  const ask = async (id: number, frame: Frame): Promise<DecodedFrame> => {
    session.onMessage(encodeFrame({ correlationId: id, ...frame }));
    await answerWait(world, () => frames.some((f) => f.correlationId === id));
    const a = frames.find((f) => f.correlationId === id);
    if (!a) throw new Error(`usability check: no answer to ${Object.keys(frame)[0]}`);
    if (a.error) throw new Error(`usability check: ${Object.keys(frame)[0]} failed: ${errorInfo(a.error.code ?? 0).name} ${a.error.message}`);
    return a;
  };
  const topic = `fresh-${n}`;
  if (world.withAuth) await ask(9, { helloRequest: { token: (await mintTokens(world.clock.now())).byName.$all } });
  await ask(1, { createTopicRequest: { topic, partitions: 1 } });
  await ask(2, { produceRequest: { topic, partition: 0, records: encodeBatch([{ value: "ok" }], { nowMs: 1 }) } });
  const f = await ask(3, { fetchRequest: { topic, partition: 0, offset: 0 } });
  const values = decodeRecords(f.fetchResponse!.records!).map((r) => new TextDecoder().decode(r.value!));
  if (values.join() !== "ok") throw new Error(`usability check: fetched ${JSON.stringify(values)}`);
  await ask(4, { deleteTopicRequest: { topic } });
  session.close();
}

/** Runs one case's steps through a new Session; throws on the first broken property. */
async function runSessionCase(world: World, steps: readonly Step[], n: number, stats: { answers: number; kinds: Record<string, number> }): Promise<void> {
  const unexpected: unknown[] = [];
  const tokens: Tokens = world.withAuth ? await mintTokens(world.clock.now()) : { byName: {}, grants: new Map(), expiresAtMs: 0 };
  /** Auth on: what the session's token allows as the model sees it, and each correlation id's verdicts. */
  let grant: Grant | null = null;
  const allowed = new Map<number, { ok: boolean; grant: Grant | null }[]>();
  const model = (f: DecodedFrame) => {
    if (!world.withAuth) return;
    if (f.body === "helloRequest") {
      const token = f.helloRequest!.token ?? "";
      if (token !== "") grant = tokens.grants.get(token) ?? null;
      return;
    }
    const ok = world.clock.now() < tokens.expiresAtMs && permitted(grant, f);
    if (!allowed.has(f.correlationId)) allowed.set(f.correlationId, []);
    allowed.get(f.correlationId)!.push({ ok, grant });
  };
  const frames: DecodedFrame[] = [];
  /** Correlation id → the request bodies sent with it (only id 0 repeats). */
  const sent = new Map<number, string[]>();
  const record = (id: number, body: string | undefined | null) => {
    if (!body) return;
    if (!sent.has(id)) sent.set(id, []);
    sent.get(id)!.push(body);
  };
  const session = new Session(
    world.host,
    {
      send: (bytes) => {
        frames.push(decodeFrame(bytes)); // an answer that does not decode fails the case here
        return true;
      },
      sendText: () => true,
      bufferedBytes: () => 0,
      close: () => {},
    },
    { onUnexpectedError: (err) => unexpected.push(err) },
  );
  let member = "";
  let nextId = 1;
  for (const step of steps) {
    if (step.kind === "tick") {
      world.clock.advance(step.ms);
      await world.groups.expireDue();
      continue;
    }
    if (step.kind === "text") {
      session.onTextMessage(step.text);
      continue;
    }
    if (step.kind === "bytes") {
      let decoded: DecodedFrame | null = null;
      try {
        decoded = decodeFrame(step.bytes);
      } catch {
        // answered with correlation id 0
      }
      if (decoded) record(decoded.correlationId, decoded.body);
      if (decoded) model(decoded);
      session.onMessage(step.bytes);
      await turns(50, () => false);
      continue;
    }
    // An id of its own: mutated bytes decode to arbitrary ids, whose answers must not pass for this one's.
    let id = step.zeroId ? 0 : nextId++;
    while (id !== 0 && sent.has(id)) id = nextId++;
    const frame = substitute(step.request.frame, member, tokens);
    const body = Object.keys(frame).find((k) => k !== "correlationId");
    const bytes = encodeFrame({ ...frame, correlationId: id });
    // A string with a lone surrogate encodes to bytes that are no frame: answered INVALID_REQUEST with the
    // correlation id the bytes start with (salvageCorrelationId), so the caller is not left waiting.
    let decodes = true;
    try {
      model(decodeFrame(bytes));
    } catch {
      decodes = false;
    }
    if (decodes) record(id, body);
    const before = frames.length;
    session.onMessage(bytes);
    if (id !== 0 && (step.request.answered || !decodes)) {
      await answerWait(world, () => frames.slice(before).some((f) => f.correlationId === id));
      const answer = frames.slice(before).find((f) => f.correlationId === id);
      if (!answer) throw new Error(`no answer to ${body} (correlation id ${id}) within 200 event-loop turns`);
      if (!decodes && answer.error?.code !== ErrorCode.INVALID_REQUEST) throw new Error(`undecodable ${body} (correlation id ${id}) answered ${answer.body ?? errorInfo(answer.error?.code ?? 0).name}, not INVALID_REQUEST`);
    } else {
      await turns(20, () => false);
    }
    const hb = frames.find((f) => f.correlationId === id && f.groupHeartbeatResponse);
    if (hb && hb.groupHeartbeatResponse!.memberId) member = hb.groupHeartbeatResponse!.memberId;
  }
  await turns(20, () => false);
  session.close();
  // A hostile delete of the shared topic is a valid request; put the topic back for the next case.
  if (!world.broker.topicNames().includes(TOPIC)) await world.broker.createTopic(TOPIC, TOPIC_PARTITIONS);
  if (unexpected.length > 0) throw new Error(`onUnexpectedError: ${(unexpected[0] as Error)?.stack ?? String(unexpected[0])}`, { cause: unexpected[0] });
  for (const f of frames) {
    const wrong = judge(f, sent.get(f.correlationId) ?? []);
    if (wrong) throw new Error(wrong);
    const verdicts = allowed.get(f.correlationId) ?? [];
    if (world.withAuth && !f.error && f.correlationId !== 0 && f.body !== "helloResponse" && !verdicts.some((v) => v.ok)) {
      throw new Error(`auth: ${f.body} answered to a session whose token (${verdicts.map((v) => v.grant ?? "none").join("|")}) does not allow ${(sent.get(f.correlationId) ?? []).join("|")}`);
    }
    const kind = f.error ? `error:${errorInfo(f.error.code ?? 0).name}` : String(f.body);
    stats.kinds[kind] = (stats.kinds[kind] ?? 0) + 1;
  }
  stats.answers += frames.length;
  await expectUsable(world, n);
}

function substitute(frame: Frame, member: string, tokens: Tokens): Frame {
  const token = frame.helloRequest?.token;
  if (token && token.startsWith("$")) return { helloRequest: { ...frame.helloRequest, token: tokens.byName[token] ?? token } };
  if (frame.groupHeartbeatRequest?.memberId === "$member") return { groupHeartbeatRequest: { ...frame.groupHeartbeatRequest, memberId: member } };
  if (frame.offsetCommitRequest?.memberId === "$member") return { offsetCommitRequest: { ...frame.offsetCommitRequest, memberId: member } };
  return frame;
}

/**
 * Sessions over one world (rebuilt every 200 cases, so topics created by hostile requests do not pile up):
 * each case sends 1 to 6 steps through a new session, then checks every answer and that the broker is usable.
 */
export async function sessionProperty(runs: number, opts: { auth?: boolean } = {}): Promise<FuzzReport> {
  const t0 = Date.now();
  const stats = { answers: 0, kinds: {} as Record<string, number> };
  const withAuth = opts.auth === true;
  let world = await newWorld(withAuth);
  let n = 0;
  // With auth on, most cases open with a hello carrying one of the case's tokens, mostly a valid one, so
  // the requests after it meet each grant, not only refusals.
  const openingArb: fc.Arbitrary<Step[]> = withAuth
    ? fc.option(fc.constantFrom("$all", "$narrow", "$narrow", "$subject", "$subject", "$expired", "$tampered").map((token): Step[] => [{ kind: "request", zeroId: false, request: { frame: { helloRequest: { token } }, answered: true } }]), { nil: [], freq: 5 })
    : fc.constant([]);
  const aimedStepArb: fc.Arbitrary<Step> = aimedArb.map((request) => ({ kind: "request" as const, request, zeroId: false }));
  const stepsArb = fc.array(withAuth ? fc.oneof(stepArb, aimedStepArb) : stepArb, { minLength: 1, maxLength: 6 });
  await fc.assert(
    fc.asyncProperty(openingArb, stepsArb, async (opening, steps) => {
      if (++n % 200 === 0) world = await newWorld(withAuth);
      await runSessionCase(world, [...opening, ...steps], n, stats);
    }),
    params(runs),
  );
  return { property: withAuth ? "session requests, auth on" : "session requests", cases: runs, ms: Date.now() - t0, answers: stats.answers, kinds: stats.kinds };
}

// ---------------------------------------------------------------------------------------------------
// (3) HTTP routes

const hex = (b: number) => b.toString(16).toUpperCase().padStart(2, "0");
const segmentPiece = fc.oneof(
  fc.stringMatching(/^[a-zA-Z0-9._~-]{1,12}$/),
  fc.integer({ min: 0, max: 255 }).map((b) => `%${hex(b)}`),
  fc.constantFrom("%", "%Z", "%ZZ", "%4", "%%", "%00", "%C0%AF", "%E0%80%AF", "%ED%A0%80", "%FF%FE", "%2F", "%2E%2E", ".", "..", "é", "\u0000", " "),
);
const segment = fc.array(segmentPiece, { maxLength: 8 }).map((p) => p.join(""));
const httpPathArb = fc.oneof(
  fc.tuple(
    fc.constantFrom("/v1/topics/", "/v1/", "/", "/v1/metadata", "/v1/health", "//v1/topics/", "/v2/"),
    fc.oneof({ weight: 4, arbitrary: segment }, { weight: 1, arbitrary: segmentPiece.map((p) => p.repeat(300)) }),
    fc.constantFrom("", "/records", "/records/", "?topics=a,b", "?topics=%ZZ", `?topics=${"a,".repeat(150)}`, "?topics=t"),
  ).map(([a, b, c]) => `${a}${b}${c}`),
  fc.constant(`/v1/topics/${TOPIC}/records`),
  fc.constant(`/v1/topics/${TOPIC}/records`),
  segment.map((s) => `/v1/topics/${s}/records`),
);
const httpBodyArb: fc.Arbitrary<BodyInit | "erroring" | null> = fc.oneof(
  fc.constant(null),
  fc.json(),
  fc.uint8Array({ maxLength: 64 }),
  fc.integer({ min: 1, max: 100_000 }).map((d) => `{"records":[{"value":${"[".repeat(d)}${"]".repeat(d)}}]}`),
  fc
    .array(fc.record({ value: fc.jsonValue({ maxDepth: 3 }), key: fc.option(fc.string(), { nil: undefined }), partition: fc.option(fc.integer({ min: -2, max: 4 }), { nil: undefined }) }, { requiredKeys: ["value"] }), { maxLength: 5 })
    .map((records) => JSON.stringify({ records })),
  fc.constantFrom('{"records":[{"value":1,"headers":{"h":1}}]}', '{"records":[{"value":1,"timestampMs":-5}]}', '{"__proto__":{"records":[{"value":1}]}}', '{"records":[]}', "x".repeat(70_000)),
  fc.constant("erroring" as const),
);

/** A body stream that fails after one chunk (a client that went away mid-upload). */
function erroringStream(): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(c) {
      if (!sent) {
        sent = true;
        c.enqueue(new TextEncoder().encode('{"records":['));
      } else c.error(new Error("client went away"));
    },
  });
}

/**
 * The model of the auth run's HTTP routes, apart from http-api.ts: which requests may succeed (2xx) with
 * the given Authorization header. Health and the preflight are open; with the "all" token everything is;
 * with "narrow" (produce, consume "t") a produce to "t" and metadata naming only "t"; with "subject"
 * (produce "t", keyIsSubject "k") that metadata and a produce to "t" whose every key is "k"; else nothing.
 */
function httpPermitted(tokens: Tokens, method: string, path: string, authorization: string | undefined, body: unknown): boolean {
  let url: URL;
  try {
    url = new URL(`http://broker.test${path}`);
  } catch {
    return false;
  }
  if (method.toUpperCase() === "OPTIONS" || url.pathname === "/v1/health") return true;
  const grant = tokens.grants.get(/^Bearer (\S+)$/.exec(authorization ?? "")?.[1] ?? "");
  if (grant === "all") return true;
  if (grant !== "narrow" && grant !== "subject") return false;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return null;
    }
  };
  const records = /^\/v1\/topics\/([^/]+)\/records$/.exec(url.pathname);
  if (records) {
    if (method.toUpperCase() !== "POST" || decode(records[1]!) !== TOPIC) return false;
    if (grant === "narrow") return true;
    // keyIsSubject: every record's key is "k"
    try {
      const parsed = JSON.parse(typeof body === "string" ? body : "") as { records?: { key?: unknown }[] };
      return Array.isArray(parsed.records) && parsed.records.every((r) => r?.key === "k");
    } catch {
      return false;
    }
  }
  if (url.pathname === "/v1/metadata") {
    if (!["GET", "HEAD"].includes(method.toUpperCase())) return false;
    const names = (url.searchParams.get("topics") ?? "").split(",").filter((n) => n.length > 0);
    return names.length > 0 && names.every((n) => n === TOPIC);
  }
  return false;
}

/** createHttpHandler over the broker as the Node broker wires it: any Request gets JSON, never a 5xx. */
export async function httpProperty(runs: number, opts: { auth?: boolean } = {}): Promise<FuzzReport> {
  const t0 = Date.now();
  const withAuth = opts.auth === true;
  const world = await newWorld(withAuth);
  const tokens = withAuth ? await mintTokens(world.clock.now()) : { byName: {}, grants: new Map<string, Grant>(), expiresAtMs: 0 };
  const authorizationArb = withAuth
    ? fc.constantFrom("$all", "$narrow", "$narrow", "$subject", "$expired", "$tampered", "$wrongKey", "Bearer x", "Basic y", "").map((a) => (a.startsWith("$") ? `Bearer ${tokens.byName[a]}` : a))
    : fc.constantFrom("Bearer x", "Basic y", "");
  const logged: string[] = [];
  let sticky = 0;
  const handler = createHttpHandler(
    {
      limits: world.broker.limits,
      health: () => ({ topics: world.broker.topicNames().length }),
      metadata: async (names) => world.broker.topicAdmin().metadata(names),
      produce: (topic, body) => produceJson(world.broker, topic, body, sticky++),
    },
    { log: (line) => logged.push(line), ...(withAuth ? { auth: world.host.auth } : {}) },
  );
  let answers = 0;
  const kinds: Record<string, number> = {};
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.tuple(
          fc.constantFrom("GET", "HEAD", "POST", "POST", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "get", "post", "PROPFIND", "X"),
          httpPathArb,
          fc.record({ "content-type": fc.constantFrom("application/json", "text/plain", ""), authorization: authorizationArb }, { requiredKeys: [] }),
          httpBodyArb,
        ),
        // With auth on, as often: well-formed requests on "t" and "u", which succeed but for the token.
        ...(withAuth
          ? [
              fc.tuple(
                fc.constant("POST"),
                fc.constantFrom(`/v1/topics/${TOPIC}/records`, "/v1/topics/u/records", "/v1/topics/%74/records"),
                fc.record({ "content-type": fc.constant("application/json"), authorization: authorizationArb }),
                fc.constantFrom<BodyInit | "erroring" | null>('{"records":[{"value":{"a":1}},{"key":"k","value":2}]}', '{"records":[{"key":"k","value":1}]}', '{"records":[{"key":"n","value":1}]}'),
              ),
              fc.tuple(
                fc.constantFrom("GET", "HEAD"),
                fc.constantFrom(`/v1/metadata?topics=${TOPIC}`, "/v1/metadata?topics=u", `/v1/metadata?topics=${TOPIC},u`, "/v1/metadata", "/v1/health"),
                fc.record({ authorization: authorizationArb }),
                fc.constant<BodyInit | "erroring" | null>(null),
              ),
            ]
          : []),
      ),
      async ([method, path, headers, body]: [string, string, Record<string, string>, BodyInit | "erroring" | null]) => {
        let request: Request;
        try {
          const withBody = method.toUpperCase() === "GET" || method.toUpperCase() === "HEAD" ? null : body === "erroring" ? erroringStream() : body;
          request = new Request(`http://broker.test${path}`, { method, headers, body: withBody, ...(withBody instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
        } catch {
          return; // not a Request the Fetch API can build, so no runtime would hand it over
        }
        let timer: NodeJS.Timeout | undefined;
        const response = await Promise.race([
          handler(request),
          new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to ${method} ${path.slice(0, 100)} within 5 s`)), 5000))),
        ]).finally(() => clearTimeout(timer));
        const text = await response.text();
        answers++;
        kinds[response.status] = (kinds[response.status] ?? 0) + 1;
        if (response.status >= 500) throw new Error(`${method} ${path.slice(0, 100)} answered ${response.status} ${text.slice(0, 200)} (${logged.at(-1) ?? ""})`);
        if (withAuth && response.status < 300 && !httpPermitted(tokens, method, path, headers.authorization, body)) {
          throw new Error(`auth: ${method} ${path.slice(0, 100)} answered ${response.status} to Authorization "${(headers.authorization ?? "").slice(0, 40)}"`);
        }
        if (response.status === 204 || method.toUpperCase() === "HEAD") return;
        if (!/^application\/json/.test(response.headers.get("content-type") ?? "")) throw new Error(`${method} ${path.slice(0, 100)}: content type ${response.headers.get("content-type")}`);
        const json = JSON.parse(text) as { error?: { code: number; name: string } };
        if (response.status >= 400) {
          if (!json.error || json.error.name !== errorInfo(json.error.code).name) throw new Error(`${response.status} without a typed error: ${text.slice(0, 200)}`);
          if (json.error.code === ErrorCode.UNKNOWN) throw new Error(`UNKNOWN answer to ${method} ${path.slice(0, 100)}`);
        } else if (json.error) throw new Error(`${response.status} with an error: ${text.slice(0, 200)}`);
      },
    ),
    params(runs),
  );
  if (logged.length > 0) throw new Error(`the HTTP handler logged unexpected failures: ${logged[0]}`);
  return { property: withAuth ? "http routes, auth on" : "http routes", cases: runs, ms: Date.now() - t0, answers, kinds };
}
