import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, type GlobalOptions, type ReaderContext } from '../../src/reader/context.js';
import type { ReaderOutput } from '../../src/reader/runner.js';
import { memoryIo, type MemoryIo } from '../helpers/io.js';

export const READER_PACK = join(import.meta.dirname, '..', 'fixtures', 'reader');

export interface Reader {
  ctx: () => ReaderContext;
  io: MemoryIo;
  stateDir: string;
}

/** A reader over the fixture pack with its own state directory; `ctx()` builds a fresh context, as each run does. */
/** `tty`: output to a terminal (the default, so chapters shown count as read), or piped. */
export function reader(opts: Partial<GlobalOptions> & { env?: Record<string, string>; tty?: boolean } = {}): Reader {
  const stateDir = mkdtempSync(join(tmpdir(), 'lm-reader-'));
  // The pack comes from LM_PACK, as a user's default would: with --pack, every printed command carries it.
  const io = memoryIo({ env: { LM_STATE_DIR: stateDir, LM_PACK: READER_PACK, ...opts.env }, tty: opts.tty ?? true });
  const { env: _env, tty: _tty, ...rest } = opts;
  const globals: GlobalOptions = { lang: 'en', color: 'never', width: 80, pager: false, ...rest };
  return { ctx: () => createContext(io, globals), io, stateDir };
}

export function text(output: ReaderOutput): string {
  return typeof output === 'string' ? output : output.text;
}
