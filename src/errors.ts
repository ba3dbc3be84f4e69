/**
 * Typed errors: the one boundary (src/cli/run.ts) turns them into exit codes.
 * Library code throws these; it never exits and never prints.
 */
import type { Finding } from './course/finding.js';

export const EXIT = {
  ok: 0,
  /** The thing the user asked about failed: lint errors, a quiz below --fail-under, an invalid pack. */
  failure: 1,
  /** Bad usage or unreadable input. */
  usage: 2,
  /** Interrupted by Ctrl-C. */
  interrupted: 130,
} as const;

export abstract class CliError extends Error {
  abstract readonly exitCode: number;
  constructor(
    message: string,
    /** Extra lines printed after the message, such as "did you mean ...". */
    readonly hints: string[] = [],
  ) {
    super(message);
  }
}

/** Wrong arguments, unknown names, unreadable input: exit 2. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
  readonly exitCode = EXIT.usage;
}

/** A pack that does not validate: exit 1, with its findings. */
export class ContentError extends CliError {
  override readonly name = 'ContentError';
  readonly exitCode = EXIT.failure;
  constructor(
    message: string,
    readonly findings: Finding[],
    hints: string[] = [],
    /** How the boundary names a severity and the findings it leaves out, in the interface language (English when absent). */
    readonly words?: { error: string; warning: string; more: (n: number) => string },
  ) {
    super(message, hints);
  }
}

/** The learner pressed Ctrl-C: a quiet exit 130. */
export class InterruptedError extends CliError {
  override readonly name = 'InterruptedError';
  readonly exitCode = EXIT.interrupted;
}

/** The learner's state cannot be changed as asked (read-only or full file system): exit 1, nothing changed. */
export class StateError extends CliError {
  override readonly name = 'StateError';
  readonly exitCode = EXIT.failure;
}
