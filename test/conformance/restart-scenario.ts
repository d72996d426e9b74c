/**
 * The restart scenario both deployments run (the SDK suite's restart and crash faults, test/edge/edge.test.ts):
 * a producer sends keyed batches in a loop and a consumer reads both partitions while `restart` takes the
 * server down (a clean stop or a kill) and up behind the same URL. Then: no send failed (retries cover the outage), acknowledged offsets are
 * unique and hold their values, each partition's consumed offsets are exactly 0..hw-1, and among
 * acknowledged records nothing is lost, duplicated or reordered. Every wait is for an event.
 */
import { expect } from "vitest";
import { Edgelog, type RecordMetadata } from "../../client/node.ts";
import { checkHistory, type Observed } from "../support/history.ts";
import { Progress } from "../support/progress.ts";

const text = new TextDecoder();

export interface RestartScenarioOptions {
  /** Default "restart"; a deployment that runs the scenario twice (restart, crash) names each run's topic. */
  topic?: string;
  /** Deadline of each awaited event (default Progress's); the edge needs more than Node. */
  eventTimeoutMs?: number;
}

/**
 * `restart` stops the server (cleanly or by killing it), awaits `clientNoticed` (the client has seen its
 * connection drop, so the outage is real) and starts it again.
 */
export async function restartScenario(
  url: string,
  restart: (clientNoticed: () => Promise<void>) => Promise<void>,
  options: RestartScenarioOptions = {},
): Promise<void> {
  const topic = options.topic ?? "restart";
  const progress = new Progress(options.eventTimeoutMs);
  const logLines: string[] = [];
  const c = new Edgelog({
    url,
    reconnect: { initialDelayMs: 20, maxDelayMs: 200 },
    log: (line) => {
      logLines.push(line);
      progress.poke();
    },
  });
  try {
    await c.admin.createTopic(topic, { partitions: 2 });
    const producer = c.producer({ lingerMs: 1, retryBackoffMs: 20 });
    const consumer = c.consumer({ topic, from: "earliest", creditBytes: 16 * 1024 });
    const observed: Observed[] = [];
    const consuming = consumer.run({
      eachRecord: (r) => {
        observed.push({ partition: r.partition, offset: r.offset, value: text.decode(r.value!) });
        progress.poke();
      },
    });
    const acked: { value: string; meta: RecordMetadata }[] = [];
    const failed: string[] = [];
    let seq = 0;
    let stop = false;
    const produceLoop = (async () => {
      while (!stop) {
        const values = Array.from({ length: 20 }, () => `r${seq++}`);
        try {
          const results = await producer.send(topic, values.map((value, i) => ({ value, key: `k${i % 5}` })));
          results.forEach((meta, i) => acked.push({ value: values[i]!, meta }));
        } catch (err) {
          failed.push(String(err));
        }
        progress.poke();
      }
    })();
    await progress.until(() => acked.length >= 500 && observed.length >= 100, "traffic before the restart");
    const ackedBefore = acked.length;
    const observedBefore = observed.length;
    await restart(() => progress.until(() => logLines.some((l) => l.includes("lost")), "the client to notice the server is gone"));
    await progress.until(() => acked.length >= ackedBefore + 1100, "traffic after the restart");
    stop = true;
    await produceLoop;
    await producer.flush();
    expect(ackedBefore).toBeGreaterThan(100);
    expect(observedBefore).toBeGreaterThan(100);
    expect(acked.length).toBeGreaterThan(ackedBefore + 1000);
    expect(failed).toEqual([]);
    expect(logLines.some((l) => l.includes("lost"))).toBe(true);

    const hw = await Promise.all([0, 1].map(async (p) => (await c.admin.listOffsets(topic, p, "latest")).offset));
    await progress.until(() => observed.length >= hw[0]! + hw[1]!, "the consumer to catch up");
    await consumer.close();
    await consuming;

    const ackedKeys = new Set(acked.map((a) => `${a.meta.partition}/${a.meta.offset}`));
    expect(ackedKeys.size).toBe(acked.length);
    for (const p of [0, 1]) {
      expect(observed.filter((o) => o.partition === p).map((o) => o.offset)).toEqual(Array.from({ length: hw[p]! }, (_, i) => i));
    }
    const byOffset = new Map(observed.map((o) => [`${o.partition}/${o.offset}`, o.value]));
    for (const a of acked) expect(byOffset.get(`${a.meta.partition}/${a.meta.offset}`)).toBe(a.value);
    const acknowledged = new Map<number, string[]>();
    for (const a of acked) acknowledged.set(a.meta.partition, [...(acknowledged.get(a.meta.partition) ?? []), a.value]);
    const report = checkHistory(acknowledged, observed.filter((o) => ackedKeys.has(`${o.partition}/${o.offset}`)));
    expect(report).toMatchObject({ lost: [], duplicated: [], reordered: [], offsetsBackwards: [] });
  } finally {
    await c.close();
  }
}
