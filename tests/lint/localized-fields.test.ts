import { describe, expect, it } from 'vitest';
import { readPack } from '../../src/course/pack-model.js';
import { localizedFields } from '../../src/lint/localized-fields.js';
import { join } from 'node:path';
import { FIXTURES, MINI } from './helpers.js';

describe('localizedFields', () => {
  it('finds every localised value of the pack by walking the schemas', () => {
    const fields = [...localizedFields(readPack(MINI))].map((f) => `${f.doc}:${f.path.join('.')}:${f.kind}`);
    expect(fields).toEqual([
      'manifest:title:text',
      'manifest:topics.basics:text',
      'quiz:title:text',
      'quiz:questions.0.evidence:text',
      'quiz:questions.0.prompt:text',
      'quiz:questions.0.explain:text',
      'quiz:questions.0.choices.0.text:text',
      'quiz:questions.0.choices.1.text:text',
      'quiz:questions.0.choices.1.why:text',
      'quiz:questions.1.evidence:text',
      'quiz:questions.1.prompt:text',
      'quiz:questions.1.explain:text',
    ]);
  });

  it('finds localised lists and plain one-language values', () => {
    const fields = [...localizedFields(readPack(join(FIXTURES, 'lint-third-party')))].map((f) => `${f.doc}:${f.path.join('.')}:${f.kind}`);
    expect(fields).toContain('glossary:terms.0.aliases:list');
    expect(fields).toContain('timeline:stages.0.examples:list');
    expect(fields).toContain('models:models.0.name:text');
  });
});
