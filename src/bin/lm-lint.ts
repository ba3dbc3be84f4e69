// The binary's entry: --version at once, else the program (dist/program/lm-lint.cjs, see program-loader.ts).
import { answerVersion } from '../cli/fast-path.js';
import { runProgram } from '../cli/program-loader.js';

if (!answerVersion(process.argv.slice(2), (text) => process.stdout.write(text))) runProgram('lm-lint');
