import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPack } from '../../src/course/pack-model.js';
import { Kind } from '../../src/course/yaml-tree.js';

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

describe("a YAML source's tree", () => {
  it('walks to the scalar at a data path, or says the path is not there', () => {
    const tree = readPack(MINI).quizzes[0]!.source!.tree!;
    const { node, found } = tree.walk(['questions', 0, 'evidence', 'en']);
    expect(found).toBe(true);
    expect(tree.kind(node)).toBe(Kind.Scalar);
    expect(tree.value(node)).toBe('assigns a probability');
    expect(tree.walk(['questions', 5]).found).toBe(false);
    expect(tree.walk(['nope', 'x']).found).toBe(false);
  });
});
