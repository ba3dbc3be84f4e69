import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseProgress, PROGRESS_FILE, ProgressStore } from '../../src/state/progress.js';

const messages = {
  unreadable: (file: string, why: string) => `unreadable ${file} ${why}`,
  corrupt: (aside: string) => `corrupt ${aside}`,
  unwritable: (file: string, why: string) => `unwritable ${file} ${why}`,
};

function open(dir: string, pack = 'p') {
  const warnings: string[] = [];
  const store = ProgressStore.open(dir, pack, { now: () => new Date('2026-01-02T03:04:05Z'), warn: (l) => warnings.push(l), messages });
  return { store, warnings };
}

describe('ProgressStore', () => {
  test('a missing file is a first run: no warning, nothing read', () => {
    const { store, warnings } = open(mkdtempSync(join(tmpdir(), 'lm-progress-')));
    expect(store.pack).toEqual({ read: [] });
    expect(warnings).toEqual([]);
  });

  test('records the last chapter and chapters read, and reads them back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-progress-'));
    const first = open(dir).store;
    first.shown('a', true);
    first.shown('b', false);
    first.shown('a', true);
    const again = open(dir).store;
    expect(again.pack.last).toBe('a');
    expect(again.pack.read).toEqual(['a']);
    expect(open(dir, 'other').store.pack).toEqual({ read: [] });
    expect(JSON.parse(readFileSync(join(dir, PROGRESS_FILE), 'utf8')).version).toBe(1);
  });

  test('a corrupt file is moved aside with a one-line warning and reading goes on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-progress-'));
    writeFileSync(join(dir, PROGRESS_FILE), '{ not json');
    const { store, warnings } = open(dir);
    expect(store.pack).toEqual({ read: [] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^corrupt .*progress\.json\.corrupt-/);
    expect(readdirSync(dir).some((f) => f.startsWith(`${PROGRESS_FILE}.corrupt-`))).toBe(true);
    store.shown('a', true);
    expect(open(dir).store.pack.read).toEqual(['a']);
  });

  test('a file of the wrong shape counts as corrupt', () => {
    expect(parseProgress('{"version":1,"packs":{"p":{"read":"a"}}}')).toBeUndefined();
    expect(parseProgress('[]')).toBeUndefined();
    expect(parseProgress('{"version":2,"packs":{}}')).toBeUndefined();
    expect(parseProgress('{"version":1,"packs":{"p":{"read":["a"],"last":"a"}}}')).toEqual({ version: 1, packs: { p: { read: ['a'], last: 'a' } } });
  });

  test('an unreadable progress file never stops reading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-progress-'));
    mkdirSync(join(dir, PROGRESS_FILE)); // a directory where the file should be: EISDIR, even for root
    const { store, warnings } = open(dir);
    expect(store.pack).toEqual({ read: [] });
    expect(warnings).toEqual([`unreadable ${join(dir, PROGRESS_FILE)} is a directory`]);
  });

  test('a state directory that cannot be written gets a warning, not an error', () => {
    const parent = mkdtempSync(join(tmpdir(), 'lm-progress-'));
    const notADir = join(parent, 'file');
    writeFileSync(notADir, 'x');
    const { store, warnings } = open(join(notADir, 'state'));
    expect(() => store.shown('a', true)).not.toThrow();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^unwritable .*state\/progress\.json/);
  });
});
