import { describe, expect, it } from 'vitest';
import { quizMessages } from '../../../src/i18n/quiz.js';
import { history } from '../../../src/quiz/commands/history.js';
import { list } from '../../../src/quiz/commands/list.js';
import { commandLine } from '../../../src/render/layout.js';
import { hint } from '../../../src/quiz/render/wrap.js';
import { displayWidth } from '../../../src/text/width.js';
import { memoryIo } from '../../helpers/io.js';
import { tempStateDir } from '../../helpers/run-bin.js';

const LANGS = ['en', 'zh'] as const;

/** The lines of `lm-quiz list` on the built-in course at `width`. */
async function listed(lang: string, width: number): Promise<string[]> {
  const m = memoryIo({ env: { LM_STATE_DIR: tempStateDir(), NO_COLOR: '1' } });
  expect(await list({ lang, width }, m)).toBe(0);
  return m.out().trimEnd().split('\n');
}

/** Every piece of a kept command is on a line holding the whole command (`lm-quiz` / `<测验或主题>` split it in two). */
function expectWhole(lines: string[], whole: readonly string[], where: string): void {
  for (const phrase of whole) expect(lines.some((line) => line.includes(phrase)), `${where}: ${phrase}`).toBe(true);
  for (const line of lines) {
    for (const piece of ['lm-quiz', '<', '>', '--missed']) {
      if (line.includes(piece)) expect(whole.some((phrase) => phrase.includes(piece) && line.includes(phrase)), `${where}: ${line}`).toBe(true);
    }
  }
}

// The closing hint was printed as one line whatever the width: a 20- to 40-column terminal cut it anywhere.
describe('lm-quiz list in a narrow terminal', () => {
  for (const lang of LANGS) {
    it(`${lang}: at widths 20 to 60, no line wider than the width and each command whole`, async () => {
      const t = quizMessages(lang);
      const commands = t.keepWhole.filter((phrase) => t.listHint.includes(phrase));
      expect(commands).toHaveLength(2);
      for (let width = 20; width <= 60; width++) {
        const lines = await listed(lang, width);
        const hintLines = lines.slice(lines.lastIndexOf('') + 1);
        expectWhole(hintLines, commands, `${lang} ${width}`);
        // A command wider than the line (en: `lm-quiz <quiz or topic>`, 23 columns, at 20) stands alone on its line, unindented.
        for (const line of lines) if (!commands.includes(line)) expect(displayWidth(line), `${lang} ${width}: ${line}`).toBeLessThanOrEqual(width);
      }
    });

    it(`${lang}: at 80 columns, one line as before`, async () => {
      const lines = await listed(lang, 80);
      expect(lines.at(-1)).toBe(quizMessages(lang).listHint);
    });
  }
});

// The other hints naming a command: due for review (the menu), practise what you missed (stats: tests/quiz/commands/history.test.ts).
describe('every lm-quiz hint that names a command keeps it whole', () => {
  for (const lang of LANGS) {
    it(`${lang}: dueCount and practiseMissedHint at widths 20 to 60`, () => {
      const t = quizMessages(lang);
      const texts = [t.dueCount(12), t.practiseMissedHint];
      for (let width = 20; width <= 60; width++) {
        for (const text of texts) {
          const lines = hint(text, width, t.keepWhole);
          const whole = t.keepWhole.filter((phrase) => text.includes(phrase) && !t.keepWhole.some((other) => other !== phrase && other.includes(phrase) && text.includes(other)));
          expectWhole(lines, whole, `${lang} ${width}`);
          for (const line of lines) if (!whole.includes(line)) expect(displayWidth(line), `${lang} ${width}: ${line}`).toBeLessThanOrEqual(width);
          // Nothing lost or added but line breaks and the hanging indent.
          expect(lines.map((line) => line.trim()).join(' ').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        }
      }
    });
  }
});

// A command on a line of its own (Read more, the summary's and the stats' chapters to read) was indented
// whatever the width: a 28-column command 10 columns in was cut by a 30-column terminal.
describe('commandLine', () => {
  it('indents while the line fits, then two columns, then none', () => {
    const cmd = 'lm-explain show stages#slm';
    expect(commandLine('          ', cmd, 80)).toBe(`          ${cmd}`);
    expect(commandLine('          ', cmd, 30)).toBe(`  ${cmd}`);
    expect(commandLine('          ', cmd, 27)).toBe(cmd);
    expect(commandLine('  ', `\u001b[36m${cmd}\u001b[39m`, 28)).toBe(`  \u001b[36m${cmd}\u001b[39m`);
  });
});

// lm-quiz printed `lm-quiz all` without the --pack it was given: copied, it ran on the built-in course.
describe('the commands lm-quiz prints carry --pack DIR', () => {
  const PACK = 'tests/fixtures/quiz-pack';
  for (const lang of LANGS) {
    it(`${lang}: list's hint and history's first-run hint name the pack`, async () => {
      const m = memoryIo({ env: { LM_STATE_DIR: tempStateDir(), NO_COLOR: '1' } });
      expect(await list({ lang, width: 100, pack: PACK }, m)).toBe(0);
      const lines = m.out().trimEnd().split('\n');
      const hintLines = lines.slice(lines.lastIndexOf('') + 1);
      expectWhole(hintLines, [`lm-quiz --pack ${PACK} all`, `lm-quiz --pack ${PACK} ${lang === 'en' ? '<quiz or topic>' : '<测验或主题>'}`], lang);
      expect(hintLines.join('\n').match(/lm-quiz/g)).toHaveLength(2);
      const h = memoryIo({ env: { LM_STATE_DIR: tempStateDir(), NO_COLOR: '1' } });
      expect(await history({ lang, pack: PACK }, h)).toBe(0);
      expect(h.out().trim()).toMatch(new RegExp(`lm-quiz --pack ${PACK}$`));
    });
  }
});

// A pass mark split at its space (`pass` / `70%`, `及格线` / `70%`) read as a stray number.
describe('lm-quiz list keeps each pass mark on one line', () => {
  for (const lang of LANGS) {
    it(`${lang}: at widths 20 to 60`, async () => {
      const word = quizMessages(lang).passMark('70').replace(/ 70%$/, '');
      for (let width = 20; width <= 60; width++) {
        const lines = await listed(lang, width);
        const marks = lines.filter((line) => /\d+%/.test(line));
        expect(marks.length, `${lang} ${width}`).toBeGreaterThan(0);
        for (const line of marks) expect(line, `${lang} ${width}`).toMatch(new RegExp(`${word} \\d+%`));
      }
    });
  }
});
