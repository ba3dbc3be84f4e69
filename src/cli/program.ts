/**
 * The commander set-up every binary shares: errors and help go through the
 * Io, never process.exit; a usage error prints one line and exits 2.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Io } from '../io/io.js';
import { VERSION } from '../version.js';

export function createProgram(name: string, description: string, io: Io): Command {
  const program = new Command(name);
  program
    .description(description)
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`${name}: ${text.replace(/^error: /, '')}`),
    });
  return program;
}

/** `--pack DIR`, shared by all binaries. */
export function packOption(): Option {
  return new Option('--pack <dir>', 'use the course pack in DIR instead of the built-in one (env: LM_PACK)');
}

/** `--lang zh|en`. */
export function langOption(): Option {
  return new Option('--lang <lang>', 'language to use (default: from LC_ALL, LC_MESSAGES, LANG, else the pack\'s first)');
}

/** `--color auto|always|never`. */
export function colorOption(): Option {
  return new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto');
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
