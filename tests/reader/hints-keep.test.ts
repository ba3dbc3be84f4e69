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
