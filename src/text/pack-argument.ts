/** `--pack DIR` in the commands we print, so that they run as printed: the reader's and the quiz's hints, "Read more". */
import { sanitize } from './sanitize.js';

/** `--pack DIR` as typed (quoted for a POSIX shell when it must be), or '' without --pack. */
export function packArgument(pack: string | undefined): string {
  if (pack === undefined) return '';
  const dir = sanitize(pack);
  return `--pack ${/^[\w@%+=:,./-]+$/.test(dir) ? dir : `'${dir.replace(/'/g, `'\\''`)}'`}`;
}

/** The command that shows a chapter or section of the pack: `lm-explain [--pack DIR] show REF`. */
export function showCommand(packArg: string, ref: string): string {
  return ['lm-explain', packArg, 'show', ref].filter((part) => part !== '').join(' ');
}

/** `text` with `packArg` after each program name in it (`lm-quiz all` -> `lm-quiz --pack DIR all`). */
export function withPackArgument(text: string, packArg: string): string {
  return packArg === '' ? text : text.replace(/\b(lm-explain|lm-quiz)\b/g, `$1 ${packArg}`);
}
