/**
 * A lab's corpus, ready to learn from: read (the pack's chapters or
 * --corpus FILE), split into tokens at the chosen level, turned into ids
 * with a held-out tail. Unusable input is a usage error (exit 2) with one
 * line saying why.
 */
import { UsageError } from '../../errors.js';
import { sanitize } from '../../text/sanitize.js';
import type { LabContext } from '../context.js';
import type { LabMessages } from '../i18n/en.js';
import { MAX_CORPUS_BYTES, packCorpus, readCorpusFile, type CorpusProblem } from './source.js';
import { tokenize, type Level } from './tokenize.js';
import { makeDataset, type Dataset } from './vocab.js';

export const MIN_TOKENS = 50;

export interface CorpusOptions {
  corpus?: string | undefined;
  level?: Level | undefined;
}

export interface LabCorpus {
  /** Where the text came from, for the report. */
  source: string;
  level: Level;
  data: Dataset;
}

export function loadCorpus(ctx: LabContext, options: CorpusOptions, cwd: string): LabCorpus {
  const { m } = ctx;
  let text: string;
  let source: string;
  let textLang = ctx.lang;
  if (options.corpus !== undefined) {
    const read = readCorpusFile(options.corpus, cwd);
    if (!read.ok) throw new UsageError(problemMessage(read.problem, m));
    text = read.text;
    source = m.corpusFile(sanitize(options.corpus));
    textLang = /\p{Script=Han}/u.test(text.slice(0, 2000)) ? 'zh' : 'other';
  } else {
    text = packCorpus(ctx.course, ctx.lang);
    source = m.corpusPack(ctx.lang);
  }
  const level = options.level ?? (textLang === 'zh' ? 'char' : 'word');
  const tokens = tokenize(text, level);
  if (tokens.length < MIN_TOKENS) throw new UsageError(m.errCorpusTooSmall(tokens.length, MIN_TOKENS));
  return { source, level, data: makeDataset(tokens) };
}

export function problemMessage(problem: CorpusProblem, m: LabMessages): string {
  const file = sanitize(problem.file);
  switch (problem.kind) {
    case 'unreadable':
      return m.errCorpusUnreadable(file, problem.reason);
    case 'not-a-file':
      return m.errCorpusNotFile(file);
    case 'too-large':
      return m.errCorpusTooLarge(file, (problem.bytes / 2 ** 20).toFixed(1), String(MAX_CORPUS_BYTES / 2 ** 20));
    case 'binary':
      return m.errCorpusBinary(file, problem.line);
    case 'not-utf8':
      return m.errCorpusNotUtf8(file);
  }
}
