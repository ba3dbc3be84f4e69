/**
 * The home screen reads every chapter's front matter; in a pack of up to
 * MEMO_EVERY_CHAPTER chapters each parse is kept in the cache, so the next
 * run parses none of them (src/course/course.ts).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { homeCommand } from '../../src/reader/home.js';
import { reader, text } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every entry of the parse memo under a cache directory, with its modification time. */
function entries(cache: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const build of readdirSync(cache)) {
    const dir = join(cache, build, 'yaml-1');
    for (const name of readdirSync(dir)) out.set(name, statSync(join(dir, name)).mtimeMs);
  }
  return out;
}

it('home keeps each chapter front matter parse, and reads them all from the cache the next time', () => {
  const cache = mkdtempSync(join(tmpdir(), 'lm-home-memo-'));
  dirs.push(cache);
  const r = reader({ env: { LM_CACHE_DIR: cache } });
  const ctx = r.ctx();
  const first = text(homeCommand({}, ctx));
  const kept = entries(cache);
  // course.yaml, and one entry for each chapter's front matter.
  expect(kept.size).toBe(1 + ctx.course.chapterIds.length);
  expect(text(homeCommand({}, r.ctx()))).toBe(first);
  expect(entries(cache)).toEqual(kept);
});
