// The language-independent plan of one chapter: which concepts its sections
// teach, which facts each section states, which extras (table, list, code)
// it carries. Rendering it in each language (chapter-markdown.mjs) from the
// same plan keeps section ids, order and facts identical across languages.
import { createRandom } from './random.mjs';
import { CODE, CONCEPTS, FILLERS, RELATIONS, TITLES } from './vocabulary.mjs';

/**
 * @typedef {import('./vocabulary.mjs').Concept} Concept
 * @typedef {{ relation: number, a: Concept, b: Concept }} Fact
 * @typedef {{ kind: 'table', rows: { concept: Concept, n: number }[] }
 *   | { kind: 'list', concepts: Concept[] }
 *   | { kind: 'steps', concepts: Concept[] }
 *   | { kind: 'code', code: number }} Extra
 * @typedef {{ id: string, concept: Concept, title: number, facts: Fact[], n: number,
 *   fillers: number[], extras: Extra[] }} SectionPlan
 * @typedef {{ id: string, index: number, topics: Concept[], introFiller: number, sections: SectionPlan[] }} ChapterPlan
 */

/** The chapter id for a 1-based index, zero-padded so files sort in reading order. */
export function chapterId(index, total) {
  return `lesson-${String(index).padStart(Math.max(4, String(total).length), '0')}`;
}

/**
 * Plans chapter `index` (1-based). The chapter's own random stream is derived
 * from the seed and its index, so chapter 7 is the same whatever N is.
 * @returns {ChapterPlan}
 */
export function planChapter(seed, index, total) {
  const rng = createRandom(`${seed}/chapter/${index}`);
  const sectionCount = rng.int(4, 7);
  const concepts = rng.sample(CONCEPTS, sectionCount);
  const sections = concepts.map((concept) => planSection(rng, concept));
  return {
    id: chapterId(index, total),
    index,
    topics: concepts.slice(0, 3),
    introFiller: rng.int(0, FILLERS.length - 1),
    sections,
  };
}

/** @returns {SectionPlan} */
function planSection(rng, concept) {
  const others = CONCEPTS.filter((c) => c !== concept);
  const factCount = rng.int(2, 4);
  const facts = rng.sample(others, factCount).map((b) => ({ relation: rng.int(0, RELATIONS.length - 1), a: concept, b }));
  /** @type {Extra[]} */
  const extras = [];
  if (rng.chance(0.35)) extras.push({ kind: 'table', rows: rng.sample(CONCEPTS, 3).map((c) => ({ concept: c, n: number(rng) })) });
  if (rng.chance(0.35)) extras.push({ kind: 'list', concepts: rng.sample(CONCEPTS, rng.int(3, 4)) });
  if (rng.chance(0.15)) extras.push({ kind: 'steps', concepts: rng.sample(CONCEPTS, 3) });
  if (rng.chance(0.1)) extras.push({ kind: 'code', code: rng.int(0, CODE.length - 1) });
  return {
    id: concept.id,
    concept,
    title: rng.int(0, TITLES.length - 1),
    facts,
    n: number(rng),
    fillers: rng.sample([...FILLERS.keys()], 3),
    extras,
  };
}

/** A parameter count as an example would give it: a round-ish whole number. */
function number(rng) {
  const base = rng.pick([64, 96, 128, 256, 384, 512, 768, 1024, 2048, 4096]);
  return base * rng.int(1, 64);
}
