import { join } from 'node:path';
import { isScalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readPack } from '../../src/course/pack-model.js';
import { nodeAt } from '../../src/course/yaml-source.js';

const MINI = join(import.meta.dirname, '..', 'fixtures', 'mini');

describe('readPack with an overlay', () => {
  it('reads overlaid texts instead of the files, and the files for the rest', () => {
    const file = join(MINI, 'content', 'basics.en.md');
    const pack = readPack(MINI, { overlay: new Map([[file, '---\nid: basics\ntitle: Replaced\nsummary: s\n---\n\n## Probability {#probability}\n\nText.\n']]) });
    expect(pack.chapters.find((c) => c.lang === 'en')!.frontMatter?.title).toBe('Replaced');
    expect(pack.chapters.find((c) => c.lang === 'zh')!.frontMatter?.title).toBe('基础');
  });

  it('overlays YAML files too', () => {
    const file = join(MINI, 'content', 'course.yaml');
    const pack = readPack(MINI, { overlay: new Map([[file, 'id: [\n']]) });
    expect(pack.findings).toMatchObject([{ file, rule: 'yaml-syntax' }]);
  });
});

describe('nodeAt', () => {
  it('returns the node at a data path, or undefined', () => {
    const quiz = readPack(MINI).quizzes[0]!;
    const node = nodeAt(quiz.source!, ['questions', 0, 'evidence', 'en']);
    expect(isScalar(node) && node.value).toBe('assigns a probability');
    expect(nodeAt(quiz.source!, ['questions', 5])).toBeUndefined();
    expect(nodeAt(quiz.source!, ['nope', 'x'])).toBeUndefined();
  });
});
