/**
 * Every command the reader prints must run as printed (issue 18 item 2): with
 * `--pack DIR` (a directory whose name needs quoting), the suggestions of the
 * home screen, chapter and section footers, `term` and `timeline` carry it.
 * Each suggestion is run through a real shell and must exit 0.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { packArgument } from '../../src/reader/format.js';
import { ROOT, runBin, tempStateDir } from '../helpers/run-bin.js';

const FIXTURE = join(ROOT, 'tests', 'fixtures', 'reader');

/** Each `lm-explain …` command in the output, to the end of its line. */
function printed(stdout: string): string[] {
  return [...stdout.matchAll(/lm-explain( --pack '[^']*'| --pack \S+)?(?: [\w#.-]+)+/g)].map((m) => m[0]).filter((c) => !c.includes('--help'));
}

test('packArgument quotes a directory for a POSIX shell only when it must', () => {
  expect(packArgument(undefined)).toBe('');
  expect(packArgument('./my-pack')).toBe('--pack ./my-pack');
  expect(packArgument("/tmp/it's a pack")).toBe(`--pack '/tmp/it'\\''s a pack'`);
});

test('with --pack, every suggested command carries it and runs as printed', () => {
  const pack = join(mkdtempSync(join(tmpdir(), 'lm-printed-')), 'my pack');
  cpSync(FIXTURE, pack, { recursive: true });
  const stateDir = tempStateDir();
  const explain = (args: string[]) => runBin('lm-explain', ['--pack', pack, '--width', '200', ...args], { stateDir });
  const outputs = [[], ['show', 'basics'], ['show', 'stages#slm'], ['show', 'models'], ['term', 'token'], ['timeline']].map((args) => {
    const r = explain(args);
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  });
  const commands = [...new Set(outputs.flatMap(printed))];
  expect(commands.length).toBeGreaterThanOrEqual(5);
  for (const cmd of commands) {
    expect(cmd).toContain(`--pack '${pack}'`);
    const bin = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'bin', 'lm-explain.js'))}`;
    const run = spawnSync('sh', ['-c', cmd.replace(/^lm-explain/, bin)], { encoding: 'utf8', env: { ...process.env, LM_STATE_DIR: stateDir, NO_COLOR: '1' } });
    expect(run.status, `${cmd}\n${run.stderr}`).toBe(0);
  }
  // The hints that name commands carry it too.
  expect(outputs[0]).toContain(`More: lm-explain --pack '${pack}' list`);
});

test('with --pack, the quiz\'s "Read more" carries it and runs as printed', () => {
  const pack = join(mkdtempSync(join(tmpdir(), 'lm-printed-')), 'my pack');
  cpSync(join(ROOT, 'tests', 'fixtures', 'mini'), pack, { recursive: true });
  const answers = join(pack, '..', 'answers.json');
  writeFileSync(answers, '{}\n');
  const stateDir = tempStateDir();
  const quiz = runBin('lm-quiz', ['--pack', pack, '--lang', 'en', 'all', '-n', '2', '--seed', '1', '--answers', answers], { stateDir, env: { COLUMNS: '200' } });
  expect(quiz.code, quiz.stderr).toBe(0);
  const commands = [...new Set(printed(quiz.stdout))];
  expect(commands.length).toBeGreaterThanOrEqual(1);
  for (const cmd of commands) {
    expect(cmd).toMatch(new RegExp(`^lm-explain --pack '${pack.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' show basics#`));
    const bin = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'bin', 'lm-explain.js'))}`;
    const run = spawnSync('sh', ['-c', cmd.replace(/^lm-explain/, bin)], { encoding: 'utf8', env: { ...process.env, LM_STATE_DIR: stateDir, NO_COLOR: '1' } });
    expect(run.status, `${cmd}\n${run.stderr}`).toBe(0);
  }
});
