/**
 * `lm-quiz analyze RESULTS...`: item analysis of many `--json` results (a
 * class's answer runs) or `history --json` files, against the pack's current
 * questions: a table, `--json` or `--csv`. A file that cannot be read or is
 * not a result is a usage error (exit 2) naming the file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeMessages } from '../../i18n/analyze.js';
import { EXIT, UsageError } from '../../errors.js';
import { colorLevel, type Io } from '../../io/io.js';
import { createTheme } from '../../render/theme.js';
import { analyze, DEFAULT_THRESHOLDS, type PackQuestion, type Thresholds } from '../analysis/item-analysis.js';
import { questionHash } from '../analysis/question-hash.js';
import { analysisCsv, analysisJson } from '../analysis/render-data.js';
import { renderAnalysis } from '../analysis/render-table.js';
import { parseResults, type Attempt } from '../analysis/results.js';
import { say, setup, type CommonOptions } from './setup.js';

export interface AnalyzeOptions extends CommonOptions {
  json?: boolean | undefined;
  csv?: boolean | undefined;
  minAttempts?: number | undefined;
  /** Percent. */
  easy?: number | undefined;
}

export async function analyzeResults(files: readonly string[], opts: AnalyzeOptions, io: Io): Promise<number> {
  const s = setup(opts, io);
  const t = analyzeMessages(s.lang);
  if (files.length === 0) throw new UsageError(t.needResults);
  if (opts.json && opts.csv) throw new UsageError(t.csvAndJson);
  const attempts: Attempt[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(t.cannotRead(file, (error as NodeJS.ErrnoException).code ?? 'EIO'));
    }
    const parsed = parseResults(text, file);
    if (!parsed.ok) throw new UsageError(t.notResults(file, parsed.why));
    attempts.push(...parsed.attempts);
  }
  if (attempts.every((a) => a.items.length === 0)) throw new UsageError(t.noAnswers);

  const pack = new Map<string, PackQuestion>();
  for (const quiz of s.course.quizzes()) for (const question of quiz.questions) pack.set(`${quiz.id}/${question.id}`, { question, hash: questionHash(question) });
  const thresholds: Thresholds = {
    ...DEFAULT_THRESHOLDS,
    ...(opts.minAttempts === undefined ? {} : { minAttempts: opts.minAttempts }),
    ...(opts.easy === undefined ? {} : { easy: opts.easy / 100 }),
  };
  const analysis = analyze(attempts, pack, thresholds);
  if (opts.json) say(io, JSON.stringify(analysisJson(analysis, thresholds), null, 2));
  else if (opts.csv) io.stdout.write(analysisCsv(analysis));
  else say(io, renderAnalysis(analysis, t, createTheme(colorLevel(opts.color ?? 'auto', io.stdout, io.env)), s.width, thresholds.minAttempts));
  return EXIT.ok;
}
