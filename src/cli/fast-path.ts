/**
 * What a binary's entry answers before commander and the rest of the program
 * load, so that it costs little more than Node's own start-up:
 * - `--version` (or `-V`) alone: the version and a line feed, as commander prints it;
 * - `--help` (or `-h`) alone, when the output is not a terminal: the page the
 *   build saved from the program itself (dist/help/<binary>.<lang>.txt, see
 *   scripts/build/help-pages.mjs). The help depends on nothing but the
 *   interface language (from the locale variables) and the width, which
 *   is commander's default of 80 columns when the output is not a terminal.
 *   On a terminal the program lays it out for the terminal's width.
 * Any other argument list, or a page that cannot be read, goes through the
 * full program.
 */
import { readFileSync } from 'node:fs';
import { isTerminal } from '../io/io.js';
import { interfaceLang } from '../io/lang.js';
import { VERSION } from '../version.js';

export function answerVersion(argv: readonly string[], write: (text: string) => void): boolean {
  if (argv.length !== 1 || (argv[0] !== '--version' && argv[0] !== '-V' && argv[0] !== '-v')) return false;
  write(`${VERSION}\n`);
  return true;
}

export interface HelpPages {
  /** The saved page for a language, or undefined when there is none. */
  page(lang: 'zh' | 'en'): string | undefined;
  /** Whether standard output is a terminal. */
  terminal(): boolean;
}

/** `fallback`: the interface language without a locale (the reader's and the quiz's follow the built-in course). */
export function answerHelp(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  pages: HelpPages,
  write: (text: string) => void,
  fallback: 'zh' | 'en' = 'en',
): boolean {
  if (argv.length !== 1 || (argv[0] !== '--help' && argv[0] !== '-h')) return false;
  if (pages.terminal()) return false;
  const text = pages.page(interfaceLang(undefined, env, fallback));
  if (text === undefined) return false;
  write(text);
  return true;
}

/** The pages a build saved beside the entry (`dir` is dist/). */
export function savedHelpPages(dir: string, name: string): HelpPages {
  return {
    page(lang) {
      try {
        return readFileSync(`${dir}/help/${name}.${lang}.txt`, 'utf8');
      } catch {
        return undefined;
      }
    },
    terminal: () => isTerminal(1),
  };
}
