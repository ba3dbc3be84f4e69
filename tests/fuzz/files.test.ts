/**
 * The mutation fuzzer over files on disk, seeded from the real pack: the
 * loaders, lm-lint with every rule and format, and lm-quiz through --answers.
 * (Counts are sized so the fuzz tests together run over 10,000 cases in CI.)
 */
import { describe } from 'vitest';
import { fuzzTarget } from './property.js';

describe('fuzz: loaders', () => fuzzTarget('loader', 1500, 240_000));
describe('fuzz: lm-lint', () => fuzzTarget('lint', 300, 240_000));
describe('fuzz: lm-quiz --answers', () => fuzzTarget('quiz', 600, 240_000));
