// The native CRC-32C installed in Node agrees with the pure-JS one on every length and alignment.
import { expect, it } from "vitest";
import { crc32c, crc32cUpdate } from "../../src/protocol/crc32c.ts";
import { nativeCrc32c } from "../../src/protocol/crc32c-native.ts";

it("native and pure-JS CRC-32C agree", () => {
  expect(nativeCrc32c).toBe(true);
  let seed = 7;
  const bytes = new Uint8Array(70_000).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
  for (const [start, end] of [[0, 70_000], [3, 69_999], [1, 513], [100, 612], [0, 511], [17, 4096 + 17]] as const) {
    expect(crc32c(bytes, start, end)).toBe(crc32cUpdate(0, bytes, start, end));
  }
});
