/**
 * Section text as a reader sees it, for grounding: markup removed, entities
 * decoded, white space folded, case ignored. Line breaks between Chinese
 * characters vanish (a reader joins them), so matching ignores them too.
 */
import type { ChapterDoc } from '../../course/chapter.js';
import type { Block } from './blocks.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function normalizeForMatch(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, '')
    .trim()
    .toLowerCase();
}

/** The text of each block, in reading order. */
function blockText(block: Block): string {
  let out = '';
  for (const piece of block.pieces) {
    if (piece.kind === 'text' || piece.kind === 'code') out += piece.text;
    else if (piece.kind === 'break') out += '\n';
  }
  return out;
}

/** Section id -> normalised text of its blocks (the heading included). */
export function sectionTexts(chapter: ChapterDoc, blocks: readonly Block[]): Map<string, string> {
  const out = new Map<string, string>();
  const sections = chapter.sections;
  let b = 0;
  for (const section of sections) {
    const parts: string[] = [];
    while (b < blocks.length && blocks[b]!.offset < section.start) b++;
    while (b < blocks.length && blocks[b]!.offset < section.end) parts.push(blockText(blocks[b++]!));
    if (section.id === undefined) continue;
    const text = normalizeForMatch(parts.join('\n'));
    const earlier = out.get(section.id); // a duplicated id (reported by id-unique): search both
    out.set(section.id, earlier === undefined ? text : `${earlier} ${text}`);
  }
  return out;
}

/** The normalised text of all blocks. */
export function wholeText(blocks: readonly Block[]): string {
  return normalizeForMatch(blocks.map(blockText).join('\n'));
}
