/**
 * The error boundary knows our errors by their class: each binary holds one
 * copy of src/errors.ts (one bundle per binary, code shared between its
 * chunks), so `instanceof` is all it takes. Regression: `lm-lint --fix --fix-dry-run` and
 * `lm-lint --pack ''` once ended in "internal error" (exit 70) when the lint
 * code was a bundle of its own, with its own UsageError.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report } from '../../src/cli/run.js';
import { ContentError, EXIT, InterruptedError, UsageError } from '../../src/errors.js';
import { memoryIo } from '../helpers/io.js';
import { ROOT, runBin } from '../helpers/run-bin.js';

describe('our errors at the boundary', () => {
  it.each([
    ['UsageError', () => new UsageError('bad flag'), EXIT.usage, 'lm-x: bad flag'],
    ['ContentError', () => new ContentError('the pack is not valid', []), EXIT.failure, 'lm-x: the pack is not valid'],
    ['InterruptedError', () => new InterruptedError('stopped'), EXIT.interrupted, ''],
  ])('a %s becomes its exit code and one line, not an internal error', (name, make, code, line) => {
    const io = memoryIo();
    const error = make();
    expect(error.name).toBe(name);
    expect(report('lm-x', error, io)).toBe(code);
    expect(io.err().split('\n')[0]).toBe(line);
  });

  it('instanceof tells the kinds apart', () => {
    const usage = new UsageError('x');
    expect(usage instanceof UsageError).toBe(true);
    expect(usage instanceof ContentError).toBe(false);
    expect(new ContentError('y', []) instanceof UsageError).toBe(false);
    expect(new Error('z') instanceof UsageError).toBe(false);
    expect({ message: 'forged', name: 'UsageError' } instanceof UsageError).toBe(false);
    expect(usage).toBeInstanceOf(Error);
  });

  it.each(['lm-explain', 'lm-quiz', 'lm-lint'])('%s holds one copy of the error classes, in its entry or its chunks', (bin) => {
    const files = [`${bin}.js`, ...readdirSync(join(ROOT, 'dist', 'chunks', bin)).map((f) => join('chunks', bin, f))];
    const copies = files.filter((f) => readFileSync(join(ROOT, 'dist', f), 'utf8').includes('var UsageError = class'));
    expect(copies).toHaveLength(1);
  });

  it.each([
    [['--fix', '--fix-dry-run']],
    [['--pack', '']],
  ])('lm-lint %j is a usage error (exit 2), not an internal one', (args) => {
    const result = runBin('lm-lint', args);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('internal error');
  });
});
