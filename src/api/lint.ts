/**
 * Linting as a library: the checks `lm-lint` runs, returned as data, and the
 * formats it prints. The command line (src/lint/command.ts) adds fixing,
 * several packs at once and exit codes on top of the same runner.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Finding } from '../course/finding.js';
import { packRoot } from '../course/pack-files.js';
import { UsageError } from '../errors.js';
import { counts, type FormatName } from '../lint/format/format.js';
import { FORMATTERS } from '../lint/format/index.js';
import { UI } from '../lint/messages.js';
import type { Lang } from '../io/lang.js';
import { RULES } from '../lint/registry.js';
import type { RuleMeta } from '../lint/rule.js';
import { lintPack as runRules } from '../lint/runner.js';

/** The language of messages (`Lang`; the name this API has always had). */
export type UiLang = Lang;
export type { FormatName };

export interface LintPackOptions {
  /** Language of the findings' messages (default 'en'). */
  lang?: UiLang;
}

export interface LintReport {
  /** The pack's real path (symlinks resolved). */
  root: string;
  /** Sorted by file, line and column; inline suppressions already applied. */
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  /** Findings `lm-lint --fix` can repair. */
  fixableCount: number;
}

/**
 * Lints the pack in `dir` under its `.lm-lint.yaml` (if any). Problems in the
 * pack are findings, never exceptions; a `dir` that is not a pack at all, or
 * whose `.lm-lint.yaml` cannot be used, throws a UsageError.
 */
export async function lintPack(dir: string, options: LintPackOptions = {}): Promise<LintReport> {
  const lang = options.lang ?? 'en';
  const ui = UI[lang];
  const root = packRoot(dir);
  if (!root) throw new UsageError(ui.unreadablePack(resolve(dir), ui.notADirectory));
  if (!existsSync(join(root, 'content', 'course.yaml'))) throw new UsageError(ui.unreadablePack(root, ui.noManifest));
  const { findings } = await runRules(root, { lang });
  const { errors, warnings, fixable } = counts(findings);
  return { root, findings, errorCount: errors, warningCount: warnings, fixableCount: fixable };
}

export interface FormatOptions {
  /** Paths are shown relative to this directory (default: the process's working directory). */
  cwd?: string;
  lang?: UiLang;
}

/** The findings as `lm-lint --format <format>` prints them (stylish without colour). */
export function formatFindings(findings: readonly Finding[], format: FormatName, options: FormatOptions = {}): string {
  const formatter = FORMATTERS[format];
  if (!formatter) throw new UsageError(`unknown format: ${String(format)} (one of ${Object.keys(FORMATTERS).join(', ')})`);
  return formatter(findings, { cwd: options.cwd ?? process.cwd(), color: 0, lang: options.lang ?? 'en', rules: RULES.map((r) => r.meta) });
}

/** Every rule lm-lint runs: id, severity, description (zh and en), whether --fix repairs it. */
export function lintRules(): RuleMeta[] {
  return RULES.map((r) => ({ ...r.meta }));
}
