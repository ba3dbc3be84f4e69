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

type Hint = string | readonly string[] | ((...args: never[]) => string);

/**
 * A catalogue whose `hints` (texts, lists of texts, or functions that make a text) name commands to
 * run, with `packArg` in each of those commands, so that they run on the pack in use as printed.
 */
export function withPackInHints<M extends Record<K, Hint>, K extends keyof M>(messages: M, hints: readonly K[], packArg: string): M {
  if (packArg === '') return messages;
  const add = (text: string) => withPackArgument(text, packArg);
  const out = { ...messages };
  for (const key of hints) {
    const hint: Hint = messages[key];
    const withPack: Hint = typeof hint === 'string' ? add(hint) : typeof hint === 'function' ? (...args: never[]) => add(hint(...args)) : hint.map(add);
    out[key] = withPack as M[K];
  }
  return out;
}
