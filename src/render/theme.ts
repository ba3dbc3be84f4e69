/**
 * The reader's colours and text styles, from one chalk instance whose level
 * comes from `colorLevel` (--color, NO_COLOR, FORCE_COLOR, TTY). At level 0
 * every style is the identity, so piped output carries no escape sequences;
 * structure (heading markers, bullets, URLs) never depends on colour.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export type Style = (text: string) => string;

export interface Theme {
  level: 0 | 1 | 2 | 3;
  chalk: ChalkInstance;
  title: Style;
  heading: Style;
  strong: Style;
  em: Style;
  del: Style;
  code: Style;
  codeBlock: Style;
  link: Style;
  url: Style;
  quote: Style;
  marker: Style;
  dim: Style;
  rule: Style;
  match: Style;
  tableHeader: Style;
  accent: Style;
  ok: Style;
  warn: Style;
  /** A horizontal bar of `n` cells for charts. */
  bar(n: number): string;
}

export function createTheme(level: 0 | 1 | 2 | 3): Theme {
  const c = new Chalk({ level });
  return {
    level,
    chalk: c,
    title: c.bold.magenta,
    heading: c.bold.green,
    strong: c.bold,
    em: c.italic,
    del: c.strikethrough,
    code: c.yellow,
    codeBlock: c.yellow,
    link: c.blue,
    url: c.blue.underline,
    quote: c.gray,
    marker: c.cyan,
    dim: c.gray,
    rule: c.gray,
    match: c.bold.black.bgYellow,
    tableHeader: c.bold,
    accent: c.cyan,
    ok: c.green,
    warn: c.yellow,
    // A coloured background cell is one column wide in every terminal, unlike the
    // block characters, which are ambiguous-width in CJK locales.
    bar: (n) => (n <= 0 ? '' : level > 0 ? c.bgCyan(' '.repeat(n)) : '#'.repeat(n)),
  };
}
