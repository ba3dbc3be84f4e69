/**
 * Quiz text wrapped to the terminal: the reader's CJK-aware wrapper
 * (src/text/wrap.ts: kinsoku, whole Latin words, display width), plus the
 * label-and-hanging-indent layout the quiz screens use.
 */
import { hang } from '../../render/layout.js';
import { wrapText } from '../../text/wrap.js';
import { displayWidth } from '../../text/width.js';

export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const lines = wrapText(paragraph, Math.max(8, width));
    out.push(...(lines.length > 0 ? lines.map((l) => l.trimEnd()) : ['']));
  }
  return out;
}

/**
 * A hint naming commands to type (`Play one: lm-quiz <quiz or topic>`), wrapped as the reader's hints
 * are: a two-column hanging indent, and each phrase of `keep` it holds whole on one line (alone on it
 * when wider than the width, and then no line indented: the terminal wraps it, from the first column).
 */
export function hint(text: string, width: number, keep: readonly string[]): string[] {
  const kept = keep.filter((phrase) => text.includes(phrase));
  return hang(text, width, '', kept.every((phrase) => displayWidth(phrase) + 2 <= width) ? '  ' : '', kept);
}

/**
 * A line of parts joined by ` · ` (a quiz's intro, a question's header), wrapped with each part that
 * fits kept whole: a number stays with its unit (`3 道题`, `目前 2 分`) and the line breaks between parts.
 */
export function wrapParts(text: string, width: number): string[] {
  const room = Math.max(8, width);
  // Room for the ` ·` that follows a part: a middle dot never starts a line.
  return hang(text, room, '', '', text.split(' · ').filter((part) => displayWidth(part) + 2 <= room));
}

/** The space after a label: none after a full-width colon (作答：…). */
export function gapAfter(label: string): string {
  return label.endsWith('：') ? '' : ' ';
}

/** Wraps with a first-line prefix and a hanging indent of the same width. */
export function hanging(prefix: string, text: string, width: number): string[] {
  const indent = ' '.repeat(displayWidth(prefix));
  return wrap(text, width - displayWidth(prefix)).map((line, i) => (i === 0 ? prefix : indent) + line);
}

/**
 * `Label: value` on one line, or the label and then the value on a line of
 * its own when both do not fit: a value such as a path or a command is never
 * cut (it is there to be copied).
 */
export function labelled(label: string, value: string, width: number): string[] {
  const line = `${label}${gapAfter(label)}${value}`;
  return displayWidth(line) <= width ? [line] : [label, `  ${value}`];
}
