/**
 * Node only: CRC-32C in native code (@node-rs/crc32, prebuilt binaries from the npm registry, ~6 GB/s
 * against ~1.3-2.2 GB/s for the pure-JS table code). Importing this module installs it when it loads;
 * anywhere it does not (another platform, a missing binary) the pure-JS code stays. The broker and the
 * Node SDK import it; browsers and workerd never do.
 */
import { createRequire } from "node:module";
import { setCrc32cAccelerator } from "./crc32c.ts";

type NativeCrc = (input: Buffer, initial?: number) => number;

function load(): NativeCrc | null {
  try {
    const mod = createRequire(import.meta.url)("@node-rs/crc32") as { crc32c: NativeCrc };
    return typeof mod.crc32c === "function" ? mod.crc32c : null;
  } catch {
    return null;
  }
}

const native = load();
if (native) {
  setCrc32cAccelerator((bytes, start, end) => native(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start)) >>> 0);
}

export const nativeCrc32c = native !== null;
