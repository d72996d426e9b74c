/**
 * An object's one alarm, moved only earlier. Both PartitionDO (retention) and GroupDO (session deadlines)
 * want "wake me by T" many times between two alarms; re-arming on each would be a storage write per
 * request, so the alarm only moves when T comes before it, and an early alarm finds nothing due and
 * re-arms for what is next.
 *
 * An alarm is never armed at or before now: one set while the alarm handler runs, for the time of the
 * alarm being handled, is deleted by the runtime when the handler returns, and nothing would arm it again
 * (a GroupDO stopped expiring members that way). For the same reason an armed time in the past counts as
 * unarmed.
 */
import { keepNameForAlarm } from "./env.ts";

export class EarliestAlarm {
  /** When the alarm is set for (null: none known since the object started, or it has fired). */
  private atMs: number | null = null;

  constructor(private readonly ctx: DurableObjectState) {}

  /** Makes sure the alarm goes off by `atMs` (null: nothing due; an alarm already set stays). */
  armBy(atMs: number | null): void {
    if (atMs === null) return;
    const nowMs = Date.now();
    if (this.atMs !== null && this.atMs > nowMs && this.atMs <= atMs) return;
    this.atMs = Math.max(atMs, nowMs + 1);
    keepNameForAlarm(this.ctx);
    void this.ctx.storage.setAlarm(this.atMs);
  }

  /** The alarm went off: call first in alarm(). */
  fired(): void {
    this.atMs = null;
  }
}
