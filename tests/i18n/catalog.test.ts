/**
 * Every message table has one shape (src/i18n/catalog.ts): the same
 * messages once per interface language. Here each table is held to it:
 * the same keys in zh and en, a template in one is a template in the other
 * (taking the same arguments), and no message is empty.
 */
import { describe, expect, it } from 'vitest';
import { EXPLAIN_EXAMPLES, LINT_EXAMPLES, QUIZ_EXAMPLES, completionExamples } from '../../src/i18n/examples.js';
import { SHARED_HELP } from '../../src/i18n/help.js';
import { ANALYZE_MESSAGES } from '../../src/i18n/analyze.js';
import { inLang, type Catalog } from '../../src/i18n/catalog.js';
import { QUIZ_MESSAGES } from '../../src/i18n/quiz.js';
import { READER_MESSAGES } from '../../src/i18n/reader.js';
import { LAB_MESSAGES } from '../../src/lab/i18n/messages.js';
import { UI } from '../../src/lint/messages.js';
import { RULES } from '../../src/lint/registry.js';

/** Where the zh and en tables of a catalogue differ in shape, as paths; [] when they agree. */
function differences(en: unknown, zh: unknown, at = ''): string[] {
  if (typeof en === 'function' || typeof zh === 'function') {
    return typeof en === typeof zh && (en as () => void).length === (zh as () => void).length ? [] : [`${at}: a template in one language only, or with other arguments`];
  }
  // A message left empty on purpose is empty in both languages.
  if (typeof en === 'string' || typeof zh === 'string') return typeof en === typeof zh && (en === '') === (zh === '') ? [] : [`${at}: empty, or text in one language only`];
  // Lines of prose wrap differently in each language; any other list has one item per item.
  const prose = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((line) => typeof line === 'string' && line !== '');
  if (prose(en) && prose(zh)) return [];
  if (Array.isArray(en) || Array.isArray(zh)) {
    if (!Array.isArray(en) || !Array.isArray(zh) || en.length !== zh.length) return [`${at}: lists of different lengths`];
    return en.flatMap((item, i) => differences(item, zh[i], `${at}[${i}]`));
  }
  if (typeof en === 'object' && en !== null && typeof zh === 'object' && zh !== null) {
    const keys = [...new Set([...Object.keys(en), ...Object.keys(zh)])];
    return keys.flatMap((k) => differences((en as Record<string, unknown>)[k], (zh as Record<string, unknown>)[k], `${at}.${k}`));
  }
  return typeof en === typeof zh ? [] : [`${at}: of different types`];
}

const catalogues: [string, Catalog<unknown>][] = [
  ['reader', READER_MESSAGES],
  ['quiz', QUIZ_MESSAGES],
  ['item analysis', ANALYZE_MESSAGES],
  ['labs', LAB_MESSAGES],
  ['lm-lint', UI],
  ['help', SHARED_HELP],
  ...RULES.map((r): [string, Catalog<unknown>] => [`rule ${r.meta.id}`, r.meta.description]),
  ...[...Object.values(EXPLAIN_EXAMPLES).flat(), ...Object.values(QUIZ_EXAMPLES).flat(), ...LINT_EXAMPLES, ...completionExamples('lm-quiz')].flatMap(
    ([command, what]): [string, Catalog<unknown>][] =>
      typeof command === 'string' ? [[`example ${command}`, what]] : [[`example ${command.en}`, what], [`example ${command.en} (its command)`, command]],
  ),
];

describe('one shape for every message table', () => {
  it('has the catalogues of every part of the program', () => {
    expect(catalogues.length).toBeGreaterThan(6 + 30 + 40);
  });

  it.each(catalogues)('%s: the same messages in zh and en', (_name, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(['en', 'zh']);
    expect(differences(catalog.en, catalog.zh)).toEqual([]);
  });

  it('picks the table of the language, and English for a language without one', () => {
    const catalog: Catalog<string> = { en: 'hello', zh: '你好' };
    expect([inLang(catalog, 'zh'), inLang(catalog, 'en'), inLang(catalog, 'ja'), inLang(catalog, 'pt-BR')]).toEqual(['你好', 'hello', 'hello', 'hello']);
  });
});
