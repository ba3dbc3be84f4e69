/** The thin edge of every reader command: build the context, run the command, write (or page) its output. */
import type { Io } from '../io/io.js';
import { writePaged } from '../io/pager.js';
import { createContext, type GlobalOptions, type ReaderContext } from './context.js';

/** A command's output, with an exit code when it is not 0. */
export type ReaderOutput = string | { text: string; exitCode: number; tail?: string };

export type ReaderCommand<O> = (options: O, ctx: ReaderContext) => ReaderOutput | Promise<ReaderOutput>;

export async function runReader<O>(io: Io, globals: GlobalOptions, command: ReaderCommand<O>, options: O): Promise<number> {
  const ctx = createContext(io, globals);
  const result = await command(options, ctx);
  const { text, exitCode, tail } = typeof result === 'string' ? { text: result, exitCode: 0, tail: undefined } : result;
  await writePaged(io, text, { enabled: globals.pager, prompt: ctx.ui.pagerPrompt, tail });
  return exitCode;
}
