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

/**
 * Our errors are recognised by a tag each instance carries, not by class
 * identity: a lazily loaded bundle (dist/lazy/*.cjs) holds its own copy of
 * this module, and `instanceof` against the other copy's class would say
 * no, turning a usage error into an "internal error" (exit 70).
 */
const TAGS = Symbol.for('lm-explain.error-tags');

type Tagged = { [TAGS]?: unknown };

export abstract class CliError extends Error {
  static readonly tag: string = 'CliError';
  abstract readonly exitCode: number;
  readonly [TAGS]: readonly string[];
  constructor(
    message: string,
    /** Extra lines printed after the message, such as "did you mean ...". */
    readonly hints: string[] = [],
  ) {
    super(message);
    this.name = (new.target as unknown as { tag: string }).tag; // the class's name, which a minified build does not keep
    const tags: string[] = [];
    for (let c: unknown = new.target; typeof c === 'function' && c !== Error; c = Object.getPrototypeOf(c)) {
      if (Object.hasOwn(c, 'tag')) tags.push((c as unknown as { tag: string }).tag);
    }
    this[TAGS] = tags;
  }

  static override [Symbol.hasInstance](this: { tag: string }, value: unknown): boolean {
    const tags = (value as Tagged | null)?.[TAGS];
    return Array.isArray(tags) && tags.includes(this.tag);
  }
}

/** Wrong arguments, unknown names, unreadable input: exit 2. */
export class UsageError extends CliError {
  static override readonly tag: string = 'UsageError';
  readonly exitCode = EXIT.usage;
}

/** A pack that does not validate: exit 1, with its findings. */
export class ContentError extends CliError {
  static override readonly tag: string = 'ContentError';
  readonly exitCode = EXIT.failure;
  constructor(
    message: string,
    readonly findings: Finding[],
    hints: string[] = [],
  ) {
    super(message, hints);
  }
}

/** The learner pressed Ctrl-C: a quiet exit 130. */
export class InterruptedError extends CliError {
  static override readonly tag: string = 'InterruptedError';
  readonly exitCode = EXIT.interrupted;
}

/** The learner's state cannot be changed as asked (read-only or full file system): exit 1, nothing changed. */
export class StateError extends CliError {
  static override readonly tag: string = 'StateError';
  readonly exitCode = EXIT.failure;
}
