/**
 * What the fuzzer drives, each with the shape of its random case: the
 * loaders, lm-lint (every rule and format), the Markdown renderer at random
 * widths, every lm-explain command, lm-quiz through --answers, grading of
 * answers of every shape, and numeric parsing. A target returns what it saw;
 * an exception escaping it, or a command ending in an internal error, is a crash.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { Course } from '../../src/course/course.js';
import { parseChapter } from '../../src/course/chapter.js';
import { CHAPTER_FILE, loadChapter, loadGlossary, loadManifest, loadModels, loadQuiz, loadTimeline } from '../../src/course/load.js';
import { markdownTooDeep } from '../../src/course/nesting.js';
import type { Question } from '../../src/course/schema.js';
import { main as explainMain } from '../../src/cli/explain.js';
import { main as lintMain } from '../../src/cli/lint.js';
import { main as quizMain } from '../../src/cli/quiz.js';
import { run } from '../../src/cli/run.js';
import { CliError } from '../../src/errors.js';
import type { Io } from '../../src/io/io.js';
import { correctResponse, grade, verdictOf } from '../../src/quiz/engine/grade.js';
import { responseFromJson } from '../../src/quiz/engine/answer-input.js';
import { parseNumber } from '../../src/quiz/engine/numeric.js';
import type { Response } from '../../src/quiz/engine/types.js';
import { highlightCode } from '../../src/render/highlight.js';
import { decodeHTMLStrict } from 'entities/decode';
import { markdownRenderer } from '../helpers/markdown.js';
import { createTheme } from '../../src/render/theme.js';
import { sanitize } from '../../src/text/sanitize.js';
import { writeFileSync } from 'node:fs';
import { memoryIo } from '../helpers/io.js';
import { rawSequences } from '../hostile/raw.js';
import { REPO, seedFiles, seedNames, type ScratchPack } from './corpus.js';
import { insertText, mutateBytes, mutateText, mutations, type Mutation } from './mutations.js';

/** One random case: which seed file, how it is mutated, and the target's own choices. */
export interface FuzzCase {
  target: string;
  file?: string | undefined;
  mutations?: Mutation[] | undefined;
  params: Record<string, unknown>;
}

/** A case with its mutant made: bytes for files on disk, text for pure functions. */
export interface Input {
  target: string;
  file?: string | undefined;
  bytes?: Buffer | undefined;
  text?: string | undefined;
  params: Record<string, unknown>;
}

export interface Seen {
  /** Raw terminal sequences that reached output. */
  raw: string[];
  /** Set when the code under test failed in a way that is a bug (exit 70, a broken invariant). */
  internal?: string | undefined;
  /** A command's exit code, for the soak's statistics. */
  code?: number | undefined;
}

export interface Target {
  name: string;
  /** Whether the input is a file written to the scratch pack (bytes) or text handed to a function. */
  input: 'bytes' | 'text' | 'none';
  cases: fc.Arbitrary<FuzzCase>;
  run(input: Input, pack: ScratchPack): Promise<Seen>;
}

export function materialize(c: FuzzCase, target: Target): Input {
  const seed = c.file === undefined ? undefined : seedFiles().find((s) => s.path === c.file)?.bytes;
  const base = { target: c.target, file: c.file, params: c.params };
  if (seed === undefined || target.input === 'none') return base;
  if (target.input === 'text') return { ...base, text: mutateText(seed.toString('utf8'), c.mutations ?? []) };
  return { ...base, bytes: mutateBytes(seed, c.mutations ?? []) };
}

const names = seedNames();
const paths = () => seedFiles().map((s) => s.path);
const word = fc.oneof(fc.constantFrom(...names.words), insertText, fc.string({ maxLength: 12 }));

/** A case on a mutant of one of `files`; with `pristine`, that share of cases runs on the pack as it is. */
function fileCase(target: string, files: string[], params: fc.Arbitrary<Record<string, unknown>>, pristine = 0): fc.Arbitrary<FuzzCase> {
  const mutated = fc.record({ target: fc.constant(target), file: fc.constantFrom(...files), mutations, params });
  if (pristine === 0) return mutated;
  const clean = fc.record({ target: fc.constant(target), params });
  return fc.oneof({ arbitrary: mutated, weight: 100 - pristine }, { arbitrary: clean, weight: pristine });
}

/** Runs one binary's main in-process through the real error boundary. */
async function cli(name: string, main: (argv: string[], io: Io) => Promise<number>, argv: string[], pack: ScratchPack, colour: boolean, env: Record<string, string> = {}): Promise<Seen> {
  const io = memoryIo({ env: { LM_STATE_DIR: pack.state, ...env }, cwd: pack.work });
  const code = await run(name, (i) => main(argv, i), io);
  const out = io.out();
  const err = io.err();
  const raw = [...rawSequences(out, { colour }), ...rawSequences(err, { colour })];
  const internal =
    code === 0 || code === 1 || code === 2
      ? /internal error/.test(out + err)
        ? (out + err).split('\n').find((l) => /internal error/.test(l))
        : undefined
      : `exit ${code}: ${err.split('\n')[0]}`;
  return { raw, internal, code };
}

/** Reads the mutated file with its own loader, then through the Course a command would use. */
function loadOne(root: string, path: string): void {
  const name = path.split('/')[1]!;
  const chapter = CHAPTER_FILE.exec(name);
  if (name === 'course.yaml') {
    loadManifest(root);
    Course.open(root);
  } else if (name === 'glossary.yaml') {
    loadGlossary(root);
    Course.open(root).glossary();
  } else if (name === 'models.yaml') {
    loadModels(root);
    Course.open(root).models();
  } else if (name === 'timeline.yaml') {
    loadTimeline(root);
    Course.open(root).timeline();
  } else if (path.startsWith('quizzes/')) {
    loadQuiz(root, join(root, path), name.replace(/\.ya?ml$/, ''));
    Course.open(root).quizzes();
  } else if (chapter) {
    loadChapter(root, chapter[1]!, chapter[2]!);
    const course = Course.open(root);
    if (course.hasChapter(chapter[1]!)) course.chapter(chapter[1]!, chapter[2]!);
  }
}

const loader: Target = {
  name: 'loader',
  input: 'bytes',
  cases: fc.record({ target: fc.constant('loader'), file: fc.constantFrom(...paths()), mutations, params: fc.constant({}) }),
  async run(input, pack) {
    return pack.withFile(input.file, input.bytes, async () => {
      try {
        loadOne(pack.root, input.file!);
      } catch (error) {
        // A usage or content error is the loader's answer to a bad file; anything else is a crash.
        if (!(error instanceof CliError)) throw error;
      }
      return { raw: [] };
    });
  },
};

const lint: Target = {
  name: 'lint',
  input: 'bytes',
  cases: fileCase(
    'lint',
    paths(),
    fc.record({ format: fc.constantFrom('stylish', 'json', 'github', 'sarif'), fix: fc.boolean(), lang: fc.constantFrom('zh', 'en'), colour: fc.boolean() }),
  ),
  async run(input, pack) {
    const p = input.params as { format: string; fix: boolean; lang: string; colour: boolean };
    const argv = [pack.root, '--format', p.format, '--lang', p.lang, '--color', p.colour ? 'always' : 'never', ...(p.fix ? ['--fix-dry-run'] : [])];
    return pack.withFile(input.file, input.bytes, () => cli('lm-lint', lintMain, argv, pack, p.colour));
  },
};

const chapterPaths = () => paths().filter((p) => p.endsWith('.md'));

const render: Target = {
  name: 'render',
  input: 'text',
  cases: fileCase('render', chapterPaths(), fc.record({ width: fc.integer({ min: 20, max: 160 }), level: fc.constantFrom(0, 1, 2, 3), hyperlinks: fc.boolean() })),
  async run(input) {
    const p = input.params as { width: number; level: 0 | 1 | 2 | 3; hyperlinks: boolean };
    const text = input.text ?? '';
    if (markdownTooDeep(text)) return { raw: [] }; // the loader refuses it (see the loader target)
    const [, id = 'x', lang = 'en'] = CHAPTER_FILE.exec(input.file!.split('/')[1]!) ?? [];
    const doc = parseChapter(`/fuzz/${input.file}`, text, id, lang);
    const md = markdownRenderer({ width: p.width, theme: createTheme(p.level), hyperlinks: p.hyperlinks, highlight: highlightCode, entities: decodeHTMLStrict });
    const outputs = [md(sanitize(doc.text.slice(doc.bodyStart))), ...doc.sections.map((s) => md(sanitize(s.markdown)))];
    const raw = outputs.flatMap((o) => rawSequences(o, { colour: p.level > 0, hyperlinks: p.hyperlinks }));
    return { raw };
  },
};

const READER_FORMS = ['home', 'list', 'list --json', 'show', 'show-section', 'show-number', 'show --raw', 'next', 'prev', 'resume', 'search', 'term', 'models', 'models --origin', 'timeline'];

function readerArgs(form: string, pick: number, w: string): string[] {
  const chapter = names.chapters[pick % names.chapters.length]!;
  switch (form) {
    case 'home':
      return [];
    case 'show':
      return ['show', chapter];
    case 'show-section':
      return ['show', `${chapter}#${names.sections[pick % Math.max(1, names.sections.length)] ?? 'x'}`];
    case 'show-number':
      return ['show', String((pick % 9) + 1)];
    case 'show --raw':
      return ['show', chapter, '--raw'];
    case 'search':
    case 'term':
      return [form, w.trim() === '' || w.startsWith('-') ? 'x' : w];
    case 'models --origin':
      return ['models', '--origin', pick % 2 === 0 ? 'china' : 'international'];
    default:
      return form.split(' ');
  }
}

const reader: Target = {
  name: 'reader',
  input: 'bytes',
  cases: fileCase(
    'reader',
    paths(),
    fc.record({ form: fc.constantFrom(...READER_FORMS), pick: fc.nat(), word, width: fc.integer({ min: 20, max: 160 }), lang: fc.constantFrom('zh', 'en'), colour: fc.boolean() }),
    30,
  ),
  async run(input, pack) {
    const p = input.params as { form: string; pick: number; word: string; width: number; lang: string; colour: boolean };
    const argv = [...readerArgs(p.form, p.pick, p.word), '--pack', pack.root, '--lang', p.lang, '--width', String(p.width), '--color', p.colour ? 'always' : 'never', '--no-pager'];
    return pack.withFile(input.file, input.bytes, () => cli('lm-explain', explainMain, argv, pack, p.colour));
  },
};

const answerValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.nat({ max: 5 }), fc.array(fc.nat({ max: 5 }), { maxLength: 6 }), word, fc.constantFrom('175B', '1750亿', '1.75e11', 'true'));

const quiz: Target = {
  name: 'quiz',
  input: 'bytes',
  cases: fileCase(
    'quiz',
    paths().filter((p) => p.startsWith('quizzes/') || p === 'content/course.yaml'),
    fc.record({
      target: fc.oneof(fc.constantFrom('all', ...names.quizzes), word),
      count: fc.integer({ min: 1, max: 12 }),
      answers: fc.dictionary(fc.oneof(fc.constantFrom(...names.questions, 'constructor', '__proto__'), fc.string({ maxLength: 8 })), answerValue, { maxKeys: 12 }),
      json: fc.boolean(),
      junit: fc.boolean(),
      lang: fc.constantFrom('zh', 'en'),
      colour: fc.boolean(),
    }),
    50,
  ),
  async run(input, pack) {
    const p = input.params as { target: string; count: number; answers: Record<string, unknown>; json: boolean; junit: boolean; lang: string; colour: boolean };
    const answers = join(pack.work, 'answers.json');
    writeFileSync(answers, JSON.stringify(p.answers));
    const target = p.target.trim() === '' || p.target.startsWith('-') ? 'all' : p.target;
    const argv = [target, '--pack', pack.root, '--answers', answers, '-n', String(p.count), '--seed', 'fuzz', '--lang', p.lang, '--color', p.colour ? 'always' : 'never'];
    if (p.json) argv.push('--json');
    if (p.junit) argv.push('--junit', join(pack.work, 'junit.xml'));
    return pack.withFile(input.file, input.bytes, () => cli('lm-quiz', quizMain, argv, pack, p.colour));
  },
};

let questions: Question[] | undefined;
const builtinQuestions = () => (questions ??= Course.open(REPO).quizzes().flatMap((q) => q.questions));

const index = fc.oneof(fc.integer({ min: -2, max: 8 }), fc.constantFrom(Number.MAX_SAFE_INTEGER, 1.5, -0));
const response: fc.Arbitrary<Response> = fc.oneof(
  fc.record({ type: fc.constant('single' as const), choice: index }),
  fc.record({ type: fc.constant('multiple' as const), choices: fc.array(index, { maxLength: 8 }) }),
  fc.record({ type: fc.constant('truefalse' as const), value: fc.boolean() }),
  fc.record({ type: fc.constant('order' as const), order: fc.array(index, { maxLength: 8 }) }),
  fc.record({ type: fc.constant('numeric' as const), value: fc.double() }),
  fc.record({ type: fc.constant('match' as const), pairs: fc.array(index, { maxLength: 8 }) }),
  fc.constant({ type: 'none' as const }),
);

const gradeTarget: Target = {
  name: 'grade',
  input: 'none',
  cases: fc.record({
    target: fc.constant('grade'),
    params: fc.record({ question: fc.nat(), answer: answerValue, response }),
  }),
  async run(input) {
    const p = input.params as { question: number; answer: unknown; response: Response };
    const all = builtinQuestions();
    const question = all[p.question % all.length]!;
    const broken = (what: string, g: { points: number; verdict: string }) =>
      !(Number.isFinite(g.points) && g.points >= 0 && g.points <= 1) || g.verdict !== verdictOf(g.points) ? `${what} on ${question.id}: ${JSON.stringify(g)}` : undefined;
    const read = responseFromJson(question, p.answer);
    const fromAnswer = read.ok ? broken('graded answer', grade(question, read.response)) : undefined;
    const direct = broken('graded response', grade(question, p.response));
    const right = grade(question, correctResponse(question)).points === 1 ? undefined : `the correct response to ${question.id} scores below 1`;
    return { raw: [], internal: fromAnswer ?? direct ?? right };
  },
};

const numberText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789.,_ \'eE+-×x*^⁰¹²³⁻十百千万萬亿億kmbtKMBT个'.split(''), ' billion', ' million', '\u00a0', '\u202f', '１', '．'), maxLength: 24 }),
  fc.double({ noNaN: true }).map(String),
  fc.string({ maxLength: 16 }),
  insertText,
);

const numeric: Target = {
  name: 'numeric',
  input: 'none',
  cases: fc.record({
    target: fc.constant('numeric'),
    params: fc.record({ text: numberText, suffixes: fc.array(fc.oneof(fc.constantFrom('parameters', '个参数', 'tokens', ''), fc.string({ maxLength: 6 })), { maxLength: 3 }), value: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
  }),
  async run(input) {
    const p = input.params as { text: string; suffixes: string[]; value: number };
    const parsed = parseNumber(p.text, p.suffixes);
    if (parsed.ok && !Number.isFinite(parsed.value)) return { raw: [], internal: `parseNumber(${JSON.stringify(p.text)}) gave ${parsed.value}` };
    const back = parseNumber(String(p.value));
    if (!back.ok || back.value !== p.value) return { raw: [], internal: `parseNumber(String(${p.value})) gave ${JSON.stringify(back)}` };
    return { raw: [] };
  },
};

export const TARGETS: readonly Target[] = [loader, lint, render, reader, quiz, gradeTarget, numeric];

export function targetByName(name: string): Target {
  const target = TARGETS.find((t) => t.name === name);
  if (!target) throw new Error(`unknown fuzz target ${name} (known: ${TARGETS.map((t) => t.name).join(', ')})`);
  return target;
}
