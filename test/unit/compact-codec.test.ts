// The SDK's table-driven codec (src/protocol/compact-codec.ts) is protobufjs's static code in other clothes:
// random frames of every message type encode to the same bytes with both, and any bytes (valid frames,
// mutated frames, noise) decode to the same objects with both, or fail with both. fast-check, seeded.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeMessage, encodeMessage } from "../../src/protocol/compact-codec.ts";
import { decodeFrame as decodeCompact, encodeFrame as encodeCompact } from "../../src/protocol/compact-frames.ts";
import { decodeFrame, encodeFrame, type Frame } from "../../src/protocol/frames.ts";
import { schema } from "../../src/protocol/gen/edgelog-tables.js";

const runs = Number(process.env.EDGELOG_FUZZ_RUNS ?? 300);
const seed = 13;

interface FieldSpec {
  name: string;
  type: string;
  repeated: boolean;
  oneof?: string;
}
const fieldsOf = (type: string): FieldSpec[] =>
  schema[type]!.split(";")
    .filter(Boolean)
    .map((spec) => {
      // "<number?><name> <*?><type or ^>|<oneof?>" (scripts/gen-proto.js)
      const [, name, raw] = /^\d*(\w+) (.+)$/.exec(spec)! as unknown as [string, string, string];
      const [t, oneof] = raw.split("|") as [string, string | undefined];
      const type = t.replace("*", "");
      return { name, type: type === "^" ? name[0]!.toUpperCase() + name.slice(1) : type, repeated: t.startsWith("*"), oneof };
    });

// Strings of any UTF-16 code units (lone surrogates too), short and past the 127-byte length boundary.
const anyString = fc.oneof(fc.string(), fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }).map((a) => String.fromCharCode(...a)), fc.constant("é".repeat(70)));
const scalars: Record<string, fc.Arbitrary<unknown>> = {
  u: fc.oneof(fc.constantFrom(0, 1, 127, 128, 16_384, 2 ** 31, 2 ** 32 - 1), fc.integer({ min: 0, max: 2 ** 32 - 1 })),
  i: fc.oneof(fc.constantFrom(0, 1, -1, 2 ** 31 - 1, -(2 ** 31)), fc.integer()),
  z: fc.oneof(fc.constantFrom(0, 1, -1, -2, 2 ** 31 - 1, -(2 ** 31)), fc.integer()),
  l: fc.oneof(fc.constantFrom(0, -1, -2, 1, 2 ** 32, 2 ** 53 - 1, -(2 ** 53 - 1), Number.MAX_SAFE_INTEGER), fc.maxSafeInteger()),
  b: fc.boolean(),
  s: anyString,
  y: fc.uint8Array({ maxLength: 300 }),
};

const messageArb: Record<string, fc.Arbitrary<Record<string, unknown>>> = fc.letrec((tie) => {
  const out: Record<string, fc.Arbitrary<Record<string, unknown>>> = {};
  for (const type of Object.keys(schema)) {
    const fields = fieldsOf(type).filter((f) => !f.oneof);
    const members = fieldsOf(type).filter((f) => f.oneof);
    const valueOf = (f: FieldSpec): fc.Arbitrary<unknown> => (f.type.length > 1 ? tie(f.type) : scalars[f.type]!);
    const plain = fc.record(
      Object.fromEntries(fields.map((f) => [f.name, f.repeated ? fc.array(valueOf(f), { maxLength: 4 }) : valueOf(f)])),
      { requiredKeys: [] },
    );
    out[type] = members.length === 0 ? plain : fc.tuple(plain, fc.option(fc.constantFrom(...members)), fc.nat()).chain(([m, member]) => (member ? tie(member.type).map((v) => ({ ...m, [member.name]: v })) : fc.constant(m as Record<string, unknown>)));
  }
  return out as never;
});

/** What a decoded message says, read through its prototype: every field, nested, plus its own keys. */
function view(type: string, m: any): unknown {
  const out: Record<string, unknown> = { $own: Object.keys(m).sort() };
  for (const f of fieldsOf(type)) {
    const v = m[f.name];
    const one = (x: any) => (f.type.length > 1 ? (x == null ? x : view(f.type, x)) : f.type === "y" ? [...x] : x);
    out[f.name] = f.repeated ? v.map(one) : one(v);
    if (f.oneof) out[`$${f.oneof}`] = m[f.oneof];
  }
  return out;
}

function both(bytes: Uint8Array): { ok: true; static: unknown; compact: unknown } | { ok: false; static: boolean; compact: boolean } {
  let a: unknown = null;
  let b: unknown = null;
  let aFailed = false;
  let bFailed = false;
  try {
    a = view("Frame", decodeFrame(bytes));
  } catch {
    aFailed = true;
  }
  try {
    b = view("Frame", decodeCompact(bytes));
  } catch {
    bFailed = true;
  }
  return aFailed || bFailed ? { ok: false, static: aFailed, compact: bFailed } : { ok: true, static: a, compact: b };
}

describe("compact codec ≡ protobufjs static code", () => {
  it("encodes every message type to the same bytes", () => {
    for (const type of Object.keys(schema)) {
      fc.assert(
        fc.property(messageArb[type]!, (m) => {
          const theirs = staticEncode(type, m);
          expect(Buffer.from(encodeMessage(type, m)).toString("hex")).toBe(Buffer.from(theirs).toString("hex"));
        }),
        { numRuns: Math.max(20, Math.round(runs / 10)), seed },
      );
    }
  });

  it("frames: same bytes, and both decoders read them back the same", () => {
    fc.assert(
      fc.property(messageArb.Frame!, (m) => {
        const bytes = encodeFrame(m as Frame);
        expect(Buffer.from(encodeCompact(m as Frame)).toString("hex")).toBe(Buffer.from(bytes).toString("hex"));
        const r = both(bytes);
        if (r.ok) expect(r.compact).toEqual(r.static);
        else expect(r).toEqual({ ok: false, static: true, compact: true }); // a lone surrogate: strict UTF-8 fails both
      }),
      { numRuns: runs, seed },
    );
  });

  it("hand-made wire (defaults written out, unpacked repeats, unknown and misplaced fields): both decode the same", () => {
    // Fields as any encoder might write them, not only as protobufjs does: zeros and empty strings on the
    // wire, any field number with any wire type, nested two deep.
    const varint = (v: number) => {
      const out: number[] = [];
      while (v > 127) {
        out.push((v & 127) | 128);
        v = Math.floor(v / 128);
      }
      out.push(v);
      return out;
    };
    const wire: fc.Memo<number[]> = fc.memo((depth) => {
      const field = fc.tuple(fc.integer({ min: 1, max: 56 }), fc.constantFrom(0, 0, 2, 2, 1, 5)).chain(([n, wt]) => {
        const tag = varint(n * 8 + wt);
        if (wt === 0) return fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 300 }), fc.constant(2 ** 32 + 5)).map((v) => [...tag, ...varint(v)]);
        if (wt === 1) return fc.constant<number[]>([...tag, 1, 2, 3, 4, 5, 6, 7, 8]);
        if (wt === 5) return fc.constant<number[]>([...tag, 1, 2, 3, 4]);
        const body = depth > 1 ? fc.oneof(fc.constant([] as number[]), fc.constant([0x61, 0x62]), fc.constant([0xc3, 0x28])) : fc.oneof(fc.constant([] as number[]), wire(depth - 1));
        return body.map((b) => [...tag, ...varint(b.length), ...b]);
      });
      return fc.array(field, { maxLength: depth > 1 ? 5 : 3 }).map((fields) => fields.flat());
    });
    let decoded = 0;
    fc.assert(
      fc.property(wire(3), (bytes) => {
        const r = both(Uint8Array.from(bytes));
        if (r.ok) {
          decoded++;
          expect(r.compact).toEqual(r.static);
        } else expect([r.static, r.compact]).toEqual([true, true]);
      }),
      { numRuns: runs * 3, seed },
    );
    expect(decoded).toBeGreaterThan(runs / 2); // the property saw frames that decode, not only failures
  });

  it("mutated frames and noise: both decode to the same or both fail", () => {
    const mutated = fc.tuple(messageArb.Frame!, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), fc.nat()).map(([m, edits, cut]) => {
      const bytes = Uint8Array.from(encodeFrame(m as Frame));
      for (const [at, v] of edits) if (bytes.length) bytes[at % bytes.length] = v;
      return bytes.subarray(0, bytes.length ? bytes.length - (cut % Math.min(3, bytes.length)) : 0);
    });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.uint8Array({ maxLength: 40 })), (bytes) => {
        const r = both(bytes);
        if (r.ok) expect(r.compact).toEqual(r.static);
        else expect([r.static, r.compact]).toEqual([true, true]);
      }),
      { numRuns: runs * 3, seed },
    );
  });

  it("decodes a message field seen twice by merging, and a later oneof member replaces an earlier one", () => {
    const a = encodeFrame({ correlationId: 1, error: { code: 3 } });
    const b = encodeFrame({ error: { message: "m" }, helloRequest: { clientId: "x" } });
    const c = encodeFrame({ subscriptionEnd: { subscriptionId: 9 } });
    const bytes = Buffer.concat([a, b, c]);
    const r = both(bytes);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.compact).toEqual(r.static);
    const frame = decodeMessage("Frame", bytes);
    expect(frame.error).toMatchObject({ code: 3, message: "m" });
    expect(frame.body).toBe("subscriptionEnd");
    expect(frame.helloRequest).toBe(null);
  });
});

// protobufjs's static encoder of a message type by name (the namespace of frames.ts's generated code).
import { edgelog } from "../../src/protocol/gen/edgelog.js";
function staticEncode(type: string, m: unknown): Uint8Array {
  return (edgelog.v1 as unknown as Record<string, { encode(m: unknown): { finish(): Uint8Array } }>)[type]!.encode(m).finish();
}
