/**
 * marked's lexer, with the CJK-friendly emphasis extension, on a private
 * `new Marked()` instance. Imported only to lex a text whose tokens are not
 * kept (`lexMarkdown` in ./markdown.ts): marked builds its rules when it is
 * imported, milliseconds a page rendered from kept tokens does not pay.
 */
import { Marked, type Token } from 'marked';
import markedCjkFriendly from 'marked-cjk-friendly';

const marked = new Marked({ gfm: true, async: false }).use(markedCjkFriendly());

export function lex(markdown: string): Token[] {
  return marked.lexer(markdown);
}
