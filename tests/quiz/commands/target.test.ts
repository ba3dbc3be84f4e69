import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Course } from '../../../src/course/course.js';
import { ContentError } from '../../../src/errors.js';
import { setup } from '../../../src/quiz/commands/setup.js';
import { poolFor, quizzesFor, targetTitle } from '../../../src/quiz/commands/target.js';
import { memoryIo } from '../../helpers/io.js';

const PACK = join(import.meta.dirname, '..', '..', 'fixtures', 'quiz-pack');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The quiz pack copied, with `quizzes/<name>` replaced by `text`. */
function packWith(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lm-target-'));
  made.push(dir);
  cpSync(PACK, dir, { recursive: true });
  writeFileSync(join(dir, 'quizzes', name), text);
  return dir;
}

const quizSetup = (pack: string) => setup({ pack, lang: 'en' }, memoryIo({ env: { NO_COLOR: '1' } }));

describe('a quiz named by its id', () => {
  it('is read from its own file: another quiz file that is broken does not stop it', () => {
    const pack = packWith('numbers.yaml', 'id: [broken\n');
    const s = quizSetup(pack);
    expect(quizzesFor('basics', s).map((q) => q.id)).toEqual(['basics']);
    expect(poolFor('basics', s).length).toBeGreaterThan(0);
    expect(targetTitle('basics', s)).toBe('Basics quiz');
    // Every file is still read for `all` and for a topic, and the broken one is reported then.
    expect(() => quizzesFor('all', s)).toThrow(ContentError);
    expect(() => quizSetup(pack).course.quizzes()).toThrow(/quiz 'numbers' is not valid/);
  });

  it('reads the same quiz as reading every file does', () => {
    const one = Course.open(PACK).quiz('numbers');
    expect(one?.id).toBe('numbers');
    expect(one).toEqual(Course.open(PACK).quizzes().find((q) => q.id === 'numbers'));
    expect(Course.open(PACK).quiz('no-such-quiz')).toBeUndefined();
  });

  it('whose file has another name is found by reading every file, as before', () => {
    const pack = packWith('renamed.yaml', readFileSync(join(PACK, 'quizzes', 'numbers.yaml'), 'utf8'));
    rmSync(join(pack, 'quizzes', 'numbers.yaml'));
    const s = quizSetup(pack);
    expect(s.course.quiz('renamed')).toBeUndefined();
    expect(quizzesFor('numbers', s).map((q) => q.id)).toEqual(['numbers']);
    expect(targetTitle('numbers', s)).toBe('Numbers quiz');
  });
});
