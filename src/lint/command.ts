/**
 * The lm-lint command: which packs, lint or fix each, print the report in the
 * chosen format, and decide the exit code (0 clean, 1 errors or too many
 * warnings, 2 an unusable pack). Printing goes through the Io; files are
 * written atomically, keeping their permissions.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Finding } from '../course/finding.js';
import { packRoot, resolvePackDir } from '../course/pack-files.js';
import { CacheStore } from '../cache/store.js';
import { EXIT, UsageError } from '../errors.js';
import { colorLevel, outputWidth, type ColorMode, type Io } from '../io/io.js';
import { interfaceLang, type Lang } from '../io/lang.js';
import { sanitize } from '../text/sanitize.js';
import { cachedFindings } from './cache.js';
import type { ConfigResult } from './config/load.js';
import type { FileChange } from './fixer.js';
import { sweepTemporaries } from '../state/temporaries.js';
import { counts, shownPath, type FormatName } from './format/format.js';
import { FORMATTERS } from './format/index.js';
import { boundHeapGrowth } from './heap.js';
import { UI } from './messages.js';
import type { RuleMeta } from './rule.js';

export interface LintCommandOptions {
  /** Pack directories given as arguments. */
  packs: string[];
  /** `--pack`, used when no argument is given. */
  pack?: string | undefined;
  format: FormatName;
  fix: boolean;
  fixDryRun: boolean;
  maxWarnings?: number | undefined;
  listRules: boolean;
  /** `--lang`: the language of messages. */
  lang?: Lang | undefined;
  color: ColorMode;
  /** False with --no-cache: lint every file again (./cache.ts). */
  cache: boolean;
}

export async function lintCommand(opts: LintCommandOptions, io: Io): Promise<number> {
  const lang = interfaceLang(opts.lang, io.env);
  const ui = UI[lang];
  if (opts.fix && opts.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (opts.listRules && (opts.fix || opts.fixDryRun)) throw new UsageError(`--list-rules cannot be used with ${opts.fix ? '--fix' : '--fix-dry-run'}`);
  if (opts.listRules) {
    const [{ listRules }, { RULES }] = await Promise.all([import('./list-rules.js'), import('./registry.js')]);
    io.stdout.write(listRules(RULES, lang, outputWidth(undefined, io.stdout)));
    return EXIT.ok;
  }

  const flag = opts.pack === undefined || opts.pack.trim() === '' ? opts.pack : resolve(io.cwd, opts.pack);
  const dirs = opts.packs.length > 0 ? opts.packs.map((p) => resolve(io.cwd, p)) : [resolvePackDir(flag, io.env, lang)];
  let unusable = false;
  const findings: Finding[] = [];
  const changes: FileChange[] = [];
  let notWritten = 0;
  const store = opts.cache ? CacheStore.fromEnv(io.env) : undefined;
  let linted = 0;
  for (const dir of dirs) {
    const root = usablePack(dir, lang);
    if (typeof root !== 'string') {
      io.stderr.write(`lm-lint: ${sanitize(ui.unreadablePack(shownPath(dir, io.cwd), root.why))}\n`);
      unusable = true;
      continue;
    }
    if (opts.fix) for (const sub of ['content', 'quizzes']) sweepTemporaries(join(root, sub));
    // The linter itself is imported only when a pack is linted or fixed: a report taken from
    // the cache needs none of it. (The key holds the configuration's text, and one that cannot
    // be used is never kept, so a hit had a usable configuration.)
    const configOf = async (): Promise<ConfigResult> => {
      boundHeapGrowth();
      const [{ loadConfig }, { RULES }] = await Promise.all([import('./config/load.js'), import('./registry.js')]);
      const loaded = loadConfig(root, RULES, (file) => shownPath(file, io.cwd), lang);
      if (!loaded.ok) {
        io.stderr.write(`lm-lint: ${sanitize(loaded.message)}\n`);
        unusable = true;
      }
      return loaded;
    };
    if (opts.fix || opts.fixDryRun) {
      const loaded = await configOf();
      if (!loaded.ok) continue;
      linted++;
      const { fixPack } = await import('./fixer.js');
      const fixed = await fixPack(root, { lang, config: loaded.config });
      findings.push(...fixed.result.findings);
      changes.push(...fixed.changes);
    } else {
      const found = await cachedFindings(store, root, { lang }, async (r, o) => {
        const loaded = await configOf();
        if (!loaded.ok) return undefined;
        const { lintPack } = await import('./runner.js');
        return (await lintPack(r, { ...o, config: loaded.config, memo: store })).findings;
      });
      if (!found) continue;
      linted++;
      findings.push(...found);
    }
  }

  if (opts.fixDryRun) {
    io.stdout.write(await unifiedDiff(changes, io.cwd));
    if (linted > 0) io.stderr.write(`lm-lint: ${changes.length === 0 ? ui.noFixes : ui.wouldFix(changes.length)}\n`);
  } else {
    if (opts.fix) {
      const { writeChanges } = await import('./write-changes.js');
      const written = writeChanges(changes, io.cwd, lang, (line) => io.stderr.write(`lm-lint: ${line}\n`));
      notWritten = changes.length - written;
      if (linted > 0) io.stderr.write(`lm-lint: ${written === 0 ? ui.noFixes : ui.fixed(written)}\n`);
    }
    const color = colorLevel(opts.color, io.stdout, io.env);
    io.stdout.write(FORMATTERS[opts.format](findings, { cwd: io.cwd, color, lang, rules: opts.format === 'sarif' ? await ruleMetas() : [] }));
  }

  const { errors, warnings } = counts(findings);
  const tooManyWarnings = opts.maxWarnings !== undefined && warnings > opts.maxWarnings;
  if (tooManyWarnings) io.stderr.write(`lm-lint: ${ui.tooManyWarnings(warnings, opts.maxWarnings!)}\n`);
  if (unusable) return EXIT.usage;
  // A fix that could not be written leaves its finding in the file: that fails too.
  return errors > 0 || tooManyWarnings || notWritten > 0 ? EXIT.failure : EXIT.ok;
}

/** The rules' metadata, which only SARIF lists (it imports every rule). */
async function ruleMetas(): Promise<RuleMeta[]> {
  const { RULES } = await import('./registry.js');
  return RULES.map((r) => r.meta);
}

/** The pack's real root, or why it cannot be linted (not a directory, no manifest). */
function usablePack(dir: string, lang: Lang): string | { why: string } {
  const root = packRoot(dir);
  if (!root) return { why: UI[lang].notADirectory };
  if (!existsSync(join(root, 'content', 'course.yaml'))) return { why: UI[lang].noManifest };
  return root;
}

async function unifiedDiff(changes: readonly FileChange[], cwd: string): Promise<string> {
  if (changes.length === 0) return '';
  const { createTwoFilesPatch } = await import('diff');
  return changes
    .map((c) => {
      const name = shownPath(c.file, cwd);
      const [a, b] = isAbsolute(name) ? [name, name] : [`a/${name}`, `b/${name}`];
      return sanitize(createTwoFilesPatch(a, b, c.before, c.after, undefined, undefined, { context: 3 }));
    })
    .join('');
}
