/** Time behind an interface so the engine can be driven by a test clock. Epoch milliseconds. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** A clock tests move by hand. */
export class ManualClock {
  constructor(public nowMs = 0) {}
  readonly now: Clock = () => this.nowMs;
  advance(ms: number): void {
    this.nowMs += ms;
  }
}
