/**
 * Server-side partition assignors for consumer groups: pure functions from the group's members (their
 * subscriptions and the partitions the previous target gave them) and the topics' partition counts to a
 * target assignment. The group coordinator (group-coordinator.ts) calls one on every group epoch bump and
 * then moves partitions incrementally toward its answer; an assignor never sees time, I/O or randomness,
 * so the same input always gives the same target on every host.
 *
 * - "uniform" (the default): balanced and sticky. Members with the same subscription end within one
 *   partition of each other, and a partition stays with its current owner unless balance needs it
 *   elsewhere, so a join or a leave moves as few partitions as possible (each move costs a revocation
 *   round trip and a consumer's warm state).
 * - "range": Kafka's RangeAssignor. Per topic, the topic's subscribers sorted by id (a static member by
 *   its instance id, so its ranges survive a restart) each take one contiguous range; the first
 *   `count % members` take one more. It ignores the current assignment.
 */

export interface TopicPartition {
  topic: string;
  partition: number;
}

export interface AssignorMember {
  memberId: string;
  /** Sorts a static member in the range assignor (Kafka's KIP-345 rule); ignored by "uniform". */
  groupInstanceId?: string | null;
  subscribedTopics: readonly string[];
  /** The partitions the previous target gave this member (what stickiness preserves). */
  current: readonly TopicPartition[];
}

/**
 * Returns, for every member, its target partitions sorted by (topic, partition). Every partition of a
 * topic in `partitionCounts` that some member subscribes to is in exactly one member's list, and only in
 * the list of a member subscribed to its topic. Topics missing from `partitionCounts` do not exist.
 */
export type Assignor = (members: readonly AssignorMember[], partitionCounts: ReadonlyMap<string, number>) => Map<string, TopicPartition[]>;

export const assignorNameDefault = "uniform";

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

/** Orders partitions by topic, then partition number: the one order of every list this module returns. */
export function compareTopicPartitions(a: TopicPartition, b: TopicPartition): number {
  if (a.topic !== b.topic) return a.topic < b.topic ? -1 : 1;
  return a.partition - b.partition;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Key of a partition in maps and sets. Topic names never hold ":" ([a-zA-Z0-9._-]); parse from the end anyway. */
export function partitionKey(topic: string, partition: number): string {
  return `${topic}:${partition}`;
}

export function parsePartitionKey(key: string): TopicPartition {
  const colonIndex = key.lastIndexOf(":");
  return { topic: key.slice(0, colonIndex), partition: Number(key.slice(colonIndex + 1)) };
}

/** Members sorted by id with duplicate ids refused: every assignor's answer must not depend on input order. */
function sortedMembers(members: readonly AssignorMember[]): AssignorMember[] {
  const sorted = [...members].sort((a, b) => compareStrings(a.memberId, b.memberId));
  for (let i = 1; i < sorted.length; i++) assert(sorted[i - 1].memberId !== sorted[i].memberId, `duplicate member id ${sorted[i].memberId}`);
  return sorted;
}

/** The member's subscribed topics that exist, sorted and without duplicates. */
function existingTopics(member: AssignorMember, partitionCounts: ReadonlyMap<string, number>): string[] {
  return [...new Set(member.subscribedTopics)].filter((t) => (partitionCounts.get(t) ?? 0) > 0).sort(compareStrings);
}

function emptyResult(members: readonly AssignorMember[]): Map<string, TopicPartition[]> {
  return new Map(members.map((m) => [m.memberId, []]));
}

function finish(result: Map<string, TopicPartition[]>): Map<string, TopicPartition[]> {
  for (const list of result.values()) list.sort(compareTopicPartitions);
  return result;
}

export const rangeAssignor: Assignor = (members, partitionCounts) => {
  const sorted = sortedMembers(members);
  const result = emptyResult(sorted);
  const rangeOrder = (m: AssignorMember) => m.groupInstanceId ?? m.memberId;
  const subscribers = new Map<string, AssignorMember[]>();
  for (const m of sorted) {
    for (const topic of existingTopics(m, partitionCounts)) {
      let list = subscribers.get(topic);
      if (list === undefined) subscribers.set(topic, (list = []));
      list.push(m);
    }
  }
  for (const [topic, list] of subscribers) {
    list.sort((a, b) => compareStrings(rangeOrder(a), rangeOrder(b)) || compareStrings(a.memberId, b.memberId));
    const partitionCount = partitionCounts.get(topic)!;
    const perMember = Math.floor(partitionCount / list.length);
    const extraCount = partitionCount % list.length;
    let partition = 0;
    list.forEach((m, i) => {
      const take = perMember + (i < extraCount ? 1 : 0);
      const out = result.get(m.memberId)!;
      for (let j = 0; j < take; j++) out.push({ topic, partition: partition++ });
    });
    assert(partition === partitionCount, `range assigned ${partition} of ${partitionCount} partitions of ${topic}`);
  }
  return finish(result);
};

export const uniformAssignor: Assignor = (members, partitionCounts) => {
  const sorted = sortedMembers(members);
  if (sorted.length === 0) return new Map();
  const topicsOf = sorted.map((m) => existingTopics(m, partitionCounts));
  const signature = topicsOf[0].join("\n");
  const homogeneous = topicsOf.every((ts) => ts.join("\n") === signature);
  return finish(homogeneous ? uniformHomogeneous(sorted, topicsOf[0], partitionCounts) : uniformHeterogeneous(sorted, topicsOf, partitionCounts));
};

/**
 * The current partitions each member may keep: subscribed, existing, and claimed by no earlier member. The
 * coordinator passes disjoint previous targets, so the first-claim rule only guards a corrupt input.
 */
function validCurrent(members: readonly AssignorMember[], topicsOf: readonly string[][], partitionCounts: ReadonlyMap<string, number>): string[][] {
  const claimed = new Set<string>();
  return members.map((m, i) => {
    const subscribed = new Set(topicsOf[i]);
    const kept: string[] = [];
    for (const tp of [...m.current].sort(compareTopicPartitions)) {
      const key = partitionKey(tp.topic, tp.partition);
      if (!subscribed.has(tp.topic) || tp.partition < 0 || tp.partition >= partitionCounts.get(tp.topic)! || claimed.has(key)) continue;
      claimed.add(key);
      kept.push(key);
    }
    return kept;
  });
}

/**
 * Every member subscribes to the same topics (the usual group): quotas of floor(P/M) and, for P % M of the
 * members, one more. The extra quotas go to the members that already hold the most, each member keeps its
 * current partitions up to its quota, and the rest are dealt round-robin, so the number of partitions that
 * change owner is the least any balanced answer allows. O(P log P + M log M).
 */
function uniformHomogeneous(members: AssignorMember[], topics: string[], partitionCounts: ReadonlyMap<string, number>): Map<string, TopicPartition[]> {
  const result = emptyResult(members);
  const memberCount = members.length;
  const kept = validCurrent(members, members.map(() => topics), partitionCounts);
  let partitionCount = 0;
  for (const t of topics) partitionCount += partitionCounts.get(t)!;
  const quotaBase = Math.floor(partitionCount / memberCount);
  const extraCount = partitionCount % memberCount;
  const byHolding = members.map((_, i) => i).sort((a, b) => kept[b].length - kept[a].length || a - b);
  const quota = new Array<number>(memberCount).fill(quotaBase);
  for (let r = 0; r < extraCount; r++) quota[byHolding[r]] += 1;

  const owned = new Set<string>();
  const counts = new Array<number>(memberCount).fill(0);
  members.forEach((m, i) => {
    const out = result.get(m.memberId)!;
    for (const key of kept[i].slice(0, quota[i])) {
      owned.add(key);
      out.push(parsePartitionKey(key));
    }
    counts[i] = out.length;
  });
  let cursor = 0;
  for (const topic of topics) {
    const topicPartitionCount = partitionCounts.get(topic)!;
    for (let partition = 0; partition < topicPartitionCount; partition++) {
      if (owned.has(partitionKey(topic, partition))) continue;
      let steps = 0;
      while (counts[cursor] >= quota[cursor]) {
        cursor = (cursor + 1) % memberCount;
        steps += 1;
        assert(steps <= memberCount, "uniform: an unowned partition but every quota is full");
      }
      result.get(members[cursor].memberId)!.push({ topic, partition });
      counts[cursor] += 1;
      cursor = (cursor + 1) % memberCount;
    }
  }
  members.forEach((_, i) => assert(counts[i] === quota[i], `uniform: member ${i} holds ${counts[i]}, quota ${quota[i]}`));
  return result;
}

/**
 * Subscriptions differ: members keep their current partitions, each unowned partition goes to the least
 * loaded subscriber of its topic (topics with the fewest subscribers first, as they have the fewest
 * choices), then passes move a partition from its owner to the least loaded subscriber of its topic while
 * the two differ by two or more. A pass with no move ends it: then any two members with the same
 * subscription differ by at most one (else the fuller one holds a partition the other could take). Each move
 * lowers the sum of squared counts by at least two, so the passes end. O(passes x P x subscribers).
 */
function uniformHeterogeneous(members: AssignorMember[], topicsOf: string[][], partitionCounts: ReadonlyMap<string, number>): Map<string, TopicPartition[]> {
  const memberCount = members.length;
  const subscribers = new Map<string, number[]>();
  topicsOf.forEach((ts, i) => {
    for (const t of ts) {
      let list = subscribers.get(t);
      if (list === undefined) subscribers.set(t, (list = []));
      list.push(i);
    }
  });
  const owner = new Map<string, number>();
  const counts = new Array<number>(memberCount).fill(0);
  validCurrent(members, topicsOf, partitionCounts).forEach((keys, i) => {
    for (const key of keys) owner.set(key, i);
    counts[i] = keys.length;
  });
  const leastLoaded = (candidates: number[]): number => {
    let best = candidates[0];
    for (const c of candidates) if (counts[c] < counts[best]) best = c;
    return best;
  };
  const topics = [...subscribers.keys()].sort((a, b) => subscribers.get(a)!.length - subscribers.get(b)!.length || compareStrings(a, b));
  for (const topic of topics) {
    const candidates = subscribers.get(topic)!;
    for (let partition = 0; partition < partitionCounts.get(topic)!; partition++) {
      const key = partitionKey(topic, partition);
      if (owner.has(key)) continue;
      const chosen = leastLoaded(candidates);
      owner.set(key, chosen);
      counts[chosen] += 1;
    }
  }
  for (let moved = true; moved; ) {
    moved = false;
    for (const topic of topics) {
      const candidates = subscribers.get(topic)!;
      for (let partition = 0; partition < partitionCounts.get(topic)!; partition++) {
        const key = partitionKey(topic, partition);
        const from = owner.get(key)!;
        const to = leastLoaded(candidates);
        if (counts[from] < counts[to] + 2) continue;
        owner.set(key, to);
        counts[from] -= 1;
        counts[to] += 1;
        moved = true;
      }
    }
  }
  const result = emptyResult(members);
  for (const [key, i] of owner) result.get(members[i].memberId)!.push(parsePartitionKey(key));
  return result;
}

/** The assignors a group may name (heartbeat `assignor`). */
export const assignors: ReadonlyMap<string, Assignor> = new Map([
  ["uniform", uniformAssignor],
  ["range", rangeAssignor],
]);
