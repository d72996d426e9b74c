// Fan-out on the Node broker (issue 13): many subscribers of one partition get every record once, in order,
// within their credit, a laggard catches up with no gap or repeat, two subscriptions on one socket are each
// served (test/conformance/fanout-scenario.ts), and a subscriber that stops reading is held to the send
// flow's per-socket bound (src/core/send-flow.ts) while the others get everything, then gets everything
// itself once it reads again. Subscribers that ask min_bytes / max_wait_ms (src/core/fanout-wait.ts) get every
// record in fewer pushes while 0/0 ones beside them get a push per append; the SDK's entries pass the two
// options on (a max_wait_ms over the bound comes back INVALID_REQUEST through each). Counted on the wire, never timed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { startBroker, type BrokerServer } from "../../src/node/broker-server.ts";
import { limits } from "../../src/protocol/limits.ts";
import type { Socket } from "node:net";
import type WebSocket from "ws";
import { stopReading } from "../support/hostile-clients.ts";
import { Progress } from "../support/progress.ts";
import { tempDirs } from "../support/temp-dir.ts";
import { FanoutSubscriber, runFanout, runWaitFanout } from "../conformance/fanout-scenario.ts";
import { subscribe } from "../../client/subscribe.ts";
import { NodeWebSocket } from "../../client/node.ts";
import type { WebSocketConstructor } from "../../client/connection.ts";

const tempDir = tempDirs("edgelog-fanout-");
/** Undoes stopReading (test/support/hostile-clients.ts): the client reads its socket again. */
const resumeReading = (ws: WebSocket) => (ws as unknown as { _socket: Socket })._socket.resume();
let server: BrokerServer;
let el: Edgelog;
beforeAll(async () => {
  server = await startBroker({ port: 0, dataDir: await tempDir(), log: () => {} });
  el = new Edgelog({ url: server.url });
});
afterAll(async () => {
  await el?.close();
  await server?.close();
});

describe("fan-out on the Node broker", () => {
  it("60 subscribers each get all 400 records once, in order, within their credit; a laggard catches up with no gap or repeat", { timeout: 60_000 }, async () => {
    await el.admin.createTopic("fan", { partitions: 1 });
    const producer = el.producer({ lingerMs: 0 });
    const { subscribers, expected, laggard, second } = await runFanout({ subscriberUrl: server.url, produce: async (v) => void (await producer.send("fan", { value: v, partition: 0 })) }, "fan", 60, 400, 30_000);
    await producer.close();
    expect(subscribers).toHaveLength(61);
    for (const s of subscribers) {
      expect(s.problems).toEqual([]);
      expect(s.values).toEqual(expected);
    }
    // The laggard was behind the head (a push per record it had credit for, nothing while it had none).
    expect(laggard.pushCount).toBeGreaterThan(0);
    expect(second.values).toHaveLength(400);
  });

  it("a subscriber that stops reading is held to the per-socket bound, the others get every record, and it gets every record once it reads again", { timeout: 60_000 }, async () => {
    await el.admin.createTopic("fan-stall", { partitions: 1 });
    const progress = new Progress();
    const readers = await Promise.all(Array.from({ length: 4 }, () => FanoutSubscriber.open(server.url, "fan-stall", 0, 16 * 1024 * 1024, true, progress)));
    const stalled = await FanoutSubscriber.open(server.url, "fan-stall", 0, 16 * 1024 * 1024, false, progress);
    stopReading(stalled.ws);
    const value = "v".repeat(100 * 1024);
    // One record per batch (the producer would put the 4 sends in flight in one batch, whose push then
    // goes whole past the bound): a head push then carries at most pushBytesMax.
    const producer = el.producer({ lingerMs: 0, batchBytes: value.length + 1024 });
    // 24 MiB: far past the kernel's buffers and the broker's bound for the stalled socket.
    for (let i = 0; i < 240; i += 4) await Promise.all(Array.from({ length: 4 }, () => producer.send("fan-stall", { value, partition: 0 })));
    await producer.close();
    await progress.until(() => readers.every((r) => r.values.length === 240), "every record at every reader", 30_000);
    for (const r of readers) expect(r.problems).toEqual([]);
    // The bound, then one push (a head push checks room first, as a read does: it carries batches up to
    // pushBytesMax, or one larger batch whole), and framing.
    expect(server.socketSendQueueBytesPeak()).toBeLessThanOrEqual(limits.sendQueueBytesMax + limits.pushBytesMax + 1024);
    // Over the bound it was left off the head pushes; once it reads, what it missed comes by the read
    // path: every record once, in order (FanoutSubscriber checks offsets), none lost to the backpressure.
    expect(stalled.values.length).toBeLessThan(240);
    stalled.regrant = true; // its 16 MiB of credit cover ~164 of the 240 records: it grants as it reads now
    resumeReading(stalled.ws);
    await progress.until(() => stalled.values.length === 240 || stalled.problems.length > 0, () => `every record at the reader that stalled: ${stalled.values.length} of 240`, 30_000);
    expect(stalled.problems).toEqual([]);
    expect(stalled.values).toEqual(readers[0]!.values);
    for (const s of [...readers, stalled]) s.close();
  });

  it("30 subscribers asking min_bytes 1 KiB get all 100 records once, in order, in few pushes; 0/0 ones beside them get a push per append; one behind the head catches up at once", { timeout: 60_000 }, async () => {
    await el.admin.createTopic("fan-wait", { partitions: 1 });
    const producer = el.producer({ lingerMs: 0 });
    const wait = { minBytes: 1024, maxWaitMs: 30_000 };
    const { waiting, eager, late, expected } = await runWaitFanout({ subscriberUrl: server.url, produce: async (v) => void (await producer.send("fan-wait", { value: v, partition: 0 })) }, "fan-wait", 30, 5, 100, wait, 20_000);
    await producer.close();
    for (const s of [...waiting, ...eager, late]) {
      expect(s.problems).toEqual([]);
      expect(s.values).toEqual(expected);
    }
    // ~130 B per batch: a release per ~8 records, and the last record (over min_bytes) releases the rest.
    for (const s of waiting) expect(s.pushCount).toBeLessThanOrEqual(Math.ceil((100 * 130) / wait.minBytes) + 2);
    // Appends acknowledged one at a time: a 0/0 subscriber gets each in a push of its own, as before.
    for (const s of eager) expect(s.pushCount).toBe(expected.length);
    // Behind the head, the late one got what was there at once (max_wait_ms is past the test's bound).
    expect(late.pushCount).toBeLessThanOrEqual(expected.length);
  });

  it("max_wait_ms over 30 s is refused with INVALID_REQUEST on the wire, and by el.consumer, a group consumer and subscribe() when they are made", { timeout: 30_000 }, async () => {
    await el.admin.createTopic("fan-bad-wait", { partitions: 1 });
    await expect(FanoutSubscriber.open(server.url, "fan-bad-wait", 0, 1024, true, new Progress(), { minBytes: 1, maxWaitMs: 30_001 })).rejects.toThrow(/max_wait_ms 30001 is over the 30000 ms/);
    // The SDK refuses it before anything reaches the broker (a group consumer refused at its first
    // subscribe would have joined first and left the group behind).
    const refused = expect.objectContaining({ code: "INVALID_REQUEST" });
    expect(() => el.consumer({ topic: "fan-bad-wait", from: "earliest", minBytes: 1, maxWaitMs: 30_001 })).toThrow(refused);
    expect(() => el.consumer({ groupId: "fan-bad-wait-group", topics: ["fan-bad-wait"], from: "earliest", minBytes: 1, maxWaitMs: 30_001 })).toThrow(refused);
    expect(() => subscribe(server.url, "fan-bad-wait", { WebSocket: NodeWebSocket as unknown as WebSocketConstructor, shared: false, storage: null, from: "earliest", minBytes: 1, maxWaitMs: 30_001 })).toThrow(refused);
    expect(await el.admin.listGroups()).not.toContain("fan-bad-wait-group");
  });
});
