/** Small layout helpers shared by the renderers: hanging indents and prefixed blocks. */
import { displayWidth } from '../text/width.js';
import { wrapText } from '../text/wrap.js';

/** Wraps `text` to `width` with a first-line prefix and a hanging indent for the rest; `keep`: phrases never broken (./wrap.ts). */
export function hang(text: string, width: number, first: string, rest: string, keep?: readonly string[]): string[] {
  return wrapText(text, Math.max(2, width - displayWidth(rest)), Math.max(2, width - displayWidth(first)), { keep }).map((line, i) => (i === 0 ? first : rest) + line);
}

/** `hang` under a first-line prefix (a number, a label), the rest indented to the prefix's width. */
export function hangUnder(prefix: string, text: string, width: number, keep?: readonly string[]): string[] {
  return hang(text, width, prefix, ' '.repeat(displayWidth(prefix)), keep);
}

/** A command on a line of its own, at `indent` while the line fits, else two columns in or none: the terminal must never break it. */
export function commandLine(indent: string, command: string, width: number): string {
  const room = width - displayWidth(command);
  return (displayWidth(indent) <= room ? indent : room >= 2 ? '  ' : '') + command;
}

/** Prefixes every non-empty line (empty lines stay empty, with no trailing spaces). */
export function prefixLines(lines: string[], first: string, rest: string = first): string[] {
  return lines.map((line, i) => (line === '' ? (i === 0 ? first.trimEnd() : rest.trimEnd()) : (i === 0 ? first : rest) + line));
}
