/**
 * A short fingerprint of what a question asks and how it is graded: its type,
 * prompt, choices and key, answer, tolerance, unit, items and pairs. Feedback
 * (`explain`, `why`), `ref`, `evidence` and `difficulty` are left out: fixing
 * an explanation does not make results from before the fix incomparable.
 * Results carry it (`hash` in `--json`), so `lm-quiz analyze` can tell a
 * changed question from the same one. A change detector, not a security
 * measure: a 53-bit string hash (cyrb53), so that a quiz answered from a file
 * loads no node:crypto.
 */
import type { Question } from '../../course/schema.js';

export function questionHash(q: Question): string {
  const asked: Record<string, unknown> = { type: q.type, prompt: q.prompt };
  switch (q.type) {
    case 'single':
    case 'multiple':
      asked.choices = q.choices.map((c) => [c.text, c.correct === true]);
      break;
    case 'truefalse':
      asked.answer = q.answer;
      break;
    case 'numeric':
      asked.answer = q.answer;
      asked.tolerance = q.tolerance ?? 0;
      asked.unit = q.unit ?? null;
      break;
    case 'order':
      asked.items = q.items;
      break;
    case 'match':
      asked.pairs = q.pairs.map((p) => [p.left, p.right]);
      break;
  }
  return cyrb53(stable(asked)).toString(16).padStart(14, '0').slice(-12);
}

/** JSON with object keys sorted, so the same question hashes the same whatever order its YAML keys were in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** cyrb53 (bryc, public domain): a fast 53-bit string hash with good spread. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
