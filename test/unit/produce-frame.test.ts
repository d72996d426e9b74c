// The producer's hand-written Produce frame encoder is byte-identical to protobufjs's encodeFrame and
// decodes to the same request, across varint boundaries of every field.
import { expect, it } from "vitest";
import { encodeProduceFrame, encodeTopicName } from "../../src/protocol/produce-frame.ts";
import { decodeFrame, encodeFrame } from "../../src/protocol/frames.ts";

it("matches encodeFrame byte for byte", () => {
  const ids = [1, 127, 128, 16_383, 16_384, 2 ** 31, 2 ** 32 - 1];
  const partitions = [0, 1, 127, 128, 1023];
  const topics = ["t", "é-topic", "x".repeat(200)];
  const sizes = [0, 1, 127, 128, 20_000];
  const patterns = new Map(sizes.map((n) => [n, new Uint8Array(n).map((_, i) => i & 0xff)]));
  for (const id of ids)
    for (const partition of partitions)
      for (const topic of topics)
        for (const size of sizes)
          for (const acks of [0, 1, 2]) {
            const records = patterns.get(size)!;
            const mine = encodeProduceFrame(id, encodeTopicName(topic), partition, acks, records);
            const theirs = encodeFrame({ correlationId: id, produceRequest: { topic, partition, acks, records } });
            expect(Buffer.compare(mine, theirs)).toBe(0);
            const back = decodeFrame(mine);
            expect(back.correlationId).toBe(id);
            expect(back.produceRequest).toMatchObject({ topic, partition, acks });
            expect(back.produceRequest!.records!.length).toBe(size);
            if (size) expect(back.produceRequest!.records![size - 1]).toBe((size - 1) & 0xff);
          }
});
