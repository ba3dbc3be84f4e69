/**
 * Shell completion for real: the scripts `<bin> completion bash|zsh|fish`
 * print are loaded into the real shells, which run the built binaries (on
 * PATH through small wrappers) for pack values at Tab time.
 *   bash: the completion function, with COMP_WORDS/COMP_CWORD set as readline sets them;
 *   zsh:  the same function through bashcompinit (zsh filters by prefix itself);
 *   fish: `complete -C`, fish's own completion engine;
 * and one real Tab key in each shell, inside tmux. Needs `npm run build`,
 * and bash, zsh, fish and tmux: .ci/run installs them; a missing one fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { ROOT, runBin } from '../helpers/run-bin.js';

const BINS = ['lm-explain', 'lm-quiz', 'lm-lint'] as const;
type Bin = (typeof BINS)[number];
const READER = join(ROOT, 'tests', 'fixtures', 'reader');
const QUIZ = join(ROOT, 'tests', 'fixtures', 'quiz-pack');
const READER_CHAPTERS = ['basics', 'basics#probability', 'basics#tokens', 'stages', 'stages#slm', 'stages#nlm', 'stages#llm', 'models', 'models#international', 'models#china'];
const EXPLAIN_COMMANDS = ['list', 'toc', 'show', 'next', 'prev', 'resume', 'search', 'term', 'define', 'models', 'timeline', 'lab', 'completion'];

const tmp = mkdtempSync(join(tmpdir(), 'lm-completion-'));
const binDir = join(tmp, 'bin');
mkdirSync(binDir);
for (const bin of BINS) {
  writeFileSync(join(binDir, bin), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', `${bin}.js`)}" "$@"\n`);
  chmodSync(join(binDir, bin), 0o755);
}
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: `${binDir}:${process.env.PATH ?? ''}`,
    HOME: tmp,
    XDG_CONFIG_HOME: join(tmp, 'config'),
    XDG_DATA_HOME: join(tmp, 'data'),
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    LM_STATE_DIR: join(tmp, 'state'),
    ...extra,
  };
}

function requireShell(shell: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${shell}`], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`${shell} is not installed: the completion tests need it (apt-get install -y ${shell}; .ci/run installs it)`);
}

interface Options {
  env?: Record<string, string>;
  cwd?: string;
}

function run(shell: string, args: string[], opts: Options): string[] {
  requireShell(shell);
  const result = spawnSync(shell, args, { env: env(opts.env), cwd: opts.cwd ?? tmp, encoding: 'utf8', timeout: 30_000 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.split('\n').filter((line) => line !== '');
}

const fn = (bin: Bin) => `_${bin.replace(/-/g, '_')}`;

/** What bash offers for the last word of `words`. */
function bash(words: string[], opts: Options = {}): string[] {
  const bin = words[0] as Bin;
  const script = `source <(${bin} completion bash); COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); ${fn(bin)}; printf '%s\\n' "\${COMPREPLY[@]}"`;
  return run('bash', ['--norc', '--noprofile', '-c', script, 'bash', ...words], opts);
}

/** What the bash function returns inside zsh (unfiltered: zsh matches the prefix itself). */
function zsh(words: string[], opts: Options = {}): string[] {
  const bin = words[0] as Bin;
  const script = `autoload -U compinit && compinit -u -D; source <(${bin} completion zsh); setopt ksharrays; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); ${fn(bin)}; print -l -- "\${COMPREPLY[@]}"`;
  return run('zsh', ['-f', '-c', script, 'zsh', ...words], opts);
}

/** What fish offers for the command line `line` (descriptions dropped). */
function fish(line: string, opts: Options = {}): string[] {
  const bin = line.split(' ')[0] as Bin;
  return run('fish', ['--no-config', '-c', `${bin} completion fish | source; complete -C $argv[1]`, line], opts).map((l) => l.split('\t')[0]!);
}

describe('the scripts parse', () => {
  for (const bin of BINS) {
    test(`${bin}: bash -n, zsh -n, fish --no-execute`, () => {
      for (const [shell, flags] of [['bash', ['-n']], ['zsh', ['-n']], ['fish', ['--no-execute']]] as const) {
        requireShell(shell);
        const script = runBin(bin, ['completion', shell]);
        expect(script.code).toBe(0);
        expect(script.stdout).toContain(bin);
        const file = join(tmp, `${bin}.${shell}`);
        writeFileSync(file, script.stdout);
        const parsed = spawnSync(shell, [...flags, file], { encoding: 'utf8' });
        expect(parsed.stderr, `${bin} completion ${shell}`).toBe('');
        expect(parsed.status).toBe(0);
      }
    });
  }

  test('an unknown shell is a usage error', () => {
    const result = runBin('lm-explain', ['completion', 'powershell']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^lm-explain: .*powershell/);
  });
});

describe('bash', () => {
  test('subcommands, never the hidden __complete', () => {
    expect(bash(['lm-explain', ''])).toEqual(EXPLAIN_COMMANDS);
    expect(bash(['lm-explain', 'sh'])).toEqual(['show']);
    expect(bash(['lm-explain', 'ti'])).toEqual(['timeline']);
    expect(bash(['lm-explain', '__'])).toEqual([]);
  });

  test('options, and the values of options with choices', () => {
    expect(bash(['lm-explain', '--co'])).toEqual(['--color']);
    expect(bash(['lm-explain', 'show', '--r'])).toEqual(['--raw']);
    expect(bash(['lm-explain', '--color', ''])).toEqual(['auto', 'always', 'never']);
    expect(bash(['lm-explain', 'models', '--origin', 'ch'])).toEqual(['china']);
    expect(bash(['lm-explain', '--lang', ''])).toEqual([]);
  });

  test('chapter ids and chapter#section from --pack, --pack=DIR or LM_PACK', () => {
    expect(bash(['lm-explain', '--pack', READER, 'show', ''])).toEqual(READER_CHAPTERS);
    expect(bash(['lm-explain', `--pack=${READER}`, 'show', 'stages#'])).toEqual(['stages#slm', 'stages#nlm', 'stages#llm']);
    expect(bash(['lm-explain', 'show', 'basics#t'], { env: { LM_PACK: READER } })).toEqual(['basics#tokens']);
    expect(bash(['lm-explain', '--pack', READER, 'term', ''])).toEqual(['language-model', 'markov-assumption', 'token']);
  });

  test('the built-in course: every chapter of `list --json`, and its sections', () => {
    const list = JSON.parse(runBin('lm-explain', ['list', '--json']).stdout) as { chapters: { id: string; sections: { id: string }[] }[] };
    const offered = bash(['lm-explain', 'show', '']);
    const expected = list.chapters.flatMap((c) => [c.id, ...c.sections.map((s) => `${c.id}#${s.id}`)]);
    expect(list.chapters.length).toBeGreaterThan(0);
    expect(offered).toEqual(expected);
  });

  test('a pack that cannot be read offers nothing and prints nothing', () => {
    expect(bash(['lm-explain', '--pack', join(tmp, 'missing'), 'show', ''])).toEqual([]);
  });

  test('lm-quiz: quizzes, topics and "all" beside the subcommands; options per subcommand', () => {
    expect(bash(['lm-quiz', '--pack', QUIZ, ''])).toEqual(['list', 'history', 'stats', 'review', 'reset', 'completion', 'all', 'basics', 'numbers']);
    expect(bash(['lm-quiz', '--pack', QUIZ, 'n'])).toEqual(['numbers']);
    // Options after a subcommand are the subcommand's: no --seed after `list`.
    expect(bash(['lm-quiz', 'list', '--'])).toEqual(['--help', '--pack', '--lang', '--color']);
    expect(bash(['lm-quiz', '--pack', QUIZ, 'reset', '--topic', ''])).toEqual(['basics', 'numbers']);
    expect(bash(['lm-quiz', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  test('lm-quiz --answers and --junit complete file names', () => {
    const cwd = mkdtempSync(join(tmp, 'answers-'));
    writeFileSync(join(cwd, 'class-a.json'), '{}');
    writeFileSync(join(cwd, 'class-b.json'), '{}');
    expect(bash(['lm-quiz', 'basics', '--answers', 'cl'], { cwd })).toEqual(['class-a.json', 'class-b.json']);
    expect(bash(['lm-quiz', 'basics', '--junit', 'class-a'], { cwd })).toEqual(['class-a.json']);
  });

  test('lm-lint: pack directories (not files), formats', () => {
    const cwd = mkdtempSync(join(tmp, 'packs-'));
    mkdirSync(join(cwd, 'pack-a'));
    mkdirSync(join(cwd, 'pack-b'));
    writeFileSync(join(cwd, 'pack-notes.txt'), '');
    // Directories come in the order the file system lists them.
    expect(bash(['lm-lint', 'pa'], { cwd }).sort()).toEqual(['pack-a', 'pack-b']);
    expect(bash(['lm-lint', 'pack-a', 'pack-'], { cwd }).sort()).toEqual(['pack-a', 'pack-b']);
    expect(bash(['lm-lint', '--format', ''])).toEqual(['stylish', 'json', 'github', 'sarif']);
    expect(bash(['lm-lint', '--f'])).toEqual(['--format', '--fix', '--fix-dry-run']);
  });
});

describe('zsh (bashcompinit)', () => {
  test('subcommands, chapter ids and sections, quiz ids', () => {
    expect(zsh(['lm-explain', ''])).toEqual(EXPLAIN_COMMANDS);
    expect(zsh(['lm-explain', '--pack', READER, 'show', ''])).toEqual(READER_CHAPTERS);
    expect(zsh(['lm-explain', 'show', ''], { env: { LM_PACK: READER } })).toEqual(READER_CHAPTERS);
    expect(zsh(['lm-quiz', '--pack', QUIZ, 'reset', '--topic', ''])).toEqual(['basics', 'numbers']);
    expect(zsh(['lm-lint', '--format', ''])).toEqual(['stylish', 'json', 'github', 'sarif']);
  });
});

describe('fish (complete -C)', () => {
  test('subcommands, options, chapter ids and sections, quiz ids, formats', () => {
    expect(fish('lm-explain ti')).toEqual(['timeline']);
    expect(fish('lm-explain --co')).toEqual(['--color']);
    expect(fish(`lm-explain --pack ${READER} show `).sort()).toEqual([...READER_CHAPTERS].sort());
    expect(fish('lm-explain show stages#', { env: { LM_PACK: READER } }).sort()).toEqual(['stages#llm', 'stages#nlm', 'stages#slm']);
    expect(fish(`lm-quiz --pack ${QUIZ} reset --topic `).sort()).toEqual(['basics', 'numbers']);
    expect(fish(`lm-quiz --pack ${QUIZ} nu`)).toEqual(['numbers']);
    expect(fish('lm-lint --format ').sort()).toEqual(['github', 'json', 'sarif', 'stylish']);
    expect(fish('lm-quiz completion ').sort()).toEqual(['bash', 'fish', 'zsh']);
  });
});

describe('a real Tab in a terminal (tmux)', () => {
  const sessions: string[] = [];
  // A server of our own: other test files start and stop sessions on the default one at the same time.
  const socket = `lm-complete-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const screen = (name: string) => tmux('capture-pane', '-p', '-t', name);
  afterEach(() => {
    for (const name of sessions.splice(0)) {
      try {
        tmux('kill-session', '-t', name);
      } catch {
        // already gone
      }
    }
  });

  async function waitFor(name: string, text: string | RegExp): Promise<void> {
    const until = Date.now() + 15_000;
    const seen = () => (typeof text === 'string' ? screen(name).includes(text) : text.test(screen(name)));
    while (!seen()) {
      if (Date.now() > until) throw new Error(`timed out waiting for "${text}"; the screen:\n${screen(name)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  // zsh from $fpath: the script saved as _lm-explain, autoloaded by compinit at the first Tab.
  const fpath = join(tmp, 'zsh-functions');
  const shells: [label: string, shell: string, start: string, load: string][] = [
    ['bash', 'bash', 'bash --norc --noprofile', 'source <(lm-explain completion bash)'],
    ['zsh, sourced', 'zsh', 'zsh -f', 'autoload -U compinit && compinit -u -D && source <(lm-explain completion zsh)'],
    ['zsh, from $fpath', 'zsh', 'zsh -f', `mkdir -p ${fpath} && lm-explain completion zsh > ${fpath}/_lm-explain && fpath=(${fpath} $fpath) && autoload -U compinit && compinit -u -D`],
    ['fish', 'fish', 'fish --no-config', 'lm-explain completion fish | source'],
  ];
  for (const [label, shell, start, load] of shells) {
    test(`${label}: Tab completes a subcommand, then a chapter and its section`, async () => {
      requireShell('tmux');
      requireShell(shell);
      const name = `lm-complete-${label.replace(/\W+/g, '-')}-${process.pid}`;
      const vars = Object.entries(env({ LM_PACK: READER })).map(([k, v]) => `${k}='${v}'`);
      tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '20', `env -i ${vars.join(' ')} TERM=xterm ${start}`);
      sessions.push(name);
      tmux('send-keys', '-t', name, `${load}; echo loaded-ok`, 'Enter');
      await waitFor(name, '\nloaded-ok');
      tmux('send-keys', '-t', name, 'clear', 'Enter');
      tmux('send-keys', '-t', name, 'lm-explain tim', 'Tab');
      await waitFor(name, 'lm-explain timeline');
      tmux('send-keys', '-t', name, 'C-u');
      tmux('send-keys', '-t', name, 'lm-explain show basics#t', 'Tab');
      // zsh quotes the # it inserts (basics\#tokens); the shell passes basics#tokens either way.
      await waitFor(name, /lm-explain show basics\\?#tokens/);
    });
  }
});
