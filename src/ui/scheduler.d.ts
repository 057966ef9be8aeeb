// The part of React's scheduler package (it ships no types) that reactIdle.ts uses.
declare module 'scheduler' {
  export function unstable_scheduleCallback(priority: number, callback: () => void): unknown;
  export const unstable_IdlePriority: number;
}
