/**
 * Reading an `--answers` file (or stdin for `-`) and matching it to the
 * drawn questions. An answer is found by the question id, or by
 * `quiz/question` when ids repeat across quizzes. Every answer of the wrong
 * shape is reported (one line each) before anything is played: exit 2.
 */
import { closeSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { Io } from '../../io/io.js';
import { responseFromJson } from '../engine/answer-input.js';
import type { PoolItem } from '../engine/select.js';
import type { Plan, Response } from '../engine/types.js';
import type { QuizSetup } from './setup.js';
import { readAllFrom, TOO_LARGE } from '../../state/regular-file.js';

/** An answers file is a few kilobytes; the cap is applied while reading, so /dev/zero or an endless pipe is cut off. */
export const ANSWERS_MAX_BYTES = 1 << 20;

export async function readAnswersFile(source: string, s: QuizSetup): Promise<Record<string, unknown>> {
  const name = source === '-' ? 'stdin' : source;
  let text: string;
  try {
    text = source === '-' ? await readAll(s.io.stdin) : readCapped(resolve(s.io.cwd, source));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === TOO_LARGE) throw new UsageError(s.t.answersTooLarge(name, ANSWERS_MAX_BYTES >> 20));
    throw new UsageError(s.t.cannotReadAnswers(name, code));
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(s.t.answersNotJson(name, (error as Error).message));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(s.t.answersNotObject(name));
  return value as Record<string, unknown>;
}

/**
 * The response to each planned question (`none` where the file has no
 * answer), and warnings for ids that name no question of the target.
 */
export function matchAnswers(
  answers: Record<string, unknown>,
  plan: Plan,
  pool: readonly PoolItem[],
  source: string,
  s: QuizSetup,
): { responses: Response[]; warnings: string[] } {
  const name = source === '-' ? 'stdin' : source;
  const problems: string[] = [];
  const responses = plan.items.map((item) => {
    const key = Object.hasOwn(answers, item.key) ? item.key : Object.hasOwn(answers, item.question.id) ? item.question.id : undefined;
    if (key === undefined) return { type: 'none' } as const;
    const read = responseFromJson(item.question, answers[key]);
    if (read.ok) return read.response;
    problems.push(s.t.badAnswer(name, key, item.question.type));
    return { type: 'none' } as const;
  });
  if (problems.length > 0) throw new UsageError(problems[0]!, problems.slice(1));
  const known = new Set(pool.flatMap((p) => [p.key, p.question.id]));
  const warnings = Object.keys(answers)
    .filter((k) => !known.has(k))
    .map((k) => s.t.unknownAnswerId(name, k));
  return { responses, warnings };
}

function readCapped(file: string): string {
  const fd = openSync(file, 'r');
  try {
    return readAllFrom(fd, ANSWERS_MAX_BYTES).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

async function readAll(stream: Io['stdin']): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > ANSWERS_MAX_BYTES) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw Object.assign(new Error('too large'), { code: TOO_LARGE });
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}
