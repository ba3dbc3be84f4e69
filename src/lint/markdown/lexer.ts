/**
 * The Markdown lexer lint shares across rules: the reader's
 * (src/render/markdown-lexer.ts: marked with the CJK-friendly emphasis
 * extension), imported lazily so commands that never lint do not load marked.
 */
import type { Token } from 'marked';

export type Lex = (markdown: string) => Token[];

let cached: Promise<Lex> | undefined;

export function loadLexer(): Promise<Lex> {
  cached ??= import('../../render/markdown-lexer.js').then((m) => m.lex);
  return cached;
}
