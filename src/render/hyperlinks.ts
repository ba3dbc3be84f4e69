/**
 * Whether to emit OSC 8 hyperlinks. Conservative: only with colour on, to a
 * terminal, outside tmux and screen, in terminals known to support them;
 * FORCE_HYPERLINK=1 or 0 decides outright.
 */
import type { OutStream } from '../io/io.js';

const KNOWN_PROGRAMS = new Set(['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper', 'rio', 'Tabby']);

export function hyperlinksSupported(stream: OutStream, env: Record<string, string | undefined>, colorLevel: number): boolean {
  if (env.FORCE_HYPERLINK !== undefined && env.FORCE_HYPERLINK !== '') return env.FORCE_HYPERLINK !== '0';
  if (colorLevel === 0 || !stream.isTTY) return false;
  if (env.TMUX || env.STY || /^(screen|tmux)/.test(env.TERM ?? '')) return false;
  if (env.TERM_PROGRAM && KNOWN_PROGRAMS.has(env.TERM_PROGRAM)) return true;
  if (Number(env.VTE_VERSION ?? 0) >= 5000) return true;
  if (env.KITTY_WINDOW_ID || env.WT_SESSION || env.TERM === 'xterm-kitty' || env.TERM?.startsWith('foot')) return true;
  return false;
}
