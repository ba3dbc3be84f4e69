/**
 * Markdown to terminal text: marked's tokens (lexed with the CJK-friendly
 * emphasis extension, ./markdown-lexer.ts, or kept in the parse memo) and our
 * own renderers for every token, called as marked's Parser calls them.
 * (marked-terminal renders only what it is good at: syntax highlighting
 * of code blocks that name their language, in colour (./highlight.ts). Its
 * other renderers are not used: it measures width in UTF-16 units,
 * never breaks a CJK run, loses formatting inside list items with marked >= 13
 * (marked-terminal #304, #371), ignores the width for lists and tables,
 * decides hyperlinks and highlighting from the global process state, and its
 * import alone, highlight.js with ~190 languages, costs more than a render:
 * the caller imports ./highlight.ts only for a page that needs it.
 * The inline styles it gave us, strong, em, del and task checkboxes, are
 * the four renderers at the end of the table below, same output.)
 *
 * Container renderers (lists, quotes) narrow the width available to what
 * they contain while their children render, so every paragraph wraps to the
 * room it really has.
 */
import { createHash } from 'node:crypto';
import type { RendererObject, Token, Tokens } from 'marked';
import type { ParseMemo } from '../course/yaml-source.js';
import { LINK_END } from '../text/ansi.js';
import { isSafe, sanitize } from '../text/sanitize.js';
import { expandTabs } from '../text/tabs.js';
import { displayWidth } from '../text/width.js';
import { joinSoftBreaks, wrapText } from '../text/wrap.js';
import type { HighlightCode } from './highlight.js';
import { hang, prefixLines } from './layout.js';
import { renderTable, type Align } from './table.js';
import type { Theme } from './theme.js';

export interface MarkdownOptions {
  width: number;
  theme: Theme;
  /** Emit OSC 8 hyperlinks (only where the terminal supports them). */
  hyperlinks: boolean;
  /** Syntax highlighting of code blocks that name their language, in colour (./highlight.ts); none when absent. */
  highlight?: HighlightCode | undefined;
  /**
   * The decoder of HTML5 named references (`&copy;`), from `entityDecoder`. Without one, only the
   * four that marked itself writes into text (`&amp;`, `&lt;`, `&gt;`, `&quot;`) are decoded.
   */
  entities?: EntityDecoder | undefined;
}

const MEMO_NS = 'markdown-tokens-1';

/** Below this, nested blocks stop indenting further. */
const MIN_ROOM = 10;
const ANCHOR = /[ \t]*\{#[^}\s]*\}[ \t]*$/;

/** Renders the tokens of one text (from `lexMarkdown`). */
export type MarkdownRenderer = (tokens: Token[]) => string;

/** Decodes one named reference (`&copy;` to `©`); returns it unchanged when it names nothing. */
export type EntityDecoder = (reference: string) => string;

/** A named reference as CommonMark reads one. */
const NAMED_REFERENCE = /&[A-Za-z][A-Za-z0-9]{1,31};/;

/**
 * The `entities` package's decoder, imported only for a text with a named reference: building
 * its tables costs milliseconds at every start, and most pages have none.
 */
export async function entityDecoder(markdown: string): Promise<EntityDecoder | undefined> {
  return NAMED_REFERENCE.test(markdown) ? (await import('entities/decode')).decodeHTMLStrict : undefined;
}

/**
 * The tokens of a text: kept in `memo` by the text's SHA-256 (lexing a chapter cold takes tens of
 * ms), else lexed by marked, imported only then. The text is sanitised before it is lexed, so its
 * tokens hold nothing unsafe: kept ones that do are not ours, and it is lexed again.
 */
export async function lexMarkdown(markdown: string, memo?: ParseMemo): Promise<Token[]> {
  const lex = async () => (await import('./markdown-lexer.js')).lex(markdown);
  if (!memo) return lex();
  const key = createHash('sha256').update(markdown).digest('hex');
  const kept = memo.get(MEMO_NS, key);
  if (Array.isArray(kept) && onlySafeText(kept)) return kept as Token[];
  const tokens = await lex();
  memo.set(MEMO_NS, key, tokens);
  return tokens;
}

/** What marked writes for `&`, `<`, `>` and `"` of the source in a text token. */
const MARKED_ESCAPES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

export function createMarkdownRenderer(options: MarkdownOptions): MarkdownRenderer {
  const { theme } = options;
  let room = options.width;
  /** Renders `body` with `indent` fewer columns available. */
  const narrowed = <T>(indent: number, body: () => T): T => {
    const saved = room;
    room = saved - indent >= MIN_ROOM ? saved - indent : saved;
    try {
      return body();
    } finally {
      room = saved;
    }
  };
  const indentFor = (indent: number) => (room - indent >= MIN_ROOM ? indent : 0);
  const block = (lines: string[]) => `${lines.join('\n')}\n\n`;

  const renderer: RendererObject = {
    space: () => '',
    br: () => '\r',
    text(token) {
      const t = token as Tokens.Text;
      if (t.tokens && t.tokens.length > 0) return this.parser.parseInline(t.tokens);
      // marked decodes numeric entities itself (`&#x1b;`), so text is sanitised again here.
      return expandTabs(sanitize(decodeEntities(t.text, options.entities)));
    },
    codespan: (token) => theme.code(expandTabs(sanitize(token.text))),
    html: (token) =>
      token.block ? block(wrapText(theme.dim(expandTabs(sanitize(token.text)).trim()), room)) : theme.dim(expandTabs(sanitize(token.text))),
    paragraph(token) {
      return block(wrapText(joinSoftBreaks(this.parser.parseInline(token.tokens)), room));
    },
    heading(token) {
      const tokens = stripAnchor(token.tokens);
      const marker = `${'#'.repeat(token.depth)} `;
      const style = token.depth === 1 ? theme.title : theme.heading;
      const text = joinSoftBreaks(this.parser.parseInline(tokens));
      return block(hang(style(marker + text), room, '', ' '.repeat(marker.length)));
    },
    hr: () => block([theme.rule('-'.repeat(Math.min(room, 60)))]),
    code(token) {
      const indent = indentFor(2);
      const source = expandTabs(sanitize(token.text));
      const lang = (token.lang ?? '').trim().split(/\s/)[0] ?? '';
      // Highlighting only in colour, for a named language, when no line needs cutting.
      if (options.highlight && theme.level > 0 && lang !== '' && source.split('\n').every((line) => displayWidth(line) <= room - indent)) {
        const highlighted = options.highlight(source, lang, theme.level as 1 | 2 | 3);
        if (highlighted) return block(highlighted.map((line) => (line === '' ? '' : ' '.repeat(indent) + line)));
      }
      const lines = source.split('\n').flatMap((line) => cutCode(line, room - indent));
      return block(lines.map((line) => (line === '' ? '' : ' '.repeat(indent) + theme.codeBlock(line))));
    },
    blockquote(token) {
      const indent = indentFor(2);
      const body = narrowed(indent, () => this.parser.parse(token.tokens)).replace(/\n+$/, '');
      const bar = indent > 0 ? theme.quote('> ') : '';
      return block(body.split('\n').map((line) => (line === '' ? bar.trimEnd() : bar + theme.quote(line))));
    },
    list(token) {
      const start = typeof token.start === 'number' ? token.start : 1;
      const markers = token.items.map((item, i) => {
        const mark = token.ordered ? `${start + i}.` : '-';
        return item.task ? `${mark} [${item.checked ? 'x' : ' '}]` : mark;
      });
      const indent = indentFor(Math.max(...markers.map((m) => displayWidth(m))) + 1);
      const items = token.items.map((item, i) => {
        const body = narrowed(indent, () => listItemBody(this.parser, item, token.loose)).replace(/\n+$/, '');
        const marker = theme.marker(markers[i]!);
        // Too narrow to indent: the marker on a line of its own, so no line is wider than the room.
        if (indent === 0) return [marker, body].join('\n');
        const first = marker + ' '.repeat(indent - displayWidth(markers[i]!));
        return prefixLines(body.split('\n'), first, ' '.repeat(indent)).join('\n');
      });
      return `${items.join(token.loose ? '\n\n' : '\n')}\n\n`;
    },
    table(token) {
      const cell = (c: Tokens.TableCell) => joinSoftBreaks(this.parser.parseInline(c.tokens)).replace(/\n/g, ' ');
      const table = {
        header: token.header.map(cell),
        rows: token.rows.map((row) => row.map(cell)),
        align: token.align as Align[],
      };
      return block(renderTable(table, room, theme));
    },
    image: (token) => `![${sanitize(token.text)}](${sanitize(token.href)})`,
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      const href = sanitize(token.href);
      const plainText = text.replace(/\u001b\[[0-9;]*m/g, '');
      if (options.hyperlinks && /^(https?|mailto):/i.test(href)) {
        // OSC 8 carries only printable ASCII: anything else is percent-encoded (a lone surrogate as U+FFFD).
        const target = href.replace(/[^\x21-\x7e]/gu, (ch: string) => encodeURIComponent(/^[\ud800-\udfff]$/.test(ch) ? '\ufffd' : ch));
        return `\u001b]8;;${target}\u001b\\${theme.link(text)}${LINK_END}`;
      }
      if (plainText === href || `mailto:${plainText}` === href) return theme.url(href);
      return `${theme.link(text)} (${theme.url(href)})`;
    },
    strong(token) {
      // Bold marks a term where it is defined: without colour it keeps a plain-text marker.
      const text = this.parser.parseInline(token.tokens);
      return theme.level === 0 ? `*${text}*` : theme.strong(text);
    },
    em(token) {
      return theme.em(this.parser.parseInline(token.tokens));
    },
    del(token) {
      return theme.del(this.parser.parseInline(token.tokens));
    },
    // A task item's box is part of its list marker (`- [x]`), so the box itself prints nothing.
    checkbox: () => '',
  };

  const parser = tokenParser(renderer);
  return (tokens) => {
    room = options.width;
    return parser.parse(tokens).replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '\n');
  };
}

/** What a renderer calls to render the tokens inside its own. */
interface TokenParser {
  parse(tokens: Tokens.Generic[]): string;
  parseInline(tokens: Tokens.Generic[]): string;
}

const BLOCK = new Set(['space', 'hr', 'heading', 'code', 'table', 'blockquote', 'list', 'checkbox', 'html', 'def', 'paragraph', 'text']);
const INLINE = new Set(['escape', 'html', 'link', 'image', 'checkbox', 'strong', 'em', 'codespan', 'br', 'del', 'text']);

/**
 * What marked's Parser (marked 18) does with a renderer: each token goes to
 * the renderer of its type, with `this.parser` to render the tokens inside
 * it; an inline escape is text; a type without a renderer (a link
 * definition) prints nothing; a type the level does not have is a bug.
 */
export function tokenParser(renderer: RendererObject): TokenParser {
  const self = {} as { parser: TokenParser };
  const each = (types: ReadonlySet<string>) => (tokens: Tokens.Generic[]) => {
    let out = '';
    for (const token of tokens) {
      if (!types.has(token.type)) throw new Error(`Token with "${token.type}" type was not found.`);
      const type = token.type === 'escape' ? 'text' : token.type;
      const render = renderer[type as keyof RendererObject] as ((this: typeof self, token: Tokens.Generic) => string | false | undefined) | undefined;
      const text = render?.call(self, token);
      out += typeof text === 'string' ? text : '';
    }
    return out;
  };
  self.parser = { parse: each(BLOCK), parseInline: each(INLINE) };
  return self.parser;
}

/** True when every string inside `value` is one `sanitize` would leave as it is. */
function onlySafeText(value: unknown): boolean {
  if (typeof value === 'string') return isSafe(value);
  if (Array.isArray(value)) return value.every(onlySafeText);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(onlySafeText);
  return true;
}

/** A list item's blocks, each wrapped to the room left by the marker. */
function listItemBody(parser: TokenParser, item: Tokens.ListItem, loose: boolean): string {
  const blocks = item.tokens.map((child) => {
    if (child.type === 'text') {
      // Tight list items hold block-level text tokens whose inline tokens
      // marked-terminal drops: render them as a paragraph.
      const text = child as Tokens.Text;
      return parser.parse([{ type: 'paragraph', raw: text.raw, text: text.text, tokens: text.tokens ?? [{ type: 'text', raw: text.raw, text: text.text }] } as Tokens.Paragraph]);
    }
    return parser.parse([child]);
  });
  return blocks.map((b) => b.replace(/\n+$/, '')).filter((b) => b !== '').join(loose ? '\n\n' : '\n');
}

function stripAnchor(tokens: Tokens.Generic[]): Tokens.Generic[] {
  const copy = [...tokens];
  const last = copy[copy.length - 1];
  if (last && last.type === 'text' && typeof last.text === 'string' && ANCHOR.test(last.text)) {
    const text = last.text.replace(ANCHOR, '');
    copy[copy.length - 1] = { ...last, text, raw: text, tokens: undefined } as Tokens.Generic;
  }
  return copy;
}

/**
 * Code keeps its lines; only a line wider than the room is broken, at the
 * wrapper's break opportunities (spaces, CJK boundaries; kinsoku applies,
 * which matters for prose examples set as code), else between clusters,
 * its continuation lines hanging under it.
 */
function cutCode(line: string, room: number): string[] {
  if (displayWidth(line) <= room) return [line];
  // Continuation lines hang two columns past the line's own indentation, so each row still starts where it did.
  const lead = /^ */.exec(line)![0].length;
  const hangBy = room > 12 ? Math.min(lead + 2, Math.floor(room / 2)) : 0;
  // Where the line has spaces, it breaks at them only, keeping runs such as 语言模型 whole.
  return wrapText(line, room - hangBy, room, { spacesOnly: / \S/.test(line.trim()) }).map((piece, i) => (i === 0 ? piece : ' '.repeat(hangBy) + piece));
}

/**
 * Entity references, as CommonMark reads them: every HTML5 named entity
 * (marked's own four always; the rest by `named`, the `entities` package's
 * decoder), and numeric ones of at most 7 decimal or 6 hexadecimal digits
 * (`&#0;` and those past U+10FFFF or in the surrogates become U+FFFD). Anything else is text, kept as written: `&#87654321;`,
 * `&ThisIsNotDefined;`. Control characters are never decoded into the output.
 */
function decodeEntities(text: string, named: EntityDecoder | undefined): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) {
      const decoded = MARKED_ESCAPES[whole] ?? named?.(whole) ?? whole;
      return decoded === whole ? whole : sanitize(decoded);
    }
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return code >= 0x20 ? sanitize(String.fromCodePoint(code)) : '';
  });
}
