/**
 * The tool's own Chinese must pass the Chinese typography it lints (issue 18
 * item 9): every zh interface string, and the zh --help of each binary, is
 * written into a chapter of a scratch pack and linted with our own zh-* rules.
 * Message functions are called with sample arguments (names, counts, lists).
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { lintPack } from '../src/api/lint.js';
import { SHARED_HELP } from '../src/i18n/help.js';
import { commanderMessageZh } from '../src/i18n/commander.js';
import { quizMessages } from '../src/i18n/quiz.js';
import { readerMessages } from '../src/i18n/reader.js';
import { ZH_CONFIRM } from '../src/io/confirm.js';
import { UI as LINT_UI } from '../src/lint/messages.js';
import { runBin } from './helpers/run-bin.js';

/** A list that reads as a name where a string is wanted (`${x}`), so one sample suits both kinds of parameter. */
const NAMES = Object.assign(['甲', '乙'], { toString: () => 'GPT-3' });
const SAMPLES: unknown[][] = [
  Array(5).fill(NAMES),
  Array(5).fill(3),
  [NAMES, 3, 3, NAMES, NAMES],
  [3, NAMES, NAMES, 3, 3],
  ...['single', 'multiple', 'truefalse', 'numeric', 'order', 'match'].map((type) => [NAMES, NAMES, type]),
];

/** Every string reachable in a message table, functions called with each set of samples that works. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (seen.has(value)) return [];
  seen.add(value);
  if (typeof value === 'function') {
    const out: string[] = [];
    for (const args of SAMPLES) {
      try {
        // A text that says `undefined` came from samples that do not suit the function.
        out.push(...strings((value as (...a: unknown[]) => unknown)(...args), seen).filter((t) => !t.includes('undefined')));
      } catch {
        // these samples do not suit this function
      }
    }
    return out;
  }
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, seen));
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap((v) => strings(v, seen));
  return [];
}

const COMMANDER_SAMPLES: [string, string][] = [
  ['commander.missingArgument', "error: missing required argument 'chapter'"],
  ['commander.unknownOption', "error: unknown option '--bogus'\n(Did you mean --both?)"],
  ['commander.excessArguments', "error: too many arguments for 'show'. Expected 1 argument but got 2."],
  ['commander.invalidArgument', "error: option '--color <when>' argument 'x' is invalid. Allowed choices are auto, always, never."],
  ['commander.optionMissingArgument', "error: option '--pack <dir>' argument missing"],
];

test('our own Chinese interface text passes our own zh typography rules', async () => {
  const texts = [
    ...strings(readerMessages('zh')),
    ...strings(quizMessages('zh')),
    ...strings(LINT_UI.zh),
    ...strings(SHARED_HELP.zh),
    ...strings(ZH_CONFIRM),
    ...COMMANDER_SAMPLES.map(([code, message]) => commanderMessageZh(code, message)),
    ...(['lm-explain', 'lm-quiz', 'lm-lint'] as const).map((bin) => runBin(bin, ['--help', '--lang', 'zh']).stdout),
  ].filter((t) => /\p{Script=Han}/u.test(t));
  expect(texts.length).toBeGreaterThan(200);

  const pack = mkdtempSync(join(tmpdir(), 'lm-ui-zh-'));
  cpSync(join(import.meta.dirname, 'fixtures', 'mini'), pack, { recursive: true });
  // One paragraph per string; help pages as code-free text, line by line.
  const body = texts.flatMap((t) => t.split('\n').map((line) => line.trim()).filter((line) => line !== '')).join('\n\n');
  writeFileSync(join(pack, 'content', 'basics.zh.md'), `---\ntitle: 界面\nsummary: 界面文字\n---\n\n${body}\n`);
  const { findings } = await lintPack(pack, { lang: 'zh' });
  const zh = findings.filter((f) => f.rule.startsWith('zh-'));
  // The defects issue 18 listed that no rule of this branch catches yet (issue 19 adds rules for them).
  const listed = [
    [/[：；，。！？] +\S/u, 'a space after full-width punctuation'],
    [/[\x21-\x7e] +[（【「“]/u, 'a space before a full-width bracket'],
    [/\p{Script=Han}\s*\(|\)\s*\p{Script=Han}|\([^()]*\p{Script=Han}[^()]*\)/u, 'ASCII brackets in Chinese'],
  ] as const;
  const plainLines = body.split('\n').filter((line) => !/^\s*-/.test(line) || /\p{Script=Han}/u.test(line));
  const defects = plainLines.flatMap((line) => listed.filter(([re]) => re.test(line.replace(/`[^`]*`/g, '`x`'))).map(([, what]) => `${what}: ${line}`));
  expect(defects).toEqual([]);
  const lines = `---\ntitle: 界面\nsummary: 界面文字\n---\n\n${body}\n`.split('\n');
  expect(zh.map((f) => `${f.rule}: ${lines[f.line - 1]}`)).toEqual([]);
});
