/**
 * Codecs turn application values into record bytes and back. `encodeText`, when a codec has it, lets the
 * producer write the value's text straight into the batch buffer (TextEncoder.encodeInto) instead of
 * allocating an intermediate Uint8Array per record.
 */

export interface Codec<T> {
  encode(value: T): Uint8Array;
  decode(bytes: Uint8Array): T;
  /** Optional fast path: the value as text, which the producer encodes as UTF-8 into the batch. */
  encodeText?(value: T): string;
}

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder();

const bytes: Codec<Uint8Array> = {
  encode: (value) => value,
  decode: (b) => b,
};

const string: Codec<string> = {
  encode: (value) => textEncoder.encode(value),
  decode: (b) => textDecoder.decode(b),
  encodeText: (value) => value,
};

function json<T = unknown>(): Codec<T> {
  return {
    encode: (value) => textEncoder.encode(JSON.stringify(value)),
    decode: (b) => JSON.parse(textDecoder.decode(b)) as T,
    encodeText: (value) => JSON.stringify(value),
  };
}

export const codecs = { bytes, string, json };
