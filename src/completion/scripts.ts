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
  return kind === 'dir' ? '' : `${bin} __complete ${kind} \${${packVar}:+--pack "$${packVar}"} 2>/dev/null`;
}

export function bashScript(spec: CompletionSpec): string {
  const { bin } = spec;
  const all = [spec.root, ...spec.commands];
  const subWords = spec.commands.flatMap((c) => c.names);
  const valueFlags = [...new Set(all.flatMap((c) => Object.keys(c.valueOptions)))];
  const caseFor = (c: CommandSpec) => {
    const arg =
      c.argument === 'dir'
        ? 'COMPREPLY=($(compgen -d -- "$cur"))'
        : c.argument
          ? `COMPREPLY=($(compgen -W "$(${dynamicCall(bin, c.argument, 'pack')})" -- "$cur"))`
          : 'COMPREPLY=()';
    return `      ${c.names.join('|')})\n        if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "${words(c.options)}" -- "$cur")); else ${arg}; fi ;;`;
  };
  const choices = all.flatMap((c) =>
    Object.entries(c.valueOptions)
      .filter(([, v]) => Array.isArray(v) && v.length > 0)
      .map(([flag, v]) => `    ${flag}) COMPREPLY=($(compgen -W "${words(v as string[])}" -- "$cur")); return ;;`),
  );
  const rootArg = spec.root.argument
    ? ` $(${dynamicCall(bin, spec.root.argument, 'pack')})`
    : '';
  return `# bash completion for ${bin}; install: ${bin} completion bash > ~/.local/share/bash-completion/completions/${bin}
${fn(bin)}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local sub="" pack="\${LM_PACK:-}" i w
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    case "$w" in
      --pack) pack="\${COMP_WORDS[i+1]}"; ((i++)) ;;
      ${valueFlags.filter((f) => f !== '--pack').join('|') || '--never'}) ((i++)) ;;
      -*) ;;
      *) [[ -z $sub ]] && sub="$w" ;;
    esac
  done
  case "$prev" in
    --pack) COMPREPLY=($(compgen -d -- "$cur")); return ;;
${[...new Set(choices)].join('\n')}
  esac
  case "$sub" in
${spec.commands.map(caseFor).join('\n')}
      *)
        if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "${words(spec.root.options)}" -- "$cur"))
        else COMPREPLY=($(compgen -W "${words(subWords)}${rootArg}" -- "$cur")); fi ;;
  esac
}
complete -F ${fn(bin)} ${bin}
`;
}

export function zshScript(spec: CompletionSpec): string {
  // zsh runs the bash function through bashcompinit: one implementation, two shells.
  return `#compdef ${spec.bin}
# zsh completion for ${spec.bin}; install: ${spec.bin} completion zsh > "\${fpath[1]}/_${spec.bin}" (or source it from ~/.zshrc)
autoload -U +X bashcompinit && bashcompinit
${bashScript(spec).split('\n').slice(1).join('\n')}`;
}

export function fishScript(spec: CompletionSpec): string {
  const { bin } = spec;
  const lines = [`# fish completion for ${bin}; install: ${bin} completion fish > ~/.config/fish/completions/${bin}.fish`];
  const subs = spec.commands.flatMap((c) => c.names);
  const noSub = `not __fish_seen_subcommand_from ${subs.join(' ')}`;
  const pack = `(set -q LM_PACK; and echo --pack $LM_PACK)`;
  lines.push(`complete -c ${bin} -f`);
  for (const c of spec.commands) lines.push(`complete -c ${bin} -n '${noSub}' -a '${c.names.join(' ')}'`);
  if (spec.root.argument && spec.root.argument !== 'dir') {
    lines.push(`complete -c ${bin} -n '${noSub}' -a '(${bin} __complete ${spec.root.argument} ${pack} 2>/dev/null)'`);
  }
  for (const c of [spec.root, ...spec.commands]) {
    const cond = c === spec.root ? '' : ` -n '__fish_seen_subcommand_from ${c.names.join(' ')}'`;
    if (c !== spec.root && c.argument) {
      lines.push(
        c.argument === 'dir'
          ? `complete -c ${bin}${cond} -a '(__fish_complete_directories)'`
          : `complete -c ${bin}${cond} -a '(${bin} __complete ${c.argument} ${pack} 2>/dev/null)'`,
      );
    }
    for (const option of c.options) {
      if (!option.startsWith('--')) continue;
      const value = c.valueOptions[option];
      const takes = value === undefined ? '' : Array.isArray(value) && value.length > 0 ? ` -x -a '${words(value)}'` : value === 'dir' ? " -x -a '(__fish_complete_directories)'" : ' -r';
      lines.push(`complete -c ${bin}${cond} -l ${option.slice(2)}${takes}`);
    }
  }
  return `${[...new Set(lines)].join('\n')}\n`;
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  return shell === 'bash' ? bashScript(spec) : shell === 'zsh' ? zshScript(spec) : fishScript(spec);
}
