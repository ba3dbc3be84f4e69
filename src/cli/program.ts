/**
 * The commander set-up every binary shares: errors and help go through the
 * Io, never process.exit; a usage error prints one line and exits 2.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Io } from '../io/io.js';
import { VERSION } from '../version.js';
import { localizeHelp, SHARED_HELP, type HelpLang } from './help-text.js';
import { echoLine } from '../text/echo.js';

/** `lang` is the language of --help (titles and the built-in options); subcommands inherit it. */
export function createProgram(name: string, description: string, io: Io, lang: HelpLang = 'en'): Command {
  const program = new Command(name);
  program
    .description(description)
    .version(VERSION, '-V, --version', SHARED_HELP[lang].version)
    .helpOption('-h, --help', SHARED_HELP[lang].help)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // commander would ask process.stdout and process.stderr, which the Io may never have made (src/io/io.ts).
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => false, // the help has no colour of its own (./help-text.ts)
      getErrHasColors: () => false,
      // commander quotes what the user typed in its errors: sanitised and shortened like every echo.
      outputError: (text, write) => write(`${name}: ${echoLine(text.replace(/^error: /, '').replace(/\n$/, ''))}\n`),
    });
  localizeHelp(program, lang);
  return program;
}

/** `--pack DIR`, shared by all binaries. */
export function packOption(lang: HelpLang = 'en'): Option {
  return new Option('--pack <dir>', SHARED_HELP[lang].pack);
}

/** `--lang zh|en`. */
export function langOption(lang: HelpLang = 'en'): Option {
  return new Option('--lang <lang>', SHARED_HELP[lang].lang);
}

/** `--color auto|always|never`. */
export function colorOption(lang: HelpLang = 'en'): Option {
  return new Option('--color <when>', SHARED_HELP[lang].color).choices(['auto', 'always', 'never']).default('auto');
}

/** Parses a whole positive number option, or throws commander's usage error. */
export function positiveInt(name: string, max = 1_000_000): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from 1 to ${max}`);
    }
    return n;
  };
}

/** The `--lang` value, read before commander parses, so --help and usage errors use the chosen language. */
export function peekLang(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
