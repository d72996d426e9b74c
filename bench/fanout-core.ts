/**
 * The engine's share of a fan-out, without sockets: `npx tsx bench/fanout-core.ts [subscribers] [records]`.
 * One in-memory broker, that many sessions each subscribed to one partition at its end through a transport
 * that only counts bytes, then records appended one at a time; prints the engine's time per delivery.
 * Each record is durable before the next is appended, so every push carries one record: this is the
 * engine's share of the cost of one push (0.3–0.5 µs at 1,000 subscribers, 0.6–1.0 µs at 10,000 here),
 * against ~8–12 µs per push on the sockets (bench/fanout.ts says what of).
 */
import { performance } from "node:perf_hooks";
import { Broker } from "../src/core/broker.ts";
import { Session } from "../src/core/session.ts";
import { decodeFrame, encodeFrame } from "../src/protocol/frames.ts";
import { encodeBatch } from "../src/protocol/record-batch.ts";
import { MemoryBrokerStorage } from "../test/support/memory-broker-storage.ts";

const subscriberCount = Number(process.argv[2] ?? 1000);
const recordCount = Number(process.argv[3] ?? 1000);
const broker = new Broker({ storage: new MemoryBrokerStorage(Date.now), clock: Date.now });
let pushBytes = 0;
let pushCount = 0;
const answers: Uint8Array[] = [];
const open = (record: boolean) =>
  new Session(broker.sessionHost(), {
    send: (bytes) => {
      if (record) answers.push(bytes);
      else ((pushBytes += bytes.byteLength), pushCount++);
      return true;
    },
    bufferedBytes: () => 0,
    close: () => {},
    copiesOnSend: !record,
  });
const admin = open(true);
admin.onMessage(encodeFrame({ correlationId: 1, createTopicRequest: { topic: "t", partitions: 1 } }));
await new Promise((r) => setTimeout(r, 50));
for (let i = 0; i < subscriberCount; i++) open(false).onMessage(encodeFrame({ correlationId: 1, subscribeRequest: { topic: "t", partition: 0, offset: 0, creditBytes: 16 * 1024 * 1024 } }));
await new Promise((r) => setTimeout(r, 50));
const bad = answers.map((a) => decodeFrame(a)).filter((f) => f.error);
if (pushCount !== subscriberCount) throw new Error(`${pushCount} subscribe answers of ${subscriberCount}`);
pushCount = 0;
pushBytes = 0;
if (bad.length) throw new Error(bad[0]!.error!.message!);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < recordCount; i++) {
  admin.onMessage(encodeFrame({ correlationId: 2 + i, produceRequest: { topic: "t", partition: 0, acks: 1, records: encodeBatch([{ value: "x".repeat(100) }]) } }));
  await new Promise((r) => setImmediate(r));
}
while (pushCount < subscriberCount * recordCount && performance.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 1));
const cpu = process.cpuUsage(cpu0);
console.log(`${subscriberCount} subscribers, ${recordCount} records: ${pushCount} pushes, ${((cpu.user + cpu.system) / pushCount).toFixed(3)} µs CPU per delivery, ${(pushBytes / pushCount).toFixed(0)} B per push`);
