// Ten questions per chapter across the six question types, each grounded:
// `ref` names a section of the chapter and `evidence` is text that section
// prints, in both languages (built by the same phrase functions).
import { createRandom } from './random.mjs';
import { CONCEPTS } from './vocabulary.mjs';
import {
  cap,
  chapterTitle,
  definition,
  definitionEvidence,
  factClause,
  LANGS,
  name,
  numericEvidence,
  numericPrompt,
  numericSentence,
  sectionTitle,
  sentence,
} from './phrases.mjs';

/** The type of each of a chapter's ten questions, in order. */
export const CHAPTER_QUESTION_TYPES = ['single', 'single', 'multiple', 'multiple', 'truefalse', 'truefalse', 'order', 'numeric', 'numeric', 'match'];

const loc = (fn) => Object.fromEntries(LANGS.map((lang) => [lang, fn(lang)]));

/** @param {import('./chapter-plan.mjs').ChapterPlan} plan */
export function chapterQuestions(seed, plan) {
  const rng = createRandom(`${seed}/questions/${plan.index}`);
  const pickTwo = () => rng.sample(plan.sections, 2);
  const [single1, single2] = pickTwo();
  const [multi1, multi2] = pickTwo();
  const [num1, num2] = pickTwo();
  const questions = [
    single(rng, single1),
    single(rng, single2),
    multiple(rng, multi1),
    multiple(rng, multi2),
    trueFalse(rng, rng.pick(plan.sections), true),
    trueFalse(rng, rng.pick(plan.sections), false),
    order(plan),
    numeric(rng, num1),
    numeric(rng, num2),
    match(rng, plan),
  ];
  return questions.map((q, i) => ({
    id: `${plan.id}-q${i + 1}`,
    type: q.type,
    ref: `${plan.id}#${q.section.id}`,
    evidence: q.evidence,
    difficulty: rng.chance(0.5) ? rng.int(1, 3) : undefined,
    prompt: q.prompt,
    ...q.answer,
    explain: q.explain,
  }));
}

/** A false version of a fact: the same relation with another second concept, unlike every fact of the section. */
function distort(rng, section, fact, taken) {
  for (;;) {
    const b = rng.pick(CONCEPTS);
    const wrong = { ...fact, b };
    const clause = factClause(wrong, 'zh');
    if (b !== fact.a && !taken.has(clause)) {
      taken.add(clause);
      return wrong;
    }
  }
}

function takenClauses(section) {
  return new Set(section.facts.map((f) => factClause(f, 'zh')));
}

const title = (section) => loc((lang) => sectionTitle(section, lang));
const SAYS_NOT = { zh: '本节并没有这样说。', en: 'The section does not say so.' };

function choicesFor(rng, right, wrong) {
  const choices = [
    ...right.map((fact) => ({ text: loc((lang) => cap(factClause(fact, lang))), correct: true })),
    ...wrong.map((fact, i) => ({ text: loc((lang) => cap(factClause(fact, lang))), why: i === 0 ? SAYS_NOT : undefined })),
  ];
  return rng.shuffle(choices);
}

function single(rng, section) {
  const fact = rng.pick(section.facts);
  const taken = takenClauses(section);
  const wrong = [0, 1, 2].map(() => distort(rng, section, rng.pick(section.facts), taken));
  const t = title(section);
  return {
    type: 'single',
    section,
    evidence: loc((lang) => factClause(fact, lang)),
    prompt: { zh: `根据“${t.zh}”一节，下面哪一句是正确的？`, en: `According to the section “${t.en}”, which statement is true?` },
    answer: { choices: choicesFor(rng, [fact], wrong) },
    explain: { zh: `见“${t.zh}”一节：${factClause(fact, 'zh')}。`, en: `See “${t.en}”: ${cap(factClause(fact, 'en'))}.` },
  };
}

function multiple(rng, section) {
  const right = rng.sample(section.facts, 2);
  const taken = takenClauses(section);
  const wrong = [0, 1].map(() => distort(rng, section, rng.pick(section.facts), taken));
  const t = title(section);
  return {
    type: 'multiple',
    section,
    evidence: loc((lang) => factClause(right[0], lang)),
    prompt: { zh: `根据“${t.zh}”一节，下面哪些说法是正确的？可以多选。`, en: `According to “${t.en}”, which statements are true? Pick all that apply.` },
    answer: { choices: choicesFor(rng, right, wrong) },
    explain: loc((lang) => right.map((f) => sentence(factClause(f, lang), lang)).join(lang === 'zh' ? '' : ' ')),
  };
}

function trueFalse(rng, section, truth) {
  const fact = rng.pick(section.facts);
  const stated = truth ? fact : distort(rng, section, fact, takenClauses(section));
  return {
    type: 'truefalse',
    section,
    evidence: loc((lang) => factClause(fact, lang)),
    prompt: { zh: `判断正误：${factClause(stated, 'zh')}。`, en: `True or false: ${factClause(stated, 'en')}.` },
    answer: { answer: truth },
    explain: truth
      ? { zh: `正确。${sentence(factClause(fact, 'zh'), 'zh')}`, en: `True. ${sentence(factClause(fact, 'en'), 'en')}` }
      : { zh: `错误。本节的说法是：${sentence(factClause(fact, 'zh'), 'zh')}`, en: `False. The section says: ${sentence(factClause(fact, 'en'), 'en')}` },
  };
}

function order(plan) {
  const sections = plan.sections.slice(0, 5);
  const first = sections[0];
  const chapter = loc((lang) => chapterTitle(plan, lang));
  return {
    type: 'order',
    section: first,
    evidence: loc((lang) => definitionEvidence(first.concept, lang)),
    prompt: { zh: `按照“${chapter.zh}”中出现的先后顺序排列下面的小节。`, en: `Put these sections in the order “${chapter.en}” presents them.` },
    answer: { items: sections.map((s) => title(s)) },
    explain: {
      zh: `本讲依次讲到：${sections.map((s) => sectionTitle(s, 'zh')).join('、')}。`,
      en: `The lesson covers them in this order: ${sections.map((s) => sectionTitle(s, 'en')).join(', ')}.`,
    },
  };
}

function numeric(rng, section) {
  return {
    type: 'numeric',
    section,
    evidence: loc((lang) => numericEvidence(section, lang)),
    prompt: loc((lang) => numericPrompt(section, lang)),
    answer: { answer: section.n, tolerance: rng.chance(0.3) ? 0.05 : undefined, unit: { zh: '个', en: 'parameters' } },
    explain: loc((lang) => numericSentence(section, lang)),
  };
}

function match(rng, plan) {
  const sections = rng.sample(plan.sections, 3);
  return {
    type: 'match',
    section: sections[0],
    evidence: loc((lang) => definitionEvidence(sections[0].concept, lang)),
    prompt: { zh: '把每个概念和它的简短说明配对。', en: 'Match each concept with its short description.' },
    answer: { pairs: sections.map((s) => ({ left: loc((lang) => cap(name(s.concept, lang))), right: loc((lang) => definition(s.concept, lang)) })) },
    explain: {
      zh: sections.map((s) => `${s.concept.zh}${definitionEvidence(s.concept, 'zh')}。`).join(''),
      en: sections.map((s) => `${cap(s.concept.en)}: ${s.concept.defEn}.`).join(' '),
    },
  };
}
