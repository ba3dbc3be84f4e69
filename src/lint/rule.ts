/**
 * What a lint rule is: metadata (id, severity, one-line description,
 * whether `--fix` can repair it) and a `check` that reports findings through
 * the shared context. Rules never parse files: the context holds every parse.
 */
import type * as z from 'zod';
import type { Edit, Position, Severity } from '../course/finding.js';
import type { Conventions } from './config/schema.js';
import type { LintContext } from './context.js';
import type { Catalog } from '../i18n/catalog.js';

export interface RuleMeta {
  /** Kebab-case, stable: shown in every finding and accepted by suppression comments. */
  id: string;
  severity: Severity;
  description: Catalog<string>;
  fixable: boolean;
  /** The rule's options, with their defaults, as a zod schema; `.lm-lint.yaml` sets them per rule. */
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
  msg<M>(messages: Catalog<M>): M;
  /** The rule's options as its `meta.options` parsed them (undefined for a rule without options). */
  options: unknown;
  /** The pack's typography conventions (`.lm-lint.yaml`, or its preset's). */
  conventions: Conventions;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

