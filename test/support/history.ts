/**
 * The history checker every fault test shares: given what the system acknowledged and what a reader saw,
 * name each violation (lost, duplicated, reordered records; offsets going backwards).
 *
 * `checkHistory` is the one-reader form. `History` records a run as it happens (acknowledgements with their
 * offsets, what each reader saw) and checks it with the same rules plus stricter ones a test opts into
 * (exact offsets, no gaps, nothing unacknowledged); features add their own rules as `HistoryRule`s (a
 * consumer group: each record seen by one member per generation; idempotence: nothing stored twice, even
 * unacknowledged; replication: nothing read past the high watermark).
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
  /** With `ackedOffsets`: acknowledged values seen at another offset than their acknowledgement named. */
  misplaced: string[];
  /** With `logStartOffsets`: holes in what the reader saw from the log start on. */
  skipped: string[];
  /** With `sent`: values seen that were never sent to this incarnation of the topic. */
  unexpected: string[];
  /** With `logStartOffsets`: acknowledged values below the log start, which retention may remove. */
  removed: string[];
  ok: boolean;
}

/** Stricter checks for a reader of the whole log; each needs what the test knows about the run. */
export interface HistoryOptions {
  /** Per partition, the offset each acknowledged value was given, in the order of `acknowledged`. */
  ackedOffsets?: Map<number, number[]>;
  /**
   * Per partition, the log start the reader began at (0 without retention; needs `ackedOffsets`).
   * Retention removes a prefix and nothing else: an acknowledged value below the log start may be gone
   * (`removed`), one at or after it must be there (else `lost`), and the reader must see every offset from
   * the log start on without a hole (`skipped`).
   */
  logStartOffsets?: Map<number, number>;
  /**
   * Per partition, every value sent since the topic was (re)created, acknowledged or not. A value seen
   * outside it is `unexpected`: a record of a deleted topic showing up in its re-created namesake, or one
   * nobody sent.
   */
  sent?: Map<number, ReadonlySet<string>>;
}

/**
 * `acknowledged`: values the system confirmed, in the order they were produced per partition.
 * `observed`: what a reader got. Unacknowledged values may appear (at most once) or not.
 */
export function checkHistory(acknowledged: Map<number, string[]>, observed: Observed[], options: HistoryOptions = {}): HistoryReport {
  const lost: string[] = [];
  const duplicated: string[] = [];
  const reordered: string[] = [];
  const offsetsBackwards: string[] = [];
  const misplaced: string[] = [];
  const skipped: string[] = [];
  const unexpected: string[] = [];
  const removed: string[] = [];
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
    const logStart = options.logStartOffsets?.get(o.partition);
    if (logStart !== undefined) {
      const expected = prev ? prev.offset + 1 : logStart;
      if (o.offset > expected) skipped.push(`${o.partition}: ${expected}..${o.offset - 1}`);
    }
    const sent = options.sent?.get(o.partition);
    if (sent && !sent.has(o.value)) unexpected.push(`${key}@${o.offset}`);
    list.push(o);
  }
  for (const [partition, values] of acknowledged) {
    const positions = new Map<string, number>();
    const list = byPartition.get(partition) ?? [];
    list.forEach((o, i) => positions.set(o.value, i));
    const offsets = options.ackedOffsets?.get(partition);
    const logStart = options.logStartOffsets?.get(partition);
    let last = -1;
    values.forEach((v, i) => {
      const at = positions.get(v);
      const ackedAt = offsets?.[i];
      if (at === undefined) {
        if (logStart !== undefined && ackedAt !== undefined && ackedAt < logStart) removed.push(`${partition}/${v}`);
        else lost.push(`${partition}/${v}`);
        return;
      }
      if (at < last) reordered.push(`${partition}/${v}`);
      last = at;
      if (ackedAt !== undefined && list[at]!.offset !== ackedAt) misplaced.push(`${partition}/${v} acknowledged at ${ackedAt}, seen at ${list[at]!.offset}`);
    });
  }
  const ok = [lost, duplicated, reordered, offsetsBackwards, misplaced, skipped, unexpected].every((v) => v.length === 0);
  return { lost, duplicated, reordered, offsetsBackwards, misplaced, skipped, unexpected, removed, ok };
}

export interface Acknowledgement {
  partition: number;
  value: string;
  /** The offset the acknowledgement named; undefined for acks that name none (acks "none"). */
  offset?: number;
}

/** A recorded run, as rules see it. */
export interface HistoryView {
  /** Per partition, in the order each was acknowledged (per partition that is the produce order). */
  acknowledged: ReadonlyMap<number, readonly Acknowledgement[]>;
  /** Per reader (a consumer, a group member, a fresh read after a crash), what it saw in order. */
  readers: ReadonlyMap<string, readonly Observed[]>;
  /** Every observation of every reader, in the order they were made (one process: a real-time order). */
  sequence: readonly (Observed & { reader: string })[];
}

/** A rule of a feature: returns one line per violation (empty: the rule holds). */
export interface HistoryRule {
  name: string;
  check(view: HistoryView): string[];
}

export interface HistoryCheckOptions {
  /**
   * Per partition, the offset every reader started at: each must then see every offset from there on with
   * no hole (checkHistory's `skipped`), as a reader of the whole log does. Default: holes are not checked
   * (a reader that sees only some records, e.g. filtered to acknowledged ones).
   */
  startOffsets?: Map<number, number>;
  /** Every value a reader saw must have been acknowledged (checkHistory's `unexpected`). Default false. */
  acknowledgedOnly?: boolean;
  /** Every acknowledged record must be seen by every reader, not just by some reader. Default true. */
  everyReaderSeesAll?: boolean;
  /** Feature rules, checked after the built-in ones. */
  rules?: HistoryRule[];
}

export interface HistoryCheck {
  ok: boolean;
  /** Rule name → violations; every built-in rule is present, empty when it holds. */
  violations: Record<string, string[]>;
  /** One line per rule that failed, with its first violations: what a failing test prints. */
  summary: string;
}

const SHOWN_PER_RULE = 8;

export class History {
  private readonly acks = new Map<number, Acknowledgement[]>();
  private readonly seen = new Map<string, Observed[]>();
  private readonly order: (Observed & { reader: string })[] = [];

  acknowledge(partition: number, value: string, offset?: number): void {
    let list = this.acks.get(partition);
    if (!list) this.acks.set(partition, (list = []));
    list.push({ partition, value, offset });
  }

  observe(o: Observed, reader = "reader"): void {
    let list = this.seen.get(reader);
    if (!list) this.seen.set(reader, (list = []));
    list.push(o);
    this.order.push({ ...o, reader });
  }

  get view(): HistoryView {
    return { acknowledged: this.acks, readers: this.seen, sequence: this.order };
  }

  acknowledgedCount(): number {
    let n = 0;
    for (const list of this.acks.values()) n += list.length;
    return n;
  }

  observedCount(reader = "reader"): number {
    return this.seen.get(reader)?.length ?? 0;
  }

  /**
   * checkHistory's rules for each reader (lost, duplicated, reordered, offsetsBackwards, misplaced against
   * the offsets acknowledgements named; skipped with `startOffsets`; unexpected with `acknowledgedOnly`),
   * then across readers (misplaced: two values at one offset), then the feature rules.
   */
  check(options: HistoryCheckOptions = {}): HistoryCheck {
    const names = ["lost", "duplicated", "reordered", "offsetsBackwards", "misplaced", "skipped", "unexpected"] as const;
    const violations: Record<string, string[]> = Object.fromEntries(names.map((n) => [n, []]));
    const everyReader = options.everyReaderSeesAll !== false;
    const sent = options.acknowledgedOnly
      ? new Map([...this.acks].map(([p, list]) => [p, new Set(list.map((a) => a.value)) as ReadonlySet<string>]))
      : undefined;
    const seenByAny = new Set<string>();
    const valueAt = new Map<string, string>();
    const readers = this.seen.size > 0 ? this.seen : new Map<string, Observed[]>([["reader", []]]);
    for (const [reader, observed] of readers) {
      const tag = readers.size > 1 ? `${reader}: ` : "";
      const mine = new Set(observed.map((o) => `${o.partition}/${o.value}`));
      for (const key of mine) seenByAny.add(key);
      const values = new Map<number, string[]>();
      const ackedOffsets = new Map<number, number[]>();
      for (const [p, list] of this.acks) {
        // A reader that need not see everything is held to the order of what it did see.
        const expected = everyReader ? list : list.filter((a) => mine.has(`${p}/${a.value}`));
        values.set(p, expected.map((a) => a.value));
        // Offsets are compared only where every acknowledgement named one (acks "none" names none).
        if (expected.every((a) => a.offset !== undefined && a.offset >= 0)) ackedOffsets.set(p, expected.map((a) => a.offset!));
      }
      const r = checkHistory(values, observed, { ackedOffsets, logStartOffsets: options.startOffsets, sent });
      for (const n of names) violations[n]!.push(...r[n].map((v) => tag + v));
      for (const o of observed) {
        const at = `${o.partition}@${o.offset}`;
        const before = valueAt.get(at);
        if (before !== undefined && before !== o.value) violations.misplaced!.push(`${tag}${at} holds ${before} and ${o.value}`);
        valueAt.set(at, o.value);
      }
    }
    if (!everyReader) {
      for (const [p, list] of this.acks) for (const a of list) if (!seenByAny.has(`${p}/${a.value}`)) violations.lost!.push(`${p}/${a.value}`);
    }
    for (const rule of options.rules ?? []) violations[rule.name] = rule.check(this.view);
    const failed = Object.entries(violations).filter(([, v]) => v.length > 0);
    const summary = failed
      .map(([name, v]) => `${name} (${v.length}): ${v.slice(0, SHOWN_PER_RULE).join(", ")}${v.length > SHOWN_PER_RULE ? ", …" : ""}`)
      .join("; ");
    return { ok: failed.length === 0, violations, summary };
  }
}

export interface GroupHandoffOptions {
  /** Per partition, where its first owner must start (the group had no committed offset; `from` decided). */
  startOffsets?: ReadonlyMap<number, number>;
  /**
   * Readers that died without leaving (their observations stop at the death), each with, per partition,
   * the offset of the last commit its coordinator answered (seen on the wire). A partition with none
   * counts from where that reader started it.
   */
  crashed?: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/**
 * Consumer groups: each partition passes from member to member, and each reads on from where the group's
 * committed offset put it. Per partition, in the order records were finished across all members:
 * - a member reads consecutive offsets (nothing skipped, nothing repeated, in order);
 * - a member that takes over from a live one starts right after the last record that one finished (it
 *   committed before giving the partition up: nothing read twice, nothing skipped);
 * - a member that takes over from a crashed one starts at or after the crashed one's last answered commit
 *   and at most one past its last finished record: records are read twice only after that commit, and
 *   none is skipped.
 * Two members reading one partition at once break the first rule at the first interleaving.
 */
export function groupHandoffRule(options: GroupHandoffOptions = {}): HistoryRule {
  return {
    name: "groupHandoff",
    check(view) {
      const out: string[] = [];
      const last = new Map<number, { reader: string; offset: number; startedAt: number }>();
      for (const o of view.sequence) {
        const prev = last.get(o.partition);
        if (!prev) {
          const start = options.startOffsets?.get(o.partition);
          if (start !== undefined && o.offset !== start) out.push(`${o.partition}: first owner ${o.reader} started at ${o.offset}, not ${start}`);
          last.set(o.partition, { reader: o.reader, offset: o.offset, startedAt: o.offset });
          continue;
        }
        if (o.reader === prev.reader) {
          if (o.offset !== prev.offset + 1) out.push(`${o.partition}: ${o.reader} read ${prev.offset} then ${o.offset}`);
          prev.offset = o.offset;
          continue;
        }
        const crashedCommits = options.crashed?.get(prev.reader);
        if (crashedCommits) {
          const lower = crashedCommits.get(o.partition) ?? prev.startedAt;
          if (o.offset < lower) out.push(`${o.partition}: ${o.reader} took over from crashed ${prev.reader} at ${o.offset}, before its last commit ${lower}`);
          if (o.offset > prev.offset + 1) out.push(`${o.partition}: ${o.reader} took over from crashed ${prev.reader} at ${o.offset}; ${prev.reader} finished only up to ${prev.offset}`);
        } else if (o.offset !== prev.offset + 1) {
          out.push(`${o.partition}: ${o.reader} took over from ${prev.reader} at ${o.offset}; ${prev.reader} finished ${prev.offset}`);
        }
        last.set(o.partition, { reader: o.reader, offset: o.offset, startedAt: o.offset });
      }
      return out;
    },
  };
}

/** Values finished by more than one reader, as "partition/value": what a group read twice. */
export function readTwice(view: HistoryView): { partition: number; offset: number; value: string; readers: string[] }[] {
  const by = new Map<string, { partition: number; offset: number; value: string; readers: string[] }>();
  for (const o of view.sequence) {
    const key = `${o.partition}/${o.value}`;
    const entry = by.get(key);
    if (entry) entry.readers.push(o.reader);
    else by.set(key, { partition: o.partition, offset: o.offset, value: o.value, readers: [o.reader] });
  }
  return [...by.values()].filter((e) => e.readers.length > 1);
}
