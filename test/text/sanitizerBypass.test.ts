// The one-sanitizer rule, checked on the source: no second sanitizer appears, and every direct
// write to stdout or stderr outside the demo server and the bench prints text that went through
// src/text/sanitize.ts or comes from a producer that sanitizes or escapes all it prints.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));
const app = files.filter(({ path }) => !/^(demo|bench)\//.test(path));

// What may be printed as it is: sanitized text, whole documents whose producers sanitize (the
// Markdown report and the verify reports), escape (JSON) or quote (the fix script), our own help and
// version, the terminal's own screen switches, and the frames Ink rendered from the views (which
// sanitize every string they show) with lineDiffOutput.ts's cursor and erase sequences.
const SAFE_OUTPUT = /sanitize(Line|Multiline)\(|renderMarkdown\(|toJsonText\(|verifyMarkdown\(|verifyJson\(|plansToShellScript\(|nothing to fix|helpText\(|pkg\.version|ALTERNATE_SCREEN|invalid \$\{|write\(frameBytes\)|write\(CLEAR_SCREEN \+ at\(0\)\)|write\(SHOW_CURSOR\)/;

describe('one sanitizer', () => {
  it('no module outside src/text defines a sanitizer of its own', () => {
    const others = app.filter(({ path, text }) => !path.startsWith('text/') && /function\s+(sanitize|stripControl|stripAnsi|escapeTerminal)\w*\s*\(/.test(text));
    expect(others.map(({ path }) => path)).toEqual([]);
  });

  it('every direct write to stdout or stderr prints sanitized or escaped text', () => {
    const bypasses = app.flatMap(({ path, text }) =>
      text
        .split('\n')
        .map((line, i) => ({ line: line.trim(), where: `${path}:${i + 1}` }))
        // A call split over lines is judged with the line after it.
        .map(({ line, where }, i, all) => ({ where, line: line.endsWith('(') ? `${line} ${all[i + 1]?.line ?? ''}` : line }))
        .filter(({ line }) => /(process\.)?(stdout|stderr)\.write\(|^\s*(write|warn)\(/.test(line) && !/=>\s*void process/.test(line))
        .filter(({ line }) => !SAFE_OUTPUT.test(line))
        .map(({ where, line }) => `${where}: ${line}`),
    );
    expect(bypasses).toEqual([]);
  });
});
