/**
 * What a lint rule is: metadata (id, severity, one-line description,
 * whether `--fix` can repair it) and a `check` that reports findings through
 * the shared context. Rules never parse files: the context holds every parse.
 */
import type { z } from 'zod';
import type { Edit, Position, Severity } from '../course/finding.js';
import type { LintContext } from './context.js';
import type { Messages } from './messages.js';
import type { Lang } from '../io/lang.js';

export interface RuleMeta {
  /** Kebab-case, stable: shown in every finding and accepted by suppression comments. */
  id: string;
  severity: Severity;
  description: Messages<string>;
  fixable: boolean;
  /**
   * The rule's options, for a configuration file to set: a zod object whose
   * every field has a default, so that `{}` parses to the defaults.
   */
  options?: z.ZodType;
}

/** One problem as a rule reports it; the runner adds the rule id and severity. */
export interface Report {
  file: string;
  position: Position;
  message: string;
  fix?: Edit | undefined;
}

export interface RuleContext extends LintContext {
  report(report: Report): void;
  /** The message table in the reader's language. */
  msg<M>(messages: Messages<M>): M;
  /** This rule's options: `meta.options` parsed over what was configured (the defaults when nothing was). */
  options: unknown;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function pick<M>(messages: Messages<M>, lang: Lang): M {
  return messages[lang];
}
