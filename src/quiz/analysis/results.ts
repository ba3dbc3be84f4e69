/**
 * Reading what `lm-quiz analyze` is given: a `--json` result
 * (`lm-quiz-result/1`), a JSON array of them, or `lm-quiz history --json`
 * (an array of attempts). Each becomes an attempt: per question, its key
 * (`quiz/id`), type, points (0 to 1), the choices picked (choice questions)
 * and the question's hash when the result has one. Pure: text in, data out.
 */

export interface ItemResponse {
  key: string;
  type: string;
  points: number;
  /** Original indices picked (single, multiple; [] for no answer); null for other types. */
  picks: number[] | null;
  hash?: string | undefined;
}

export interface Attempt {
  /** The file it came from, and its place in it: `a.json`, `history.json#3`. */
  source: string;
  items: ItemResponse[];
}

export type ParsedResults = { ok: true; attempts: Attempt[] } | { ok: false; why: string };

// Checked by hand rather than with zod: this runs in lm-quiz's eagerly loaded program (see scripts/build.mjs).
interface ResultQuestion {
  key?: string;
  id: string;
  quiz: string;
  type: string;
  points: number;
  answer: unknown;
  hash?: string;
}

interface HistoryAttempt {
  questions: { key: string; type: string }[];
  answers: { key: string; points: number; response: { type: string } & Record<string, unknown> }[];
}

type Check<T> = { ok: true; value: T } | { ok: false; why: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPoints = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** The first field of `v` that is missing or of the wrong kind, as `path: expected ...`. */
function fields(v: Record<string, unknown>, path: string, spec: Record<string, [test: (x: unknown) => boolean, expected: string]>): string | undefined {
  for (const [key, [test, expected]] of Object.entries(spec)) if (!test(v[key])) return `${path}${key}: expected ${expected}`;
  return undefined;
}

const str = (x: unknown) => typeof x === 'string';
const optStr = (x: unknown) => x === undefined || typeof x === 'string';

function checkResult(v: Record<string, unknown>): Check<ResultQuestion[]> {
  if (!Array.isArray(v.questions)) return { ok: false, why: 'questions: expected a list' };
  for (const [i, q] of v.questions.entries()) {
    if (!isObject(q)) return { ok: false, why: `questions.${i}: expected an object` };
    const why = fields(q, `questions.${i}.`, { id: [str, 'a string'], quiz: [str, 'a string'], type: [str, 'a string'], points: [isPoints, 'a number from 0 to 1'], key: [optStr, 'a string'], hash: [optStr, 'a string'] });
    if (why) return { ok: false, why };
  }
  return { ok: true, value: v.questions as ResultQuestion[] };
}

function checkHistory(v: Record<string, unknown>): Check<HistoryAttempt> {
  if (!Array.isArray(v.questions) || !Array.isArray(v.answers)) return { ok: false, why: 'expected questions and answers lists' };
  for (const [i, q] of v.questions.entries()) {
    const why = isObject(q) ? fields(q, `questions.${i}.`, { key: [str, 'a string'], type: [str, 'a string'] }) : `questions.${i}: expected an object`;
    if (why) return { ok: false, why };
  }
  for (const [i, a] of v.answers.entries()) {
    const why = isObject(a)
      ? fields(a, `answers.${i}.`, { key: [str, 'a string'], points: [isPoints, 'a number from 0 to 1'], response: [(r) => isObject(r) && typeof r.type === 'string', 'a response'] })
      : `answers.${i}: expected an object`;
    if (why) return { ok: false, why };
  }
  return { ok: true, value: v as unknown as HistoryAttempt };
}

export function parseResults(text: string, source: string): ParsedResults {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, why: `not JSON (${(error as Error).message})` };
  }
  const list = Array.isArray(value) ? value : [value];
  const attempts: Attempt[] = [];
  for (const [i, item] of list.entries()) {
    const where = Array.isArray(value) ? `[${i}]` : '';
    const isResult = typeof item === 'object' && item !== null && 'format' in item;
    if (isResult && (item as { format: unknown }).format !== 'lm-quiz-result/1') {
      return { ok: false, why: `${where}format is ${JSON.stringify((item as { format: unknown }).format)}, not lm-quiz-result/1` };
    }
    if (!isObject(item) || (!isResult && !Array.isArray(value))) return { ok: false, why: `${where}neither an lm-quiz --json result nor an lm-quiz history --json list` };
    let items: ItemResponse[];
    if (isResult) {
      const checked = checkResult(item);
      if (!checked.ok) return { ok: false, why: `${where}${checked.why}` };
      items = fromResult(checked.value);
    } else {
      const checked = checkHistory(item);
      if (!checked.ok) return { ok: false, why: `${where}${checked.why}` };
      items = fromHistory(checked.value);
    }
    attempts.push({ source: Array.isArray(value) ? `${source}#${i + 1}` : source, items });
  }
  return { ok: true, attempts };
}

function fromResult(questions: ResultQuestion[]): ItemResponse[] {
  return questions.map((q) => ({
    key: q.key ?? `${q.quiz}/${q.id}`,
    type: q.type,
    points: q.points,
    picks: picksOf(q.type, q.answer),
    hash: q.hash,
  }));
}

function fromHistory(attempt: HistoryAttempt): ItemResponse[] {
  const types = new Map(attempt.questions.map((q) => [q.key, q.type]));
  return attempt.answers.map((a) => {
    const type = types.get(a.key) ?? a.response.type;
    const r = a.response;
    const answer = r.type === 'single' ? r.choice : r.type === 'multiple' ? r.choices : null;
    return { key: a.key, type, points: a.points, picks: picksOf(type, answer) };
  });
}

function picksOf(type: string, answer: unknown): number[] | null {
  if (type !== 'single' && type !== 'multiple') return null;
  if (isIndex(answer)) return [answer];
  if (Array.isArray(answer)) return answer.filter(isIndex);
  return [];
}
