/**
 * The mutation fuzzer over what reaches the terminal: the Markdown renderer
 * on mutated chapters at widths 20 to 160, colour and links on and off, and
 * every lm-explain command on a pack with one mutated file.
 */
import { describe } from 'vitest';
import { fuzzTarget } from './property.js';

describe('fuzz: Markdown renderer', () => fuzzTarget('render', 2000, 240_000));
describe('fuzz: lm-explain commands', () => fuzzTarget('reader', 2000, 240_000));
