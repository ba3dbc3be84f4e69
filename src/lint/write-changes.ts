/**
 * Writing `--fix` results: each file atomically (a temporary file renamed over
 * it), keeping its permissions, and only if it still holds the text the fixes
 * were computed from, so an edit made meanwhile is never lost.
 */
import { chmodSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { writeFileAtomic } from '../state/atomic.js';
import { sanitize } from '../text/sanitize.js';
import type { FileChange } from './fixer.js';
import { shownPath } from './format/format.js';
import { UI } from './messages.js';
import type { Lang } from '../io/lang.js';

/** Writes the changes; `warn` gets one line per change not written. Returns how many were written. */
export function writeChanges(changes: readonly FileChange[], cwd: string, lang: Lang, warn: (line: string) => void): number {
  let written = 0;
  for (const change of changes) {
    const shown = sanitize(shownPath(change.file, cwd));
    try {
      if (readFileSync(change.file, 'utf8') !== change.before) {
        warn(UI[lang].changedMeanwhile(shown));
        continue;
      }
      // A symlink inside the pack is kept: its target gets the fix (the pack's loader only follows links that stay inside).
      const target = realpathSync(change.file);
      const mode = statSync(target).mode & 0o7777;
      writeFileAtomic(target, change.after);
      chmodSync(target, mode);
      written++;
    } catch (error) {
      warn(UI[lang].cannotWrite(shown, (error as NodeJS.ErrnoException).code ?? String(error)));
    }
  }
  return written;
}
