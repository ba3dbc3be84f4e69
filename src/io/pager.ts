/**
 * Paging long output, as git and bat do: only when stdout is a terminal and
 * the text is taller than the screen. The pager is $LM_PAGER, else $PAGER,
 * else `less -R`; `--no-pager` turns it off; when the pager cannot start,
 * the text is printed directly.
 */
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { Io } from './io.js';

export const DEFAULT_PAGER = 'less -R';

export interface PagerOptions {
  enabled: boolean;
  /** What less's prompt says besides the line numbers (how to quit, page, go back), when LESS is not set. */
  prompt?: string;
  /**
   * Printed after the pager closes: less clears the screen on `q`, so the way on
   * (a chapter's "Next: … lm-explain next") would be gone with it.
   */
  tail?: string;
  spawn?: (command: string, options: SpawnOptions) => ChildProcess;
}

/** The pager command to use for this output, or undefined to print directly. */
export function pagerCommand(io: Io, text: string, enabled: boolean): string | undefined {
  if (!enabled || !io.stdout.isTTY) return undefined;
  const rows = io.stdout.rows;
  if (!rows || countLines(text) < rows) return undefined;
  const command = (io.env.LM_PAGER ?? io.env.PAGER ?? DEFAULT_PAGER).trim();
  if (command === '' || command === 'cat') return undefined;
  const program = command.split(/\s+/)[0]!;
  return findProgram(program, io.env.PATH ?? '', io.cwd) ? command : undefined;
}

export async function writePaged(io: Io, text: string, options: PagerOptions): Promise<void> {
  const command = pagerCommand(io, text, options.enabled);
  if (command === undefined) {
    io.stdout.write(text);
    return;
  }
  // node:child_process loads only when a pager runs: most output is not paged.
  const spawn = options.spawn ?? (await import('node:child_process')).spawn;
  const env = { ...io.env, LESS: io.env.LESS ?? lessOptions(options.prompt), LV: io.env.LV ?? '-c' };
  const started = await new Promise<boolean>((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env, cwd: io.cwd });
    } catch {
      resolve(false);
      return;
    }
    // Ctrl-C belongs to the pager while it runs.
    const ignore = () => {};
    process.on('SIGINT', ignore);
    const done = (ok: boolean) => {
      process.off('SIGINT', ignore);
      resolve(ok);
    };
    child.on('error', () => done(false));
    child.on('close', (code) => done(code !== 126 && code !== 127));
    child.stdin?.on('error', () => {}); // the reader quit before the end: not an error
    child.stdin?.end(text);
  });
  if (!started) io.stdout.write(text);
  else if (options.tail) io.stdout.write(options.tail);
}

/** less's options: colours through, and a short prompt (its `%`, `?`, `:`, `.` and `$` escaped away). */
export function lessOptions(prompt: string | undefined): string {
  if (!prompt) return 'R';
  const text = prompt.replace(/[%?:.\\$]/g, (ch) => `\\${ch}`);
  return `R -Ps%lt?L/%L.  ${text}$`;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}

function findProgram(program: string, path: string, cwd: string): boolean {
  const executable = (file: string) => {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (program.includes('/')) return executable(isAbsolute(program) ? program : join(cwd, program));
  return path.split(delimiter).some((dir) => dir !== '' && executable(join(dir, program)));
}
