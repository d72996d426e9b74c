/**
 * The replication history checker (issue 14): given what a run with replicated partitions acknowledged
 * (acks "all"), what its consumers read, every replica's final log and every batch a leader accepted, name
 * each broken promise by kind. Pure and synchronous: the harness collects the history, this only judges it.
 *
 * Linear time: a log is looked up by offset through its array (a Map only for a log with gaps) and by id
 * through a Map built only when a record is out of place, so a clean history of 3 replicas × 100k records
 * builds none. Kinds that compare logs (isr-diverged, epoch-regressed in a log) report once per replica pair
 * or per drop, not once per record: a log shifted by one would otherwise bury the first difference under
 * 100k identical lines.
 */

/** A record's id is "<producer>:<seq>": seq counts 0,1,2,... per producer and partition, in send order. */
export interface ReplicationHistory {
  /** Produces acknowledged with acks 'all': the record id and the offset the broker answered. */
  acked: { id: string; partition: number; offset: number }[];
  /** Records consumers received, in receipt order per consumer (a consumer may restart and re-read). */
  consumed: { consumer: string; partition: number; offset: number; id: string }[];
  /**
   * Each replica's final log, read after the harness healed every fault and the ISR settled.
   * `logStartOffset` (optional): where the replica's log starts after retention removed a prefix; an
   * acknowledged or consumed record below it may be gone. Default 0: retention removed nothing.
   */
  replicas: {
    replica: string;
    partition: number;
    inSync: boolean;
    highWatermark: number;
    records: { offset: number; id: string; leaderEpoch: number }[];
    logStartOffset?: number;
  }[];
  /**
   * Every batch a replica accepted as leader: which replica, in which leader epoch, at which base offset.
   * Per replica and partition, in the order that replica accepted them (the order a harness appending as
   * writes happen gives); the order across replicas does not matter.
   */
  leaderWrites: { replica: string; partition: number; leaderEpoch: number; offset: number }[];
}

export type ViolationKind =
  | "acked-missing"
  | "acked-duplicate"
  | "acked-out-of-order"
  | "consumed-then-lost"
  | "two-leaders-one-epoch"
  | "epoch-regressed"
  | "isr-diverged"
  | "offset-gap";

/** Every kind, in the order reports list them. */
export const VIOLATION_KINDS: readonly ViolationKind[] = [
  "acked-missing",
  "acked-duplicate",
  "acked-out-of-order",
  "consumed-then-lost",
  "two-leaders-one-epoch",
  "epoch-regressed",
  "isr-diverged",
  "offset-gap",
];

export interface Violation {
  kind: ViolationKind;
  partition: number;
  detail: string;
}

export interface HistoryReport {
  violations: Violation[];
  /** Every kind, 0 when it holds. */
  counts: Record<ViolationKind, number>;
  /** How many entries of each input list were checked. */
  checked: { acked: number; consumed: number; replicas: number };
}

type LogRecord = ReplicationHistory["replicas"][number]["records"][number];

/** One replica's log of one partition, indexed once. */
interface ReplicaLog {
  replica: string;
  partition: number;
  inSync: boolean;
  highWatermark: number;
  logStartOffset: number;
  /** By offset, ascending. */
  records: readonly LogRecord[];
  /** Only for a log whose offsets are not contiguous; a contiguous one is looked up by index (see recordAt). */
  byOffset: Map<number, LogRecord> | undefined;
  /**
   * Each id's first index in `records`, built on first use (see firstIndexById): a clean log, whose producers'
   * seqs only rise and whose records sit where they were acknowledged, never needs it.
   */
  firstIndexById: Map<string, number> | undefined;
  /** How many records each leader epoch holds. */
  epochRecordCounts: Map<number, number>;
}

interface ProducerSeq {
  producer: string;
  seq: number;
}

interface AckedRecord {
  id: string;
  offset: number;
  seq: number;
}

/** One partition's acknowledgements, each id once. */
interface AckedPartition {
  /** Per producer, by seq. */
  byProducer: Map<string, AckedRecord[]>;
  /** Ids that are not "<producer>:<seq>": checked for presence only. */
  unparsed: AckedRecord[];
  recordCount: number;
  /** Every acknowledged id, built on first use (only a duplicate's detail asks). */
  ids: Set<string> | undefined;
}

/** "<producer>:<seq>" split at the last colon (a producer name may hold one); undefined if malformed. */
function parseId(id: string): ProducerSeq | undefined {
  const colon = id.lastIndexOf(":");
  if (colon < 0 || colon === id.length - 1) return undefined;
  let seq = 0;
  for (let i = colon + 1; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    seq = seq * 10 + digit;
  }
  return { producer: id.slice(0, colon), seq };
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/** The record at `offset` in `log`, if it holds one. */
function recordAt(log: ReplicaLog, offset: number): LogRecord | undefined {
  if (log.byOffset) return log.byOffset.get(offset);
  const first = log.records[0];
  return first === undefined ? undefined : log.records[offset - first.offset];
}

function firstIndexById(log: ReplicaLog): Map<string, number> {
  if (!log.firstIndexById) {
    const index = new Map<string, number>();
    log.records.forEach((r, i) => {
      if (!index.has(r.id)) index.set(r.id, i);
    });
    log.firstIndexById = index;
  }
  return log.firstIndexById;
}

/** Where `log` holds `id` first, if anywhere. */
function offsetOf(log: ReplicaLog, id: string): number | undefined {
  const i = firstIndexById(log).get(id);
  return i === undefined ? undefined : log.records[i]!.offset;
}

function isAcked(acked: AckedPartition | undefined, id: string): boolean {
  if (!acked) return false;
  if (!acked.ids) {
    acked.ids = new Set(acked.unparsed.map((a) => a.id));
    for (const list of acked.byProducer.values()) for (const a of list) acked.ids.add(a.id);
  }
  return acked.ids.has(id);
}

/**
 * Checks every rule below and returns every violation with a count per kind.
 *
 * - acked-missing: an acknowledged record absent from an in-sync replica's log, or there at another offset
 *   than acknowledged; also a partition with acknowledged records and no in-sync replica at all.
 * - acked-duplicate: an id (acknowledged or not) twice in one replica's log; also one id acknowledged at two
 *   offsets (a retry stored twice).
 * - acked-out-of-order: in one replica's log, a producer's seqs not increasing with the offset; also an
 *   acknowledged record present while an acknowledged record of the same producer with a lower seq is absent.
 * - consumed-then-lost: a consumed (offset, id) not at that offset in every in-sync replica's log; also two
 *   different ids read at one offset (by two consumers, or by one re-reading); also consumed records in a
 *   partition with no in-sync replica.
 * - two-leaders-one-epoch: two replicas accepting writes as leader in one epoch of a partition.
 * - epoch-regressed: leader epochs decreasing along a replica's log (by offset), or one replica accepting a
 *   write in an older epoch after one in a newer epoch. Writes of different leaders are not compared by
 *   offset: a deposed leader's uncommitted writes stay in `leaderWrites` after its successor truncated them
 *   and wrote lower offsets in a newer epoch, which is correct.
 * - isr-diverged: two in-sync replicas holding different ids or epochs at one offset below both their high
 *   watermarks (once per pair, with the first difference); also records of a leader epoch in which no
 *   leader wrote, when `leaderWrites` has any for the partition (once per replica and epoch).
 * - offset-gap: a replica's records not contiguous from its first; also a high watermark past its log end.
 *
 * Records nobody acknowledged (an answer lost) may be present once or not at all. Ids that do not parse as
 * "<producer>:<seq>" are skipped by the seq-order rules only.
 */
export function checkHistory(h: ReplicationHistory): HistoryReport {
  const violations: Violation[] = [];
  const report: Report = (kind, partition, detail) => {
    violations.push({ kind, partition, detail });
  };

  const acked = indexAcked(h.acked, report);
  const logs = new Map<number, ReplicaLog[]>();
  for (const r of h.replicas) getOrCreate(logs, r.partition, () => []).push(indexLog(r, acked.get(r.partition), report));

  const inSyncLogs = new Map<number, ReplicaLog[]>();
  const partitions = new Set<number>([...acked.keys(), ...logs.keys()]);
  for (const partition of [...partitions].sort((a, b) => a - b)) {
    const partitionLogs = logs.get(partition) ?? [];
    const inSync = partitionLogs.filter((l) => l.inSync);
    inSyncLogs.set(partition, inSync);
    checkAcked(partition, acked.get(partition), partitionLogs, inSync, report);
    checkInSyncAgree(partition, inSync, report);
  }
  checkConsumed(h.consumed, inSyncLogs, report);
  checkLeaders(h.leaderWrites, logs, report);

  const counts = Object.fromEntries(VIOLATION_KINDS.map((k) => [k, 0])) as Record<ViolationKind, number>;
  for (const v of violations) counts[v.kind]++;
  return { violations, counts, checked: { acked: h.acked.length, consumed: h.consumed.length, replicas: h.replicas.length } };
}

type Report = (kind: ViolationKind, partition: number, detail: string) => void;

/** Per partition, each acknowledged id once; an id acknowledged at two offsets was stored twice. */
function indexAcked(list: ReplicationHistory["acked"], report: Report): Map<number, AckedPartition> {
  const byPartition = new Map<number, AckedPartition>();
  const unparsedFirst = new Map<string, AckedRecord>();
  for (const a of list) {
    const p = getOrCreate(byPartition, a.partition, (): AckedPartition => ({ byProducer: new Map(), unparsed: [], recordCount: 0, ids: undefined }));
    const parsed = parseId(a.id);
    const record = { id: a.id, offset: a.offset, seq: parsed?.seq ?? -1 };
    if (parsed) {
      getOrCreate(p.byProducer, parsed.producer, () => []).push(record);
      continue;
    }
    const first = unparsedFirst.get(`${a.partition}/${a.id}`);
    if (!first) {
      unparsedFirst.set(`${a.partition}/${a.id}`, record);
      p.unparsed.push(record);
      p.recordCount++;
    } else if (first.offset !== a.offset) {
      report("acked-duplicate", a.partition, `${a.id} acknowledged at offsets ${first.offset} and ${a.offset}`);
    }
  }
  for (const [partition, p] of byPartition) {
    for (const [producer, records] of p.byProducer) {
      // Acknowledgements mostly arrive in seq order; sort is stable, so the first of equal seqs stays first.
      if (records.some((r, i) => i > 0 && r.seq < records[i - 1]!.seq)) records.sort((x, y) => x.seq - y.seq);
      const unique: AckedRecord[] = [];
      for (const r of records) {
        const first = unique.at(-1);
        if (first?.id !== r.id) unique.push(r);
        // The same answer twice (a harness recording a retry's repeat of it) is one acknowledgement.
        else if (first.offset !== r.offset) report("acked-duplicate", partition, `${r.id} acknowledged at offsets ${first.offset} and ${r.offset}`);
      }
      p.byProducer.set(producer, unique);
      p.recordCount += unique.length;
    }
  }
  return byPartition;
}

/** Indexes one replica's log and checks what one log alone can break: offset-gap, acked-duplicate, seq order, epoch order. */
function indexLog(r: ReplicationHistory["replicas"][number], acked: AckedPartition | undefined, report: Report): ReplicaLog {
  const { replica, partition } = r;
  let sorted = true;
  let contiguous = true;
  for (let i = 1; i < r.records.length; i++) {
    const prev = r.records[i - 1]!.offset;
    const offset = r.records[i]!.offset;
    if (offset === prev + 1) continue;
    report("offset-gap", partition, `replica ${replica}: offset ${offset} follows ${prev}`);
    contiguous = false;
    if (offset < prev) sorted = false;
  }
  const records = sorted ? r.records : [...r.records].sort((a, b) => a.offset - b.offset);
  const logStartOffset = r.logStartOffset ?? 0;
  const logEndOffset = records.length > 0 ? records.at(-1)!.offset + 1 : logStartOffset;
  if (r.highWatermark > logEndOffset) report("offset-gap", partition, `replica ${replica}: high watermark ${r.highWatermark} past its log end ${logEndOffset}`);

  let byOffset: Map<number, LogRecord> | undefined;
  if (!contiguous) {
    byOffset = new Map();
    for (const rec of records) if (!byOffset.has(rec.offset)) byOffset.set(rec.offset, rec);
  }
  const log: ReplicaLog = {
    replica,
    partition,
    inSync: r.inSync,
    highWatermark: r.highWatermark,
    logStartOffset,
    records,
    byOffset,
    firstIndexById: undefined,
    epochRecordCounts: new Map(),
  };
  // Each producer's highest seq so far: a record above it cannot have been seen before in this log.
  const highest = new Map<string, { seq: number; id: string; offset: number }>();
  // The current run of one epoch, counted into epochRecordCounts when it ends rather than record by record.
  let epoch = records[0]?.leaderEpoch ?? 0;
  let epochRunStart = 0;
  for (let i = 0; i < records.length; i++) {
    const rec = records[i]!;
    if (rec.leaderEpoch !== epoch) {
      if (rec.leaderEpoch < epoch) {
        report("epoch-regressed", partition, `replica ${replica}: offset ${rec.offset} has leader epoch ${rec.leaderEpoch} after epoch ${epoch} at offset ${records[i - 1]!.offset}`);
      }
      log.epochRecordCounts.set(epoch, (log.epochRecordCounts.get(epoch) ?? 0) + i - epochRunStart);
      epoch = rec.leaderEpoch;
      epochRunStart = i;
    }

    const parsed = parseId(rec.id);
    const top = parsed && highest.get(parsed.producer);
    if (parsed && (!top || parsed.seq > top.seq)) {
      if (!top) highest.set(parsed.producer, { seq: parsed.seq, id: rec.id, offset: rec.offset });
      else {
        top.seq = parsed.seq;
        top.id = rec.id;
        top.offset = rec.offset;
      }
      continue;
    }
    // A malformed id, or a seq not above its producer's highest: a second copy, or one out of order.
    const first = firstIndexById(log).get(rec.id)!;
    if (first < i) {
      const what = isAcked(acked, rec.id) ? "acknowledged" : "never acknowledged";
      report("acked-duplicate", partition, `replica ${replica}: ${rec.id} (${what}) at offsets ${records[first]!.offset} and ${rec.offset}`);
    } else if (top) {
      report("acked-out-of-order", partition, `replica ${replica}: ${rec.id} at offset ${rec.offset} after ${top.id} at offset ${top.offset}`);
    }
  }
  if (records.length > 0) log.epochRecordCounts.set(epoch, (log.epochRecordCounts.get(epoch) ?? 0) + records.length - epochRunStart);
  return log;
}

/**
 * acked-missing on in-sync replicas; on every replica, an acknowledged record present after an absent earlier
 * one of its producer. One walk per replica log over the acknowledged records, by producer and seq.
 */
function checkAcked(partition: number, acked: AckedPartition | undefined, logs: ReplicaLog[], inSync: ReplicaLog[], report: Report): void {
  if (!acked || acked.recordCount === 0) return;
  if (inSync.length === 0) report("acked-missing", partition, `no in-sync replica holds its ${acked.recordCount} acknowledged records`);
  for (const log of logs) {
    for (const list of acked.byProducer.values()) {
      let absent: AckedRecord | undefined;
      let gapReported = false;
      for (const a of list) {
        // Below the log start retention may have removed it: neither absent nor present.
        if (a.offset < log.logStartOffset) continue;
        if (!holds(log, a, report)) absent ??= a;
        else if (absent && !gapReported) {
          report("acked-out-of-order", partition, `replica ${log.replica}: holds ${a.id} at offset ${offsetOf(log, a.id)} but not ${absent.id}, acknowledged and sent before it`);
          gapReported = true;
        }
      }
    }
    for (const a of acked.unparsed) if (a.offset >= log.logStartOffset) holds(log, a, report);
  }
}

/** Whether `log` holds `a` at any offset; reports acked-missing if `log` is in sync and does not hold it where acknowledged. */
function holds(log: ReplicaLog, a: AckedRecord, report: Report): boolean {
  if (recordAt(log, a.offset)?.id === a.id) return true;
  const at = offsetOf(log, a.id);
  if (log.inSync) {
    if (at === undefined) report("acked-missing", log.partition, `replica ${log.replica}: lacks ${a.id}, acknowledged at offset ${a.offset}`);
    else report("acked-missing", log.partition, `replica ${log.replica}: holds ${a.id} at offset ${at}, acknowledged at offset ${a.offset}`);
  }
  return at !== undefined;
}

/** isr-diverged: each pair of in-sync replicas agrees on every offset both hold below both high watermarks. */
function checkInSyncAgree(partition: number, inSync: ReplicaLog[], report: Report): void {
  for (let i = 0; i < inSync.length; i++) {
    for (let j = i + 1; j < inSync.length; j++) {
      const a = inSync[i]!;
      const b = inSync[j]!;
      const below = Math.min(a.highWatermark, b.highWatermark);
      let differing = 0;
      let first = "";
      for (const ra of a.records) {
        if (ra.offset >= below) break;
        const rb = recordAt(b, ra.offset);
        // A missing offset is the offset-gap or log-start rules' to report.
        if (!rb || (rb.id === ra.id && rb.leaderEpoch === ra.leaderEpoch)) continue;
        if (differing++ === 0) first = `at offset ${ra.offset} ${a.replica} holds ${ra.id} (epoch ${ra.leaderEpoch}), ${b.replica} holds ${rb.id} (epoch ${rb.leaderEpoch})`;
      }
      if (differing > 0) report("isr-diverged", partition, `replicas ${a.replica} and ${b.replica} differ at ${differing} offsets below ${below}; first ${first}`);
    }
  }
}

/** consumed-then-lost: every distinct consumed (offset, id) is in every in-sync replica's log, and one offset gave one id. */
function checkConsumed(consumed: ReplicationHistory["consumed"], inSyncLogs: Map<number, ReplicaLog[]>, report: Report): void {
  // Every read matching every in-sync replica (and some replica to match) breaks neither rule: one offset then
  // gave one id. Only a history where some read does not match pays for the map of reads below.
  const matches = (c: ReplicationHistory["consumed"][number]): boolean => {
    const inSync = inSyncLogs.get(c.partition);
    if (!inSync || inSync.length === 0) return false;
    for (const log of inSync) if (c.offset < log.logStartOffset || recordAt(log, c.offset)?.id !== c.id) return false;
    return true;
  };
  if (consumed.every(matches)) return;
  // Per partition and offset, the first id read there and who read it; other ids read there, if any.
  type Read = { id: string; consumer: string; others?: Set<string> };
  const readAt = new Map<number, Map<number, Read>>();
  const noInSync = new Map<number, number>();
  for (const c of consumed) {
    const reads = getOrCreate(readAt, c.partition, () => new Map<number, Read>());
    const first = reads.get(c.offset);
    if (!first) reads.set(c.offset, { id: c.id, consumer: c.consumer });
    else if (first.id === c.id || first.others?.has(c.id)) continue;
    else {
      (first.others ??= new Set()).add(c.id);
      report("consumed-then-lost", c.partition, `offset ${c.offset}: ${first.consumer} read ${first.id}, ${c.consumer} read ${c.id}`);
    }
    const inSync = inSyncLogs.get(c.partition) ?? [];
    if (inSync.length === 0) noInSync.set(c.partition, (noInSync.get(c.partition) ?? 0) + 1);
    for (const log of inSync) {
      if (c.offset < log.logStartOffset) continue;
      const rec = recordAt(log, c.offset);
      if (rec?.id === c.id) continue;
      const holds = rec ? `holds ${rec.id}` : "holds nothing";
      report("consumed-then-lost", c.partition, `replica ${log.replica}: ${c.consumer} read ${c.id} at offset ${c.offset}; the replica ${holds} there`);
    }
  }
  for (const [partition, n] of noInSync) report("consumed-then-lost", partition, `no in-sync replica holds its ${n} consumed records`);
}

/** two-leaders-one-epoch, epoch-regressed over one leader's writes, and records of epochs no leader wrote in. */
function checkLeaders(writes: ReplicationHistory["leaderWrites"], logs: Map<number, ReplicaLog[]>, report: Report): void {
  // Per partition, each epoch's first leader; and the replicas already reported as a second leader of it.
  const leaders = new Map<number, Map<number, string>>();
  const reported = new Set<string>();
  const lastEpoch = new Map<string, { epoch: number; offset: number }>();
  for (const w of writes) {
    const epochs = getOrCreate(leaders, w.partition, () => new Map<number, string>());
    const leader = epochs.get(w.leaderEpoch);
    if (leader === undefined) epochs.set(w.leaderEpoch, w.replica);
    else if (leader !== w.replica) {
      const key = `${w.partition}/${w.leaderEpoch}/${w.replica}`;
      if (!reported.has(key)) {
        reported.add(key);
        report("two-leaders-one-epoch", w.partition, `epoch ${w.leaderEpoch}: ${leader} and ${w.replica} both accepted writes (${w.replica} at offset ${w.offset})`);
      }
    }
    const key = `${w.partition}/${w.replica}`;
    const last = lastEpoch.get(key);
    if (last && w.leaderEpoch < last.epoch) {
      report("epoch-regressed", w.partition, `replica ${w.replica}: accepted a write in epoch ${w.leaderEpoch} at offset ${w.offset} after one in epoch ${last.epoch} at offset ${last.offset}`);
    }
    lastEpoch.set(key, { epoch: w.leaderEpoch, offset: w.offset });
  }
  for (const [partition, epochs] of leaders) {
    for (const log of logs.get(partition) ?? []) {
      for (const [epoch, n] of log.epochRecordCounts) {
        if (!epochs.has(epoch)) report("isr-diverged", partition, `replica ${log.replica}: holds ${n} records of leader epoch ${epoch}, in which no leader wrote`);
      }
    }
  }
}

const SHOWN_PER_KIND = 5;

/** One line per kind with its count, then the first few details of each kind that has any: what a failing test prints. */
export function formatReport(r: HistoryReport): string {
  const total = r.violations.length;
  const lines = [
    `replication history: ${total} violations (checked ${r.checked.acked} acked, ${r.checked.consumed} consumed, ${r.checked.replicas} replica logs)`,
    ...VIOLATION_KINDS.map((k) => `  ${k}: ${r.counts[k]}`),
  ];
  for (const kind of VIOLATION_KINDS) {
    if (r.counts[kind] === 0) continue;
    const of = r.violations.filter((v) => v.kind === kind);
    lines.push(`${kind}, first ${Math.min(SHOWN_PER_KIND, of.length)} of ${of.length}:`);
    for (const v of of.slice(0, SHOWN_PER_KIND)) lines.push(`  partition ${v.partition}: ${v.detail}`);
  }
  return lines.join("\n");
}
