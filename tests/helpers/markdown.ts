/**
 * The Markdown renderer over a text, lexed at once by marked. The program
 * lexes with `lexMarkdown` (kept tokens first, marked imported only on a
 * miss) and renders the tokens; these tests look at the rendering.
 */
import { createMarkdownRenderer, type MarkdownOptions } from '../../src/render/markdown.js';
import { lex } from '../../src/render/markdown-lexer.js';

export function markdownRenderer(options: MarkdownOptions): (markdown: string) => string {
  const render = createMarkdownRenderer(options);
  return (markdown) => render(lex(markdown));
}
