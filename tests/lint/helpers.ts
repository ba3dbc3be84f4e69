import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Finding } from '../../src/course/finding.js';
import { RULES } from '../../src/lint/registry.js';
import { lintPack, type LintOptions } from '../../src/lint/runner.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const MINI = join(FIXTURES, 'mini');

/** A temporary copy of `base` with some files replaced (text or bytes) or removed (null). */
export function packFrom(base: string, files: Record<string, string | Buffer | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'lm-lint-'));
  cpSync(base, dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    if (content === null) rmSync(file, { force: true, recursive: true });
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  return dir;
}

export interface Shown {
  /** `path/in/pack:line:col` */
  at: string;
  rule: string;
  severity: Finding['severity'];
  message: string;
  fixable: boolean;
}

export function show(root: string, findings: readonly Finding[]): Shown[] {
  return findings.map((f) => ({
    at: `${relative(root, f.file)}:${f.line}:${f.column}`,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    fixable: f.fix !== undefined,
  }));
}

/** Lint `root` with only the named rules (all when none), findings shown relative to the pack. */
export async function lint(root: string, ruleIds: string[] = [], opts: LintOptions = {}): Promise<Shown[]> {
  const rules = ruleIds.length ? RULES.filter((r) => ruleIds.includes(r.meta.id)) : RULES;
  if (ruleIds.length && rules.length !== ruleIds.length) throw new Error(`unknown rule in ${ruleIds.join(', ')}`);
  const result = await lintPack(root, { ...opts, rules });
  return show(root, result.findings);
}

/** `at  rule` lines: compact for exact assertions. */
export function where(shown: readonly Shown[]): string[] {
  return shown.map((s) => `${s.at} ${s.rule}`);
}

/** The mini pack's quiz with its first question's fields replaced (YAML text of the question body). */
export function miniQuiz(questions: string, header = 'id: basics\ntitle: { zh: 基础测验, en: Basics quiz }\ntopic: basics\npass: 0.5\n'): string {
  return `${header}questions:\n${questions}`;
}
