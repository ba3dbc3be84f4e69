/**
 * Reading a pack's `.lm-lint.yaml`: parsed with positions, checked against the schema, rule ids
 * and rule options, and resolved over its preset. A configuration that cannot be used is one
 * message with its file:line:col (the command prints it and exits 2): linting with settings the
 * team did not write, or fixing with them, would be worse than not linting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Severity } from '../../course/finding.js';
import { validate } from '../../course/validate.js';
import { locate, parseYaml } from '../../course/yaml-source.js';
import { closest } from '../../text/closest.js';
import type { Catalog } from '../../i18n/catalog.js';
import type { Lang } from '../../io/lang.js';
import type { Rule } from '../rule.js';
import { CONFIG_FILES } from './files.js';
import { PRESET_TABLE } from './presets.js';
import { LintConfig, type Conventions, type RuleSetting } from './schema.js';

const MESSAGES: Catalog<{
  cannotRead(why: string): string;
  notARule(id: string, hint: string | undefined): string;
  noOptions(id: string): string;
  badOption(id: string, path: string, why: string): string;
}> = {
  en: {
    cannotRead: (why) => `cannot read (${why})`,
    notARule: (id, hint) => `rule '${id}' is not an lm-lint rule${hint ? ` (did you mean '${hint}'?)` : ''}; see lm-lint --list-rules`,
    noOptions: (id) => `rule '${id}' takes no options`,
    badOption: (id, path, why) => `rule '${id}': option ${path}: ${why}`,
  },
  zh: {
    cannotRead: (why) => `无法读取（${why}）`,
    notARule: (id, hint) => `规则“${id}”不是 lm-lint 的规则${hint ? `（是不是“${hint}”？）` : ''}；见 lm-lint --list-rules`,
    noOptions: (id) => `规则“${id}”没有选项`,
    badOption: (id, path, why) => `规则“${id}”的选项 ${path}：${why}`,
  },
};

export interface ResolvedConfig {
  /** The file read, if any. */
  file: string | undefined;
  conventions: Conventions;
  /** A rule's severity under this configuration: its own unless configured, or off. */
  severity(rule: Rule): Severity | 'off';
  /** A rule's options: what its `meta.options` schema makes of the configured ones (its defaults when none). */
  options(rule: Rule): unknown;
}

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; message: string };

/** The configuration with no file: the default preset. */
export function defaultConfig(rules: readonly Rule[]): ResolvedConfig {
  const resolved = resolveConfig({}, undefined, rules, 'en');
  if (!resolved.ok) throw new Error(resolved.message); // the presets are ours: this is a bug
  return resolved.config;
}

/** Reads the configuration of the pack at `root` (the default when it has none); `show` names a file in messages. */
export function loadConfig(root: string, rules: readonly Rule[], show: (file: string) => string = (file) => file, lang: Lang = 'en'): ConfigResult {
  for (const base of CONFIG_FILES) {
    const file = join(root, base);
    const name = show(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      return { ok: false, message: `${name}: ${MESSAGES[lang].cannotRead(code ?? String(error))}` };
    }
    return parseConfig(name, file, text, rules, lang);
  }
  return { ok: true, config: defaultConfig(rules) };
}

/** Parses and resolves a configuration's text; `name` is how messages show the file. */
export function parseConfig(name: string, file: string, text: string, rules: readonly Rule[], lang: Lang = 'en'): ConfigResult {
  const parsed = parseYaml(file, text);
  const at = (p: { line: number; column: number }) => `${name}:${p.line}:${p.column}`;
  const first = parsed.findings[0];
  if (first) return { ok: false, message: `${at(first)}: ${first.message}` };
  if (parsed.value === null || parsed.value === undefined) return resolveConfig({}, file, rules, lang);
  const checked = validate(LintConfig, parsed.value, parsed.source);
  const problem = checked.findings[0];
  if (problem || !checked.data) return { ok: false, message: problem ? `${at(problem)}: ${problem.message}` : `${name}: not a configuration` };
  const resolved = resolveConfig(checked.data, file, rules, lang);
  if (resolved.ok) return resolved;
  const ruleId = resolved.rule;
  const where = ruleId === undefined ? { line: 1, column: 1 } : locate(parsed.source, ['rules'], { key: ruleId });
  return { ok: false, message: `${at(where)}: ${resolved.message}` };
}

function resolveConfig(config: LintConfig, file: string | undefined, rules: readonly Rule[], lang: Lang): ConfigResult & { rule?: string } {
  const m = MESSAGES[lang];
  const preset = PRESET_TABLE[config.preset ?? 'default'];
  const conventions: Conventions = { ...preset.conventions, ...config.conventions } as Conventions;
  const settings = new Map<string, RuleSetting>(Object.entries(preset.rules));
  const options = new Map<string, unknown>();
  const ids = rules.map((r) => r.meta.id);
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = rules.find((r) => r.meta.id === id);
    if (!rule) {
      const hint = closest(id, ids, 1)[0];
      return { ok: false, message: m.notARule(id, hint), rule: id };
    }
    settings.set(id, setting);
  }
  for (const rule of rules) {
    const setting = settings.get(rule.meta.id);
    const given = typeof setting === 'object' ? setting.options : undefined;
    if (!rule.meta.options) {
      if (given !== undefined) return { ok: false, message: m.noOptions(rule.meta.id), rule: rule.meta.id };
      continue;
    }
    const parsed = rule.meta.options.safeParse(given ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { ok: false, message: m.badOption(rule.meta.id, issue.path.join('.') || '(options)', issue.message), rule: rule.meta.id };
    }
    options.set(rule.meta.id, parsed.data);
  }
  return {
    ok: true,
    config: {
      file,
      conventions,
      severity(rule) {
        const setting = settings.get(rule.meta.id);
        const level = typeof setting === 'object' ? setting.severity : setting;
        return level ?? rule.meta.severity;
      },
      options(rule) {
        return options.get(rule.meta.id);
      },
    },
  };
}
