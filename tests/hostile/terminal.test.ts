/**
 * Terminal attacks in every string field of a pack (ESC/CSI, OSC 0/2/8/52,
 * C1, BEL, backspace, CR, U+202E: see writeHostilePack) never reach the
 * terminal raw, through every command of the three built binaries, in both
 * languages, with colour off (NO_COLOR), forced on (--color always) and on
 * with links (FORCE_COLOR=3, FORCE_HYPERLINK=1): stdout, stderr and the
 * files written (JUnit). `show --raw` is sanitised too, always: it prints the
 * Markdown source for reading, so it is held to the same rule as every other
 * output (use the file itself for the exact bytes). JSON output is checked
 * as text: JSON.stringify escapes C0 controls, and anything else would be raw.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYLOADS, writeHostilePack } from '../helpers/hostile-pack.js';
import { tempStateDir, type BinResult } from '../helpers/run-bin.js';
import { recordFigure } from '../reliability/figures.js';
import { rawSequences } from './raw.js';
import { runAll, runBinAsync, type Run } from './spawn.js';

const MODES = {
  'colour off': { args: [], env: {}, colour: false, hyperlinks: false },
  '--color always': { args: ['--color', 'always'], env: {}, colour: true, hyperlinks: false },
  'FORCE_COLOR=3 with links': { args: [], env: { NO_COLOR: undefined, FORCE_COLOR: '3', FORCE_HYPERLINK: '1', TERM: 'xterm-256color' }, colour: true, hyperlinks: true },
} as const;
type Mode = (typeof MODES)[keyof typeof MODES];

let pack = '';
let work = '';
let answers = '';
let badAnswers = '';

beforeAll(() => {
  pack = writeHostilePack();
  work = mkdtempSync(join(tmpdir(), 'lm-hostile-out-'));
  answers = join(work, 'answers.json');
  writeFileSync(answers, JSON.stringify({ 'q-single': 1, 'q-multiple': [1], 'q-tf': false, 'q-order': [2, 1, 0], 'q-numeric': 1, 'q-match': [2, 0, 1], 'evil\u001b]0;x\u0007': 1 }));
  badAnswers = join(work, 'bad.json');
  writeFileSync(badAnswers, JSON.stringify({ 'q-single': 'no such \u001b[2J choice', 'q-order': [0] }));
});

/** The runs of one sequence: reader commands in reading order (so next/prev/resume have progress), quiz, lint. */
function sequence(lang: string, mode: Mode, junit: string): Run[] {
  const state = tempStateDir();
  const x = (...args: string[]): Run => ({ name: 'lm-explain', args: [...args, '--pack', pack, '--lang', lang, '--no-pager', ...mode.args], env: mode.env, stateDir: state });
  const q = (...args: string[]): Run => ({ name: 'lm-quiz', args: [...args, '--pack', pack, '--lang', lang, ...mode.args], env: mode.env, stateDir: state });
  const l = (...args: string[]): Run => ({ name: 'lm-lint', args: [...args, '--lang', lang, ...mode.args], env: mode.env, stateDir: state });
  return [
    x(), x('list'), x('toc'), x('list', '--json'),
    x('show', 'evil'), x('show', '1'), x('show', 'ev'), x('show', 'evil#probability'), x('show', 'evil#prob'),
    x('show', 'evil', '--raw'), x('show', 'evil#probability', '--raw'), x('show', 'nope'), x('show', 'evil#nope'),
    x('next'), x('prev'), x('resume'), x(),
    x('search', 'probability'), x('search', '概率'), x('search', 'RED'), x('search', 'zzzz-nothing'),
    x('term', 'evil'), x('term', 'alias'), x('define', 'evil-term'), x('term', 'nothing-like-it'),
    x('models'), x('models', '--origin', 'china'), x('models', '--origin', 'international'), x('timeline'),
    q('evil', '--answers', answers), q('evil', '--answers', answers, '--json'), q('evil', '--answers', answers, '--junit', junit),
    q('evil', '--answers', badAnswers), q('all', '--answers', answers, '--fail-under', '100'),
    q('list'), q('history'), q('history', '--json'), q('stats'), q('stats', '--json'), q('review'), q('reset', '--yes'),
    l(pack), l(pack, '--format', 'json'), l(pack, '--format', 'github'), l(pack, '--format', 'sarif'), l('--fix-dry-run', pack),
  ];
}

interface Checked {
  label: string;
  found: string[];
  code: number | null;
}

const checked: Checked[] = [];

describe('a pack with terminal attacks in every string field', () => {
  // Every mode in English; Chinese with colour off and with everything on.
  const cases = Object.entries(MODES).flatMap(([name, mode]) => (name === '--color always' ? ['en'] : ['en', 'zh']).map((lang) => ({ name, mode, lang })));

  it('really holds every attack raw in its files (the check would see them)', () => {
    expect(rawSequences(readFileSync(join(pack, 'content/evil.en.md'), 'utf8'), { colour: false }).sort()).toEqual(['C0 control', 'C1 control', 'ESC', 'bidi control']);
    // In YAML they are written as double-quoted escapes, which the parser turns into the raw characters.
    for (const file of ['quizzes/evil.yaml', 'content/glossary.yaml', 'content/course.yaml']) {
      expect(readFileSync(join(pack, file), 'utf8')).toContain('\\u001b]52;c;');
    }
  });

  it.each(cases)('no raw sequence reaches output: $lang, $name', async ({ name, mode, lang }) => {
    const junit = join(work, `junit-${lang}-${name.replace(/\W+/g, '-')}.xml`);
    const runs = sequence(lang, mode, junit);
    // The reader commands depend on each other's progress; everything else may run at once.
    const reader = runs.filter((r) => r.name === 'lm-explain');
    const others = runs.filter((r) => r.name !== 'lm-explain');
    const inOrder = async (): Promise<BinResult[]> => {
      const out: BinResult[] = [];
      for (const r of reader) out.push(await runBinAsync(r));
      return out;
    };
    const [read, rest] = await Promise.all([inOrder(), runAll(others, 2)]);
    const results = [...read, ...rest];
    const ordered = [...reader, ...others];
    ordered.forEach((run, i) => {
      const result = results[i]!;
      const label = `${run.name} ${run.args.slice(0, 3).join(' ')} (${lang}, ${name})`;
      const found = [
        ...rawSequences(result.stdout, mode).map((f) => `stdout: ${f}`),
        ...rawSequences(result.stderr, mode).map((f) => `stderr: ${f}`),
      ];
      checked.push({ label, found, code: result.code });
      expect(found, `${label}\n${result.stdout}\n${result.stderr}`).toEqual([]);
      expect([0, 1, 2], `${label}: exit ${result.code}\n${result.stderr}`).toContain(result.code);
      expect(result.stderr, label).not.toMatch(/internal error|^\s+at /m);
    });
    const xml = readFileSync(junit, 'utf8');
    const inFile = rawSequences(xml, { colour: false });
    checked.push({ label: `junit file (${lang}, ${name})`, found: inFile, code: 0 });
    expect(inFile).toEqual([]);
    expect(xml).toContain('<testcase');
  }, 120_000);
});

afterAll(() => {
  const fields = ['content/course.yaml', 'content/evil.zh.md', 'content/evil.en.md', 'content/glossary.yaml', 'content/models.yaml', 'content/timeline.yaml', 'quizzes/evil.yaml']
    .map((f) => readFileSync(join(pack, f), 'utf8').split(PAYLOADS.csi!).length - 1)
    .reduce((a, b) => a + b, 0);
  recordFigure({
    kind: 'hostile',
    what: 'every command, 3 colour modes, 2 languages',
    strings: fields * Object.keys(PAYLOADS).length,
    outputs: checked.length * 2,
    raw: checked.filter((c) => c.found.length > 0).length,
  });
});
