/**
 * The history checker every fault test shares: given what the system acknowledged and what a reader saw,
 * name each violation (lost, duplicated, reordered records; offsets going backwards).
 */
export interface Observed {
  /** Per-partition key so order is checked within a partition only. */
  partition: number;
  offset: number;
  value: string;
}

export interface HistoryReport {
  lost: string[];
  duplicated: string[];
  reordered: string[];
  offsetsBackwards: string[];
  ok: boolean;
}

/**
 * `acknowledged`: values the system confirmed, in the order they were produced per partition.
 * `observed`: what a reader got. Unacknowledged values may appear (at most once) or not.
 */
export function checkHistory(acknowledged: Map<number, string[]>, observed: Observed[]): HistoryReport {
  const lost: string[] = [];
  const duplicated: string[] = [];
  const reordered: string[] = [];
  const offsetsBackwards: string[] = [];
  const seen = new Map<string, number>();
  const byPartition = new Map<number, Observed[]>();
  for (const o of observed) {
    const key = `${o.partition}/${o.value}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (seen.get(key) === 2) duplicated.push(key);
    let list = byPartition.get(o.partition);
    if (!list) byPartition.set(o.partition, (list = []));
    const prev = list.at(-1);
    if (prev && o.offset <= prev.offset) offsetsBackwards.push(`${o.partition}: ${prev.offset} then ${o.offset}`);
    list.push(o);
  }
  for (const [partition, values] of acknowledged) {
    const positions = new Map<string, number>();
    (byPartition.get(partition) ?? []).forEach((o, i) => positions.set(o.value, i));
    let last = -1;
    for (const v of values) {
      const at = positions.get(v);
      if (at === undefined) {
        lost.push(`${partition}/${v}`);
        continue;
      }
      if (at < last) reordered.push(`${partition}/${v}`);
      last = at;
    }
  }
  return { lost, duplicated, reordered, offsetsBackwards, ok: !lost.length && !duplicated.length && !reordered.length && !offsetsBackwards.length };
}
