import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/course/ids.js';
import { RULES } from '../../src/lint/registry.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the rule registry', () => {
  it('has unique kebab-case ids, descriptions in both languages, and one module and one spec per rule', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { meta } of RULES) {
      expect(meta.id).toMatch(ID_PATTERN);
      expect(meta.description.en.length).toBeGreaterThan(10);
      expect(meta.description.zh.length).toBeGreaterThan(5);
      expect(existsSync(join(ROOT, 'src', 'lint', 'rules', `${meta.id}.ts`))).toBe(true);
      expect(existsSync(join(ROOT, 'tests', 'lint', 'rules', `${meta.id}.test.ts`))).toBe(true);
    }
  });

  it('registers every rule module', () => {
    const modules = readdirSync(join(ROOT, 'src', 'lint', 'rules')).filter((f) => f !== 'loader-finding.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(modules.sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  it('makes exactly the Chinese typography rules fixable', () => {
    expect(RULES.filter((r) => r.meta.fixable).map((r) => r.meta.id)).toEqual(RULES.map((r) => r.meta.id).filter((id) => id.startsWith('zh-')));
    expect(RULES.filter((r) => r.meta.fixable)).toHaveLength(11);
  });
});
