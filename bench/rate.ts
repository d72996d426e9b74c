/**
 * Load at a fixed rate for the latency rows (bench/run.ts, bench/replication.ts).
 */

/** A fixed schedule: every millisecond, make the calls due by now, `total` in all. */
export function atFixedRate(ratePerS: number, total: number, send: () => void): Promise<void> {
  const t0 = performance.now();
  let sent = 0;
  return new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - t0) / 1000) * ratePerS));
      for (; sent < due; sent++) send();
      if (sent >= total) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
}
