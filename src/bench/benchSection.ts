// The contract between `npm run bench` (main.ts) and each measured area. A section measures in
// the same process as its own baseline and reports figures; main.ts only runs and prints them.

export interface BenchFigure {
  /** What was measured, e.g. "frame after a 1,000-event burst (10k RS)". */
  label: string;
  value: number;
  unit: 'ms' | 'MB' | 'x' | 'count' | '%';
  /** The acceptance target in words, e.g. "< 16 ms"; absent when the figure is context only. */
  target?: string;
  /** Whether the target is met; absent when there is no target. */
  ok?: boolean;
}

export interface BenchSection {
  /** Short id, used by `--only <name>`. */
  name: string;
  title: string;
  run(): Promise<BenchFigure[]>;
}
