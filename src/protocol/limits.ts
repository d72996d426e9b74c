/**
 * Every bound in one place, with its unit and its reason. Broker options override the defaults; the
 * broker tells clients its values in the hello response so the SDK can refuse oversized records early.
 */
// The four bounds the hello tells clients are also constants of their own: the browser SDK's fallbacks
// (client/connection.ts) import these, and so bundle four numbers instead of this whole object (~0.4 KB gzip).
/** Largest record (key + value + headers), like Kafka's max.message.bytes default order of magnitude. */
export const recordBytesMax = 1024 * 1024;
/** Largest batch in one produce request. A batch may hold one record of recordBytesMax plus framing. */
export const batchBytesMax = 8 * 1024 * 1024;
/** Largest WebSocket frame the broker accepts; bigger frames close the socket (uWS maxPayloadLength). */
export const frameBytesMax = 9 * 1024 * 1024;
/** Largest fetch answer; also caps one push. */
export const fetchBytesMax = 8 * 1024 * 1024;
/**
 * Longest max_wait_ms a subscription may ask, ms (INVALID_REQUEST past it): Kafka's fetch.max.wait.ms
 * for pushes (src/core/fanout-wait.ts). 30 s, Kafka's request timeout: a wait longer than that reads as
 * a stalled subscription to anyone watching it, and batching gains nothing past a few hundred ms. A
 * constant of its own too: a group consumer checks it when made (client/group-consumer.ts), as the broker
 * refuses it only at the first subscribe, after the join created the group.
 */
export const subscribeWaitMsMax = 30_000;

export const limits = {
  recordBytesMax,
  batchBytesMax,
  frameBytesMax,
  fetchBytesMax,
  /**
   * Largest push, bytes (a push holds at least one whole batch, so a bigger batch still goes out alone).
   * The client decodes a push at once into one object and one view per record; 256 KiB of 100 B records
   * is ~2,300 records, garbage before V8's next young-generation scavenge. 8 MiB pushes made ~75,000
   * records that survived scavenges and were copied to the old generation: consume from offset 0 ran at
   * 1.1-1.5M records/s against 3.2-3.4M with 256 KiB on this machine.
   */
  pushBytesMax: 256 * 1024,
  /** Default fetch size when the client asks for none. */
  fetchBytesDefault: 1024 * 1024,
  /*
   * What one connection may make the broker hold (src/core/send-flow.ts). A client that stops reading
   * costs the broker at most sendQueueBytesMax + the reads in flight for it (~1.25 MiB with batches of
   * pushBytesMax or less; sendQueueBytesHardMax at worst) + heldRequestBytesMax (+ one frame), and only for
   * stalledSendMsMax; the kernel's socket buffers (up to ~4 MiB on Linux loopback) come on top.
   */
  /**
   * Bytes queued on one socket (plus reads in flight for it) past which pushes stop and requests wait
   * until the client reads. Four pushes of pushBytesMax: on loopback the kernel's buffers hold the rest
   * in flight, and consume from offset 0 ran as fast as with the former 16 MiB (npm run bench).
   */
  sendQueueBytesMax: 1024 * 1024,
  /**
   * Bytes queued on one socket past which it is closed (1013) rather than a message dropped (uWS
   * maxBackpressure). Nothing is read for a socket over sendQueueBytesMax, and at most 5 reads are in
   * flight (each reserves at least pushBytesMax), each returning at most fetchBytesMax or one batch of
   * batchBytesMax: 1 + 5 x 8 MiB, plus framing and small answers. A client never reaches it by being slow.
   */
  sendQueueBytesHardMax: 48 * 1024 * 1024,
  /**
   * How long a socket's queue may stay over sendQueueBytesMax with nothing drained before the socket is
   * closed (1013), ms. A reader at any speed drains some bytes every few ms; one that stopped holds its
   * queue and its kernel buffers until this passes. 30 s rides out a phone's network switch.
   */
  stalledSendMsMax: 30_000,
  /**
   * Requests a connection may have in service at once (answers not yet queued); more wait, in order.
   * The SDK keeps 5 produce batches in flight per partition; 1,024 is 200 partitions' worth.
   */
  requestsInFlightMax: 1024,
  /**
   * Bytes of requests that may wait on one connection (while its queue is over sendQueueBytesMax or
   * requestsInFlightMax are in service); past it the socket is closed (1008): the client pipelines without
   * reading. One frame may always wait, whatever its size. 10 MiB: the SDK producer's 5 batches of 1 MiB
   * in flight on a client that also consumes and reads slower than it is pushed, twice over.
   */
  heldRequestBytesMax: 10 * 1024 * 1024,
  /**
   * Frames in a row that do not decode before the socket is closed (1008). Each is answered
   * INVALID_REQUEST; a client that sent this many without one good frame is not speaking the protocol.
   */
  malformedFramesMax: 64,
  /**
   * Credit one subscription may hold, bytes (a grant beyond it is cut to it). At the edge, where the
   * runtime shows no send queue, this is what bounds the pushes to a client that stopped reading: per
   * socket at most subscriptionsPerConnectionMax x this. The SDK grants 4 MiB per partition by default.
   */
  creditBytesMax: 16 * 1024 * 1024,
  /**
   * Newest durable batches each partition keeps in memory, bytes: tailing readers (pushes to live
   * subscribers) are served from here without a file read. Per partition, so it bounds memory by
   * partitions x this.
   */
  tailCacheBytesMax: 1024 * 1024,
  /**
   * How deep arrays and objects may nest in an HTTP JSON body. Encoding a value walks it recursively, so
   * without a bound a body 100,000 levels deep exhausts the stack; event payloads nest a few levels.
   */
  jsonDepthMax: 64,
  /** Topics named in one metadata request (each may mean one call per partition at the edge). */
  metadataTopicsMax: 100,
  /** Topic name length, like Kafka's 249. */
  topicNameLengthMax: 249,
  /** Partitions per topic. */
  partitionCountMax: 1024,
  /**
   * Replicas per partition (topic config `replicas`). 1 on the Node broker, which is one node; the edge
   * deployment places one replica per region (src/core/replication.ts), up to the nine location hints.
   */
  replicasMax: 1,
  subscribeWaitMsMax,
  /** Subscriptions per connection (LIMIT_EXCEEDED past it). */
  subscriptionsPerConnectionMax: 4096,
  /**
   * Partitions named in one request (offset commit and fetch lists, a heartbeat's owned list), each an
   * entry the coordinator validates and stores: INVALID_REQUEST past it (split the request). 10,000 is a
   * whole group's assignment (groupLimits.partitionsPerGroupMax), so committing everything a group holds
   * always fits in one request.
   */
  partitionsPerRequestMax: 10_000,
  /*
   * Produce quotas (src/core/quota.ts): token buckets per connection and per principal (the token's `sub`;
   * open mode has no principal, so only the connection's apply). A produce request over either answers
   * THROTTLED with retry_after_ms, and the SDK's producer waits that long and resends, in order. Node keeps
   * one principal table for the whole broker; at the edge each Durable Object sees only its own sockets,
   * so a principal's quota there is per object (per partition, per group, the bootstrap), not global.
   * The defaults bound abuse without touching real work: `npm run bench` writes ~2.5M records/s of 100 B,
   * ~250 MB/s in ~250 requests/s of 1 MB, on one connection; its latency run sends 5,000 one-record
   * requests/s (lingerMs 0). Lower them for a public deployment: `edgelog serve --quotas JSON` (or
   * EDGELOG_QUOTAS), startBroker's `limits`, the Worker var EDGELOG_QUOTAS (keys: quota.ts quotaNames).
   * With a token, HTTP produce draws on the principal's budget too (at the edge, the topic object's).
   */
  /** Record-batch bytes one connection may produce per second: 4 x the bench's ~250 MB/s. */
  produceBytesPerSecondPerConnection: 1024 * 1024 * 1024,
  /** Produce requests one connection may send per second: 10 x the bench's 5,000/s of unbatched sends. */
  produceRequestsPerSecondPerConnection: 50_000,
  /** Bytes per second for all connections of one principal together: one broker's disk takes less. */
  produceBytesPerSecondPerPrincipal: 1024 * 1024 * 1024,
  /** Produce requests per second for all connections of one principal together (2 connections' worth). */
  produceRequestsPerSecondPerPrincipal: 100_000,
  /**
   * What a bucket holds when full, ms of its rate: a client idle for a second may send a second's worth
   * at once. A request passes while its buckets are not empty and may take them below zero (a batch bigger
   * than the bucket still goes through, once); the debt is what retry_after_ms pays back.
   */
  produceBurstMs: 1000,
  /**
   * After a THROTTLED produce, the connection's other produce requests are refused until the refused batch
   * is resent (batches already in flight behind it must not be stored ahead of it), or until this long
   * after its hint: the SDK resends at the hint, so this covers a round trip; a client that dropped the
   * batch waits at most this long.
   */
  throttledBatchHoldMs: 1000,
  /**
   * Connections (sockets) one principal may hold at once, counted when a hello's token is verified; past it
   * the hello answers LIMIT_EXCEEDED and the socket closes (1008). A browser tab holds one socket to a Node
   * broker (and one per partition and group object at the edge, where the count is per object), so 256
   * is many tabs and processes sharing a token, while a leaked token cannot hold thousands of sockets.
   */
  connectionsPerPrincipalMax: 256,
  /** Segment size before rolling, bytes (bounded by the topic's retentionBytes, see segmentBytesFor). */
  segmentBytesDefault: 256 * 1024 * 1024,
  /**
   * A topic with retentionBytes rolls its segments at retentionBytes / this (not below the floor next,
   * not above its segmentBytes). Retention deletes whole segments, so a partition then holds at most
   * retentionBytes plus one such segment: 1.25 x retentionBytes from 4 MiB up, in about five segments.
   * Without it a 256 MiB segment never fills under a 1 MB bound, and the active one is never deleted.
   */
  retentionSegmentsPerBound: 4,
  /**
   * Floor of that retention-derived segment size, bytes (an explicit smaller segmentBytes still wins).
   * Each segment costs a roll (Node: sync of the sealed file and the directory, two index files; edge: a
   * segment row and its seal) and a deletion (three unlinks and a directory sync); below ~1 MiB these
   * costs outweigh the bytes they bound. 1 MiB is also one record of recordBytesMax.
   */
  retentionSegmentBytesMin: 1024 * 1024,
  /** Segment age before rolling, ms (bounded by the topic's retentionMs). */
  segmentMsDefault: 7 * 24 * 3600 * 1000,
  /** Sparse index: one entry per this many bytes of log. */
  indexIntervalBytes: 4096,
  /**
   * Segment files the Node broker keeps open at once, all partitions together (descriptors). Partitions
   * used to hold theirs for life, so `ulimit -n` (1,024 on Linux, 256 in a macOS shell) bounded the
   * partition count; now idle ones are closed and reopened on demand. The default is the lower of this and
   * half the soft open-file limit, leaving the rest for sockets (src/node/file-pool.ts); startBroker's
   * openFilesMax sets it exactly. 4,096 keeps a large broker's busy partitions open; a descriptor costs
   * the kernel well under a KiB.
   */
  openFilesMax: 4096,
  /** How often the broker checks retention, ms. */
  retentionCheckIntervalMs: 30_000,
  /*
   * Idempotent producers (src/core/producer-state.ts). Each partition keeps, per producer id, the last 5
   * batches' sequences and offsets (Kafka's count: the SDK keeps at most 5 batches in flight per partition,
   * so any retry it can send is among them).
   */
  /**
   * Producer ids one partition remembers; past it the least recently used is forgotten, and its next batch
   * is accepted only as a new producer's (sequence 0, else UNKNOWN_PRODUCER_ID, which the SDK answers by
   * starting that partition's sequences again). An entry is ~0.5 KiB, so 4,096 bound one partition to ~2 MiB;
   * at the edge every browser tab is a producer, and a forgotten one only matters if it retries after 4,095
   * others wrote since its last batch.
   */
  producersPerPartitionMax: 4096,
  /**
   * Newest bytes of a partition's log scanned for batch headers when it opens (a Node restart, an edge
   * object waking), to rebuild its producers' sequences. A retry follows its lost answer within the SDK's
   * deliveryTimeoutMs; 16 MiB of other writes in between is far beyond a browser's or a beacon's rate. The
   * scan reads whole batches (it keeps only their headers) and at the edge runs on every wake of a partition
   * object, so the bound also caps that cost (not measured yet: a bench row belongs to it).
   */
  producerStateScanBytesMax: 16 * 1024 * 1024,
} as const;

export type Limits = { -readonly [K in keyof typeof limits]: number };
