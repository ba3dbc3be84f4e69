/**
 * The Markdown lexer lint shares across rules: one `new Marked()` instance
 * with the CJK-friendly emphasis extension (as the reader renders), imported
 * lazily so commands that never lint do not load marked.
 */
import type { Token } from 'marked';

export type Lex = (markdown: string) => Token[];

let cached: Promise<Lex> | undefined;

export function loadLexer(): Promise<Lex> {
  cached ??= (async () => {
    const [{ Marked }, { default: cjkFriendly }] = await Promise.all([import('marked'), import('marked-cjk-friendly')]);
    const marked = new Marked({ gfm: true });
    marked.use(cjkFriendly());
    return (markdown: string) => marked.lexer(markdown);
  })();
  return cached;
}
