/**
 * Tabs expanded to tab stops: a TAB reaching the terminal would move the
 * cursor by up to eight columns while the wrapper counts one. Stops are
 * every four columns, as CommonMark counts a tab's indentation.
 */
import { displayWidth } from './width.js';

export const TAB_STOP = 4;

/** Each line's tabs replaced by the spaces that reach the next stop (`column`: where the first line starts). */
export function expandTabs(text: string, column = 0): string {
  if (!text.includes('\t')) return text;
  return text
    .split('\n')
    .map((line, i) => {
      let col = i === 0 ? column : 0;
      let out = '';
      for (const part of line.split(/(\t)/)) {
        if (part === '\t') {
          const pad = TAB_STOP - (col % TAB_STOP);
          out += ' '.repeat(pad);
          col += pad;
        } else {
          out += part;
          col += displayWidth(part);
        }
      }
      return out;
    })
    .join('\n');
}
