// Issue 12's hostile-input properties (test/fuzz/properties.ts): a modest count here in `npm test`, as many
// as EDGELOG_FUZZ_RUNS says under `npm run fuzz` (cases per property; EDGELOG_FUZZ_SEED replays a failure).
// Any unhandled rejection during a property fails it.
import { afterAll, describe, expect, it } from "vitest";
import { createHttpHandler } from "../../src/core/http-api.ts";
import { ErrorCode } from "../../src/protocol/errors.ts";
import { limits } from "../../src/protocol/limits.ts";
import { batchDecoderProperty, frameDecoderProperty, httpProperty, sessionProperty, type FuzzReport } from "../fuzz/properties.ts";

const runs = Number(process.env.EDGELOG_FUZZ_RUNS ?? 500);
/** Generous: about 2 ms a case for the slowest property, plus a margin. */
const timeoutMs = 30_000 + runs * 5;
const reports: FuzzReport[] = [];

async function withoutUnhandledRejections(property: () => Promise<FuzzReport>): Promise<void> {
  const rejections: unknown[] = [];
  const listener = (reason: unknown) => rejections.push(reason);
  process.on("unhandledRejection", listener);
  try {
    reports.push(await property());
    await new Promise((r) => setImmediate(r));
  } finally {
    process.off("unhandledRejection", listener);
  }
  expect(rejections, "unhandled rejections").toEqual([]);
}

describe(`fuzz (${runs} cases per property)`, () => {
  it("frame decoder: arbitrary and mutated frames decode or fail INVALID_REQUEST", () => withoutUnhandledRejections(() => frameDecoderProperty(runs)), timeoutMs);
  it("batch decoder: arbitrary and mutated batches decode or fail with BatchError", () => withoutUnhandledRejections(() => batchDecoderProperty(runs)), timeoutMs);
  it("session: hostile requests and bytes get typed answers, never UNKNOWN, and the broker stays usable", () => withoutUnhandledRejections(() => sessionProperty(runs)), timeoutMs);
  it("session, auth on: hostile requests and tokens; nothing is served beyond what the session's token allows", () => withoutUnhandledRejections(() => sessionProperty(runs, { auth: true })), timeoutMs);
  it("http routes: any Request gets JSON, never a 5xx", () => withoutUnhandledRejections(() => httpProperty(runs)), timeoutMs);
  it("http routes, auth on: nothing but health and the preflight succeeds beyond what the Bearer token allows", () => withoutUnhandledRejections(() => httpProperty(runs, { auth: true })), timeoutMs);
  afterAll(() => {
    for (const r of reports) console.log(`[fuzz] ${r.property}: ${r.cases} cases, ${r.answers} answers checked, ${r.ms} ms (${Math.round((r.cases / Math.max(1, r.ms)) * 1000)} cases/s)${r.kinds ? ` ${JSON.stringify(r.kinds)}` : ""}`);
  });
});

describe("bugs the fuzzer found", () => {
  it("a request body that fails mid-read is a 400 INVALID_REQUEST, not a 500 logged as ours", async () => {
    const logged: string[] = [];
    const handler = createHttpHandler(
      { limits: { ...limits }, health: () => ({}), metadata: async () => [], produce: async () => ({ offsets: [] }) },
      { log: (line) => logged.push(line) },
    );
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull: (c) => (pulls++ === 0 ? c.enqueue(new TextEncoder().encode('{"records":[')) : c.error(new Error("client went away"))),
    });
    const response = await handler(new Request("http://broker.test/v1/topics/t/records", { method: "POST", body, duplex: "half" } as RequestInit));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: number } }).error.code).toBe(ErrorCode.INVALID_REQUEST);
    expect(logged).toEqual([]);
  });
});
