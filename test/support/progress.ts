/**
 * Event-driven waiting for tests: code that makes progress calls poke(); until(pred) resolves at the first
 * poke after which pred holds (or at once), and fails after a deadline instead of hanging. The deadline is
 * a bound on a hang, never a measurement: no test asserts on how long anything took.
 */
export class Progress {
  private readonly waiters = new Set<{ pred: () => boolean; resolve: () => void; reject: (err: Error) => void }>();

  /** @param defaultTimeoutMs deadline of until() when the call names none (the edge is slower than Node). */
  constructor(public defaultTimeoutMs = 20_000) {}

  poke(): void {
    for (const w of [...this.waiters]) {
      let done: boolean;
      try {
        done = w.pred();
      } catch (err) {
        // A predicate that throws (a failed expectation inside it) fails the wait instead of the poker.
        this.waiters.delete(w);
        w.reject(err as Error);
        continue;
      }
      if (done) {
        this.waiters.delete(w);
        w.resolve();
      }
    }
  }

  /**
   * @param what names what is awaited; a function is called at the deadline, so the failure can say how far
   *   things got (e.g. "records: 17 of 1000").
   */
  until(pred: () => boolean, what: string | (() => string), timeoutMs = this.defaultTimeoutMs): Promise<void> {
    if (pred()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        pred,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (err: Error) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === "function" ? what() : what}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}
