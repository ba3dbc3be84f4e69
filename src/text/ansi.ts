/**
 * The escape sequences our own renderers emit (SGR styles and OSC 8
 * hyperlinks), and the style state needed to carry them across line breaks.
 * Pack text never contains escapes: it is sanitised before rendering.
 */

/** SGR (`ESC [ ... m`) and OSC 8 (`ESC ] 8 ; ; url ST`) sequences. */
export const ANSI_SEQUENCE = /\u001b\[[0-9;]*m|\u001b\]8;[^;\u0007\u001b]*;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

const SGR = /^\u001b\[([0-9;]*)m$/;
const OSC8 = /^\u001b\]8;[^;\u0007\u001b]*;([^\u0007\u001b]*)(?:\u0007|\u001b\\)$/;

export const RESET = '\u001b[0m';
export const LINK_END = '\u001b]8;;\u001b\\';

/**
 * The numbers of an SGR sequence (`ESC [ 1 ; 35 m` is [1, 35]), or undefined
 * for any other sequence. Worked out once per distinct sequence: a page
 * repeats a few styles thousands of times (a chapter of 140,000 links spent
 * a second splitting them).
 */
export function sgrParams(sequence: string): readonly number[] | undefined {
  if (!sequence.startsWith('\u001b[')) return undefined;
  let params = sgrMemo.get(sequence);
  if (params === undefined) {
    const sgr = SGR.exec(sequence);
    params = sgr ? (sgr[1] ?? '').split(';').map((p) => Number(p || '0')) : null;
    if (sgrMemo.size < 1024) sgrMemo.set(sequence, params);
  }
  return params ?? undefined;
}
const sgrMemo = new Map<string, number[] | null>();

export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI_SEQUENCE, '') : text;
}

/** Which attribute an SGR code sets, named by the code that resets it. */
function family(code: number): number | undefined {
  if (code === 1 || code === 2) return 22;
  if (code === 3) return 23;
  if (code === 4) return 24;
  if (code === 5 || code === 6) return 25;
  if (code === 7) return 27;
  if (code === 8) return 28;
  if (code === 9) return 29;
  if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) return 39;
  if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) return 49;
  if (code === 53) return 55;
  return undefined;
}

const CLOSERS = new Set([0, 22, 23, 24, 25, 27, 28, 29, 39, 49, 55]);

/** True when a sequence only ends styles or a link (it belongs to the text before it). */
export function isClosing(sequence: string): boolean {
  const sgr = sgrParams(sequence);
  if (sgr) return sgr.every((code) => CLOSERS.has(code));
  const link = OSC8.exec(sequence);
  return link !== null && link[1] === '';
}

/** The styles and hyperlink open at some point of a text, to close a line and reopen the next. */
export class StyleState {
  private readonly styles = new Map<number, string>();
  private link: string | undefined;

  apply(sequence: string): void {
    const params = sgrParams(sequence);
    if (!params) {
      const link = OSC8.exec(sequence);
      if (link) this.link = link[1] === '' ? undefined : sequence;
      return;
    }
    // 38;5;n / 38;2;r;g;b colours are one attribute.
    if (params[0] === 38 || params[0] === 48) {
      this.styles.set(params[0] === 38 ? 39 : 49, sequence);
      return;
    }
    for (const code of params) {
      if (code === 0) this.styles.clear();
      else if (CLOSERS.has(code)) {
        this.styles.delete(code);
        if (code === 22) this.styles.delete(22);
      } else {
        const f = family(code);
        if (f !== undefined) this.styles.set(f, `\u001b[${code}m`);
      }
    }
  }

  get open(): boolean {
    return this.styles.size > 0 || this.link !== undefined;
  }

  /** What ends the line: a reset and a link end, as needed. */
  close(): string {
    return (this.styles.size > 0 ? RESET : '') + (this.link ? LINK_END : '');
  }

  /** What starts the next line: the same styles and link again. */
  reopen(): string {
    return [...this.styles.values()].join('') + (this.link ?? '');
  }
}
