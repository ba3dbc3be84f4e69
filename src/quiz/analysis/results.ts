/**
 * Reading what `lm-quiz analyze` is given: a `--json` result
 * (`lm-quiz-result/1`), a JSON array of them, or `lm-quiz history --json`
 * (an array of attempts). Each becomes an attempt: per question, its key
 * (`quiz/id`), type, points (0 to 1), the choices picked (choice questions)
 * and the question's hash when the result has one. Pure: text in, data out.
 */
import { z } from 'zod';

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

const Points = z.number().min(0).max(1);
const Index = z.number().int().min(0);

const ResultQuestion = z.object({
  key: z.string().optional(),
  id: z.string(),
  quiz: z.string(),
  type: z.string(),
  points: Points,
  answer: z.unknown(),
  hash: z.string().optional(),
});
const Result = z.object({ format: z.literal('lm-quiz-result/1'), questions: z.array(ResultQuestion) });

const HistoryAnswer = z.object({ key: z.string(), points: Points, response: z.looseObject({ type: z.string() }) });
const HistoryAttempt = z.object({
  id: z.string(),
  questions: z.array(z.looseObject({ key: z.string(), type: z.string() })),
  answers: z.array(HistoryAnswer),
});

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
    const parsed = isResult ? Result.safeParse(item) : HistoryAttempt.safeParse(item);
    if (!parsed.success) {
      if (!isResult && !Array.isArray(value)) return { ok: false, why: 'neither an lm-quiz --json result nor an lm-quiz history --json list' };
      const issue = parsed.error.issues[0]!;
      return { ok: false, why: `${where}${issue.path.join('.')}: ${issue.message}` };
    }
    const items = 'format' in parsed.data ? fromResult(parsed.data) : fromHistory(parsed.data);
    attempts.push({ source: Array.isArray(value) ? `${source}#${i + 1}` : source, items });
  }
  return { ok: true, attempts };
}

function fromResult(result: z.infer<typeof Result>): ItemResponse[] {
  return result.questions.map((q) => ({
    key: q.key ?? `${q.quiz}/${q.id}`,
    type: q.type,
    points: q.points,
    picks: picksOf(q.type, q.answer),
    hash: q.hash,
  }));
}

function fromHistory(attempt: z.infer<typeof HistoryAttempt>): ItemResponse[] {
  const types = new Map(attempt.questions.map((q) => [q.key, q.type]));
  return attempt.answers.map((a) => {
    const type = types.get(a.key) ?? a.response.type;
    const r = a.response as Record<string, unknown>;
    const answer = r.type === 'single' ? r.choice : r.type === 'multiple' ? r.choices : null;
    return { key: a.key, type, points: a.points, picks: picksOf(type, answer) };
  });
}

function picksOf(type: string, answer: unknown): number[] | null {
  if (type !== 'single' && type !== 'multiple') return null;
  if (Index.safeParse(answer).success) return [answer as number];
  if (Array.isArray(answer)) return answer.filter((a): a is number => Index.safeParse(a).success);
  return [];
}
