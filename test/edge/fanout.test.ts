// Fan-out on the edge (issue 13): many subscribers of one partition object get every record once, in order,
// within their credit, and a laggard catches up with no gap or repeat (test/conformance/fanout-scenario.ts),
// in workerd; subscribers that ask min_bytes / max_wait_ms (src/core/fanout-wait.ts, on top of the object's
// linger) get every record in fewer pushes, beside 0/0 ones, and one behind the head catches up at once.
// (A subscriber that stops reading is bounded by its credit here: workerd reports no send queue; see
// src/core/send-flow.ts.) Counted on the wire, never timed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Edgelog } from "../../client/node.ts";
import { startEdge, type EdgeDeployment } from "./edge-deployment.ts";
import { runFanout, runWaitFanout } from "../conformance/fanout-scenario.ts";

let edge: EdgeDeployment;
let el: Edgelog;
beforeAll(async () => {
  edge = await startEdge({ onRuntimeOutput: () => {} });
  el = new Edgelog({ url: edge.url });
}, 60_000);
afterAll(async () => {
  await el?.close();
  await edge?.stop();
});

describe("fan-out on a partition object", () => {
  it("40 subscribers each get all 200 records once, in order, within their credit; a laggard catches up with no gap or repeat", { timeout: 90_000 }, async () => {
    await el.admin.createTopic("fan", { partitions: 1 });
    const producer = el.producer({ lingerMs: 0 });
    const subscriberUrl = edge.url.replace(/\/v1\/ws$/, "/v1/ws/p/fan/0");
    const { subscribers, expected, laggard } = await runFanout({ subscriberUrl, produce: async (v) => void (await producer.send("fan", { value: v, partition: 0 })) }, "fan", 40, 200, 60_000);
    await producer.close();
    for (const s of subscribers) {
      expect(s.problems).toEqual([]);
      expect(s.values).toEqual(expected);
    }
    expect(laggard.pushCount).toBeGreaterThan(0);
  });

  it("20 subscribers asking min_bytes 1 KiB get all 60 records once, in order, in few pushes, beside 0/0 ones; one behind the head catches up at once", { timeout: 90_000 }, async () => {
    await el.admin.createTopic("fan-wait", { partitions: 1 });
    const producer = el.producer({ lingerMs: 0 });
    const subscriberUrl = edge.url.replace(/\/v1\/ws$/, "/v1/ws/p/fan-wait/0");
    const wait = { minBytes: 1024, maxWaitMs: 30_000 };
    const { waiting, eager, late, expected } = await runWaitFanout({ subscriberUrl, produce: async (v) => void (await producer.send("fan-wait", { value: v, partition: 0 })) }, "fan-wait", 20, 4, 60, wait, 60_000);
    await producer.close();
    for (const s of [...waiting, ...eager, late]) {
      expect(s.problems).toEqual([]);
      expect(s.values).toEqual(expected);
    }
    // ~130 B per batch: a release per ~8 records (the linger only merges more), the last record releases the rest.
    for (const s of waiting) expect(s.pushCount).toBeLessThanOrEqual(Math.ceil((60 * 130) / wait.minBytes) + 2);
    expect(late.pushCount).toBeLessThanOrEqual(expected.length);
  });
});
