/**
 * The engine behind a consumer's facade (consumer.ts, group-consumer.ts), loaded on demand: calls made before
 * it is there wait for it and, when it is made, reach it at once and in the order they were made (in the
 * same tick, so a read's first requests are written before any later load is handed out: on-demand.ts),
 * synchronous ones (pause, resume) among them. A facade closed before any call needed the engine
 * never loads it. The code is fetched as the SDK's other on-demand code is: a failed load is tried again, with
 * backoff, until it succeeds or the facade is closed; code of another build fails the waiting calls (and the
 * later ones) for good. What the two facades pass on to their engines alike (metrics(), the iterator, run())
 * is here too, once.
 */
import { ClosedError, InvalidRequestError } from "./errors.ts";
import type { ConsumerMetrics, ConsumerRecord, RunHandlers } from "./partition-set.ts";

type Waiting<E> = (engine: E | null, err: unknown) => void;

/** A call's answer when it needs the engine and the facade closed without one. */
export const closedError = (): Promise<never> => Promise.reject(new ClosedError("consumer closed"));

/** What both consumers' engines offer that their facades pass on alike. */
interface ReadEngine<T> {
  next(): Promise<IteratorResult<ConsumerRecord<T>>>;
  run(handlers: RunHandlers<T>): Promise<void>;
  metrics(): ConsumerMetrics;
}

export class LazyEngine<T, E extends ReadEngine<T>> {
  /** The engine, once made (null before); every call that waited for it has reached it by then. */
  engine: E | null = null;
  closed = false;
  /** Settles once the engine is made or cannot be (never rejects). */
  #loading: Promise<void> | null = null;
  #failure: { err: unknown } | null = null;
  #closing: Promise<void> | null = null;
  /** Calls waiting for the engine, in the order they were made (pause() and resume() too). */
  readonly #waiting: Waiting<E>[] = [];
  readonly #make: (use: (engine: E) => void) => Promise<boolean>;

  /**
   * @param make loads the engine's code (tried again until `stop()` says the facade closed) and makes the
   *   engine, handing it to `use` synchronously; resolves false when stopped.
   */
  constructor(make: (stop: () => boolean, use: (engine: E) => void) => Promise<boolean>) {
    this.#make = (use) => make(() => this.closed, use);
  }

  /** `f` on the engine, now or once made; `whenClosed` answers instead when the facade closed without one. */
  call<R>(f: (engine: E) => R | Promise<R>, whenClosed: () => R | Promise<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const run: Waiting<E> = (engine, err) => {
        try {
          if (engine) resolve(f(engine));
          else if (err instanceof ClosedError && this.closed) resolve(whenClosed());
          else reject(err);
        } catch (thrown) {
          reject(thrown);
        }
      };
      if (this.engine) run(this.engine, null);
      else if (this.#failure) run(null, this.#failure.err);
      else if (this.closed && !this.#loading) run(null, new ClosedError("consumer closed"));
      else {
        this.#waiting.push(run);
        this.#load();
      }
    });
  }

  /** A synchronous call: on the engine if it is there, else kept for it (without loading it). */
  now(f: (engine: E) => void): void {
    if (this.engine) f(this.engine);
    else this.#waiting.push((engine) => engine && f(engine));
  }

  /** The engine's metrics; zero before it is made, as before a consumer started. */
  metrics(): ConsumerMetrics {
    return this.engine?.metrics() ?? { receivedBytes: 0, grantedBytes: 0, bufferedBytes: 0, overshootBytesMax: 0 };
  }

  /** The facade's iterator: the engine's records; `finish` is what the facade does when the loop is left. */
  iterator(finish: () => Promise<void>): AsyncIterator<ConsumerRecord<T>> {
    const done = (): IteratorResult<ConsumerRecord<T>> => ({ done: true, value: undefined });
    return {
      next: () => this.engine?.next() ?? this.call((engine) => engine.next(), done),
      return: async () => {
        await finish();
        return done();
      },
    };
  }

  /** The facade's run(): checks the handlers (throws), then runs them on the engine; a facade closed first resolves. */
  run(handlers: RunHandlers<T>): Promise<void> {
    if (!handlers || (!handlers.eachBatch && !handlers.eachRecord)) throw new InvalidRequestError("run() needs eachRecord or eachBatch");
    return this.call(
      (engine) => engine.run(handlers),
      () => {},
    );
  }

  /**
   * Marks the facade closed; the engine's close once it is made, or `unused` when it never was nor will be.
   * Once: a later call gets the first one's promise (`unused` tells the owning client to forget the
   * consumer, and the engine's close commits and leaves).
   */
  close(closeEngine: (engine: E) => Promise<void>, unused: () => void): Promise<void> {
    this.closed = true;
    return (this.#closing ??= this.#loading ? this.#loading.then(() => (this.engine ? closeEngine(this.engine) : unused())) : Promise.resolve(unused()));
  }

  #load(): void {
    this.#loading ??= this.#make((engine) => {
      this.engine = engine;
      for (const run of this.#waiting.splice(0)) run(engine, null);
    }).then(
      (made) => {
        if (!made) this.#fail(new ClosedError("consumer closed"));
      },
      (err: unknown) => this.#fail(err),
    );
  }

  #fail(err: unknown): void {
    this.#failure = { err };
    for (const run of this.#waiting.splice(0)) run(null, err);
  }
}
