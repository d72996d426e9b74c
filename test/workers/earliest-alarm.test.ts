// The edge objects' one alarm (src/edge/alarm.ts), over a fake DurableObjectState: it moves only earlier,
// and never arms at or before now. The latter is the GroupDO bug the takeover bench found: re-armed for the
// time of the alarm being handled, the alarm was deleted by the runtime when the handler returned, and no
// member was expired again while the object stayed awake.
import { afterEach, describe, expect, it, vi } from "vitest";
import { EarliestAlarm } from "../../src/edge/alarm.ts";

function fakeState(name = "g") {
  const armed: number[] = [];
  const kv = new Map<string, unknown>();
  const ctx = {
    id: { name },
    storage: {
      setAlarm: (atMs: number) => void armed.push(atMs),
      kv: { get: (k: string) => kv.get(k), put: (k: string, v: unknown) => void kv.set(k, v) },
    },
  } as unknown as DurableObjectState;
  return { ctx, armed, kv };
}

describe("EarliestAlarm", () => {
  afterEach(() => vi.useRealTimers());

  it("moves only earlier, and keeps the object's name for the alarm's wake-up", () => {
    vi.useFakeTimers({ now: 1_000 });
    const { ctx, armed, kv } = fakeState();
    const alarm = new EarliestAlarm(ctx);
    alarm.armBy(5_000);
    alarm.armBy(6_000); // later: the armed one comes first
    alarm.armBy(3_000); // earlier: moved
    alarm.armBy(null); // nothing due: unchanged
    expect(armed).toEqual([5_000, 3_000]);
    expect(kv.get("objectName")).toBe("g");
  });

  it("after it fired, or once its time has passed, the next deadline arms it again, never at or before now", () => {
    vi.useFakeTimers({ now: 10_000 });
    const { ctx, armed } = fakeState();
    const alarm = new EarliestAlarm(ctx);
    alarm.armBy(10_000);
    expect(armed).toEqual([10_001]); // not "now": a handler re-arming for its own time would lose it
    vi.setSystemTime(10_001);
    alarm.fired();
    alarm.armBy(10_001); // the deadline of the alarm being handled
    expect(armed.at(-1)).toBeGreaterThan(10_001);
    // Without fired(): an armed time in the past does not count as armed.
    vi.setSystemTime(20_000);
    alarm.armBy(25_000);
    expect(armed.at(-1)).toBe(25_000);
  });
});
