/**
 * A chapter's Markdown as the reader sees it, in blocks (paragraphs, headings,
 * table cells, list text, code blocks) of pieces that keep their offsets in
 * the file. marked's tokens carry no positions, so each token's `raw` is found
 * in the source from a moving cursor; text that is not verbatim in the source
 * (inside block quotes, say) is found line by line, or left without an offset.
 */
import type { Token, Tokens } from 'marked';
import type { Lex } from './lexer.js';
import { NormalizedText } from './source-map.js';

export type Piece =
  /**
   * Prose; `offset` is the file offset of its first character, when known. Never holds a line feed.
   * `literal`: text the reader sees but that is not prose to correct (an escaped character, the inside
   * of inline `<code>` or `<kbd>` HTML).
   */
  | { kind: 'text'; text: string; offset: number | undefined; literal?: boolean }
  /** A code span: the reader sees it, but it is never linted. `offset`: where it starts in the file. */
  | { kind: 'code'; text: string; offset?: number | undefined }
  /** An image, inline HTML or a bare URL: opaque. `offset`: where it starts in the file. */
  | { kind: 'atom'; offset?: number | undefined }
  /** A line break inside a block. */
  | { kind: 'break' }
  /**
   * The start or end of emphasis, a link or phrasing HTML: a place where a space may be inserted.
   * `flanking`: emphasis, whose delimiters need the spaces next to them as they are.
   */
  | { kind: 'open' | 'close'; offset: number | undefined; flanking?: boolean };

export interface Block {
  kind: 'prose' | 'code' | 'html';
  /** File offset where the block starts (where its search started, when its raw was not found). */
  offset: number;
  pieces: Piece[];
}

const ANCHOR = /[ \t]*\{#[^}]*\}[ \t]*$/;
/** Inline HTML whose content is code, not prose: `<code>`, `<kbd>`, `<samp>`, `<var>`, `<tt>`; group 1 set on a closing tag. */
const PAIRED_TAG = /^<\/?(?:a|b|i|u|s|em|strong|span|sup|sub|small|mark|del|ins|abbr|cite|q|font)\b[^>]*>$/i;
const LITERAL_TAG = /^<(\/)?(?:code|kbd|samp|var|tt)\b/i;

export function markdownBlocks(lex: Lex, text: string, bodyStart: number): Block[] {
  const source = new NormalizedText(text.slice(bodyStart), bodyStart);
  const walker = new Walker(source);
  walker.blocks(lex(source.text), 0, source.text.length);
  return walker.out;
}

class Walker {
  readonly out: Block[] = [];
  private readonly src: string;
  /** Inside inline `<code>`, `<kbd>`… HTML: its text is literal. */
  private literalDepth = 0;

  constructor(private readonly source: NormalizedText) {
    this.src = source.text;
  }

  /** Offset of `raw` in [from, to), or -1. */
  private find(raw: string, from: number, to: number): number {
    if (!raw) return -1;
    const at = this.src.indexOf(raw, from);
    return at !== -1 && at + raw.length <= to ? at : -1;
  }

  blocks(tokens: Token[], from: number, to: number): void {
    let cursor = from;
    for (const token of tokens) {
      const at = this.find(token.raw, cursor, to);
      const start = at === -1 ? cursor : at;
      const end = at === -1 ? to : at + token.raw.length;
      this.block(token, start, end);
      if (at !== -1) cursor = end;
    }
  }

  private block(token: Token, start: number, end: number): void {
    const offset = this.source.toFile(start);
    switch (token.type) {
      case 'heading':
      case 'paragraph':
      case 'text': {
        const t = token as Tokens.Heading | Tokens.Paragraph | Tokens.Text;
        const pieces: Piece[] = [];
        this.literalDepth = 0;
        if (t.tokens) this.inline(t.tokens, start, end, pieces);
        else this.text(t.raw, start, end, pieces);
        if (token.type === 'heading') stripAnchor(pieces);
        this.out.push({ kind: 'prose', offset, pieces });
        return;
      }
      case 'code':
        this.out.push({ kind: 'code', offset, pieces: [{ kind: 'code', text: (token as Tokens.Code).text }] });
        return;
      case 'html':
        this.out.push({ kind: 'html', offset, pieces: [{ kind: 'atom' }] });
        return;
      case 'blockquote':
        this.blocks((token as Tokens.Blockquote).tokens, start, end);
        return;
      case 'list':
        this.blocks((token as Tokens.List).items as Token[], start, end);
        return;
      case 'list_item':
        this.blocks((token as Tokens.ListItem).tokens, start, end);
        return;
      case 'table': {
        const table = token as Tokens.Table;
        let cursor = start;
        for (const cell of [...table.header, ...table.rows.flat()]) {
          const at = this.find(cell.text, cursor, end);
          const cellStart = at === -1 ? cursor : at;
          const cellEnd = at === -1 ? end : at + cell.text.length;
          const pieces: Piece[] = [];
          this.inline(cell.tokens, cellStart, cellEnd, pieces);
          this.out.push({ kind: 'prose', offset: this.source.toFile(cellStart), pieces });
          if (at !== -1) cursor = cellEnd;
        }
        return;
      }
      default:
        return; // space, hr, def, and anything without reader text
    }
  }

  private inline(tokens: Token[], from: number, to: number, pieces: Piece[]): void {
    let cursor = from;
    for (const token of tokens) {
      const at = this.find(token.raw, cursor, to);
      const start = at === -1 ? cursor : at;
      const end = at === -1 ? to : at + token.raw.length;
      this.inlineToken(token, at === -1 ? undefined : start, end, pieces, start);
      if (at !== -1) cursor = end;
    }
  }

  private inlineToken(token: Token, at: number | undefined, end: number, pieces: Piece[], searchFrom: number): void {
    const file = (offset: number | undefined) => (offset === undefined ? undefined : this.source.toFile(offset));
    switch (token.type) {
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens) this.inline(t.tokens, searchFrom, end, pieces);
        else this.text(t.raw, searchFrom, end, pieces, at);
        return;
      }
      case 'escape':
        pieces.push({ kind: 'text', text: (token as Tokens.Escape).text, offset: at === undefined ? undefined : file(at + 1), literal: true });
        return;
      case 'strong':
      case 'em':
      case 'del':
        pieces.push({ kind: 'open', offset: file(at), flanking: true });
        this.inline((token as Tokens.Strong).tokens, searchFrom, end, pieces);
        pieces.push({ kind: 'close', offset: at === undefined ? undefined : file(end), flanking: true });
        return;
      case 'link': {
        const link = token as Tokens.Link;
        if (link.text === link.href || `mailto:${link.text}` === link.href) {
          pieces.push({ kind: 'atom', offset: file(at) });
          return;
        }
        pieces.push({ kind: 'open', offset: file(at) });
        this.inline(link.tokens, searchFrom, end, pieces);
        pieces.push({ kind: 'close', offset: at === undefined ? undefined : file(end) });
        return;
      }
      case 'codespan':
        pieces.push({ kind: 'code', text: (token as Tokens.Codespan).text, offset: file(at) });
        return;
      case 'br':
        pieces.push({ kind: 'break' });
        return;
      case 'html': {
        const tag = LITERAL_TAG.exec(token.raw);
        if (tag) this.literalDepth = Math.max(0, this.literalDepth + (tag[1] ? -1 : 1));
        // A phrasing tag (`<a href>`, `</sup>`) is markup around prose, as emphasis is; code tags, void tags and comments are opaque.
        if (!tag && PAIRED_TAG.test(token.raw)) pieces.push(token.raw[1] === '/' ? { kind: 'close', offset: at === undefined ? undefined : file(end) } : { kind: 'open', offset: file(at) });
        else pieces.push({ kind: 'atom', offset: file(at) });
        return;
      }
      default:
        pieces.push({ kind: 'atom', offset: file(at) }); // image, anything else
    }
  }

  /** Text split at line feeds; each line is located on its own when the whole is not verbatim (`at` unknown). */
  private text(raw: string, from: number, to: number, pieces: Piece[], at?: number): void {
    let cursor = at ?? from;
    raw.split('\n').forEach((line, i) => {
      if (i > 0) pieces.push({ kind: 'break' });
      const literal = this.literalDepth > 0 ? { literal: true } : {};
      if (at !== undefined) {
        if (line) pieces.push({ kind: 'text', text: line, offset: this.source.toFile(cursor), ...literal });
        cursor += line.length + 1;
        return;
      }
      if (!line) return;
      const found = this.find(line, cursor, to);
      pieces.push({ kind: 'text', text: line, offset: found === -1 ? undefined : this.source.toFile(found), ...literal });
      if (found !== -1) cursor = found + line.length;
    });
  }
}

/** Drops a heading's trailing `{#anchor}`: it is an id, not text. */
function stripAnchor(pieces: Piece[]): void {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    if (piece.kind !== 'text') continue;
    const match = ANCHOR.exec(piece.text);
    if (match) piece.text = piece.text.slice(0, match.index);
    return;
  }
}
