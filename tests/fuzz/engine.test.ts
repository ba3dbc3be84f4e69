/**
 * Properties of the quiz engine over random input: grading answers of every
 * shape (and responses of every type, out-of-range indices included) gives
 * points in [0, 1] with the matching verdict, the correct response scores 1,
 * and numeric parsing of random strings never yields a non-finite number and
 * reads back any number JavaScript prints.
 */
import { describe } from 'vitest';
import { fuzzTarget } from './property.js';

describe('fuzz: grading', () => fuzzTarget('grade', 2500, 120_000));
describe('fuzz: numeric parsing', () => fuzzTarget('numeric', 2500, 120_000));
