import { describe, expect, it } from 'vitest';
import { homeCommand } from '../../src/reader/home.js';
import { showCommand } from '../../src/reader/show.js';
import { READER_PACK, reader, text } from './helpers.js';

// Every command a hint names runs as printed only if it can be copied whole: the quiz already
// prints its commands unbroken; the reader's hints broke `lm-quiz --pack` / `DIR` across lines.
describe('reader hints with --pack', () => {
  for (const width of [20, 30, 40, 60]) {
    it(`never break a program from its --pack at width ${width}`, async () => {
      const r = reader({ pack: READER_PACK, width });
      const home = text(await homeCommand({}, r.ctx()));
      const ids = r.ctx().course.chapterIds;
      const last = text(await showCommand({ target: ids[ids.length - 1]! }, r.ctx()));
      for (const out of [home, last]) {
        const lines = out.split('\n');
        const named = lines.filter((line) => line.includes('--pack'));
        expect(named.length).toBeGreaterThan(0);
        for (const line of named) expect(line).toMatch(new RegExp(`lm-(explain|quiz) --pack ${READER_PACK}`));
        // Nothing else is wider than the line.
        for (const line of lines) if (!line.includes('--pack')) expect(line.length).toBeLessThanOrEqual(width);
      }
    });
  }
});

// `search <词>` broke between `search` and `<词>`, and inside `<词>` (a CJK character beside `<`): half a command to copy.
describe('the home hint keeps each command with its placeholder', () => {
  const WHOLE = { en: ['lm-explain list', 'search <words>', 'term <word>'], zh: ['lm-explain list', 'search <词>', 'term <词>'] } as const;
  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: at widths 20 to 60, with and without --pack`, async () => {
      for (const pack of [undefined, READER_PACK]) {
        for (let width = 20; width <= 60; width++) {
          const home = text(await homeCommand({}, reader({ lang, width, pack }).ctx()));
          const hint = home.slice(home.indexOf(lang === 'en' ? 'More:' : '更多：')).split('\n').slice(0, -2);
          const whole = WHOLE[lang].map((phrase) => (pack ? phrase.replace('lm-explain', `lm-explain --pack ${pack}`) : phrase));
          // Every piece of a command is on the line that holds the whole command.
          for (const line of hint) {
            // A separator ends the line before (`list ·`), never starts one (`  · timeline ·` at width 20).
            expect(line.trimStart().startsWith('·'), `${width}: ${line}`).toBe(false);
            for (const piece of ['lm-explain', 'list', 'search', 'term', '<', '>']) {
              if (line.includes(piece)) expect(whole.some((phrase) => phrase.includes(piece) && line.includes(phrase)), `${width}: ${line}`).toBe(true);
            }
          }
          for (const phrase of whole) expect(hint.some((line) => line.includes(phrase)), `${width}: ${phrase}`).toBe(true);
        }
      }
    });
  }
});
