/**
 * Completion scripts for bash, zsh and fish, generated from a CompletionSpec.
 * Fixed words (subcommands, options, choices) are written into the script;
 * pack values (chapter ids, sections, terms, quizzes) are asked of the binary
 * at Tab time with `<bin> __complete <kind>`, so they follow the active pack.
 */
import type { CommandSpec, CompletionSpec, DynamicKind } from './spec.js';

export type Shell = 'bash' | 'zsh' | 'fish';
export const SHELLS: readonly Shell[] = ['bash', 'zsh', 'fish'];

const fn = (bin: string) => `_${bin.replace(/[^A-Za-z0-9]/g, '_')}`;
const words = (list: string[]) => list.join(' ');

function dynamicCall(bin: string, kind: DynamicKind, packVar: string): string {
  // An array, not `${pack:+--pack "$pack"}`: zsh would not split that into two words.
  return kind === 'dir' || kind === 'file' ? '' : `${bin} __complete ${kind} "\${${packVar}[@]}" 2>/dev/null`;
}

/** Paths get a trailing slash on directories and quoting when readline asks (bash only; zsh's emulation lacks compopt). */
const FILENAMES = '{ compopt -o filenames; } 2>/dev/null;';

/** The bash words completing one value: fixed choices, paths, pack values, or nothing. */
function bashValues(bin: string, kind: DynamicKind | string[] | undefined): string {
  if (Array.isArray(kind)) return kind.length > 0 ? `COMPREPLY=($(compgen -W "${words(kind)}" -- "$cur"))` : 'COMPREPLY=()';
  if (kind === 'dir') return `${FILENAMES} COMPREPLY=($(compgen -d -- "$cur"))`;
  if (kind === 'file') return `${FILENAMES} COMPREPLY=($(compgen -f -- "$cur"))`;
  if (kind) return `COMPREPLY=($(compgen -W "$(${dynamicCall(bin, kind, 'packargs')})" -- "$cur"))`;
  return 'COMPREPLY=()';
}

export function bashScript(spec: CompletionSpec): string {
  const { bin } = spec;
  const all = [spec.root, ...spec.commands];
  const subWords = spec.commands.flatMap((c) => c.names);
  const valueFlags = [...new Set(all.flatMap((c) => Object.keys(c.valueOptions)))];
  const caseFor = (c: CommandSpec) => {
    const arg = bashValues(bin, c.argument ?? c.argumentChoices);
    return `      ${c.names.join('|')})\n        if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "${words(c.options)}" -- "$cur")); else ${arg}; fi ;;`;
  };
  // The value after an option: its choices, a path, or nothing (never a subcommand).
  const values = new Map<string, string>();
  for (const c of all) {
    for (const [flag, kind] of Object.entries(c.valueOptions)) if (!values.has(flag)) values.set(flag, bashValues(bin, kind));
  }
  const choices = [...values].map(([flag, action]) => `    ${flag}) ${action}; return ;;`);
  const rootDynamic = spec.root.argument ? dynamicCall(bin, spec.root.argument, 'packargs') : '';
  const rootArg = rootDynamic ? ` $(${rootDynamic})` : '';
  const rootDirs = spec.root.argument === 'dir' ? ` $(compgen -d -- "$cur")` : '';
  return `# bash completion for ${bin}; install: ${bin} completion bash > ~/.local/share/bash-completion/completions/${bin}
${fn(bin)}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local sub="" pack="\${LM_PACK:-}" i w
  local -a packargs=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    case "$w" in
      --pack) pack="\${COMP_WORDS[i+1]}"; ((i++)) ;;
      --pack=*) pack="\${w#--pack=}" ;;
      ${valueFlags.filter((f) => f !== '--pack').join('|') || '--never'}) ((i++)) ;;
      -*) ;;
      *) [[ -z $sub ]] && sub="$w" ;;
    esac
  done
  [[ -n $pack ]] && packargs=(--pack "$pack")
  case "$prev" in
${choices.join('\n')}
  esac
  case "$sub" in
${spec.commands.map(caseFor).join('\n')}
      *)
        if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "${words(spec.root.options)}" -- "$cur"))
        else COMPREPLY=($(compgen -W "${words(subWords)}${rootArg}" -- "$cur")${rootDirs}); fi ;;
  esac
}
complete -F ${fn(bin)} ${bin}
`;
}

export function zshScript(spec: CompletionSpec): string {
  // zsh runs the bash function through bashcompinit: one implementation, two shells.
  // Autoloaded from $fpath, this file is the body of _<bin>, run at the first Tab: after
  // registering itself it completes that Tab too. Sourced, it only registers.
  return `#compdef ${spec.bin}
# zsh completion for ${spec.bin}; install: ${spec.bin} completion zsh > "\${fpath[1]}/_${spec.bin}" (or source it from ~/.zshrc after compinit)
autoload -U +X bashcompinit && bashcompinit
${bashScript(spec).split('\n').slice(1).join('\n')}if [[ \${funcstack[1]-} == _${spec.bin} ]]; then _bash_complete -F ${fn(spec.bin)}; fi
`;
}

export function fishScript(spec: CompletionSpec): string {
  const { bin } = spec;
  const lines = [`# fish completion for ${bin}; install: ${bin} completion fish > ~/.config/fish/completions/${bin}.fish`];
  const subs = spec.commands.flatMap((c) => c.names);
  const noSub = `not __fish_seen_subcommand_from ${subs.join(' ')}`;
  // The pack values follow --pack on the command line, else LM_PACK.
  const packFn = `_${fn(bin)}_pack`;
  const pack = `(${packFn})`;
  lines.push(
    `function ${packFn}`,
    '    set -l tokens (commandline -opc)',
    '    set -l i (contains -i -- --pack $tokens)',
    '    if test -n "$i"; and test (count $tokens) -gt $i',
    "        printf '%s\\n' --pack $tokens[(math $i + 1)]",
    '    else if set -q LM_PACK',
    "        printf '%s\\n' --pack $LM_PACK",
    '    end',
    'end',
  );
  lines.push(`complete -c ${bin} -f`);
  for (const c of spec.commands) lines.push(`complete -c ${bin} -n '${noSub}' -a '${c.names.join(' ')}'`);
  const fishArgument = (c: CommandSpec) =>
    c.argument === 'dir'
      ? '(__fish_complete_directories)'
      : c.argument === 'file'
        ? '(__fish_complete_path)'
        : c.argument
          ? `(${bin} __complete ${c.argument} ${pack} 2>/dev/null)`
          : words(c.argumentChoices);
  for (const c of [spec.root, ...spec.commands]) {
    // Subcommands already list the root options they accept.
    const cond = c === spec.root ? ` -n '${noSub}'` : ` -n '__fish_seen_subcommand_from ${c.names.join(' ')}'`;
    const argument = fishArgument(c);
    if (argument) lines.push(`complete -c ${bin}${cond} -a '${argument}'`);
    for (const option of c.options) {
      if (!option.startsWith('--')) continue;
      const value = c.valueOptions[option];
      const takes =
        value === undefined
          ? ''
          : Array.isArray(value)
            ? value.length > 0 ? ` -x -a '${words(value)}'` : ' -x'
            : value === 'dir'
              ? " -x -a '(__fish_complete_directories)'"
              : value === 'file'
                ? ' -r -F'
                : ` -x -a '(${bin} __complete ${value} ${pack} 2>/dev/null)'`;
      lines.push(`complete -c ${bin}${cond} -l ${option.slice(2)}${takes}`);
    }
  }
  return `${[...new Set(lines)].join('\n')}\n`;
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  return shell === 'bash' ? bashScript(spec) : shell === 'zsh' ? zshScript(spec) : fishScript(spec);
}
