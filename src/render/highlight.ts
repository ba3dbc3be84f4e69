/**
 * Syntax highlighting of fenced code blocks that name their language, through
 * marked-terminal's code renderer (which highlights with cli-highlight).
 * Imported with `await import()` (src/reader/show.ts) only for a page in
 * colour that has such a block: highlight.js is most of the program's size.
 */
import chalk, { Chalk, type ChalkInstance } from 'chalk';
import { markedTerminal } from 'marked-terminal';

type CodeRenderer = (this: unknown, token: { type: 'code'; raw: string; text: string; lang: string }) => string;

const renderers = new Map<number, CodeRenderer>();

/**
 * cli-highlight's theme drawn with a chalk of our level, so highlighting
 * follows --color, NO_COLOR and FORCE_COLOR, not whether stdout is a terminal.
 */
function theme(c: ChalkInstance): Record<string, (text: string) => string> {
  return {
    keyword: c.blue,
    built_in: c.cyan,
    type: c.cyan.dim,
    literal: c.blue,
    number: c.green,
    regexp: c.red,
    string: c.red,
    subst: (text) => text,
    symbol: (text) => text,
    class: c.blue,
    function: c.yellow,
    title: (text) => text,
    params: (text) => text,
    comment: c.green,
    doctag: c.green,
    meta: c.gray,
    'meta-keyword': (text) => text,
    'meta-string': (text) => text,
    tag: c.gray,
    name: c.blue,
    attr: c.cyan,
    attribute: c.cyan,
    variable: (text) => text,
    addition: c.green,
    deletion: c.red,
    default: (text) => text,
  };
}

/** marked-terminal's code renderer (@types/marked-terminal describes version 6; version 7 returns a marked extension). */
function codeRenderer(highlightTheme: object): CodeRenderer {
  const create = markedTerminal as unknown as (options: object, highlight: object) => { renderer: { code: CodeRenderer } };
  return create({ tab: 0, reflowText: false, emoji: false }, { ignoreIllegals: true, theme: highlightTheme }).renderer.code;
}

/**
 * The code's lines with colour escapes (SGR only), or undefined when the
 * language is unknown to the highlighter or nothing was coloured. `code`
 * must already be sanitised.
 */
export type HighlightCode = (code: string, lang: string, level: 1 | 2 | 3) => string[] | undefined;

export const highlightCode: HighlightCode = (code, lang, level) => {
  // marked-terminal reads the level of chalk's default instance: set it to ours for this call.
  const saved = chalk.level;
  chalk.level = level;
  try {
    let render = renderers.get(level);
    if (!render) renderers.set(level, (render = codeRenderer(theme(new Chalk({ level })))));
    const out = render.call({ options: {}, parser: undefined }, { type: 'code', raw: code, text: code, lang }).replace(/\n+$/, '');
    if (!out.includes('\u001b[')) return undefined;
    const lines = out.split('\n');
    return lines.length === code.split('\n').length ? lines : undefined;
  } catch {
    return undefined;
  } finally {
    chalk.level = saved;
  }
};
