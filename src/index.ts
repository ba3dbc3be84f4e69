/**
 * lm-explain's programmatic API: open a course pack, read it whole, lint it.
 * `import { Course, lintPack } from 'lm-explain'`. Documented in the README
 * ("Programmatic use"); everything else under src/ is internal.
 */
export { Course } from './course/course.js';
export { builtinPackDir, resolvePackDir } from './course/pack-files.js';
export { readPack, type PackModel } from './course/pack-model.js';
export type { ChapterDoc, Section } from './course/chapter.js';
export type { Edit, Finding, Severity } from './course/finding.js';
export type { Choice, Localized, LocalizedList, Manifest, Model, Pair, Question, QuestionType, Quiz, Stage, Term } from './course/schema.js';
export { CliError, ContentError, EXIT, UsageError } from './errors.js';
export { formatFindings, lintPack, lintRules, type FormatName, type FormatOptions, type LintPackOptions, type LintReport, type UiLang } from './api/lint.js';
export type { Lang } from './io/lang.js';
export type { RuleMeta } from './lint/rule.js';
