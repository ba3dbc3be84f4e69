/**
 * The "Read more" section of a question, shown in the quiz when the learner
 * presses `r` after the feedback: the reader's own page for the question's
 * `ref`, in the quiz's language, colours and width (never through a pager,
 * which would take the terminal from the quiz). Loaded only when asked for.
 */
import { ContentError, UsageError } from '../../errors.js';
import { createContext } from '../../reader/context.js';
import { showCommand } from '../../reader/show.js';
import type { QuizSetup } from './setup.js';

export async function readMore(s: QuizSetup, ref: string): Promise<string> {
  try {
    const ctx = createContext(s.io, { ...definedOnly(s.options), lang: s.lang, color: s.options.color ?? 'auto', width: s.widthNow(), pager: false });
    return `\n${(await showCommand({ target: ref }, ctx)).trimEnd()}\n`;
  } catch (error) {
    if (error instanceof ContentError || error instanceof UsageError) return s.paint.wrong(`${s.t.readMoreFailed(ref)}: ${error.message}`);
    throw error;
  }
}

function definedOnly(opts: QuizSetup['options']): { pack?: string } {
  return opts.pack === undefined ? {} : { pack: opts.pack };
}
