import { describe, expect, it } from 'vitest';
import { answerVersion } from '../../src/cli/fast-path.js';
import { VERSION } from '../../src/version.js';
import { runBin } from '../helpers/run-bin.js';

describe('answerVersion', () => {
  it.each([[['--version']], [['-V']]])('answers %j with the version', (argv) => {
    let out = '';
    expect(answerVersion(argv, (text) => (out += text))).toBe(true);
    expect(out).toBe(`${VERSION}\n`);
  });

  it.each([[[]], [['--help']], [['--version', 'show']], [['show', '--version']], [['--versions']]])('leaves %j to the program', (argv) => {
    let out = '';
    expect(answerVersion(argv, (text) => (out += text))).toBe(false);
    expect(out).toBe('');
  });
});

describe('the built binaries', () => {
  it.each(['lm-explain', 'lm-quiz', 'lm-lint'] as const)('%s --version prints what commander prints', (name) => {
    const fast = runBin(name, ['--version']);
    // With another option first, the version goes through commander.
    const full = runBin(name, ['--color', 'never', '--version']);
    expect(fast).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(full).toEqual(fast);
  });
});
