/**
 * The tokens lab as data: the learner's text (or a passage of the course in
 * each language) split by each encoding, and characters per token of the
 * whole course in Chinese and in English.
 */
import type { Course } from '../../course/course.js';
import { packCorpus } from '../corpus/source.js';
import { pieces, type Encoder, type EncodingName, type Piece } from './encodings.js';

export interface Split {
  encoding: EncodingName;
  ids: number[];
  pieces: Piece[];
}

export interface TextSplits {
  text: string;
  characters: number;
  splits: Split[];
}

export interface RatioRow {
  lang: string;
  characters: number;
  tokens: Record<EncodingName, number>;
}

export function characters(text: string): number {
  return Array.from(text).length;
}

export function splitText(text: string, encoders: readonly Encoder[]): TextSplits {
  return {
    text,
    characters: characters(text),
    splits: encoders.map((e) => {
      const ids = e.encode(text);
      return { encoding: e.name, ids, pieces: pieces(e, ids) };
    }),
  };
}

/** Characters and tokens of the whole course in each of its languages among zh and en. */
export function ratios(course: Course, encoders: readonly Encoder[]): RatioRow[] {
  return ['zh', 'en']
    .filter((lang) => course.languages.includes(lang))
    .map((lang) => {
      const text = packCorpus(course, lang).replace(/\s+/g, ' ').trim();
      const tokens = Object.fromEntries(encoders.map((e) => [e.name, e.encode(text).length])) as Record<EncodingName, number>;
      return { lang, characters: characters(text), tokens };
    });
}

/** The first paragraph of the course in `lang`, cut after its last sentence that ends within `max` characters. */
export function passage(course: Course, lang: string, max = 90): string {
  const paragraph = packCorpus(course, lang).split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).find((p) => characters(p) >= 20) ?? '';
  const chars = Array.from(paragraph);
  if (chars.length <= max) return paragraph;
  let end = -1;
  for (let i = 0; i < max; i++) {
    if (/[。！？]/.test(chars[i]!) || (/[.!?]/.test(chars[i]!) && chars[i + 1] === ' ')) end = i;
  }
  return end >= max / 3 ? chars.slice(0, end + 1).join('') : `${chars.slice(0, max).join('')}…`;
}
