// The README's quickstart, runnable: `npm start` in one shell, then `npx tsx examples/quickstart.ts`.
import { Edgelog, codecs } from "../client/node.ts";

const el = new Edgelog({ url: process.env.EDGELOG_URL ?? "ws://localhost:8080" });

// Topics are created explicitly, like Kafka with auto-creation off.
const topic = `quickstart-${Date.now()}`;
await el.admin.createTopic(topic, { partitions: 4, retentionMs: 24 * 3600 * 1000 });

// Keyed records land on murmur2(key) % partitions, as Kafka's default partitioner puts them.
const producer = el.producer({ acks: "all", lingerMs: 5 });
const sent = await producer.send(topic, [
  { key: "alice", value: JSON.stringify({ page: "/home" }) },
  { key: "bob", value: JSON.stringify({ page: "/docs" }) },
  { key: "alice", value: JSON.stringify({ page: "/pricing" }) },
]);
console.log("stored at", sent.map((r) => `${r.partition}:${r.offset}`).join(" "));

// A typed view of the same topic: values are decoded with the JSON codec.
const views = el.topic<{ page: string }>(topic, codecs.json());
const consumer = views.consumer({ from: "earliest" });
let seen = 0;
for await (const r of consumer) {
  console.log(`partition ${r.partition} offset ${r.offset} key ${new TextDecoder().decode(r.key!)} page ${r.value!.page}`);
  if (++seen === 3) break; // leaving the loop closes the consumer
}

await el.admin.deleteTopic(topic);
await el.close();
