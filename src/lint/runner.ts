/**
 * The pure middle of lm-lint: read a pack once, run every rule over the
 * shared context, and return the findings sorted, de-duplicated and with
 * inline suppressions applied. A rule that throws is a bug: it becomes one
 * finding, and the other rules still run.
 */
import { compareFindings, type Finding } from '../course/finding.js';
import type { Overlay } from '../course/pack-files.js';
import type { ParseMemo } from '../course/yaml-source.js';
import { readPack, type PackModel } from '../course/pack-model.js';
import { UsageError } from '../errors.js';
import { loadConfig, type ResolvedConfig } from './config/load.js';
import { createContext, type LintContext, type ZhRun } from './context.js';
import { loadLexer } from './markdown/lexer.js';
import type { LocalizedField } from './localized-fields.js';
import { RULES } from './registry.js';
import type { Rule, RuleContext } from './rule.js';
import { suppress } from './suppress.js';
import { chapterZhRuns, fieldZhRuns } from './zh-runs.js';
import type { Lang } from '../io/lang.js';

export interface LintOptions {
  lang?: Lang;
  overlay?: Overlay;
  rules?: readonly Rule[];
  /** The lint configuration; read from the pack's `.lm-lint.yaml` when not given. */
  config?: ResolvedConfig;
  /** Options by rule id, laid over the configuration's (for the API and tests), each parsed by the rule's `meta.options`. */
  ruleOptions?: Readonly<Record<string, unknown>>;
  /** Keeps YAML parses between runs (the command passes its cache; the findings do not depend on it). */
  memo?: ParseMemo;
}

export interface LintResult {
  root: string;
  findings: Finding[];
  /** The text of every file read, by absolute path (what fixes' offsets refer to). */
  texts: Map<string, string>;
}

export async function lintPack(root: string, opts: LintOptions = {}): Promise<LintResult> {
  const lex = await loadLexer();
  const pack = readPack(root, { overlay: opts.overlay, memo: opts.memo });
  const lang = opts.lang ?? 'en';
  const ctx = createContext(pack, lex, lang);
  const findings: Finding[] = [];
  const config = opts.config ?? configOf(root);
  const rules = (opts.rules ?? RULES).filter((rule) => config.severity(rule) !== 'off');
  const run = (rule: Rule, over: LintContext): boolean => {
    const { id } = rule.meta;
    const severity = config.severity(rule) as Finding['severity'];
    const options = () => (opts.ruleOptions?.[id] === undefined ? config.options(rule) : rule.meta.options?.parse(opts.ruleOptions[id]));
    try {
      // An option that reaches the runner unchecked (the API's ruleOptions) and fails is this rule's finding.
      const ruleCtx: RuleContext = {
        ...over,
        options: options(),
        conventions: config.conventions,
        msg: (messages) => messages[lang],
        report: ({ file, position, message, fix }) => {
          const finding: Finding = { file, ...position, severity, rule: id, message };
          if (fix) finding.fix = fix;
          findings.push(finding);
        },
      };
      rule.check(ruleCtx);
      return true;
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      findings.push({ file: pack.manifest.file, line: 1, column: 1, severity: 'error', rule: id, message: `internal error in rule ${id}: ${why} (this is a bug in lm-lint)` });
      return false;
    }
  };
  // The zh rules first: their pass lexes each zh chapter once and keeps its section texts for
  // evidence-grounded. The order rules run in does not show: findings are sorted by file, position
  // and rule, and the sort is stable, so each rule's own findings keep their order.
  const runRules = rules.filter((rule) => RUN_RULES.has(rule.meta.id));
  if (runRules.length > 0) overRuns(ctx, runRules, run);
  for (const rule of rules) if (!RUN_RULES.has(rule.meta.id)) run(rule, ctx);
  const texts = packTexts(pack);
  return { root, findings: dedupe(suppress(findings, texts)).sort(compareFindings), texts };
}

function configOf(root: string): ResolvedConfig {
  const loaded = loadConfig(root, RULES);
  if (!loaded.ok) throw new UsageError(loaded.message);
  return loaded.config;
}

/** The rules that read only `zhRuns()`: run a file's runs at a time, so a pack's runs are never all held at once. */
const RUN_RULES = { has: (id: string) => id.startsWith('zh-') };

function overRuns(ctx: LintContext, rules: Rule[], run: (rule: Rule, over: LintContext) => boolean): void {
  let live = rules;
  const each = (make: () => ZhRun[]) => {
    let zhRuns: () => ZhRun[];
    try {
      const runs = make();
      if (runs.length === 0) return;
      zhRuns = () => runs;
    } catch (error) {
      zhRuns = () => {
        throw error;
      };
    }
    const over: LintContext = { ...ctx, zhRuns };
    live = live.filter((rule) => run(rule, over)); // a rule that threw is reported once, not once per file
  };
  for (const chapter of ctx.pack.chapters) each(() => chapterZhRuns(ctx, chapter));
  // The fields come file by file, in order: one file's runs at a time, as for chapters.
  let group: LocalizedField[] = [];
  try {
    for (const field of ctx.localized()) {
      if (group.length > 0 && field.source !== group[0]!.source) {
        const fields = group;
        each(() => fieldZhRuns(ctx, fields));
        group = [];
      }
      group.push(field);
    }
  } catch (error) {
    each(() => {
      throw error;
    });
    return;
  }
  if (group.length > 0) each(() => fieldZhRuns(ctx, group));
}

function packTexts(pack: PackModel): Map<string, string> {
  const texts = new Map<string, string>();
  for (const chapter of pack.chapters) texts.set(chapter.file, chapter.text);
  for (const doc of [pack.manifest, pack.glossary, pack.models, pack.timeline, ...pack.quizzes]) {
    if (doc?.source) texts.set(doc.file, doc.source.lines.text);
  }
  return texts;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}\0${f.line}\0${f.column}\0${f.rule}\0${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
