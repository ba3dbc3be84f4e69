/**
 * The numbers written in a text, in every form a learner may type an answer
 * (`175B`, `175 billion`, `1750亿`, `1.75e11`, `175,000,000,000`), read by the
 * quiz's own number parser so that the two can never disagree.
 */
import { parseNumber } from '../../quiz/engine/numeric.js';

export interface NumberInText {
  value: number;
  /** As written. */
  text: string;
}

// Not a digit of a name (GPT-3, Llama-2, Qwen2, T5). A digit run (grouped by commas or not, with a fraction and an exponent), then an optional unit word or Chinese unit run.
const CANDIDATE = /(?<![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\d.](?:[-‐_])?)\d(?:[\d,]*\d)?(?:\.\d+)?(?:e[+-]?\d+)?(?:\s*(?:thousands?|millions?|billions?|trillions?|bn|mn|[kmbt])(?![\p{L}\d])|\s*[十百千万萬亿億]+)?/giu;

const seen = new Map<string, NumberInText[]>();

export function numbersIn(text: string): NumberInText[] {
  const known = seen.get(text);
  if (known) return known;
  if (seen.size > 10_000) seen.clear(); // one pack's texts at a time, give or take
  const out: NumberInText[] = [];
  seen.set(text, out);
  for (const match of text.normalize('NFKC').matchAll(CANDIDATE)) {
    const parsed = parseNumber(match[0]);
    if (parsed.ok) out.push({ value: parsed.value, text: match[0].trim() });
  }
  return out;
}
