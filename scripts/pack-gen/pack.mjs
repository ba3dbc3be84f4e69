// Assembles a whole synthetic pack as a map from relative path to file text:
// the manifest, 2N chapter files, a glossary and models whose refs resolve,
// and 10N questions spread over several quiz files, one topic each.
import { planChapter } from './chapter-plan.mjs';
import { chapterMarkdown } from './chapter-markdown.mjs';
import { bareEnglish, LANGS } from './phrases.mjs';
import { chapterQuestions } from './questions.mjs';
import { CONCEPTS } from './vocabulary.mjs';
import { toYaml } from './yaml-text.mjs';

const CHAPTERS_PER_QUIZ = 25;
const GLOSSARY_SIZE = 12;

/** How many quiz files N chapters get: several (at least 2 when N allows), about 25 chapters each. */
export function quizCount(chapters) {
  return Math.min(chapters, Math.max(2, Math.ceil(chapters / CHAPTERS_PER_QUIZ)));
}

/**
 * @param {{ chapters: number, seed: string | number }} options
 * @returns {{ files: Map<string, string>, questions: number, quizzes: number }}
 */
export function generatePack({ chapters, seed }) {
  if (!Number.isSafeInteger(chapters) || chapters < 1) throw new RangeError('chapters must be a whole number >= 1');
  const files = new Map();
  const plans = [];
  for (let i = 1; i <= chapters; i++) plans.push(planChapter(seed, i, chapters));

  const quizzes = quizCount(chapters);
  const perQuiz = Math.ceil(chapters / quizzes);
  const width = Math.max(2, String(quizzes).length);
  const quizIds = Array.from({ length: quizzes }, (_, k) => `practice-${String(k + 1).padStart(width, '0')}`);

  files.set('content/course.yaml', toYaml({
    id: 'synthetic',
    title: { zh: `合成测试课程（${chapters} 讲）`, en: `A synthetic course (${chapters} lessons)` },
    languages: LANGS,
    chapters: plans.map((p) => p.id),
    topics: Object.fromEntries(quizIds.map((id, k) => [id, { zh: `第 ${k + 1} 组练习`, en: `Practice set ${k + 1}` }])),
  }));
  for (const plan of plans) {
    for (const lang of LANGS) files.set(`content/${plan.id}.${lang}.md`, chapterMarkdown(plan, lang));
  }
  files.set('content/glossary.yaml', toYaml({ terms: glossary(plans) }, { spaced: ['terms'] }));
  files.set('content/models.yaml', toYaml({ models: models(plans) }, { spaced: ['models'] }));

  let questions = 0;
  quizIds.forEach((id, k) => {
    const group = plans.slice(k * perQuiz, (k + 1) * perQuiz);
    const list = group.flatMap((plan) => chapterQuestions(seed, plan));
    questions += list.length;
    files.set(`quizzes/${id}.yaml`, toYaml({
      id,
      title: { zh: `第 ${k + 1} 组练习`, en: `Practice set ${k + 1}` },
      topic: id,
      pass: 0.7,
      questions: list,
    }, { spaced: ['questions'] }));
  });
  return { files, questions, quizzes };
}

/** Terms for the first concepts that some chapter teaches as a section, each pointing at that section. */
function glossary(plans) {
  const where = new Map();
  for (const plan of plans) {
    for (const section of plan.sections) if (!where.has(section.concept.id)) where.set(section.concept.id, `${plan.id}#${section.id}`);
  }
  return CONCEPTS.filter((c) => where.has(c.id))
    .slice(0, GLOSSARY_SIZE)
    .map((c) => ({
      id: c.id,
      term: { zh: c.zh, en: bareEnglish(c) },
      aliases: c.abbr ? { zh: [c.abbr], en: [c.abbr] } : undefined,
      definition: { zh: `${c.defZh}。`, en: `${c.defEn.charAt(0).toUpperCase()}${c.defEn.slice(1)}.` },
      ref: where.get(c.id),
    }));
}

const MODELS = [
  ['synthlm-small', 'SynthLM Small', 120_000_000],
  ['synthlm-base', 'SynthLM Base', 1_500_000_000],
  ['synthlm-7b', 'SynthLM-7B', 7_000_000_000],
  ['synthlm-70b', 'SynthLM-70B', 70_000_000_000],
  ['synthlm-175b', 'SynthLM-175B', 175_000_000_000],
  ['synthlm-next', 'SynthLM Next', null],
];

/** Six made-up models, alternating origin, each referring to a chapter. */
function models(plans) {
  return MODELS.map(([id, name, params], k) => ({
    id,
    name,
    org: k % 2 === 0 ? { zh: '示例实验室', en: 'Example Lab' } : { zh: '合成研究院', en: 'Synthetic Institute' },
    year: 2018 + k,
    params,
    origin: k % 2 === 0 ? 'international' : 'china',
    note: params === null ? { zh: '参数量从未公开。', en: 'The parameter count was never disclosed.' } : undefined,
    ref: plans[k % plans.length].id,
  }));
}
