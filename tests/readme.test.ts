/**
 * The README promises only what the code does: every command line and
 * option it names exists in the built binaries' --help (with valid choices),
 * the exit-code and environment tables match the code, the captures of
 * `lm-lint` are what it prints today (the other captures still run), the
 * GitHub Actions job and the answer-file loop run as shown, and its links
 * resolve. Needs `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { EXIT } from '../src/errors.js';
import { RULES } from '../src/lint/registry.js';
import { ROOT, runBin } from './helpers/run-bin.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const BINS = ['lm-explain', 'lm-quiz', 'lm-lint'] as const;
type Bin = (typeof BINS)[number];

const tmp = mkdtempSync(join(tmpdir(), 'lm-readme-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The text of the `## title` section (up to the next `## `). */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  expect(start, `README section "${title}"`).toBeGreaterThan(-1);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end === -1 ? undefined : end);
}

function codeBlocks(text: string): { lang: string; body: string }[] {
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

// --- what --help says ---------------------------------------------------------

interface OptionHelp {
  takesValue: boolean;
  choices: string[] | undefined;
}
interface Help {
  options: Map<string, OptionHelp>;
  commands: Map<string, string>;
}

const helps = new Map<string, Help>();

function help(bin: Bin, sub?: string): Help {
  const key = `${bin} ${sub ?? ''}`;
  const cached = helps.get(key);
  if (cached) return cached;
  const result = runBin(bin, [...(sub ? sub.split(' ') : []), '--help']);
  expect(result.code, `${key} --help`).toBe(0);
  const options = new Map<string, OptionHelp>();
  const commands = new Map<string, string>();
  let heading = '';
  let last: { flags: string[]; term: string; text: string } | undefined;
  const flush = () => {
    if (!last) return;
    const choices = /\(choices: ([^)]*?)(?:, default: [^)]*)?\)/.exec(last.text.replace(/\s+/g, ' '))?.[1];
    for (const flag of last.flags) {
      options.set(flag, { takesValue: /[<[]/.test(last.term), choices: choices ? [...choices.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : undefined });
    }
    last = undefined;
  };
  for (const line of result.stdout.split('\n')) {
    if (/^\S.*:$/.test(line)) {
      flush();
      heading = line;
      continue;
    }
    if (heading.endsWith('Options:') && /^ {2}-/.test(line)) {
      flush();
      const term = line.trim().split(/\s{2,}/)[0]!;
      last = { flags: term.match(/--?[\w-]+/g) ?? [], term, text: line };
    } else if (last && /^ {3,}/.test(line)) {
      last.text += line;
    } else if (heading === 'Commands:' && /^ {2}\w/.test(line)) {
      flush();
      const names = line.trim().split(/\s+/)[0]!.split('|');
      for (const name of names) commands.set(name, names[0]!);
    }
  }
  flush();
  commands.delete('help');
  const parsed = { options, commands };
  helps.set(key, parsed);
  return parsed;
}

// --- what the README says ---------------------------------------------------------

/** Every command line of ours in code blocks and inline code: `lm-x …` up to a shell operator. */
function commandLines(): string[] {
  const texts = [...codeBlocks(README).map((b) => b.body), ...[...README.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!)];
  const lines: string[] = [];
  for (const text of texts) {
    for (const line of text.split('\n')) {
      for (const m of line.matchAll(/(?<![\w./-])(lm-explain|lm-quiz|lm-lint)(?![\w.-])/g)) {
        lines.push(line.slice(m.index).split(/\s(?:\||>|\|\||&&|#|2>)\s|;|\)\s*$/)[0]!.trim());
      }
    }
  }
  return [...new Set(lines)];
}

/** Words of a command line; quotes and backslashes (from Markdown tables) removed. */
function words(line: string): string[] {
  return line.split(/\s+/).filter(Boolean).map((w) => w.replace(/\\/g, '').replace(/^["'`(]+|["'`),]+$/g, ''));
}

function isPlaceholder(value: string): boolean {
  return /^[<[]|^[A-Z]+$|^\$|^\.\.\.$/.test(value);
}

function checkValue(where: string, flag: string, option: OptionHelp, value: string | undefined): void {
  if (!option.choices || value === undefined || isPlaceholder(value)) return;
  for (const part of value.replace(/\\/g, '').split('|')) expect(option.choices, `${where}: ${flag} ${part}`).toContain(part);
}

describe('every command and option the README names exists', () => {
  const lines = commandLines();

  test('the README names commands of all three binaries', () => {
    for (const bin of BINS) expect(lines.filter((l) => l.startsWith(`${bin} `)).length, bin).toBeGreaterThan(3);
  });

  test.each(lines)('%s', (line) => {
    const [bin, ...rest] = words(line) as [Bin, ...string[]];
    let current = help(bin);
    let sub: string | undefined;
    for (let i = 0; i < rest.length; i++) {
      const word = rest[i]!;
      if (/^--?[\w-]/.test(word)) {
        const [flag, inline] = word.split('=') as [string, string | undefined];
        const option = current.options.get(flag);
        expect(option, `${line}: ${flag} in \`${bin} ${sub ?? ''} --help\``).toBeDefined();
        if (option?.takesValue) checkValue(line, flag, option, inline ?? rest[++i]);
      } else if ((sub === undefined || !sub.includes(' ')) && current.commands.has(word)) {
        // A command, or a command of a command (`lm-explain lab ngram`).
        sub = sub === undefined ? current.commands.get(word)! : `${sub} ${current.commands.get(word)!}`;
        current = help(bin, sub);
      } else if (sub === undefined && /^[a-z]+$/.test(word) && bin === 'lm-explain' && rest.length === 1) {
        // `lm-explain <word>` alone is a command: the root takes no argument of its own.
        expect([...current.commands.keys()], line).toContain(word);
      }
    }
  });

  test('options named without their command exist in some --help, with valid values', () => {
    for (const bin of BINS) for (const sub of help(bin).commands.values()) help(bin, sub);
    const all = new Map<string, OptionHelp>();
    for (const parsed of helps.values()) for (const [flag, option] of parsed.options) all.set(flag, option);
    const spans = [...README.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/`(--?[a-z][\w-]*)(?:[ =]([^`]+))?`/g)];
    expect(spans.length).toBeGreaterThan(20);
    for (const [span, flag, value] of spans) {
      if (['--global', '--package'].includes(flag!)) continue; // npm's own, in the install lines
      const option = all.get(flag!);
      expect(option, span).toBeDefined();
      if (option?.takesValue) checkValue(span, flag!, option, value?.split(' ')[0]);
    }
  });

  test('the number of lint rules is the number lm-lint has', () => {
    expect(README).toContain(`${RULES.length} rules`);
  });
});

describe('the quick start', () => {
  test('is two commands, and says that npm test runs the tests', () => {
    const quick = section('Quick start');
    const [first] = codeBlocks(quick);
    expect(first!.body.split('\n').filter(Boolean).map((l) => l.split('#')[0]!.trim())).toEqual(['npm install', 'npx lm-explain']);
    expect(quick).toContain('`npm test` runs the tests');
  });
});

describe('the tables', () => {
  test('exit codes: exactly the codes of src/errors.ts, plus 70 for a bug (src/cli/run.ts)', () => {
    const codes = [...section('Exit codes').matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(codes.sort((a, b) => a - b)).toEqual([...Object.values(EXIT), 70].sort((a, b) => a - b));
    expect(readFileSync(join(ROOT, 'src', 'cli', 'run.ts'), 'utf8')).toMatch(/\n\s+return 70;/);
  });

  test('environment: every variable the code reads for the user, and only those', () => {
    const listed = [...section('Environment').matchAll(/^\| (`[^|]+`) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([A-Z_]+)`/g)].map((v) => v[1]!));
    for (const required of ['NO_COLOR', 'FORCE_COLOR', 'LM_PACK', 'LM_STATE_DIR', 'LM_PAGER', 'PAGER', 'LANG', 'LC_ALL', 'LC_MESSAGES', 'XDG_STATE_HOME']) {
      expect(listed).toContain(required);
    }
    const source = sourceText(join(ROOT, 'src'));
    const read = new Set([...source.matchAll(/env(?:\?)?\.([A-Z_]+)|'(LC_ALL|LC_MESSAGES|LANG)'/g)].map((m) => m[1] ?? m[2]!));
    // Terminal detection and the process basics are not settings a user makes for lm-explain.
    const internal = new Set(['HOME', 'PATH', 'TERM', 'TERM_PROGRAM', 'COLORTERM', 'WT_SESSION', 'VTE_VERSION', 'TMUX', 'STY', 'KITTY_WINDOW_ID', 'LV']);
    expect([...read].filter((v) => !internal.has(v)).sort()).toEqual([...new Set(listed)].sort());
  });
});

function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

// --- running what the README shows ---------------------------------------------------------

const binDir = join(tmp, 'bin');
mkdirSync(binDir);
for (const bin of BINS) {
  writeFileSync(join(binDir, bin), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', `${bin}.js`)}" "$@"\n`);
  chmodSync(join(binDir, bin), 0o755);
}

/** Runs a shell snippet as the README's captures were made: no colour, 80 columns, English, a fresh home. */
function shell(script: string, cwd: string): { code: number | null; stdout: string; stderr: string } {
  const home = mkdtempSync(join(tmp, 'home-'));
  const env = { PATH: `${binDir}:${process.env.PATH ?? ''}`, HOME: home, LANG: 'en_US.UTF-8', NO_COLOR: '1', COLUMNS: '80', TERM: 'dumb' };
  const result = spawnSync('bash', ['-c', script], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The example pack of docs/pack-format.md, written to `dir`. */
function examplePack(dir: string): void {
  const doc = readFileSync(join(ROOT, 'docs', 'pack-format.md'), 'utf8');
  const part = doc.slice(doc.indexOf('<!-- example-pack -->'), doc.indexOf('<!-- /example-pack -->'));
  const files = [...part.matchAll(/^`([^`]+)`:\n\n```\w+\n([\s\S]*?)^```$/gm)];
  expect(files.length).toBeGreaterThan(3);
  for (const [, path, text] of files) {
    mkdirSync(dirname(join(dir, path!)), { recursive: true });
    writeFileSync(join(dir, path!), text!);
  }
}

/** Replaces `from` by `to` in a file, once, failing if `from` is not there. */
function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text, file).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('the captures', () => {
  const captures = codeBlocks(section('What it looks like')).filter((b) => b.lang === 'text' && b.body.startsWith('$ '));

  test('one in English and one in Chinese for each binary', () => {
    for (const bin of BINS) {
      const of = captures.filter((c) => c.body.startsWith(`$ ${bin} `));
      expect(of.length, bin).toBeGreaterThanOrEqual(2);
      expect(of.some((c) => /--lang zh/.test(c.body.split('\n')[0]!)), `${bin} in Chinese`).toBe(true);
      expect(of.some((c) => /[\u4e00-\u9fff]/.test(c.body.split('\n').slice(1).join('\n'))), `${bin}: Chinese output`).toBe(true);
    }
  });

  // The slips the README describes, made in a copy of the example pack.
  const cwd = mkdtempSync(join(tmp, 'captures-'));
  examplePack(join(cwd, 'my-pack'));
  edit(join(cwd, 'my-pack', 'content', 'tokens.zh.md'), '要先把它切开', '要先用GPU把它切开');
  edit(join(cwd, 'my-pack', 'quizzes', 'tokens.yaml'), 'ref: tokens#why', 'ref: tokens#wyh');
  expect(section('What it looks like')).toContain('`先用GPU把它切开`');
  expect(section('What it looks like')).toContain('`ref: tokens#wyh`');
  const answers = /`answers\.json`:\n`(\{[^`]+\})`/.exec(section('What it looks like'))?.[1];
  writeFileSync(join(cwd, 'answers.json'), answers ?? 'missing');

  test.each(captures.map((c) => [c.body.split('\n')[0]!.slice(2), c.body]))('%s', (command, body) => {
    const result = shell(command, cwd);
    expect(result.stderr).toBe('');
    if (command.startsWith('lm-lint')) {
      // A pack of our own making: the output must be exactly what the README shows.
      expect(`$ ${command}\n${result.stdout}`.trimEnd()).toBe(body.trimEnd());
      expect(result.code).toBe(1);
    } else {
      // The built-in course changes as it is written: the command must still run.
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n').length).toBeGreaterThan(5);
    }
  });
});

describe('the CI recipes', () => {
  const ci = section('CI for course authors');

  test('the GitHub Actions job lints on pull requests, annotates, and uploads SARIF', () => {
    const yamlBlock = codeBlocks(ci).find((b) => b.lang === 'yaml');
    expect(yamlBlock).toBeDefined();
    const workflow = parse(yamlBlock!.body) as { on: Record<string, unknown>; jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }> };
    expect(workflow.on).toHaveProperty('pull_request');
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const runs = steps.map((s) => s.run).filter((r): r is string => r?.startsWith('lm-lint') ?? false);
    expect(runs.some((r) => r.includes('--format github'))).toBe(true);
    const sarifRun = runs.find((r) => r.includes('--format sarif'));
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(sarifRun).toContain(`> ${upload!.with!.sarif_file}`);

    // Run the job's lint steps, as GitHub would (each with bash -e), on a clean and a broken pack.
    const repo = mkdtempSync(join(tmp, 'repo-'));
    examplePack(join(repo, 'my-pack'));
    for (const run of runs) expect(shell(`set -e; ${run}`, repo).code, run).toBe(0);
    const sarif = JSON.parse(readFileSync(join(repo, upload!.with!.sarif_file!), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toEqual([]);

    edit(join(repo, 'my-pack', 'quizzes', 'tokens.yaml'), 'ref: tokens#why', 'ref: tokens#wyh');
    const github = shell(`set -e; ${runs.find((r) => r.includes('--format github'))!}`, repo);
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(/^::error file=my-pack\/quizzes\/tokens\.yaml,line=\d+,col=\d+.*title=ref-resolves::/m);
    expect(shell(`set -e; ${sarifRun!}`, repo).code).toBe(0);
    const broken = JSON.parse(readFileSync(join(repo, upload!.with!.sarif_file!), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(broken.runs[0]!.results.map((r) => r.ruleId)).toEqual(['ref-resolves']);
  });

  test('the answer-file loop writes one JUnit report per file and fails when one is below the mark', () => {
    const loop = codeBlocks(ci).find((b) => b.lang === 'sh' && b.body.includes('--junit'));
    expect(loop).toBeDefined();
    const dir = mkdtempSync(join(tmp, 'class-'));
    mkdirSync(join(dir, 'answers'));
    mkdirSync(join(dir, 'reports'));
    const asked = shell(`echo '{}' | lm-quiz stages --answers - --json`, dir);
    const right = Object.fromEntries((JSON.parse(asked.stdout) as { questions: { key: string; correct: unknown }[] }).questions.map((q) => [q.key, q.correct]));
    writeFileSync(join(dir, 'answers', 'ann.json'), JSON.stringify(right));
    writeFileSync(join(dir, 'answers', 'bob.json'), '{}');
    const result = shell(loop!.body, dir);
    expect(result.code).toBe(1);
    expect(readdirSync(join(dir, 'reports')).sort()).toEqual(['ann.xml', 'bob.xml']);
    expect(readFileSync(join(dir, 'reports', 'ann.xml'), 'utf8')).toMatch(/<testsuites[^>]* failures="0"/);
    expect(readFileSync(join(dir, 'reports', 'bob.xml'), 'utf8')).not.toMatch(/<testsuites[^>]* failures="0"/);
    writeFileSync(join(dir, 'answers', 'bob.json'), JSON.stringify(right));
    expect(shell(loop!.body, dir).code).toBe(0);
  });
});

describe('links', () => {
  test('every relative link points to a file in the package, and every #anchor to a heading', () => {
    const links = [...README.matchAll(/\]\(([^)#\s]+)(?:#([^)\s]+))?\)/g)].filter((m) => !/^https?:/.test(m[1]!));
    expect(links.length).toBeGreaterThan(5);
    const files = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] }).files;
    for (const [, path, anchor] of links) {
      expect(existsSync(join(ROOT, path!)), path).toBe(true);
      expect(path === 'LICENSE' || files.some((f) => path!.startsWith(f)), `${path} is in package.json files`).toBe(true);
      if (anchor) expect(slugs(readFileSync(join(ROOT, path!), 'utf8')), `${path}#${anchor}`).toContain(anchor);
    }
  });
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slugs(markdown: string): string[] {
  return [...markdown.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
    m[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/ /g, '-'),
  );
}
