// Consumer groups, runnable: `npm start` in one shell, then `npx tsx examples/groups.ts`.
// Two members of one group split a topic's partitions and commit what they handled; after they leave, a
// third member of the group resumes right after their commits.
import { Edgelog, codecs, type GroupConsumer } from "../client/node.ts";

const el = new Edgelog({ url: process.env.EDGELOG_URL ?? "ws://localhost:8080" });
const topic = `orders-${Date.now()}`;
await el.admin.createTopic(topic, { partitions: 4 });
const groupId = `billing-${Date.now()}`;

let onChange = () => {};
const member = (name: string): GroupConsumer<string> =>
  el.consumer<string>({
    groupId,
    topics: [topic],
    from: "earliest", // where a partition starts while the group has no committed offset for it
    sessionTimeoutMs: 3000, // heartbeats every second; a member that dies loses its partitions after 3 s
    valueCodec: codecs.string,
    onAssigned: (ps) => (console.log(`${name} got partitions ${ps.map((p) => p.partition).join(",")}`), onChange()),
    onRevoked: (ps) => (console.log(`${name} gave up partitions ${ps.map((p) => p.partition).join(",")}`), onChange()),
  });
const until = (ready: () => boolean) => new Promise<void>((resolve) => (onChange = () => ready() && resolve())());

let handled = 0;
const read = (name: string, m: GroupConsumer<string>) =>
  m.run({
    eachRecord: async (r) => {
      console.log(`${name} read ${r.partition}:${r.offset} ${r.value}`);
      handled++; // the offset is committed once this handler has returned: at-least-once
      onChange();
    },
  });

const a = member("a");
const b = member("b");
const running = [read("a", a), read("b", b)];
await until(() => a.assignment().length === 2 && b.assignment().length === 2);

await el.producer().send(topic, Array.from({ length: 8 }, (_, i) => ({ key: `customer-${i}`, value: `order ${i}` })));
await until(() => handled === 8);
await Promise.all([a.close(), b.close()]); // each commits what it handled and leaves the group at once
await Promise.all(running);

// A new member of the same group starts after the committed offsets, not at 'earliest'.
await el.producer().send(topic, [{ key: "customer-8", value: "order 8" }, { key: "customer-9", value: "order 9" }]);
const c = member("c");
const cRunning = read("c", c);
await until(() => handled === 10);
await c.commit(); // what autoCommit does every 5 s and close() does at the end
console.log("committed", (await c.committed()).map((o) => `${o.partition}:${o.offset}`).join(" "));
await c.close();
await cRunning;
await el.admin.deleteTopic(topic);
await el.close();
