/**
 * What each built binary's entry (src/bin/<name>.ts) runs: the answers of
 * ./fast-path.ts when they apply, else the program (./program-loader.ts).
 */
import { processIo } from '../io/io.js';
import { BUILTIN_FIRST_LANG } from '../io/lang.js';
import { answerHelp, answerVersion, savedHelpPages } from './fast-path.js';
import { runProgram } from './program-loader.js';

export function enter(name: string): void {
  const argv = process.argv.slice(2);
  const write = (text: string) => processIo({ onClosed: () => process.exit(0) }).stdout.write(text);
  const pages = savedHelpPages(import.meta.dirname, name);
  if (!answerVersion(argv, write) && !answerHelp(argv, process.env, pages, write, name === 'lm-lint' ? 'en' : BUILTIN_FIRST_LANG)) runProgram(name);
}
