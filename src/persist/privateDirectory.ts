// Folders kilo-tui keeps files in under the user's state directory, made so that nobody else can
// redirect what is written there: each folder kilo-tui owns is created private (0700), and one that
// turns out to be a symbolic link, not a folder, or someone else's is refused instead of used.
import { lstatSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export class UnsafeDirectoryError extends Error {}

/**
 * `base` (the user's XDG state home, created as mkdir -p would) joined with `parts`, each created
 * with mode 0700 when missing and checked with lstat, so a planted link is never followed.
 */
export function privateDirectory(base: string, parts: readonly string[]): string {
  mkdirSync(base, { recursive: true, mode: 0o700 });
  let path = base;
  for (const part of parts) {
    path = join(path, part);
    try {
      mkdirSync(path, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) throw new UnsafeDirectoryError(`${path} is a symbolic link; not writing through it`);
    if (!stat.isDirectory()) throw new UnsafeDirectoryError(`${path} is not a directory`);
    const uid = process.getuid?.();
    if (uid !== undefined && stat.uid !== uid) throw new UnsafeDirectoryError(`${path} belongs to another user`);
  }
  return path;
}
