// The binary's entry: --version, and --help to a pipe or a file, at once; else the program (dist/program/lm-lint.cjs). See src/cli/bin-entry.ts.
import { enter } from '../cli/bin-entry.js';

enter('lm-lint');
