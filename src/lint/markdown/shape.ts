/**
 * The shape of a Markdown document as marked reads it: every token's type and
 * everything but the text of its prose. Two documents with the same shape
 * differ only in the wording of their text tokens: the same code spans and
 * blocks, link destinations, autolinks, HTML, escapes and entities, in the
 * same structure. `--fix` keeps a Markdown file's shape; the tests and the
 * corpus measurement check it.
 */
import type { Token } from 'marked';
import type { Lex } from './lexer.js';

/** Token fields that are prose (may change), or derived from prose and children (compared through them). */
const PROSE_FIELDS = new Set(['raw', 'text', 'tokens', 'items', 'header', 'rows']);

/** One line per token, with its depth and every non-prose field; text tokens keep their type only. */
export function markdownShape(lex: Lex, markdown: string): string[] {
  const out: string[] = [];
  const walk = (tokens: readonly Token[], depth: number) => {
    for (const token of tokens) {
      out.push(describe(token, depth));
      const t = token as unknown as Record<string, unknown>;
      if (Array.isArray(t.tokens)) walk(t.tokens as Token[], depth + 1);
      if (Array.isArray(t.items)) walk(t.items as Token[], depth + 1);
      if (Array.isArray(t.header)) for (const cell of t.header as { tokens: Token[] }[]) walk(cell.tokens, depth + 1);
      if (Array.isArray(t.rows)) for (const row of t.rows as { tokens: Token[] }[][]) for (const cell of row) walk(cell.tokens, depth + 1);
    }
  };
  walk(lex(markdown.replace(/\r\n?/g, '\n')), 0);
  return out;
}

/**
 * What a fix must keep even inside prose: entities, symbol runs (`::`, `...`, `=>`, `?.`), dotted names
 * (`a.md`, `Vue.js`, `.class`) and `$`-delimited math. Written apart from the linter's own masking, so
 * that the check does not share its blind spots.
 */
const KEPT = /&#?\w+;|[!-/:-@[-`{-~]{2,}|[\w-]*\.\w+|\$[^$\n]+\$/g;

function kept(text: string): string[] {
  // Full-width letters and digits read as their half-width forms (zh-fullwidth-alnum's fix is not damage).
  const raw = text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // Sentence marks side by side (`).`, `?!`) are punctuation, not symbols: a fix may widen them; so
  // may dots after a Chinese character (`然后...`, an ellipsis), unlike `（...）` or `a...b`.
  return [...raw.matchAll(KEPT)]
    .filter((m) => !(/^\.{3,}$/.test(m[0]) && /\p{Script=Han}/u.test(raw[m.index - 1] ?? '')))
    .map((m) => m[0])
    .filter((found) => !/^[.,;:!?()]+$/.test(found) || /::|\.\./.test(found));
}

function describe(token: Token, depth: number): string {
  const t = token as unknown as Record<string, unknown>;
  const parts = [`${'  '.repeat(depth)}${token.type}`];
  if (token.type === 'text' && !Array.isArray(t.tokens)) parts.push(`kept=${JSON.stringify(kept(token.raw))}`);
  // Prose may change; everything else is kept verbatim: code, HTML, escapes, destinations, levels, flags.
  const verbatim = token.type === 'codespan' || token.type === 'code' || token.type === 'html' || token.type === 'escape';
  for (const key of Object.keys(t).sort()) {
    if (key === 'type') continue;
    if (PROSE_FIELDS.has(key) && !(verbatim && (key === 'raw' || key === 'text'))) continue;
    const value = t[key];
    if (value === undefined || typeof value === 'function') continue;
    parts.push(`${key}=${JSON.stringify(value)}`);
  }
  return parts.join(' ');
}

/** The first difference in shape between two Markdown texts, or undefined when they have the same shape. */
export function shapeDifference(lex: Lex, before: string, after: string): string | undefined {
  const a = markdownShape(lex, before);
  const b = markdownShape(lex, after);
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return `${a[i] ?? '(nothing)'} -> ${b[i] ?? '(nothing)'}`;
  return undefined;
}
