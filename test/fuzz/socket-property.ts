/**
 * The session property over real sockets, for a deployment rather than a Session in memory: hostile
 * requests, mutated and arbitrary bytes, and text frames, sent over WebSockets to the deployment's socket
 * routes (the edge's cluster, partition and group objects; the Node broker's one route). Every answer must
 * decode and be the right response or a typed error that is never UNKNOWN; a request that needs an answer
 * gets it within 5 s; after the run the deployment still produces and fetches. With `anonymous`, the
 * deployment has auth on and the sockets hold no token: nothing but the hello may succeed.
 */
import fc from "fast-check";
import { createToken } from "../../src/core/auth.ts";
import { ErrorCode, errorInfo } from "../../src/protocol/errors.ts";
import { decodeFrame, encodeFrame, type DecodedFrame, type Frame } from "../../src/protocol/frames.ts";
import { decodeRecords, encodeBatch } from "../../src/protocol/record-batch.ts";
import { RawClient } from "../support/raw-client.ts";
import { judge, stepArb, TOPIC, TOPIC_PARTITIONS, type FuzzReport, type Step } from "./properties.ts";

export interface SocketTarget {
  /** The socket routes to spread the cases over (each keeps one connection, reopened if closed). */
  urls: readonly string[];
  /** The route that serves produce and fetch of TOPIC partition 0, for the check after the run. */
  partitionUrl: string;
  /** The route that creates topics (a hostile delete of TOPIC is a valid request; it is put back). */
  bootstrapUrl: string;
  runs: number;
  /** Auth is on and the sockets never present a valid token. */
  anonymous?: boolean;
  /** A token for the final check when auth is on. */
  adminToken?: string;
}

/**
 * Before a run: creates TOPIC through `bootstrapUrl` and, when the deployment has auth on (`authSecret`),
 * returns the admin token that does it (the run's final check needs it as `adminToken`).
 */
export async function createFuzzTopic(bootstrapUrl: string, authSecret?: string): Promise<string | undefined> {
  const adminToken = authSecret ? await createToken(authSecret, { sub: "admin", admin: ["*"], produce: ["*"], consume: ["*"] }, 3_600_000) : undefined;
  const admin = await RawClient.connect(bootstrapUrl);
  try {
    if (adminToken) await admin.request({ helloRequest: { token: adminToken } });
    const created = await admin.request({ createTopicRequest: { topic: TOPIC, partitions: TOPIC_PARTITIONS } });
    if (created.error !== null) throw new Error(`creating ${TOPIC}: ${JSON.stringify(created.error)}`);
  } finally {
    await admin.close();
  }
  return adminToken;
}

/** Correlation ids of this property's requests start here, far from the ids mutated bytes carry. */
const FIRST_ID = 0x4000_0000;
/**
 * How long a request may go unanswered before the property calls it a hang. Generous: a valid request can be
 * heavy (creating a topic of 1,023 partitions at the edge configures 1,023 objects, over 5 s on a loaded
 * 2-core machine); a hang never answers, so a longer wait only delays the failure it reports.
 */
const ANSWER_WAIT_MS = 30_000;

export async function socketProperty(target: SocketTarget): Promise<FuzzReport> {
  const t0 = Date.now();
  const clients = new Map<number, RawClient>();
  const kinds: Record<string, number> = {};
  let answers = 0;
  let reconnects = 0;
  let nextId = FIRST_ID;
  const client = async (i: number): Promise<RawClient> => {
    const c = clients.get(i);
    if (c && !c.closed) return c;
    if (c) reconnects++;
    const fresh = await RawClient.connect(target.urls[i]!);
    clients.set(i, fresh);
    return fresh;
  };
  const check = (f: DecodedFrame, bodies: readonly string[]) => {
    const wrong = judge(f, bodies);
    if (wrong) throw new Error(wrong);
    if (target.anonymous && !f.error && f.correlationId !== 0 && f.body !== "helloResponse") throw new Error(`auth: ${f.body} answered to a socket without a token`);
    const kind = f.error ? `error:${errorInfo(f.error.code ?? 0).name}` : String(f.body);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    answers++;
  };

  await fc.assert(
    fc.asyncProperty(fc.nat(target.urls.length - 1), fc.array(stepArb, { minLength: 1, maxLength: 6 }), async (route, steps: Step[]) => {
      const c = await client(route);
      const seen = c.frames.length;
      const sent = new Map<number, string[]>();
      for (const step of steps) {
        if (c.closed) break; // a bound that closes hostile sockets (counted, and the next case reconnects)
        if (step.kind === "tick") continue;
        if (step.kind === "text") {
          c.sendRaw(step.text);
          continue;
        }
        if (step.kind === "bytes") {
          c.sendRaw(step.bytes);
          continue;
        }
        const id = nextId++;
        const frame: Frame = { ...step.request.frame, correlationId: id };
        const bytes = encodeFrame(frame);
        let decodes = true;
        try {
          decodeFrame(bytes);
        } catch {
          decodes = false;
        }
        sent.set(id, [Object.keys(step.request.frame)[0] ?? ""]);
        c.sendRaw(bytes);
        if (step.request.answered || !decodes) {
          const answer = await c.waitFor((f) => f.correlationId === id, ANSWER_WAIT_MS).catch(() => null);
          if (!answer && !c.closed) throw new Error(`no answer to ${Object.keys(step.request.frame)[0]} within ${ANSWER_WAIT_MS} ms`);
          if (answer && !decodes && answer.error?.code !== ErrorCode.INVALID_REQUEST) throw new Error(`undecodable request answered ${answer.body ?? errorInfo(answer.error?.code ?? 0).name}`);
        }
      }
      for (const f of c.frames.slice(seen)) {
        if (f.correlationId >= FIRST_ID) check(f, sent.get(f.correlationId) ?? []);
        else if (f.error?.code === ErrorCode.UNKNOWN) throw new Error(`UNKNOWN answer to bytes: ${f.error.message}`);
      }
    }),
    { numRuns: target.runs, endOnFailure: true, ...(process.env.EDGELOG_FUZZ_SEED ? { seed: Number(process.env.EDGELOG_FUZZ_SEED) } : {}) },
  );
  for (const c of clients.values()) await c.close();

  // Still usable: a produce and a fetch on a fresh connection (TOPIC created again if a case deleted it).
  const b = await RawClient.connect(target.bootstrapUrl);
  try {
    if (target.adminToken) await b.request({ helloRequest: { token: target.adminToken } });
    const created = await b.request({ createTopicRequest: { topic: TOPIC, partitions: TOPIC_PARTITIONS } });
    if (created.error && created.error.code !== ErrorCode.TOPIC_EXISTS) throw new Error(`create after the run: ${errorInfo(created.error.code ?? 0).name} ${created.error.message}`);
  } finally {
    await b.close();
  }
  const p = await RawClient.connect(target.partitionUrl);
  try {
    if (target.adminToken) await p.request({ helloRequest: { token: target.adminToken } });
    const value = `after-${t0}`;
    const produced = await p.request({ produceRequest: { topic: TOPIC, partition: 0, records: encodeBatch([{ value }]) } });
    if (produced.error) throw new Error(`produce after the run: ${errorInfo(produced.error.code ?? 0).name} ${produced.error.message}`);
    const fetched = await p.request({ fetchRequest: { topic: TOPIC, partition: 0, offset: Number(produced.produceResponse!.baseOffset) } });
    const got = decodeRecords(fetched.fetchResponse?.records ?? new Uint8Array(0)).map((r) => new TextDecoder().decode(r.value!));
    if (got[0] !== value) throw new Error(`fetch after the run: ${JSON.stringify(got)}`);
  } finally {
    await p.close();
  }
  return { property: `socket requests${target.anonymous ? ", auth on, no token" : ""} (${reconnects} reconnects)`, cases: target.runs, ms: Date.now() - t0, answers, kinds };
}
