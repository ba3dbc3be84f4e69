/**
 * The `--answers` JSON shapes, turned into Responses. Answers refer to the
 * pack's ORIGINAL order (never the shuffled one), so one answers file works
 * with any seed:
 *   single     a 0-based choice index, or the exact text of a choice (any language)
 *   multiple   an array of those
 *   truefalse  true or false
 *   order      an array of every item, as 0-based indices or texts, first to last
 *   numeric    a number, or a string read like the prompt reads it ("175B", "1750亿")
 *   match      an object { left text: right text or index }, or an array whose
 *              i-th entry is the right side (index or text) of the i-th left item
 *   null       no answer (0 points)
 * Text matches ignore case, width (NFKC) and surrounding space.
 */
import type { Localized, Question } from '../../course/schema.js';
import { allTexts } from '../../course/localized.js';
import { isPermutation } from './grade.js';
import { parseNumber } from './numeric.js';
import type { Response } from './types.js';

/** Not ok: the value does not have the shape this question type needs (the message names the shape). */
export type AnswerInput = { ok: true; response: Response } | { ok: false };

export function responseFromJson(question: Question, raw: unknown): AnswerInput {
  if (raw === null) return ok({ type: 'none' });
  switch (question.type) {
    case 'single': {
      const i = indexOf(raw, question.choices.map((c) => c.text));
      return i === undefined ? bad() : ok({ type: 'single', choice: i });
    }
    case 'multiple': {
      const texts = question.choices.map((c) => c.text);
      const picks = Array.isArray(raw) ? raw.map((r) => indexOf(r, texts)) : [undefined];
      if (picks.some((p) => p === undefined)) return bad();
      return ok({ type: 'multiple', choices: [...new Set(picks as number[])] });
    }
    case 'truefalse':
      if (typeof raw === 'boolean') return ok({ type: 'truefalse', value: raw });
      if (raw === 'true' || raw === 'false') return ok({ type: 'truefalse', value: raw === 'true' });
      return bad();
    case 'order': {
      const order = Array.isArray(raw) ? raw.map((r) => indexOf(r, question.items)) : [];
      if (!isPermutation(order as number[], question.items.length)) {
        return bad();
      }
      return ok({ type: 'order', order: order as number[] });
    }
    case 'numeric': {
      if (typeof raw === 'number' && Number.isFinite(raw)) return ok({ type: 'numeric', value: raw });
      if (typeof raw === 'string') {
        const parsed = parseNumber(raw, allTexts(question.unit));
        if (parsed.ok) return ok({ type: 'numeric', value: parsed.value, text: raw });
      }
      return bad();
    }
    case 'match':
      return matchResponse(question.pairs, raw);
  }
}

function matchResponse(pairs: { left: Localized; right: Localized }[], raw: unknown): AnswerInput {
  const rights = pairs.map((p) => p.right);
  if (Array.isArray(raw)) {
    if (raw.length !== pairs.length) return bad();
    const chosen = raw.map((r) => (r === null ? -1 : indexOf(r, rights)));
    return chosen.some((c) => c === undefined) ? bad() : ok({ type: 'match', pairs: chosen as number[] });
  }
  if (typeof raw !== 'object' || raw === null) return bad();
  const chosen: number[] = pairs.map(() => -1);
  for (const [leftText, right] of Object.entries(raw)) {
    const left = indexOf(leftText, pairs.map((p) => p.left)) ?? indexOf(Number(leftText), pairs.map((p) => p.left));
    const r = indexOf(right, rights);
    if (left === undefined || r === undefined) return bad();
    chosen[left] = r;
  }
  return ok({ type: 'match', pairs: chosen });
}

/** A 0-based index into `texts`, or the index of the text equal to `raw` in any language. */
function indexOf(raw: unknown, texts: readonly Localized[]): number | undefined {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 && raw < texts.length ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const wanted = fold(raw);
  const found = texts.findIndex((t) => allTexts(t).some((text) => fold(text) === wanted));
  return found === -1 ? undefined : found;
}

export function fold(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const ok = (response: Response): AnswerInput => ({ ok: true, response });
const bad = (): AnswerInput => ({ ok: false });
