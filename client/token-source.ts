/**
 * The capability token of one client, shared by all its sockets (bootstrap, partition and group sockets):
 * a fixed `token`, or a `tokenProvider` the SDK calls before the first hello, on every reconnect, and by
 * itself before the token expires, so that a long-lived page keeps its sockets across expiries.
 *
 * Refresh schedule: when 80 % of the lifetime the token had left on arrival has passed (its `exp`, read from
 * the JWT payload without verifying it: the broker verifies). A fraction rather than a fixed margin because
 * lifetimes range from seconds (tests) to days; 20 % of a 1 h token is 12 min of slack for a slow provider,
 * a sleeping tab and the clocks' skew. A client whose clock runs late can still see "token expired": the
 * request that met it fetches a token, says hello again and is sent once more (connection.ts).
 *
 * Bounds against loops: the provider is called at most once at a time (concurrent callers share the call),
 * a token or a failure younger than tokenRefreshMinIntervalMs is reused, and no refresh is scheduled sooner
 * than that after the last one, so a provider that hands out expired tokens, or fails, costs one call a
 * second at most, never a tight loop. Its failure surfaces as an AuthError whose cause is the provider's.
 */
import { AuthError } from "./errors.ts";

export type TokenProvider = () => string | Promise<string>;

/** Time and timers, injectable (tests drive the refresh schedule by hand). */
export interface Timers {
  /** Epoch ms. */
  now(): number;
  setTimeout(fn: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  now: () => Date.now(),
  setTimeout(fn, delayMs) {
    const t = setTimeout(fn, delayMs);
    // Node: a refresh timer alone must not keep the process alive.
    (t as { unref?: () => void }).unref?.();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Fraction of a token's remaining lifetime after which it is refreshed. */
export const tokenRefreshFraction = 0.8;
/** Least time between two provider calls that are not concurrent, ms (see the bounds above). */
export const tokenRefreshMinIntervalMs = 1000;

export interface TokenSourceOptions {
  token?: string;
  provider?: TokenProvider;
  timers?: Timers;
  log?: (line: string) => void;
  /** Sockets open now: a refresh that falls due with none open waits for the next hello instead. */
  openSockets(): number;
  /**
   * Runs when the scheduled refresh has a new token: sends it in a hello on every open socket; resolves
   * with how many took it, rejects with the broker's refusal.
   */
  sendToOpenSockets(): Promise<number>;
  /** Told about each scheduled refresh: null when every open socket has the new token, else why not. */
  onRefresh?: (err: AuthError | null) => void;
}

export class TokenSource {
  #token: string | undefined;
  readonly #provider: TokenProvider | undefined;
  readonly #timers: Timers;
  readonly #log: (line: string) => void;
  readonly #options: TokenSourceOptions;
  /** When the current token was obtained and when it is due for a refresh, epoch ms. */
  #obtainedAtMs = -Infinity;
  #dueAtMs = Infinity;
  #inflight: Promise<string> | null = null;
  #failure: { atMs: number; err: AuthError } | null = null;
  #timer: unknown = null;
  #closed = false;

  constructor(options: TokenSourceOptions) {
    this.#options = options;
    this.#provider = options.provider;
    this.#timers = options.timers ?? systemTimers;
    this.#log = options.log ?? (() => {});
    if (options.token !== undefined) this.#accept(options.token);
  }

  /** The token as it is now (undefined before the provider answered, or with none configured). */
  current(): string | undefined {
    return this.#token;
  }

  /**
   * The token for the hello of a socket being opened: with a provider, a fresh one on a reconnect and when
   * the current one is due; otherwise the current one, without waiting.
   */
  forHello(reconnect: boolean): string | undefined | Promise<string> {
    if (!this.#provider) return this.#token;
    if (!reconnect && this.#token !== undefined && this.#timers.now() < this.#dueAtMs) return this.#token;
    return this.#fetch();
  }

  /**
   * A new token after the broker said "token expired": from the provider, or null without one (the
   * caller then surfaces the refusal).
   */
  renew(): Promise<string> | null {
    return this.#provider ? this.#fetch() : null;
  }

  /** Replaces the token (setToken); the provider, if any, takes over again when this one is due. */
  set(token: string): void {
    this.#accept(token);
  }

  close(): void {
    this.#closed = true;
    this.#clearTimer();
  }

  /** Calls the provider (once at a time; a result younger than the minimum interval is reused). */
  #fetch(): Promise<string> {
    if (this.#inflight) return this.#inflight;
    const now = this.#timers.now();
    if (this.#token !== undefined && now - this.#obtainedAtMs < tokenRefreshMinIntervalMs) return Promise.resolve(this.#token);
    if (this.#failure && now - this.#failure.atMs < tokenRefreshMinIntervalMs) return Promise.reject(this.#failure.err);
    const call = (async () => {
      let token: unknown;
      try {
        token = await this.#provider!();
      } catch (err) {
        throw new AuthError(`tokenProvider failed: ${(err as Error)?.message ?? String(err)}`, { cause: err });
      }
      if (typeof token !== "string" || token.length === 0) throw new AuthError("tokenProvider returned no token (it must resolve to a JWT string)");
      return token;
    })();
    this.#inflight = call.then(
      (token) => {
        this.#inflight = null;
        this.#failure = null;
        this.#accept(token);
        return token;
      },
      (err: AuthError) => {
        this.#inflight = null;
        this.#failure = { atMs: this.#timers.now(), err };
        this.#log(`edgelog: ${err.message}`);
        throw err;
      },
    );
    return this.#inflight;
  }

  #accept(token: string): void {
    this.#token = token;
    const now = this.#timers.now();
    this.#obtainedAtMs = now;
    const expMs = expiryOf(token);
    this.#dueAtMs = expMs === undefined ? Infinity : now + Math.max(tokenRefreshMinIntervalMs, tokenRefreshFraction * (expMs - now));
    this.#schedule(this.#dueAtMs);
  }

  #schedule(atMs: number): void {
    this.#clearTimer();
    if (this.#closed || !this.#provider || atMs === Infinity) return;
    this.#timer = this.#timers.setTimeout(() => {
      this.#timer = null;
      void this.#refresh();
    }, Math.max(0, atMs - this.#timers.now()));
  }

  #clearTimer(): void {
    if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** The scheduled refresh: a new token, sent in a hello on every open socket (no reconnect). */
  async #refresh(): Promise<void> {
    if (this.#closed || this.#options.openSockets() === 0) return;
    const expMs = this.#token === undefined ? undefined : expiryOf(this.#token);
    try {
      await this.#fetch();
      const sockets = await this.#options.sendToOpenSockets();
      this.#log(`edgelog: token refreshed on ${sockets} open socket(s)`);
      this.#options.onRefresh?.(null);
    } catch (err) {
      const authErr = err instanceof AuthError ? err : new AuthError(`token refresh failed: ${(err as Error)?.message ?? String(err)}`, { cause: err });
      this.#options.onRefresh?.(authErr);
      // Try again while the old token still lives (half its remaining time, a second at least); once it
      // has expired, the next hello or refused request asks the provider.
      const now = this.#timers.now();
      if (!this.#closed && this.#timer === null && expMs !== undefined && expMs > now) this.#schedule(now + Math.max(tokenRefreshMinIntervalMs, (expMs - now) / 2));
    }
  }
}

/** A JWT's `exp` in epoch ms, read without verification; undefined when it has none or is not a JWT. */
export function expiryOf(token: string): number | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const b64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const json = new TextDecoder().decode(Uint8Array.from(atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0)));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === "number" && Number.isFinite(exp) ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
