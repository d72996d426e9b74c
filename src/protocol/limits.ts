/**
 * Every bound in one place, with its unit and its reason. Broker options override the defaults; the
 * broker tells clients its values in the hello response so the SDK can refuse oversized records early.
 */
export const limits = {
  /** Largest record (key + value + headers), like Kafka's max.message.bytes default order of magnitude. */
  recordBytesMax: 1024 * 1024,
  /** Largest batch in one produce request. A batch may hold one record of recordBytesMax plus framing. */
  batchBytesMax: 8 * 1024 * 1024,
  /** Largest WebSocket frame the broker accepts; bigger frames close the socket (uWS maxPayloadLength). */
  frameBytesMax: 9 * 1024 * 1024,
  /** Largest fetch answer; also caps one push. */
  fetchBytesMax: 8 * 1024 * 1024,
  /** Default fetch / push size when the client asks for none. */
  fetchBytesDefault: 1024 * 1024,
  /** Bytes the broker may queue on one socket before it stops pushing and waits for drain. */
  sendQueueBytesMax: 16 * 1024 * 1024,
  /**
   * Newest durable batches each partition keeps in memory, bytes: tailing readers (pushes to live
   * subscribers) are served from here without a file read. Per partition, so it bounds memory by
   * partitions x this.
   */
  tailCacheBytesMax: 1024 * 1024,
  /** Topic name length, like Kafka's 249. */
  topicNameLengthMax: 249,
  /** Partitions per topic. */
  partitionCountMax: 1024,
  /** Subscriptions per connection. */
  subscriptionsPerConnectionMax: 4096,
  /** Segment size before rolling, bytes. */
  segmentBytesDefault: 256 * 1024 * 1024,
  /** Segment age before rolling, ms (bounded by the topic's retentionMs). */
  segmentMsDefault: 7 * 24 * 3600 * 1000,
  /** Sparse index: one entry per this many bytes of log. */
  indexIntervalBytes: 4096,
  /** How often the broker checks retention, ms. */
  retentionCheckIntervalMs: 30_000,
} as const;

export type Limits = { -readonly [K in keyof typeof limits]: number };
