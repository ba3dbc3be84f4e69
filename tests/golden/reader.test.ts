/**
 * Golden files: rendered screens of the reader fixture pack, compared byte
 * for byte. `UPDATE_GOLDEN=1 npx vitest run tests/golden` rewrites them;
 * review the diff before committing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { homeCommand } from '../../src/reader/home.js';
import { modelsCommand } from '../../src/reader/models.js';
import { showCommand } from '../../src/reader/show.js';
import { timelineCommand } from '../../src/reader/timeline.js';
import { reader } from '../reader/helpers.js';

const DIR = join(import.meta.dirname, 'reader');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const file = join(DIR, name);
  if (update || !existsSync(file)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    if (!update) throw new Error(`golden file ${name} was missing and has been written; review it and run again`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('chapters', () => {
  for (const lang of ['zh', 'en']) {
    for (const width of [40, 80]) {
      for (const color of ['never', 'always'] as const) {
        test(`basics, ${lang}, width ${width}, colour ${color}`, async () => {
          const out = await showCommand({ target: 'basics' }, reader({ lang, width, color }).ctx());
          golden(`basics.${lang}.${width}.${color === 'never' ? 'plain' : 'color'}.txt`, out);
        });
      }
    }
  }
});

describe('other screens', () => {
  for (const lang of ['zh', 'en']) {
    test(`home, models and timeline, ${lang}, width 60`, async () => {
      const r = reader({ lang, width: 60 });
      await showCommand({ target: 'basics' }, r.ctx());
      golden(`home.${lang}.60.txt`, homeCommand({}, r.ctx()));
      golden(`models.${lang}.60.txt`, modelsCommand({}, r.ctx()));
      golden(`timeline.${lang}.60.txt`, timelineCommand({}, r.ctx()));
    });
  }
});

describe('colour screens (each checked by eye as an image before it was frozen)', () => {
  for (const lang of ['zh', 'en']) {
    test(`models, ${lang}, width 60, colour always`, () => {
      golden(`models.${lang}.60.color.txt`, modelsCommand({}, reader({ lang, width: 60, color: 'always' }).ctx()));
    });
  }
});
