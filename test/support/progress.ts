/**
 * Event-driven waiting for tests: code that makes progress calls poke(); until(pred) resolves at the first
 * poke after which pred holds (or at once), and fails after a deadline instead of hanging.
 */
export class Progress {
  private readonly waiters = new Set<{ pred: () => boolean; resolve: () => void }>();

  poke(): void {
    for (const w of [...this.waiters]) {
      if (w.pred()) {
        this.waiters.delete(w);
        w.resolve();
      }
    }
  }

  until(pred: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    if (pred()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        pred,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }
}
