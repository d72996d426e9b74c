/**
 * A bound on the CLI processes a test file runs at once, for files whose cases run concurrently. Every
 * `edgelog` start costs about a second of CPU (tsx compiling the sources), so cases that overlap would
 * otherwise start a dozen at a time and stretch each process's run towards the bounds on a hang. The slots
 * are handed out in request order, so no case waits behind the others indefinitely.
 */
export class CliSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly slotCountMax: number) {}

  /** Runs `start` once a slot is free; the slot is given back when the promise `start` returns settles. */
  async run<T>(start: () => Promise<T>): Promise<T> {
    if (this.running >= this.slotCountMax) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await start();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
