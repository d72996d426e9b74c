// The SDK's on-demand engines take the entry's code as positional lists (client/read-kit.ts for the read
// path, producer.ts's kit for the producer's engine; the lists keep the names out of the bundle twice). A
// list's order is written in three places: the list, the declarations typed by position (`let X: Kit[i]`)
// and link()'s destructuring. Two error classes have the same type, so a swap would compile and hand the
// engine the wrong class. This test reads the three places of each list and requires one order.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const source = (path: string) => readFileSync(new URL(`../../client/${path}`, import.meta.url), "utf8");
const names = (list: string) =>
  list
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

function between(text: string, start: RegExp, end: string, what: string): string {
  const m = start.exec(text);
  if (!m) throw new Error(`${what}: not found`);
  const from = m.index + m[0].length;
  const to = text.indexOf(end, from);
  if (to < 0) throw new Error(`${what}: no end`);
  return text.slice(from, to);
}

/** `let name: Kit[i];` declarations, as names in index order (every index once). */
function declared(text: string, kit: string): string[] {
  const found = [...text.matchAll(new RegExp(`let (\\w+): ${kit}\\[(\\d+)\\];`, "g"))].map((m) => [Number(m[2]), m[1]!] as const);
  const byIndex = new Map(found);
  expect(byIndex.size, `${kit} declared once per index`).toBe(found.length);
  return Array.from({ length: found.length }, (_, i) => byIndex.get(i) ?? `<no ${kit}[${i}]>`);
}

describe("the engines' kits keep one order", () => {
  it("read path: read-kit.ts's list, partition-set.ts's declarations and its link()", () => {
    const list = names(between(source("read-kit.ts"), /export const readKit = \[/, "]", "readKit"));
    const partitionSet = source("partition-set.ts");
    const linked = names(between(partitionSet, /export function link\(kit: ReadKit\): void \{\s*\[/, "] = kit", "partition-set link()"));
    expect(list.length).toBeGreaterThan(5);
    expect(declared(partitionSet, "ReadKit")).toEqual(list);
    expect(linked).toEqual(list);
  });

  it("producer: producer.ts's kit, producer-engine.ts's declarations and its link()", () => {
    const list = names(between(source("producer.ts"), /const kit = \[/, "]", "producer kit"));
    const engine = source("producer-engine.ts");
    const linked = names(between(engine, /export function link\(kit: ProducerKit\): void \{\s*\[/, "] = kit", "producer-engine link()"));
    expect(list.length).toBeGreaterThan(5);
    expect(declared(engine, "ProducerKit")).toEqual(list);
    expect(linked).toEqual(list);
  });
});
