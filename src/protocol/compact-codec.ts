/**
 * A table-driven protobuf codec for the browser SDK: one generic encoder and decoder over the schema as data
 * (gen/edgelog-tables.js, written by `npm run gen` from proto/edgelog.proto). The static code protobufjs
 * generates is ~100 KB minified; this is a few KB, needs no protobufjs at run time and builds no code from
 * strings (Workers and strict CSPs forbid eval). The broker keeps the static code (frames.ts), which is
 * faster on its hot path.
 *
 * It behaves as that static code does (pbjs --force-number, proto3), so either side may use either codec:
 * test/unit/compact-codec.test.ts encodes random frames with both and compares the bytes, and decodes random
 * bytes with both and compares the results.
 *   encode: fields in number order; a singular field only when it is an own property, not null and not its
 *     default (0, "", false, empty bytes); a message field whenever it is set; repeated numbers packed;
 *     int32 < 0 as a 10-byte varint; strings as protobufjs writes them (a lone surrogate as its 3 bytes).
 *   decode: an object whose prototype holds the defaults (message fields null), with own properties for the
 *     fields that were on the wire with a non-default value and for every repeated field; a message field
 *     seen twice is merged; a oneof member deletes the others and the oneof's name is a getter; strings are
 *     strict UTF-8; unknown fields are skipped; malformed input throws.
 *
 * Wire (protobuf): tag = varint(field << 3 | wire type); wire type 0 varint, 1 fixed64, 2 length-delimited,
 * 5 fixed32, 3/4 group start/end (skipped only).
 */
import { schema } from "./gen/edgelog-tables.js";

/** A field: number, name, type letter (see the tables) or message type, repeated, its oneof's members. */
interface Field {
  n: number;
  name: string;
  t: string;
  rep: boolean;
  msg: MessageType | null;
  oneof: string[] | null;
}
interface MessageType {
  fields: Field[];
  byNumber: (Field | undefined)[];
  proto: object;
  oneof: Record<string, string[]>;
}

const types: Record<string, MessageType> = {};
/** Unknown groups nest; protobufjs's bound on nesting. */
const depthMax = 100;

function messageType(name: string): MessageType {
  let type = types[name];
  if (type) return type;
  type = types[name] = { fields: [], byNumber: [], proto: {}, oneof: {} };
  const proto = type.proto as Record<string, unknown>;
  let n = 0;
  for (const spec of schema[name]!.split(";").filter(Boolean)) {
    // "<number><name> <*><type>|<oneof>", the number, "*" and oneof optional (the format is in scripts/gen-proto.js).
    const [, num, fieldName, star, typeName, oneof] = /^(\d*)(\w+) (\*?)([\w^]+)\|?(\w*)$/.exec(spec)! as unknown as [string, string, string, string, string, string];
    n = num ? +num : n + 1;
    const rep = star !== "";
    const t = typeName === "^" ? fieldName[0]!.toUpperCase() + fieldName.slice(1) : typeName;
    const field: Field = { n, name: fieldName, t, rep, msg: null, oneof: oneof ? (type.oneof[oneof] ??= []) : null };
    type.fields.push(field);
    type.byNumber[field.n] = field;
    field.oneof?.push(fieldName);
    proto[fieldName] = t.length > 1 ? null : t === "s" ? "" : t === "b" ? false : t === "y" ? new Uint8Array(0) : 0;
  }
  for (const f of type.fields) if (f.t.length > 1) f.msg = messageType(f.t);
  for (const [oneof, members] of Object.entries(type.oneof)) {
    Object.defineProperty(proto, oneof, {
      get(this: Record<string, unknown>) {
        const keys = Object.keys(this);
        for (let i = keys.length - 1; i >= 0; i--) if (members.includes(keys[i]!) && this[keys[i]!] != null) return keys[i];
        return undefined;
      },
    });
  }
  return type;
}

// ---- encode ----

class Writer {
  b = new Uint8Array(64);
  n = 0;
  room(count: number): void {
    if (this.n + count <= this.b.length) return;
    const b = new Uint8Array(Math.max(this.b.length * 2, this.n + count));
    b.set(this.b.subarray(0, this.n));
    this.b = b;
  }
  varint(v: number): void {
    this.room(5);
    while (v > 127) {
      this.b[this.n++] = (v & 127) | 128;
      v >>>= 7;
    }
    this.b[this.n++] = v;
  }
  /** A 64-bit varint from a number, as protobufjs's LongBits.fromNumber (two's complement below 0). */
  varint64(value: number): void {
    const sign = value < 0;
    if (sign) value = -value;
    let lo = value >>> 0;
    let hi = ((value - lo) / 4294967296) >>> 0;
    if (sign) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
      if (++lo > 4294967295) {
        lo = 0;
        if (++hi > 4294967295) hi = 0;
      }
    }
    this.room(10);
    while (hi) {
      this.b[this.n++] = (lo & 127) | 128;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    this.varint(lo);
  }
  bytes(v: Uint8Array): void {
    this.varint(v.length);
    this.room(v.length);
    this.b.set(v, this.n);
    this.n += v.length;
  }
  /** What `fill` writes, after its length: a 1-byte placeholder, widened (the bytes moved) past 127. */
  delimited(fill: () => void): void {
    this.room(1);
    const start = this.n++;
    fill();
    let length = this.n - start - 1;
    if (length < 128) {
      this.b[start] = length;
      return;
    }
    let extra = 0;
    for (let v = length; v > 127; v >>>= 7) extra++;
    this.room(extra);
    this.b.copyWithin(start + 1 + extra, start + 1, this.n);
    this.n += extra;
    let p = start;
    for (; length > 127; length >>>= 7) this.b[p++] = (length & 127) | 128;
    this.b[p] = length;
  }
  /** UTF-8 as protobufjs writes it: a surrogate pair as 4 bytes, a lone surrogate as its own 3. */
  string(s: string): void {
    this.delimited(() => {
      this.room(s.length * 3);
      const b = this.b;
      let p = this.n;
      for (let i = 0; i < s.length; i++) {
        let c = s.charCodeAt(i);
        if (c < 128) b[p++] = c;
        else if (c < 2048) {
          b[p++] = (c >> 6) | 192;
          b[p++] = (c & 63) | 128;
        } else if ((c & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          c = 0x10000 + ((c & 0x3ff) << 10) + (s.charCodeAt(++i) & 0x3ff);
          b[p++] = (c >> 18) | 240;
          b[p++] = ((c >> 12) & 63) | 128;
          b[p++] = ((c >> 6) & 63) | 128;
          b[p++] = (c & 63) | 128;
        } else {
          b[p++] = (c >> 12) | 224;
          b[p++] = ((c >> 6) & 63) | 128;
          b[p++] = (c & 63) | 128;
        }
      }
      this.n = p;
    });
  }
}

function writeScalar(w: Writer, t: string, v: any): void {
  if (t === "u") w.varint(v >>> 0);
  else if (t === "i") v < 0 ? w.varint64(v) : w.varint(v >>> 0);
  else if (t === "z") w.varint(((v << 1) ^ (v >> 31)) >>> 0);
  else if (t === "l") w.varint64(v);
  else if (t === "b") w.varint(v ? 1 : 0);
  else if (t === "s") w.string(v);
  else w.bytes(v);
}

function isDefault(t: string, v: any): boolean {
  return t === "s" ? v === "" : t === "b" ? v === false : t === "y" ? !v.length : v === 0;
}

function encodeInto(w: Writer, type: MessageType, m: any, depth: number): void {
  if (depth > depthMax) throw Error("max depth exceeded");
  for (const f of type.fields) {
    const v = m[f.name];
    if (v == null) continue;
    const wireType = f.msg || f.t === "s" || f.t === "y" || f.rep ? 2 : 0;
    if (f.rep) {
      if (!v.length) continue;
      if (f.msg || f.t === "s" || f.t === "y") {
        for (const item of v) {
          w.varint((f.n << 3) | 2);
          f.msg ? writeMessage(w, f.msg, item, depth) : writeScalar(w, f.t, item);
        }
      } else {
        w.varint((f.n << 3) | 2);
        w.delimited(() => {
          for (const item of v) writeScalar(w, f.t, item);
        });
      }
    } else if (Object.prototype.hasOwnProperty.call(m, f.name) && (f.msg || !isDefault(f.t, v))) {
      w.varint((f.n << 3) | wireType);
      f.msg ? writeMessage(w, f.msg, v, depth) : writeScalar(w, f.t, v);
    }
  }
}

function writeMessage(w: Writer, type: MessageType, m: unknown, depth: number): void {
  w.delimited(() => encodeInto(w, type, m, depth + 1));
}

/** Encodes `message` as the named message type of the schema. */
export function encodeMessage(typeName: string, message: object): Uint8Array {
  const w = new Writer();
  encodeInto(w, messageType(typeName), message, 0);
  return w.b.slice(0, w.n);
}

// ---- decode ----

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

class Reader {
  pos = 0;
  constructor(
    readonly b: Uint8Array,
    public end: number,
  ) {}
  check(count: number): void {
    if (this.pos + count > this.end) throw RangeError(`index out of range: ${this.pos} + ${count} > ${this.end}`);
  }
  /** The low 32 bits of a varint of up to 10 bytes. */
  varint(): number {
    let v = 0;
    for (let shift = 0; shift < 70; shift += 7) {
      this.check(1);
      const byte = this.b[this.pos++]!;
      if (shift < 32) v |= (byte & 127) << shift;
      if (byte < 128) return v >>> 0;
    }
    throw Error("invalid varint encoding");
  }
  /**
   * A tag (`top` 15) or a length (`top` 7) as protobufjs 8 reads them: at most 5 bytes, the 5th no more than
   * `top`, so that the value fits 32 bits (a 31-bit length); anything longer is malformed, not truncated.
   */
  varint32(top: number): number {
    const start = this.pos;
    const v = this.varint();
    if (this.pos - start > 4 && (this.pos - start > 5 || this.b[this.pos - 1]! > top)) throw Error("invalid varint encoding");
    return v;
  }
  /** A varint as a signed 64-bit number (exact up to 2^53), as protobufjs's int64 without Long. */
  varint64(): number {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      this.check(1);
      const byte = this.b[this.pos++]!;
      if (i < 4) lo |= (byte & 127) << (i * 7);
      else if (i === 4) {
        lo |= (byte & 127) << 28;
        hi |= (byte & 127) >> 4;
      } else hi |= (byte & 127) << (i * 7 - 32);
      if (byte < 128) {
        lo >>>= 0;
        hi >>>= 0;
        if (hi >>> 31) {
          lo = (~lo + 1) >>> 0;
          hi = ~hi >>> 0;
          if (!lo) hi = (hi + 1) >>> 0;
          return -(lo + hi * 4294967296);
        }
        return lo + hi * 4294967296;
      }
    }
    throw Error("invalid varint encoding");
  }
  bytes(): Uint8Array {
    const length = this.varint32(7);
    this.check(length);
    const start = this.pos;
    this.pos += length;
    return this.b.subarray(start, this.pos);
  }
  skip(wireType: number, depth: number, fieldNumber: number): void {
    if (depth > depthMax) throw Error("max depth exceeded");
    if (fieldNumber === 0) throw Error("illegal tag: field number 0");
    if (wireType === 0) {
      // As protobufjs skips one: to the first byte below 128, however far (a varint read as a value stops at 10).
      do this.check(1);
      while (this.b[this.pos++]! > 127);
    } else if (wireType === 1) this.skipBytes(8);
    else if (wireType === 2) this.bytes();
    else if (wireType === 5) this.skipBytes(4);
    else if (wireType === 3) {
      for (;;) {
        const tag = this.varint32(15);
        if ((tag & 7) === 4) {
          if (tag >>> 3 !== fieldNumber) throw Error("invalid end group tag");
          return;
        }
        this.skip(tag & 7, depth + 1, tag >>> 3);
      }
    } else throw Error(`invalid wire type ${wireType} at offset ${this.pos}`);
  }
  skipBytes(count: number): void {
    this.check(count);
    this.pos += count;
  }
}

function readScalar(r: Reader, t: string): unknown {
  if (t === "u") return r.varint();
  if (t === "i") return r.varint() | 0;
  if (t === "z") {
    const v = r.varint();
    return ((v >>> 1) ^ -(v & 1)) | 0;
  }
  if (t === "l") return r.varint64();
  if (t === "b") return r.varint() !== 0;
  const bytes = r.bytes();
  return t === "s" ? (bytes.length ? utf8.decode(bytes) : "") : bytes;
}

function decodeFrom(r: Reader, type: MessageType, target: any, depth: number): any {
  if (depth > depthMax) throw Error("max depth exceeded");
  const m = target ?? Object.create(type.proto);
  if (!target) for (const f of type.fields) if (f.rep) m[f.name] = [];
  while (r.pos < r.end) {
    const tag = r.varint32(15);
    const wireType = tag & 7;
    const f = type.byNumber[tag >>> 3];
    const lengthDelimited = f && (f.msg !== null || f.t === "s" || f.t === "y");
    if (!f || (wireType !== (lengthDelimited ? 2 : 0) && !(f.rep && !lengthDelimited && wireType === 2))) {
      r.skip(wireType, depth, tag >>> 3);
      continue;
    }
    if (f.msg) {
      const end = r.varint32(7);
      r.check(end);
      const outerEnd = r.end;
      r.end = r.pos + end;
      const own = !f.rep && Object.prototype.hasOwnProperty.call(m, f.name) ? m[f.name] : null;
      const v = decodeFrom(r, f.msg, own, depth + 1);
      if (r.pos !== r.end) throw RangeError("index out of range");
      r.end = outerEnd;
      if (f.rep) m[f.name].push(v);
      else {
        m[f.name] = v;
        if (f.oneof) for (const other of f.oneof) if (other !== f.name) delete m[other];
      }
    } else if (f.rep) {
      if (wireType === 2 && !lengthDelimited) {
        const end = r.varint32(7);
        r.check(end);
        const outerEnd = r.end;
        r.end = r.pos + end;
        while (r.pos < r.end) m[f.name].push(readScalar(r, f.t));
        r.end = outerEnd;
      } else m[f.name].push(readScalar(r, f.t));
    } else {
      const v = readScalar(r, f.t);
      if (isDefault(f.t, v)) delete m[f.name];
      else m[f.name] = v;
    }
  }
  return m;
}

/** Decodes `bytes` as the named message type of the schema; throws on malformed input. */
export function decodeMessage<T = any>(typeName: string, bytes: Uint8Array): T {
  return decodeFrom(new Reader(bytes, bytes.length), messageType(typeName), null, 0) as T;
}
