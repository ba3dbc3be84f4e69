/**
 * The pack format as zod schemas: the single source of truth for the types
 * (`z.infer`) and for the JSON Schemas shipped in `schemas/`.
 *
 * Schemas check shape only. Rules that need more than one field or more than
 * one file (exactly one correct choice, refs that resolve, language parity)
 * are lint rules, so one slip never hides the rest of a file from lint.
 */
import * as z from 'zod';
import { ID_PATTERN, LANG_PATTERN } from './ids.js';

/** A chapter's front matter and the id it uses: what the screens that list chapters check, built without the rest. */
function buildFrontMatter() {
  const Id = z.string().regex(ID_PATTERN, 'must be lowercase kebab-case (a-z, 0-9, single hyphens)');
  return { Id, FrontMatter: z.strictObject({ id: Id, title: z.string().min(1), summary: z.string().min(1) }) };
}

function build() {
  const { Id, FrontMatter } = (head ??= buildFrontMatter());
  const LangCode = z.string().regex(LANG_PATTERN, 'must be a language code such as zh or en');
  const RefText = z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*(#[a-z0-9]+(-[a-z0-9]+)*)?$/, 'must be chapter or chapter#section')
    .meta({ description: 'A reference: `chapter` or `chapter#section`.' });

  /** Text for the reader: a map from language code to text, or a plain string in a one-language pack. */
  const Localized = z
    .union([z.string(), z.record(LangCode, z.string())])
    .meta({ description: 'A map from language code to text; a plain string only in a one-language pack.' });

  const LocalizedList = z
    .union([z.array(z.string()), z.record(LangCode, z.array(z.string()))])
    .meta({ description: 'A map from language code to a list of strings; a plain list in a one-language pack.' });

  const Manifest = z
    .strictObject({
      id: Id,
      title: Localized,
      description: Localized.optional(),
      languages: z.array(LangCode).min(1).meta({ description: 'The pack languages; the first is the default.' }),
      chapters: z.array(Id).min(1).meta({ description: 'The reading order of the chapters.' }),
      topics: z.record(Id, Localized).meta({ description: 'The quiz topics this pack offers, with their names.' }),
    })
    .meta({ title: 'lm-explain course manifest (content/course.yaml)' });

  const Term = z.strictObject({
    id: Id,
    term: Localized,
    aliases: LocalizedList.optional(),
    definition: Localized,
    ref: RefText,
  });

  const Glossary = z
    .strictObject({ terms: z.array(Term) })
    .meta({ title: 'lm-explain glossary (content/glossary.yaml)' });

  const Model = z.strictObject({
    id: Id,
    name: Localized,
    org: Localized,
    year: z.number().int().min(1900).max(2200),
    params: z.number().positive().nullable().meta({ description: 'Parameter count; null when never disclosed.' }),
    origin: z.enum(['international', 'china']),
    note: Localized.optional().meta({ description: 'Which size the count is for, or why it is null.' }),
    ref: RefText,
  });

  const Models = z
    .strictObject({ models: z.array(Model) })
    .meta({ title: 'lm-explain named models (content/models.yaml)' });

  const Stage = z.strictObject({
    id: Id,
    name: Localized,
    period: Localized,
    idea: Localized,
    limit: Localized.optional(),
    examples: LocalizedList.optional(),
    ref: RefText,
  });

  const Timeline = z
    .strictObject({ stages: z.array(Stage).min(1) })
    .meta({ title: 'lm-explain timeline (content/timeline.yaml, optional)' });

  const Choice = z.strictObject({
    text: Localized,
    correct: z.boolean().optional(),
    why: Localized.optional().meta({ description: 'Feedback shown when a learner picks this choice.' }),
  });

  const Pair = z.strictObject({ left: Localized, right: Localized });

  const questionBase = {
    id: Id,
    ref: RefText.meta({ description: 'Where the answer is explained.' }),
    evidence: Localized.meta({ description: 'A phrase that occurs in the referenced section, per language.' }),
    prompt: Localized,
    explain: Localized.meta({ description: 'Shown after answering.' }),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  };

  const SingleQuestion = z.strictObject({ ...questionBase, type: z.literal('single'), choices: z.array(Choice) });
  const MultipleQuestion = z.strictObject({ ...questionBase, type: z.literal('multiple'), choices: z.array(Choice) });
  const TrueFalseQuestion = z.strictObject({ ...questionBase, type: z.literal('truefalse'), answer: z.boolean() });
  const OrderQuestion = z.strictObject({ ...questionBase, type: z.literal('order'), items: z.array(Localized) });
  const NumericQuestion = z.strictObject({
    ...questionBase,
    type: z.literal('numeric'),
    answer: z.number(),
    tolerance: z.number().min(0).optional().meta({ description: 'Relative tolerance; 0.05 accepts ±5%.' }),
    unit: Localized.optional(),
  });
  const MatchQuestion = z.strictObject({ ...questionBase, type: z.literal('match'), pairs: z.array(Pair) });

  const Question = z.discriminatedUnion('type', [
    SingleQuestion,
    MultipleQuestion,
    TrueFalseQuestion,
    OrderQuestion,
    NumericQuestion,
    MatchQuestion,
  ]);

  const Quiz = z
    .strictObject({
      id: Id,
      title: Localized,
      description: Localized.optional(),
      topic: Id,
      pass: z.number().meta({ description: 'Fraction of points needed to pass, in (0, 1].' }),
      questions: z.array(Question),
    })
    .meta({ title: 'lm-explain quiz bank (quizzes/<quiz>.yaml)' });

  return {
    Id, LangCode, RefText, Localized, LocalizedList, Manifest, FrontMatter, Term, Glossary, Model, Models, Stage, Timeline,
    Choice, Pair, SingleQuestion, MultipleQuestion, TrueFalseQuestion, OrderQuestion, NumericQuestion, MatchQuestion, Question, Quiz,
  };
}

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'order', 'numeric', 'match'] as const;

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;
let head: ReturnType<typeof buildFrontMatter> | undefined;

/**
 * The schemas, built on first use: building them costs about 15 ms, which a
 * run whose files all passed their checks before (src/course/yaml-source.ts)
 * never needs to pay.
 */
export function schemas(): Schemas {
  return (built ??= build());
}

/** The front matter's schema alone (home, list and search check every chapter's, and nothing else). */
export function frontMatterSchema(): Schemas['FrontMatter'] {
  return (head ??= buildFrontMatter()).FrontMatter;
}

export type Localized = z.infer<Schemas['Localized']>;
export type LocalizedList = z.infer<Schemas['LocalizedList']>;
export type Manifest = z.infer<Schemas['Manifest']>;
export type FrontMatter = z.infer<Schemas['FrontMatter']>;
export type Term = z.infer<Schemas['Term']>;
export type Model = z.infer<Schemas['Model']>;
export type Stage = z.infer<Schemas['Stage']>;
export type Choice = z.infer<Schemas['Choice']>;
export type Pair = z.infer<Schemas['Pair']>;
export type Question = z.infer<Schemas['Question']>;
export type QuestionType = Question['type'];
export type Quiz = z.infer<Schemas['Quiz']>;

/** The schemas written to `schemas/<name>.schema.json` and named in the YAML files' `$schema` comments. */
export function fileSchemas() {
  const { Manifest, Glossary, Models, Timeline, Quiz } = schemas();
  return { course: Manifest, glossary: Glossary, models: Models, timeline: Timeline, quiz: Quiz } as const;
}
