/**
 * What a shell needs to complete a binary, read off its commander program:
 * subcommands (and aliases), their options, which options take a value, and
 * which positional arguments complete from the active pack.
 */
import type { Command } from 'commander';

/** Values that come from the active pack, listed by `<bin> __complete <kind>`. */
export type DynamicKind = 'chapter' | 'term' | 'quiz' | 'topic' | 'dir' | 'file';

export interface CommandSpec {
  names: string[];
  options: string[];
  /** Options that take a value, with their fixed choices when they have them. */
  valueOptions: Record<string, string[] | DynamicKind>;
  argument: DynamicKind | undefined;
  /** Fixed choices of the first positional argument (such as `completion <shell>`). */
  argumentChoices: string[];
}

export interface CompletionSpec {
  bin: string;
  root: CommandSpec;
  commands: CommandSpec[];
}

/** `dynamic` maps a subcommand name (or '' for the root) to the kind its first argument completes from. */
export function specFromProgram(program: Command, dynamic: Record<string, DynamicKind> = {}): CompletionSpec {
  const describe = (cmd: Command, key: string): CommandSpec => {
    const options: string[] = ['--help'];
    const valueOptions: CommandSpec['valueOptions'] = {};
    for (const option of [...cmd.options, ...globalOptions(cmd)]) {
      if (option.hidden) continue;
      for (const flag of [option.long, option.short]) {
        if (!flag) continue;
        if (!options.includes(flag)) options.push(flag);
        if (option.required || option.optional) {
          valueOptions[flag] = option.argChoices ?? valueKind(option.flags);
        }
      }
    }
    const argumentChoices = cmd.registeredArguments[0]?.argChoices ?? [];
    return { names: [cmd.name(), ...cmd.aliases()], options, valueOptions, argument: dynamic[key], argumentChoices };
  };
  const commands = program.commands
    .filter((cmd) => !(cmd as unknown as { _hidden?: boolean })._hidden)
    .map((cmd) => describe(cmd, cmd.name()));
  return { bin: program.name(), root: describe(program, ''), commands };
}

/** Options of the parent that subcommands also accept: none when the parent has positional options. */
function globalOptions(cmd: Command): Command['options'] {
  const parent = cmd.parent as (Command & { _enablePositionalOptions?: boolean }) | null;
  return parent && !parent._enablePositionalOptions ? parent.options : [];
}

/** What an option's value completes from, read off its placeholder: `<dir>`, `<file>`, `<topic>`. */
function valueKind(flags: string): DynamicKind | [] {
  if (/<dir>/.test(flags)) return 'dir';
  if (/<file>/.test(flags)) return 'file';
  if (/<topic>/.test(flags)) return 'topic';
  return [];
}
