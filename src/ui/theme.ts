// Semantic colours. With NO_COLOR set no colour is emitted at all; dim and inverse remain, and
// meaning is always carried by text too (a stale row says "stale").
import type { Tone } from '../render/types.js';

export interface Theme {
  danger?: string;
  warn?: string;
  ok?: string;
  accent?: string;
  marked?: string;
  stale?: string;
  muted?: string;
  /** Merged logs: one colour per pod prefix, cycled; empty without colour (the prefix text stays). */
  podColours?: readonly string[];
}

const POD_COLOURS = ['cyan', 'green', 'magenta', 'yellow', 'blue', 'red'] as const;

const COLOURS: Theme = {
  danger: 'red',
  warn: 'yellow',
  ok: 'green',
  accent: 'cyan',
  marked: 'magenta',
  stale: 'yellow',
  muted: 'gray',
  podColours: POD_COLOURS,
};

export function themeFor(env: Record<string, string | undefined>): Theme {
  // no-color.org: any non-empty value disables colour.
  return env.NO_COLOR ? {} : COLOURS;
}

export function toneColour(theme: Theme, tone: Tone | undefined): string | undefined {
  return tone ? theme[tone] : undefined;
}

/** The colour of the pod at `index` in a merged-logs target, or none without colour. */
export function podColour(theme: Theme, index: number | undefined): string | undefined {
  const palette = theme.podColours;
  if (index === undefined || !palette || palette.length === 0) return undefined;
  return palette[index % palette.length];
}
