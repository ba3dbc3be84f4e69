/**
 * `__proto__`, `constructor` and `prototype` as keys, ids and input never
 * reach an object's prototype: through every loader (as map keys at every
 * level), as a pack id, a topic, a quiz target, a progress entry and a unit
 * typed in a numeric answer.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPack } from '../../src/course/pack-model.js';
import { parseNumber } from '../../src/quiz/engine/numeric.js';
import { parseProgress, ProgressStore } from '../../src/state/progress.js';
import { packFrom, runCli } from './packs.js';

const KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Every map in a loaded pack: each must have Object.prototype (or none) as its prototype, and no polluted key. */
function maps(value: unknown, seen = new Set<unknown>()): object[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const own = Array.isArray(value) ? [] : [value];
  return [...own, ...Object.values(value).flatMap((v) => maps(v, seen))];
}

/** One file per place a key can go: top level, inside a record, inside a localised text, a list item, a nested item. */
function hostileFiles(key: string): Record<string, string> {
  const k = JSON.stringify(key);
  return {
    'content/course.yaml': `id: mini\n${k}: { polluted: yes }\ntitle: { zh: 迷你, en: Mini, ${k}: { polluted: yes } }\nlanguages: [zh, en]\nchapters: [basics]\ntopics:\n  basics: { zh: 基础, en: Basics }\n  ${k}: { zh: 坏, en: Bad, polluted: yes }\n`,
    'content/glossary.yaml': `terms:\n  - id: a\n    ${k}: { polluted: yes }\n    term: { en: A, ${k}: x }\n    aliases: { en: [b], ${k}: [polluted] }\n    definition: { en: d }\n    ref: basics\n`,
    'content/models.yaml': `${k}: { polluted: yes }\nmodels:\n  - id: m\n    name: { en: M, ${k}: P }\n    org: O\n    year: 2020\n    params: 1\n    origin: china\n    ref: basics\n    ${k}: { polluted: yes }\n`,
    'content/timeline.yaml': `stages:\n  - id: s\n    name: { en: S }\n    period: { en: P }\n    idea: { en: I, ${k}: { polluted: yes } }\n    ref: basics\n    ${k}: 1\n`,
    'quizzes/extra.yaml': `id: extra\ntitle: { en: Extra, ${k}: x }\ntopic: basics\n${k}: { polluted: yes }\nquestions:\n  - id: q\n    type: single\n    ref: basics\n    prompt: { en: P }\n    explain: { en: E }\n    ${k}: { polluted: yes }\n    choices:\n      - text: { en: A, ${k}: { polluted: yes } }\n        correct: true\n        ${k}: 1\n      - text: B\n`,
    'content/basics.en.md': `---\nid: basics\ntitle: Basics\nsummary: s\n${k}: { polluted: yes }\n---\n\n## A {#a}\n\nText.\n`,
  };
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe.each(KEYS)('the key %s', (key) => {
  it('never becomes a prototype or pollutes Object.prototype through any loader; each use is a finding or dropped', () => {
    const root = packFrom('mini', hostileFiles(key));
    const pack = readPack(root);
    const loaded = [pack.manifest.data, pack.glossary?.entries, pack.models?.entries, pack.timeline?.entries, pack.quizzes.map((q) => [q.header, q.entries]), pack.chapters.map((c) => c.frontMatter)];
    for (const map of maps(loaded)) {
      const proto = Object.getPrototypeOf(map);
      expect(proto === Object.prototype || proto === null, `a map with prototype ${String(proto)}`).toBe(true);
      expect(Object.getOwnPropertyNames(map)).not.toContain('polluted');
    }
    // Every file says something about the key (unknown key or not a language code), except `__proto__`
    // inside maps of free keys (topics, localised texts), which zod leaves out of the data silently.
    const files = new Set(pack.findings.filter((f) => f.message.includes(key)).map((f) => f.file.replace(`${root}/`, '')));
    expect([...files].sort()).toEqual(Object.keys(hostileFiles(key)).sort());
  });

  it('as a unit typed after a number is an unknown unit, not an Object.prototype member', () => {
    expect(parseNumber(`5 ${key}`)).toEqual({ ok: false, error: 'unit', unit: key.toLowerCase() });
    expect(parseNumber(`5${key}`)).toMatchObject({ ok: false });
  });

  it('as a progress entry stays an entry (regression: `__proto__` replaced the prototype and was lost on write)', () => {
    const parsed = parseProgress(`{"version":1,"packs":{${JSON.stringify(key)}:{"read":["a"]},"other":{"read":[]}}}`);
    expect(Object.keys(parsed!.packs).sort()).toEqual([key, 'other'].sort());
    expect(JSON.parse(JSON.stringify(parsed)).packs[key]).toEqual({ read: ['a'] });
  });
});

describe('a pack whose id is `constructor`', () => {
  it('reads, shows and records progress (regression: every reader command crashed with exit 70)', async () => {
    const root = packFrom('mini', { 'content/course.yaml': readFileSync(join(packFrom('mini'), 'content/course.yaml'), 'utf8').replace('id: mini', 'id: constructor') });
    const state = mkdtempSync(join(tmpdir(), 'lm-state-'));
    for (const argv of [[], ['list'], ['show', 'basics'], ['next'], ['resume'], []]) {
      const r = await runCli('lm-explain', [...argv, '--pack', root, '--no-pager'], { state });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const progress = JSON.parse(readFileSync(join(state, 'progress.json'), 'utf8'));
    expect(Object.keys(progress.packs)).toEqual(['constructor']);
    // Piped output moves `last` on but is not a chapter read (issue 18 item 7).
    expect(progress.packs.constructor.last).toBe('basics');
    expect(progress.packs.constructor.read).toEqual([]);
  });

  it('a progress store for the pack `constructor` starts empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-progress-'));
    writeFileSync(join(dir, 'progress.json'), '{"version":1,"packs":{}}');
    const messages = { unreadable: () => '', corrupt: () => '', unwritable: () => '' };
    const store = ProgressStore.open(dir, 'constructor', { now: () => new Date(0), warn: () => {}, messages });
    expect(store.pack).toEqual({ read: [] });
  });
});

describe('quiz targets and topics named like Object.prototype members', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('`lm-quiz %s` is an unknown target (regression: it was taken for a topic with no questions)', async (target) => {
    const r = await runCli('lm-quiz', [target, '--pack', packFrom('mini'), '--answers', '-', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`lm-quiz: no quiz or topic named '${target}'`);
  });

  it('a quiz whose topic is `constructor` is listed under that name, not an empty one', async () => {
    const root = packFrom('mini', { 'quizzes/basics.yaml': readFileSync(join(packFrom('mini'), 'quizzes/basics.yaml'), 'utf8').replace('topic: basics', 'topic: constructor') });
    const r = await runCli('lm-quiz', ['list', '--pack', root, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^constructor\b/m);
  });
});
