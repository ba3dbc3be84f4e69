/**
 * The promise of the reader: no rendered line is wider than asked, none
 * starts with closing punctuation or ends with opening punctuation, in
 * either language, for every chapter of the built-in course and the reader
 * fixture, at widths 40 to 160. Asserts properties only, never wording.
 */
import { describe, expect, test } from 'vitest';
import { builtinPackDir } from '../../src/course/pack-files.js';
import { Course } from '../../src/course/course.js';
import { homeCommand } from '../../src/reader/home.js';
import { listCommand } from '../../src/reader/list.js';
import { modelsCommand } from '../../src/reader/models.js';
import { searchCommand } from '../../src/reader/search.js';
import { showCommand } from '../../src/reader/show.js';
import { timelineCommand } from '../../src/reader/timeline.js';
import { stripAnsi } from '../../src/text/ansi.js';
import { isNoEnd, isNoStart } from '../../src/text/kinsoku.js';
import { displayWidth, graphemes } from '../../src/text/width.js';
import { READER_PACK, reader } from '../reader/helpers.js';

// 40 to 160 is the promise; 20 and 30 (the --width floor) hold it too.
const WIDTHS = [20, 30, 40, 60, 80, 120, 160];
const PACKS = { builtin: builtinPackDir(), fixture: READER_PACK };

/** An id `list` prints on a line of its own, which may pass the width rather than be cut (issue 18 item 3). */
const ID_LINE = /^\s*[a-z0-9][\w-]*(#[\w-]+)?$/;

/**
 * A command to type is never broken (tests/reader/hints-keep.test.ts): with this run's --pack, a
 * line that starts with the program and its --pack may be wider, as long as what follows fits.
 */
function commandOverflow(line: string, width: number, packArg: string): boolean {
  const m = new RegExp(`^\\s*lm-(?:explain|quiz) ${packArg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(line);
  return m !== null && displayWidth(line.slice(m[0].length)) <= width;
}

/** Lines that break a rule, as `width: line` strings (empty when all is well); `ids`: id lines may be wider. */
function badLines(output: string, width: number, ids = false, packArg = ''): string[] {
  const bad: string[] = [];
  for (const raw of output.split('\n')) {
    const line = stripAnsi(raw);
    const allowed = (ids && ID_LINE.test(line)) || (packArg !== '' && commandOverflow(line, width, packArg));
    if (displayWidth(line) > width && !allowed) bad.push(`too wide (${displayWidth(line)}): ${line}`);
    // A search snippet's leading "..." marks cut text; it is not a line break.
    const clusters = graphemes(line.trim().replace(/^\.\.\.(?!\.)/, ''));
    if (clusters.length > 0 && isNoStart(clusters[0]!)) bad.push(`starts with closing punctuation: ${line}`);
    if (clusters.length > 0 && isNoEnd(clusters[clusters.length - 1]!)) bad.push(`ends with opening punctuation: ${line}`);
  }
  return bad;
}

for (const [name, pack] of Object.entries(PACKS)) {
  const course = Course.open(pack);
  describe(`${name} pack`, () => {
    test('has chapters to check', () => {
      expect(course.chapterIds.length).toBeGreaterThan(0);
    });
    for (const lang of course.languages) {
      for (const width of WIDTHS) {
        test(`every chapter in ${lang} at width ${width}`, async () => {
          const ctx = reader({ pack, lang, width, color: 'always' }).ctx();
          for (const id of course.chapterIds) {
            const out = await showCommand({ target: id }, ctx);
            expect(badLines(out, width, false, ctx.packArg), `${id}.${lang}.md`).toEqual([]);
          }
        });
        test(`home, list, models, timeline and search in ${lang} at width ${width}`, () => {
          const ctx = reader({ pack, lang, width, color: 'always' }).ctx();
          const search = searchCommand({ query: lang === 'zh' ? '模型' : 'model' }, ctx);
          const others = [homeCommand({}, ctx), modelsCommand({}, ctx), timelineCommand({}, ctx), typeof search === 'string' ? search : search.text];
          for (const out of others) {
            expect(badLines(out, width, false, ctx.packArg)).toEqual([]);
          }
          expect(badLines(listCommand({}, ctx), width, true, ctx.packArg)).toEqual([]);
        });
      }
      test(`no escape sequence without colour (${lang})`, async () => {
        const ctx = reader({ pack, lang, width: 80, color: 'never' }).ctx();
        for (const id of course.chapterIds) expect(await showCommand({ target: id }, ctx)).not.toContain('\u001b');
      });
    }
  });
}
