/** Every rule lm-lint runs, in the order `--list-rules` shows them. */
import type { Rule } from './rule.js';
import * as answers from './rules/answers.js';
import * as emptySection from './rules/empty-section.js';
import * as evidenceGrounded from './rules/evidence-grounded.js';
import * as file from './rules/file.js';
import * as frontMatter from './rules/front-matter.js';
import * as headingAnchor from './rules/heading-anchor.js';
import * as idMatchesFile from './rules/id-matches-file.js';
import * as idPattern from './rules/id-pattern.js';
import * as idUnique from './rules/id-unique.js';
import * as languageParity from './rules/language-parity.js';
import * as manifestChapters from './rules/manifest-chapters.js';
import * as quizTopic from './rules/quiz-topic.js';
import * as quizTruefalseBalance from './rules/quiz-truefalse-balance.js';
import * as quizLongestCorrect from './rules/quiz-longest-correct.js';
import * as quizAbsoluteWords from './rules/quiz-absolute-words.js';
import * as quizAnswerRevealed from './rules/quiz-answer-revealed.js';
import * as quizAboveChoice from './rules/quiz-above-choice.js';
import * as quizSimilarChoices from './rules/quiz-similar-choices.js';
import * as quizWhyContradicts from './rules/quiz-why-contradicts.js';
import * as quizNumericTolerance from './rules/quiz-numeric-tolerance.js';
import * as refResolves from './rules/ref-resolves.js';
import * as schema from './rules/schema.js';
import * as sectionParity from './rules/section-parity.js';
import * as unknownKey from './rules/unknown-key.js';
import * as yamlSyntax from './rules/yaml-syntax.js';
import * as zhBracketWidth from './rules/zh-bracket-width.js';
import * as zhCjkSpace from './rules/zh-cjk-space.js';
import * as zhCodeSpacing from './rules/zh-code-spacing.js';
import * as zhEllipsisDash from './rules/zh-ellipsis-dash.js';
import * as zhFullwidthAlnum from './rules/zh-fullwidth-alnum.js';
import * as zhPunctuation from './rules/zh-punctuation.js';
import * as zhPunctuationSpacing from './rules/zh-punctuation-spacing.js';
import * as zhQuotes from './rules/zh-quotes.js';
import * as zhRepeatedPunctuation from './rules/zh-repeated-punctuation.js';
import * as zhSpacing from './rules/zh-spacing.js';
import * as zhUnitSpacing from './rules/zh-unit-spacing.js';

export const RULES: readonly Rule[] = [
  file,
  yamlSyntax,
  frontMatter,
  schema,
  unknownKey,
  idPattern,
  idUnique,
  idMatchesFile,
  manifestChapters,
  quizTopic,
  headingAnchor,
  sectionParity,
  emptySection,
  refResolves,
  evidenceGrounded,
  answers,
  quizTruefalseBalance,
  quizLongestCorrect,
  quizAbsoluteWords,
  quizAnswerRevealed,
  quizAboveChoice,
  quizSimilarChoices,
  quizWhyContradicts,
  quizNumericTolerance,
  languageParity,
  zhSpacing,
  zhCodeSpacing,
  zhUnitSpacing,
  zhCjkSpace,
  zhPunctuation,
  zhPunctuationSpacing,
  zhBracketWidth,
  zhQuotes,
  zhRepeatedPunctuation,
  zhEllipsisDash,
  zhFullwidthAlnum,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
