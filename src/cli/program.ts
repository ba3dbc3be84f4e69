/**
 * The commander set-up every binary shares: errors and help go through the
 * Io, never process.exit; a usage error prints one line and exits 2.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { commanderMessageZh } from '../i18n/commander.js';
import { SHARED_HELP } from '../i18n/help.js';
import type { Io } from '../io/io.js';
import type { Lang } from '../io/lang.js';
import { echoLine } from '../text/echo.js';
import { VERSION } from '../version.js';
import { localizeHelp } from './help-text.js';

/** commander's exits that are not errors, and print nothing of their own to translate. */
const QUIET = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version', 'commander.executeSubCommandAsync']);

/** `lang` is the language of --help (titles and the built-in options); subcommands inherit it. */
export function createProgram(name: string, description: string, io: Io, lang: Lang = 'en'): Command {
  const program = new Command(name);
  program
    .description(description)
    .version(VERSION, '-V, --version', SHARED_HELP[lang].version)
    .helpOption('-h, --help', SHARED_HELP[lang].help)
    .showSuggestionAfterError(true)
    // commander prints an error (outputError) and then exits (this callback, which has the error's code):
    // in Chinese the message waits for the code, which says how to translate it.
    .exitOverride((error) => {
      if (lang === 'zh' && error.code.startsWith('commander.') && !QUIET.has(error.code)) {
        io.stderr.write(`${name}: ${echoLine(commanderMessageZh(error.code, error.message))}\n`);
      }
      throw error;
    })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // commander would ask process.stdout and process.stderr, which the Io may never have made (src/io/io.ts).
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => false, // the help has no colour of its own (./help-text.ts)
      getErrHasColors: () => false,
      // commander quotes what the user typed in its errors: sanitised and shortened like every echo.
      outputError: (text, write) => {
        if (lang !== 'zh') write(`${name}: ${echoLine(text.replace(/^error: /, '').replace(/\n$/, ''))}\n`);
      },
    });
  // `-v` is what many users try first: the version too, unlisted.
  program.addOption(new Option('-v').hideHelp()).on('option:v', () => {
    io.stdout.write(`${VERSION}\n`);
    throw new CommanderError(0, 'commander.version', VERSION);
  });
  localizeHelp(program, lang);
  return program;
}

/** `help [command]`, for binaries with subcommands and an action of their own (which turns commander's off). */
export function addHelpCommand(program: Command, lang: Lang): Command {
  return program.helpCommand('help [command]', SHARED_HELP[lang].helpCommand);
}

/** `--pack DIR`, shared by all binaries. */
export function packOption(lang: Lang = 'en'): Option {
  return new Option('--pack <dir>', SHARED_HELP[lang].pack);
}

/** `--lang zh|en`. */
export function langOption(lang: Lang = 'en'): Option {
  return new Option('--lang <lang>', SHARED_HELP[lang].lang);
}

/** `--color auto|always|never`. */
export function colorOption(lang: Lang = 'en'): Option {
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
