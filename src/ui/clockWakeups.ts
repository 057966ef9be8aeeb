// When the clock alone changes the screen. Each mounted table reports the earliest time one of its
// rows reads differently (TableRows.changesAt); App moves the store's clock only then (and at the
// header's next minute), so a static screen does no work and holds no one-second timer.
import { createContext, useContext, useLayoutEffect } from 'react';

export class ClockWakeups {
  private readonly times = new Map<symbol, number>();
  private onEarlier: (() => void) | undefined;

  /** Reports `owner`'s next change; a time earlier than any known one reschedules the clock. */
  set(owner: symbol, at: number): void {
    const before = this.next();
    this.times.set(owner, at);
    if (at < before) this.onEarlier?.();
  }

  delete(owner: symbol): void {
    this.times.delete(owner);
  }

  next(): number {
    let at = Infinity;
    for (const time of this.times.values()) if (time < at) at = time;
    return at;
  }

  listen(onEarlier: (() => void) | undefined): void {
    this.onEarlier = onEarlier;
  }
}

export const ClockWakeupsContext = createContext<ClockWakeups | undefined>(undefined);

/**
 * Reports a component's next clock-driven change while it is mounted. A layout effect, so the
 * report is in before the tick that caused the render schedules the next one.
 */
export function useClockWakeup(owner: symbol, at: number): void {
  const wakeups = useContext(ClockWakeupsContext);
  useLayoutEffect(() => {
    wakeups?.set(owner, at);
  }, [wakeups, owner, at]);
  useLayoutEffect(() => () => wakeups?.delete(owner), [wakeups, owner]);
}
