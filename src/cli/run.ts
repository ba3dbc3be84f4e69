/**
 * The single boundary where errors become exit codes and messages. Every
 * binary's entry calls `run`; nothing else sets the exit code.
 */
import { CommanderError } from 'commander';
import { CliError, ContentError, EXIT } from '../errors.js';
import type { Io } from '../io/io.js';
import { findingLine } from '../render/finding-line.js';
import { echoLine } from '../text/echo.js';

export const ISSUES_URL = 'https://github.com/lm-explain/lm-explain/issues';

/** How many findings an invalid pack prints before pointing at lm-lint. */
const MAX_FINDINGS_SHOWN = 10;

export async function run(name: string, main: (io: Io) => Promise<number>, io: Io): Promise<number> {
  try {
    return await main(io);
  } catch (error) {
    return report(name, error, io);
  }
}

export function report(name: string, error: unknown, io: Io): number {
  const err = (line: string) => io.stderr.write(`${line}\n`);
  if (error instanceof CommanderError) {
    // commander has already printed its message (through configureOutput).
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof CliError) {
    if (error.exitCode === EXIT.interrupted) return error.exitCode;
    err(`${name}: ${echoLine(error.message)}`);
    if (error instanceof ContentError) {
      for (const finding of error.findings.slice(0, MAX_FINDINGS_SHOWN)) err(`  ${findingLine(finding, io.cwd, error.words?.[finding.severity])}`);
      const more = error.findings.length - MAX_FINDINGS_SHOWN;
      if (more > 0) err(`  ${error.words?.more(more) ?? `… and ${more} more`}`);
    }
    for (const hint of error.hints) err(echoLine(hint));
    return error.exitCode;
  }
  if (isPromptExit(error)) return EXIT.interrupted;
  if ((error as NodeJS.ErrnoException)?.code === 'EPIPE') return EXIT.ok;
  const message = error instanceof Error ? error.message : String(error);
  err(`${name}: internal error: ${echoLine(message)}`);
  if (io.env.DEBUG || io.env.LM_DEBUG) err(error instanceof Error && error.stack ? error.stack : String(error));
  else err(`This is a bug. Run again with DEBUG=1 for details, and report it at ${ISSUES_URL}`);
  return 70;
}

/** Inquirer's Ctrl-C: a quiet exit. */
function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
