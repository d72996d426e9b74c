// A push encoded once for many subscribers (src/core/push-frame.ts) is byte for byte the frame encodeFrame
// makes for each subscription id, and decodes to the same push.
import { describe, expect, it } from "vitest";
import { decodeFrame, encodeFrame } from "../../src/protocol/frames.ts";
import { pushFrameFor, sharedPush } from "../../src/core/push-frame.ts";

describe("push frame encoded once", () => {
  it("equals encodeFrame's bytes for every subscription id size", () => {
    for (const recordsBytes of [0, 1, 100, 200, 20_000]) {
      const records = new Uint8Array(recordsBytes).map((_, i) => i * 7);
      for (const [offset, next, hw] of [[0, 1, 1], [5, 9, 12], [2 ** 40, 2 ** 40 + 3, 2 ** 41]] as const) {
        const push = sharedPush(offset, records, next, hw);
        for (const id of [1, 127, 128, 16_383, 16_384, 2 ** 31 - 1, 2 ** 32 - 1]) {
          const expected = encodeFrame({ correlationId: 0, push: { subscriptionId: id, records, highWatermark: hw, nextOffset: next } });
          const bytes = pushFrameFor(id, push);
          expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
          const f = decodeFrame(bytes);
          expect(f.push!.subscriptionId).toBe(id);
          expect(Number(f.push!.nextOffset)).toBe(next);
        }
      }
    }
  });
});
