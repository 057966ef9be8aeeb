// The `/` filter: a regular expression (smart case: case-insensitive unless it has capitals),
// `!` in front inverts it. Text that is not a valid expression is matched literally.

export interface LogFilter {
  source: string;
  inverted: boolean;
  regex: RegExp;
}

export function compileFilter(input: string): LogFilter | undefined {
  const inverted = input.startsWith('!');
  const body = inverted ? input.slice(1) : input;
  if (body === '') return undefined;
  const flags = body === body.toLowerCase() ? 'gi' : 'g';
  let regex: RegExp;
  try {
    regex = new RegExp(body, flags);
  } catch {
    regex = new RegExp(body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
  }
  return { source: input, inverted, regex };
}

export function lineMatches(filter: LogFilter, text: string): boolean {
  filter.regex.lastIndex = 0;
  const found = filter.regex.test(text);
  filter.regex.lastIndex = 0;
  return found !== filter.inverted;
}

/** [start, end) ranges of matches to highlight; none for an inverted filter (its lines do not match). */
export function matchRanges(filter: LogFilter | undefined, text: string): [number, number][] {
  if (!filter || filter.inverted) return [];
  const ranges: [number, number][] = [];
  filter.regex.lastIndex = 0;
  for (let match = filter.regex.exec(text); match; match = filter.regex.exec(text)) {
    if (match[0].length === 0) {
      // An empty match would loop forever; step past it.
      filter.regex.lastIndex++;
      continue;
    }
    ranges.push([match.index, match.index + match[0].length]);
  }
  filter.regex.lastIndex = 0;
  return ranges;
}
