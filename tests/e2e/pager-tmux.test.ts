/**
 * The pager path in a real terminal: tmux runs the built binary in a
 * detached 80x24 session; a chapter taller than the screen opens in
 * `less`, `q` quits it, and the binary exits 0. With --no-pager the
 * chapter is printed straight to the terminal. Needs `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, test } from 'vitest';
import { ROOT } from '../helpers/run-bin.js';
import { testNeeding } from '../helpers/external.js';

const PACK = join(ROOT, 'tests', 'fixtures', 'reader');
const sessions: string[] = [];
/** A tmux server of this file's own, so parallel test files never stop each other's sessions. */
const SOCKET = `lm-pager-tmux-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
}

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Starts the binary in a new detached session; returns the session name and the file its exit code goes to. */
function start(args: string[], env: Record<string, string>): { name: string; exitFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lm-tmux-'));
  const name = `lm-pager-${process.pid}-${sessions.length}`;
  const exitFile = join(dir, 'exit');
  const vars = Object.entries({ LANG: 'en_US.UTF-8', LM_STATE_DIR: dir, NO_COLOR: '1', ...env }).map(([k, v]) => `${k}=${quote(v)}`);
  const command = `env -u PAGER -u LESS ${vars.join(' ')} ${quote(process.execPath)} ${quote(join(ROOT, 'bin', 'lm-explain.js'))} ${args.map(quote).join(' ')}; echo $? > ${quote(exitFile)}; sleep 30`;
  tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', command);
  sessions.push(name);
  return { name, exitFile };
}

async function waitFor<T>(probe: () => T | undefined, what: string, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const screen = (name: string) => tmux('capture-pane', '-p', '-t', name);

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // no server left
  }
});

afterEach(() => {
  while (sessions.length > 0) {
    try {
      tmux('kill-session', '-t', sessions.pop()!);
    } catch {
      // already gone
    }
  }
});

testNeeding(['tmux', 'less'])('a chapter taller than the screen opens in the pager; q quits it and the binary exits 0', async () => {
  const { name, exitFile } = start(['show', 'basics'], { LM_PACK: PACK, LM_PAGER: 'less', TERM: 'xterm-256color' });
  const first = await waitFor(() => {
    const s = screen(name);
    return s.includes('# What is a language model?') && /q quits/.test(s.split('\n').filter(Boolean).pop() ?? '') ? s : undefined;
  }, 'less to show the chapter');
  // Issue 18 item 7: the prompt says how to quit, page and go back.
  expect(first.split('\n').filter(Boolean).pop()).toMatch(/^1(\/\d+)? +\(q quits, space pages on, b goes back, \/word searches\)$/);
  expect(first.split('\n')[0]).toBe('# What is a language model?');
  expect(first).not.toContain('Next: 2. Four stages');
  expect(existsSync(exitFile)).toBe(false);
  tmux('send-keys', '-t', name, 'G');
  await waitFor(() => (screen(name).includes('Next: 2. Four stages') ? true : undefined), 'the end of the chapter in less');
  tmux('send-keys', '-t', name, 'q');
  const code = await waitFor(() => (existsSync(exitFile) ? readFileSync(exitFile, 'utf8').trim() : undefined), 'the binary to exit');
  expect(code).toBe('0');
  // less cleared the screen on q; the way on is printed again after it.
  expect(screen(name)).toContain('Next: 2. Four stages   lm-explain next');
});

test('q on the first page still leaves the way on (next chapter) on the screen', async () => {
  const { name, exitFile } = start(['show', 'basics'], { LM_PACK: PACK, LM_PAGER: 'less', TERM: 'xterm-256color' });
  await waitFor(() => (/q quits/.test(screen(name)) ? true : undefined), 'less to show the chapter');
  tmux('send-keys', '-t', name, 'q');
  await waitFor(() => (existsSync(exitFile) ? true : undefined), 'the binary to exit');
  const after = screen(name);
  expect(after).toContain('Next: 2. Four stages   lm-explain next');
  expect(after).not.toContain('# What is a language model?');
});

testNeeding(['tmux', 'less'])('with --no-pager the chapter goes straight to the terminal', async () => {
  const { name, exitFile } = start(['show', 'basics', '--no-pager'], { LM_PACK: PACK, LM_PAGER: 'less', TERM: 'xterm-256color' });
  const code = await waitFor(() => (existsSync(exitFile) ? readFileSync(exitFile, 'utf8').trim() : undefined), 'the binary to exit');
  expect(code).toBe('0');
  expect(screen(name)).toContain('Next: 2. Four stages   lm-explain next');
});

testNeeding(['tmux', 'less'])('a short screen is not paged', async () => {
  const { name, exitFile } = start(['term', 'token'], { LM_PACK: PACK, LM_PAGER: 'less', TERM: 'xterm-256color' });
  const code = await waitFor(() => (existsSync(exitFile) ? readFileSync(exitFile, 'utf8').trim() : undefined), 'the binary to exit');
  expect(code).toBe('0');
  expect(screen(name)).toContain('Read more: lm-explain show basics#tokens');
});
