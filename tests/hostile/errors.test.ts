/**
 * The error boundary knows our errors even when they come from another copy
 * of src/errors.ts, as they do from a lazily loaded bundle (dist/lazy/*.cjs).
 * Regression: `lm-lint --fix --fix-dry-run` and `lm-lint --pack ''` ended in
 * "internal error" (exit 70) because the lint bundle's UsageError was not an
 * instance of the program's.
 */
import { describe, expect, it } from 'vitest';
import { report } from '../../src/cli/run.js';
import { ContentError, EXIT, InterruptedError, UsageError } from '../../src/errors.js';
import { memoryIo } from '../helpers/io.js';

// A second instance of the module (a query makes Vite load it again), as a separate bundle would hold.
const specifier = '../../src/errors.js?copy';
const copy = (await import(/* @vite-ignore */ specifier)) as typeof import('../../src/errors.js');

describe('errors from another copy of the module', () => {
  it('is really another class', () => {
    expect(copy.UsageError).not.toBe(UsageError);
  });

  it.each([
    ['UsageError', () => new copy.UsageError('bad flag'), EXIT.usage, 'lm-x: bad flag'],
    ['ContentError', () => new copy.ContentError('the pack is not valid', []), EXIT.failure, 'lm-x: the pack is not valid'],
    ['InterruptedError', () => new copy.InterruptedError('stopped'), EXIT.interrupted, ''],
  ])('a %s becomes its exit code and one line, not an internal error', (_, make, code, line) => {
    const io = memoryIo();
    expect(report('lm-x', make(), io)).toBe(code);
    expect(io.err().split('\n')[0]).toBe(line);
  });

  it('instanceof still tells the kinds apart', () => {
    const usage = new copy.UsageError('x');
    expect(usage instanceof UsageError).toBe(true);
    expect(usage instanceof ContentError).toBe(false);
    expect(new ContentError('y', []) instanceof copy.UsageError).toBe(false);
    expect(new Error('z') instanceof UsageError).toBe(false);
    expect({ message: 'forged' } instanceof UsageError).toBe(false);
    expect(usage).toBeInstanceOf(Error);
  });
});
