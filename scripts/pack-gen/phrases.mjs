// Turning plan pieces into text in one language. The chapter renderer and
// the question writer both use these, so a question's evidence is always
// the very text its section prints.
import { FILLERS, NUMERIC, RELATIONS, TITLES } from './vocabulary.mjs';

export const LANGS = /** @type {const} */ (['zh', 'en']);

export function name(concept, lang) {
  return lang === 'zh' ? concept.zh : concept.en;
}

export function cap(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A full sentence from a clause: `。` in Chinese; a capital and a full stop in English. */
export function sentence(clause, lang) {
  return lang === 'zh' ? `${clause}。` : `${cap(clause)}.`;
}

/** Sentences of a paragraph joined as each language writes them. */
export function joinSentences(sentences, lang) {
  return sentences.join(lang === 'zh' ? '' : ' ');
}

/** The clause of a fact, without final punctuation (also its evidence). */
export function factClause(fact, lang) {
  const relation = RELATIONS[fact.relation];
  return lang === 'zh' ? relation.zh(fact.a.zh, fact.b.zh) : relation.en(fact.a.en, fact.b.en);
}

export function numericSentence(section, lang) {
  const lead = NUMERIC.lead[lang];
  return lang === 'zh' ? `${lead}${numericEvidence(section, lang)}。` : `${cap(lead)} ${numericEvidence(section, lang)}.`;
}

export function numericEvidence(section, lang) {
  const n = section.n;
  return lang === 'zh' ? NUMERIC.zh(section.concept.zh, n) : NUMERIC.en(section.concept.en, n);
}

export function numericPrompt(section, lang) {
  return lang === 'zh' ? NUMERIC.promptZh(section.concept.zh) : NUMERIC.promptEn(section.concept.en);
}

/** The English name without a leading article, for a Chinese gloss or a glossary term. */
export function bareEnglish(concept) {
  return concept.en.replace(/^the /, '');
}

export function definitionSentence(concept, lang) {
  if (lang === 'zh') return `**${concept.zh}**（${concept.abbr ?? bareEnglish(concept)}）${definitionEvidence(concept, lang)}。`;
  return `We use **${concept.en}** ${definitionEvidence(concept, lang)}.`;
}

export function definitionEvidence(concept, lang) {
  return lang === 'zh' ? `指的是${concept.defZh}` : `to mean ${concept.defEn}`;
}

export function definition(concept, lang) {
  return lang === 'zh' ? concept.defZh : concept.defEn;
}

export function filler(index, lang) {
  return FILLERS[index][lang === 'zh' ? 0 : 1];
}

export function sectionTitle(section, lang) {
  const title = TITLES[section.title];
  return lang === 'zh' ? title.zh(section.concept.zh) : cap(title.en(section.concept.en));
}

export function chapterTitle(plan, lang) {
  const [a, b] = plan.topics;
  return lang === 'zh' ? `第 ${plan.index} 讲：${a.zh}与${b.zh}` : `Lesson ${plan.index}: ${cap(a.en)} and ${b.en}`;
}

export function chapterSummary(plan, lang) {
  const [a, b, c] = plan.topics;
  return lang === 'zh' ? `介绍${a.zh}、${b.zh}和${c.zh}之间的关系。` : `How ${a.en}, ${b.en} and ${c.en} relate to one another.`;
}

export function chapterIntro(plan, lang) {
  const [a, b, c] = plan.topics;
  const first = lang === 'zh' ? `本讲围绕${a.zh}、${b.zh}和${c.zh}展开。` : `This lesson is about ${a.en}, ${b.en} and ${c.en}.`;
  return joinSentences([first, filler(plan.introFiller, lang)], lang);
}
