import { describe, expect, it } from 'vitest';
import { lintPack } from '../../src/lint/runner.js';
import type { Rule } from '../../src/lint/rule.js';
import { MINI, show } from './helpers.js';

describe('lintPack', () => {
  it('turns a rule that throws into one finding and runs the other rules', async () => {
    const broken: Rule = {
      meta: { id: 'broken', severity: 'error', description: { en: 'x', zh: 'x' }, fixable: false },
      check: () => {
        throw new Error('boom');
      },
    };
    const fine: Rule = {
      meta: { id: 'fine', severity: 'warning', description: { en: 'y', zh: 'y' }, fixable: false },
      check: (ctx) => ctx.report({ file: ctx.pack.manifest.file, position: { line: 2, column: 1 }, message: 'ran' }),
    };
    const result = await lintPack(MINI, { rules: [broken, fine] });
    expect(show(MINI, result.findings)).toEqual([
      { at: 'content/course.yaml:1:1', rule: 'broken', severity: 'error', message: 'internal error in rule broken: boom (this is a bug in lm-lint)', fixable: false },
      { at: 'content/course.yaml:2:1', rule: 'fine', severity: 'warning', message: 'ran', fixable: false },
    ]);
  });

  it('sorts findings by file, line and column and drops exact duplicates', async () => {
    const twice: Rule = {
      meta: { id: 'twice', severity: 'error', description: { en: 'x', zh: 'x' }, fixable: false },
      check: (ctx) => {
        for (const line of [3, 1, 3]) ctx.report({ file: ctx.pack.manifest.file, position: { line, column: 1 }, message: 'm' });
      },
    };
    const result = await lintPack(MINI, { rules: [twice] });
    expect(result.findings.map((f) => f.line)).toEqual([1, 3]);
  });
});
