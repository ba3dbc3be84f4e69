/**
 * Echoing what the user typed back in a message: sanitised (no escape
 * sequences, controls or bidi overrides reach the terminal) and shortened, so
 * a 120 KB argument is not printed whole. `echoLine` does this to every
 * quoted part of a finished message ('…', "…", “…”), and caps the line.
 */
import { sanitize } from './sanitize.js';

/** Longest quoted value kept whole, in characters. */
export const ECHO_MAX = 60;
const LINE_MAX = 400;

/** A value from the command line as it may be shown: sanitised, on one line, at most `max` characters. */
export function echo(value: string, max = ECHO_MAX): string {
  const clean = sanitize(value).replace(/[\n\t]/g, ' ');
  const chars = [...clean];
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}

// An opening quote follows no letter or digit (so the apostrophe of "can't" opens nothing).
const QUOTED = /(?<![\p{L}\p{N}])(?:'([^'\n]*)'|"([^"\n]*)"|“([^”\n]*)”)/gu;

/** A message line holding user input: sanitised, each long quoted part shortened, the whole line capped. */
export function echoLine(text: string): string {
  const shortened = sanitize(text).replace(QUOTED, (whole, a?: string, b?: string, c?: string) => {
    const inner = a ?? b ?? c ?? '';
    if ([...inner].length <= ECHO_MAX) return whole;
    return `${whole[0]}${echo(inner)}${whole[whole.length - 1]}`;
  });
  return shortened
    .split('\n')
    .map((line) => echo(line, LINE_MAX))
    .join('\n');
}
