/**
 * CJK-aware word wrapping of styled text to a column width.
 *
 * A line may break at a space, between two wide (CJK) characters and at a
 * wide/narrow boundary; Latin words and numbers stay whole unless longer
 * than the width, when they are cut between grapheme clusters. No line
 * starts with closing punctuation or ends with opening punctuation (see
 * kinsoku.ts). SGR styles and OSC 8 links open at a break are closed at the
 * end of the line and reopened on the next, so indentation stays unstyled.
 */
import { ANSI_SEQUENCE, isClosing, sgrParams, StyleState } from './ansi.js';
import { canBreakAtSpace, canBreakBetween, isCjk, isNoEnd, isNoStart, isSpace } from './kinsoku.js';
import { clusterWidth, graphemes } from './width.js';

type Item =
  | { kind: 'esc'; text: string }
  | { kind: 'char'; text: string; width: number }
  | { kind: 'space'; text: string; width: number };

/** An unbreakable run: clusters and the escapes among them. */
interface Box {
  items: Item[];
  width: number;
  /** The spaces before this box (dropped when the box starts a line), and their width. */
  glue: string;
  glueWidth: number;
}

/**
 * The items of one-unit clusters below U+0300 (every ASCII and Latin-1
 * character), by code, made once and shared: items are never changed, and
 * a 2 MB paragraph would otherwise make two million objects that live until
 * it is wrapped (a third of the time went to the garbage collector). Other
 * one-unit clusters (CJK) are kept by their text.
 */
const LOW = 0x300;
const lowItems: (Item | undefined)[] = [];
const sharedItems = new Map<string, Item>();

function clusterItem(cluster: string, painted: boolean): Item {
  if (cluster.length !== 1) return makeItem(cluster, painted);
  const code = cluster.charCodeAt(0);
  if (code < LOW) return (lowItems[painted ? LOW + code : code] ??= makeItem(cluster, painted));
  const key = painted ? `p${cluster}` : cluster;
  let item = sharedItems.get(key);
  if (!item) sharedItems.set(key, (item = makeItem(cluster, painted)));
  return item;
}

function makeItem(cluster: string, painted: boolean): Item {
  const space = isSpace(cluster);
  const width = space ? clusterWidth(cluster) || 1 : clusterWidth(cluster);
  return { kind: space && !painted ? 'space' : 'char', text: cluster, width };
}

export function lex(text: string): Item[] {
  const items: Item[] = [];
  lexEach(text, (item) => items.push(item));
  return items;
}

/** The items of `text` in order, each handed to `visit` (no array of a whole paragraph's items). */
function lexEach(text: string, visit: (item: Item) => void): void {
  let last = 0;
  // Spaces under a background colour or inverse video are visible cells (a chart's
  // bar), not break opportunities: they stay inside their style, unbroken.
  let painted = false;
  const pushText = (chunk: string) => {
    // One item a character for text of one-unit characters that nothing combines with (below U+0300): no clusters to find.
    if (/^[\u0000-\u02ff]*$/.test(chunk)) {
      for (let i = 0; i < chunk.length; i++) visit(clusterItem(chunk[i]!, painted));
      return;
    }
    for (const cluster of graphemes(chunk)) visit(clusterItem(cluster, painted));
  };
  for (const match of text.matchAll(ANSI_SEQUENCE)) {
    pushText(text.slice(last, match.index));
    visit({ kind: 'esc', text: match[0] });
    painted = paints(match[0], painted);
    last = match.index + match[0].length;
  }
  pushText(text.slice(last));
}

/** Whether a background colour or inverse video is on after an SGR sequence. */
function paints(sequence: string, before: boolean): boolean {
  const params = sgrParams(sequence);
  if (!params) return before;
  let on = before;
  for (let i = 0; i < params.length; i++) {
    const code = params[i]!;
    if (code === 38 || code === 48) {
      if (code === 48) on = true;
      i += params[i + 1] === 5 ? 2 : 4;
    } else if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107) || code === 7) on = true;
    else if (code === 0 || code === 49 || code === 27) on = false;
  }
  return on;
}

const SPACE: Item = { kind: 'space', text: ' ', width: 1 };

/**
 * Splits one line into boxes at its break opportunities (`spacesOnly`: at
 * spaces alone; `kept`: not after a KEPT_JOIN), each handed to `visit` once complete (no array of a whole
 * paragraph's boxes: they are garbage as soon as they are placed).
 */
function eachBox(line: string, spacesOnly: boolean, kept: boolean, visit: (box: Box) => void): void {
  let box: Box = { items: [], width: 0, glue: '', glueWidth: 0 };
  let lastChar: string | undefined;
  let joined = false;
  let spaces = '';
  let spacesWidth = 0;
  let pendingEsc: Item[] = [];
  const startBox = () => {
    if (box.items.length > 0 || box.glue !== '') visit(box);
    box = { items: [], width: 0, glue: spaces, glueWidth: spacesWidth };
    spaces = '';
    spacesWidth = 0;
  };
  lexEach(line, (item) => {
    if (item.kind === 'esc') {
      // Escapes that end a style stay with the text before; others go with the text after.
      if (isClosing(item.text) && spaces === '' && pendingEsc.length === 0) box.items.push(item);
      else pendingEsc.push(item);
      return;
    }
    if (kept && item.text === KEPT_JOIN) {
      box.items.push(JOIN);
      joined = true;
      return;
    }
    if (item.kind === 'space') {
      if (lastChar === undefined && box.items.length === 0) {
        box.items.push(item); // leading indentation of the first line is kept
        box.width += item.width;
        return;
      }
      spaces += item.text;
      spacesWidth += item.width;
      return;
    }
    const breakHere =
      lastChar !== undefined &&
      !joined &&
      (spaces !== '' ? canBreakAtSpace(lastChar, item.text) : !spacesOnly && canBreakBetween(lastChar, item.text));
    joined = false;
    if (breakHere) startBox();
    else if (spaces !== '') {
      for (const ch of spaces) box.items.push(ch === ' ' ? SPACE : { kind: 'space', text: ch, width: 1 });
      box.width += spaces.length;
      spaces = '';
      spacesWidth = 0;
    }
    if (pendingEsc.length > 0) {
      box.items.push(...pendingEsc);
      pendingEsc = [];
    }
    box.items.push(item);
    box.width += item.width;
    lastChar = item.text;
  });
  box.items.push(...pendingEsc);
  visit(box);
}

/**
 * Wraps `text` (which may hold `\n` hard breaks and styles) to `width`
 * columns; the first line may have a different width (`firstWidth`), as
 * when it follows a shorter prefix than the hanging indent.
 */
export interface WrapOptions {
  /**
   * Break at spaces only, keeping runs of CJK between them whole unless a run
   * is wider than the line: for text whose spaces separate units, as a table
   * cell listing tokens (`我 / 喜欢 / 语言模型`).
   */
  spacesOnly?: boolean;
  /**
   * Phrases never broken, neither at their spaces nor between their characters, such as a command to
   * type (`lm-quiz --pack DIR`, `search <词>`). A phrase earlier in the list wins over one it overlaps.
   */
  keep?: readonly string[];
}

/** Stands for a kept phrase's spaces while it is wrapped: a private-use character, one column, never a break. */
const KEPT_SPACE = '\ue000';
/** Put in a kept phrase where a line could break between two characters (`<` and `词`): no break there, and no column. */
const KEPT_JOIN = '\ue001';
/** KEPT_JOIN in a box: no column (taken out of the line when it is done). */
const JOIN: Item = { kind: 'char', text: KEPT_JOIN, width: 0 };

export function wrapText(text: string, width: number, firstWidth: number = width, options: WrapOptions = {}): string[] {
  const keep = options.keep?.filter((phrase) => text.includes(phrase));
  if (keep?.length && !text.includes(KEPT_SPACE) && !text.includes(KEPT_JOIN)) {
    let joined = text;
    for (const phrase of keep) joined = joined.split(phrase).join(glued(phrase));
    const lines = wrapLines(joined, width, firstWidth, options.spacesOnly, true);
    return lines.map((line) => line.replaceAll(KEPT_SPACE, ' ').replaceAll(KEPT_JOIN, ''));
  }
  return wrapLines(text, width, firstWidth, options.spacesOnly, false);
}

/** A kept phrase as it is wrapped: KEPT_SPACE for each space, KEPT_JOIN between two characters a line could break between. */
function glued(phrase: string): string {
  let out = '';
  let last: string | undefined;
  for (const cluster of graphemes(phrase)) {
    const char = cluster === ' ' ? KEPT_SPACE : cluster;
    out += last !== undefined && canBreakBetween(last, char) ? KEPT_JOIN + char : char;
    last = char;
  }
  return out;
}

/** `kept`: the text holds kept phrases; a box holding one, wider than a line, goes on a line of its own whole (the terminal wraps it). */
function wrapLines(text: string, width: number, firstWidth: number, spacesOnly: boolean | undefined, kept: boolean): string[] {
  const restLimit = Math.max(2, Math.floor(width));
  const firstLimit = Math.max(2, Math.floor(firstWidth));
  let limit = firstLimit;
  const lines: string[] = [];
  const state = new StyleState();
  let line = '';
  let column = 0;
  const emitItems = (items: Item[]) => {
    for (const item of items) {
      if (item.kind === 'esc') state.apply(item.text);
      line += item.text;
    }
  };
  const breakLine = () => {
    lines.push(trimEnd(line) + state.close());
    line = state.reopen();
    column = 0;
    limit = restLimit;
  };
  // The last line is pushed by a final breakLine(), so the loop breaks only between lines.
  const hardLines = text.split('\n');
  hardLines.forEach((hard, index) => {
    if (index > 0) breakLine();
    const place = (box: Box) => {
      if (column > 0 && column + box.glueWidth + box.width > limit) breakLine();
      else if (column > 0) {
        line += box.glue;
        column += box.glueWidth;
      }
      if (box.width <= limit - column || (kept && box.items.some((item) => item === JOIN || item.text === KEPT_SPACE))) {
        emitItems(box.items);
        column += box.width;
        return;
      }
      // Longer than a whole line (and so alone on it): cut between clusters.
      cut(box.items, limit, restLimit).forEach((piece, i) => {
        if (i > 0) breakLine();
        emitItems(piece.items);
        column += piece.width;
      });
    };
    eachBox(hard, spacesOnly ?? false, kept, (box) => {
      const whole = kept && box.items.some((item) => item === JOIN || item.text === KEPT_SPACE);
      if (box.width > restLimit && !whole && box.items.some((item) => item.kind === 'space')) atSpaces(box).forEach(place);
      else place(box);
    });
  });
  breakLine();
  return lines;
}

/**
 * A box wider than a line split at the spaces inside it, which a kinsoku rule alone kept from being
 * breaks (`(how-models-write) ·`, a word before a ·): a line breaks there before a word is cut.
 */
function atSpaces(box: Box): Box[] {
  const parts: Box[] = [];
  let part: Box = { items: [], width: 0, glue: box.glue, glueWidth: box.glueWidth };
  let visible = false;
  let last: string | undefined;
  for (const item of box.items) {
    // A space after a visible cluster that may end a line ends the part; it and any spaces after it are the next part's glue (leading indentation stays).
    if (item.kind === 'space' && ((visible && !isNoEnd(last!)) || (parts.length > 0 && !visible))) {
      if (visible) {
        parts.push(part);
        part = { items: [], width: 0, glue: '', glueWidth: 0 };
        visible = false;
      }
      part.glue += item.text;
      part.glueWidth += item.width;
      continue;
    }
    part.items.push(item);
    if (item.kind !== 'esc') {
      part.width += item.width;
      visible = true;
      if (item.kind === 'char') last = item.text;
    }
  }
  parts.push(part);
  return parts;
}

/** Drops the spaces that end a line, but not painted ones (cells of a bar), keeping the escapes after them. */
function trimEnd(line: string): string {
  if (!/[ \t](?:\u001b\[[0-9;]*m)*$/.test(line)) return line;
  const items = lex(line);
  let end = items.length;
  const tail: Item[] = [];
  while (end > 0 && items[end - 1]!.kind !== 'char') {
    const item = items[--end]!;
    if (item.kind === 'esc') tail.unshift(item);
  }
  return [...items.slice(0, end), ...tail].map((it) => it.text).join('');
}

interface Piece {
  items: Item[];
  width: number;
}

const visibleItems = (list: Item[]) => list.filter((it) => it.kind !== 'esc');
const widthOf = (list: Item[]) => list.reduce((sum, it) => sum + (it.kind === 'esc' ? 0 : it.width), 0);

/**
 * Cuts an over-long box into pieces (the first at most `firstLimit` columns,
 * the others `restLimit`) between clusters, moving a cluster to the next piece rather than leaving opening
 * punctuation at a piece's end or closing punctuation at the next one's start.
 */
function cut(items: Item[], firstLimit: number, restLimit: number): Piece[] {
  const pieces: Piece[] = [];
  let limit = firstLimit;
  let current: Item[] = [];
  let width = 0;
  for (const item of items) {
    if (item.kind !== 'esc' && width + item.width > limit && visibleItems(current).length > 0) {
      let carry: Item[] = [];
      while (visibleItems(current).length > 1) {
        const last = visibleItems(current).pop()!;
        const next = visibleItems(carry)[0] ?? item;
        if (!isNoEnd(last.text) && !isNoStart(next.text)) break;
        carry = [...current.splice(current.lastIndexOf(last)), ...carry];
      }
      if (widthOf(carry) + item.width > restLimit) {
        current.push(...carry);
        carry = [];
      }
      pieces.push({ items: current, width: widthOf(current) });
      current = carry;
      width = widthOf(carry);
      limit = restLimit;
    }
    current.push(item);
    if (item.kind !== 'esc') width += item.width;
  }
  pieces.push({ items: current, width });
  return pieces;
}

/**
 * Joins the soft line breaks of Markdown source text: removed between two
 * CJK characters, a space elsewhere. `\r` marks a hard break and becomes `\n`.
 */
export function joinSoftBreaks(text: string): string {
  if (!text.includes('\n')) return text.replace(/\r/g, '\n');
  const visible = (s: string) => s.replace(ANSI_SEQUENCE, '');
  return text
    .replace(/[ \t]*\n[ \t]*/g, (match, offset: number, whole: string) => {
      const before = [...visible(whole.slice(Math.max(0, offset - 40), offset))].pop();
      const after = [...visible(whole.slice(offset + match.length, offset + match.length + 40))][0];
      return before !== undefined && after !== undefined && isCjk(before) && isCjk(after) ? '' : ' ';
    })
    .replace(/\r/g, '\n');
}

/** The width of the widest part of `text` that wrapping keeps on one line (a word, a bracketed term). */
export function longestUnit(text: string, options: WrapOptions = {}): number {
  let widest = 0;
  for (const hard of text.split('\n')) eachBox(hard, options.spacesOnly ?? false, false, (box) => (widest = Math.max(widest, box.width)));
  return widest;
}
