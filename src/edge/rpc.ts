/**
 * Typed errors across Durable Object RPC. workerd serializes a thrown error as a plain Error (its name
 * folded into the message, custom fields such as `code` dropped), so the objects return their protocol
 * errors as values and the caller turns them back into ProtocolError: a produce that fails in a partition
 * object reaches the HTTP client or the socket with the same code the Node broker would send.
 */
import { ErrorCode, ProtocolError, type ErrorCodeValue } from "../protocol/errors.ts";

export type RpcResult<T> = { ok: true; value: T } | { ok: false; code: ErrorCodeValue; message: string; retryAfterMs?: number };

/** Server side: runs `fn`, returning its ProtocolError as a value (other errors still throw: they are bugs). */
export async function answer<T>(fn: () => T | Promise<T>): Promise<RpcResult<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (err) {
    if (err instanceof ProtocolError) return err.retryAfterMs > 0 ? { ok: false, code: err.code, message: err.message, retryAfterMs: err.retryAfterMs } : { ok: false, code: err.code, message: err.message };
    throw err;
  }
}

/**
 * Caller side: the value, or the ProtocolError it stands for. A failed call itself (the object is
 * overloaded, reset or unreachable) becomes a typed error too, never a stack trace on the wire.
 */
export async function call<T>(result: Promise<RpcResult<T>>): Promise<T> {
  let r: RpcResult<T>;
  try {
    r = await result;
  } catch (err) {
    throw remoteFailure(err);
  }
  if (r.ok) return r.value;
  throw new ProtocolError(r.code, r.message, { retryAfterMs: r.retryAfterMs });
}

function remoteFailure(err: unknown): ProtocolError {
  const e = err as { message?: string; overloaded?: boolean; retryable?: boolean };
  const message = `edge object call failed: ${e?.message ?? String(err)}`;
  // Cloudflare marks an overloaded object (`overloaded`) and transient resets such as a deploy restarting
  // the object (`retryable`); the latter is what a broker restart is to the Node deployment.
  if (e?.overloaded) return new ProtocolError(ErrorCode.THROTTLED, message);
  if (e?.retryable) return new ProtocolError(ErrorCode.SHUTTING_DOWN, message);
  return new ProtocolError(ErrorCode.UNKNOWN, message);
}
