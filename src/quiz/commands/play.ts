/**
 * `lm-quiz [target]`: a quiz from a file of answers (`--answers`), or at the
 * terminal. Without a terminal and without answers: one line, exit 2, never
 * a prompt that waits forever.
 */
import { UsageError } from '../../errors.js';
import type { Io } from '../../io/io.js';
import { setup, type CommonOptions } from './setup.js';
import { ALL } from './target.js';
import { randomSeed } from './random.js';

export interface PlayOptions extends CommonOptions {
  count?: number | undefined;
  seed?: string | undefined;
  answers?: string | undefined;
  json?: boolean | undefined;
  junit?: string | undefined;
  failUnder?: number | undefined;
}

export async function play(target: string | undefined, opts: PlayOptions, io: Io): Promise<number> {
  const s = setup(opts, io);
  const seed = opts.seed ?? randomSeed();
  if (opts.answers !== undefined) {
    const { runUnattended } = await import('./unattended.js');
    return runUnattended(s, target ?? ALL, {
      answers: opts.answers,
      count: opts.count,
      seed,
      json: opts.json === true,
      junit: opts.junit,
      failUnder: opts.failUnder,
    });
  }
  if (opts.json) throw new UsageError(s.t.jsonNeedsAnswers);
  if (!io.stdin.isTTY) throw new UsageError(s.t.notATerminal);
  const { runInteractive } = await import('./interactive.js');
  return runInteractive(s, target, { count: opts.count, seed, junit: opts.junit, failUnder: opts.failUnder });
}
