/**
 * A real terminal for tests: a detached tmux session on a private socket,
 * running one command at a fixed size; keys are typed with send-keys, the
 * screen is read with capture-pane (`-J` joins the lines the terminal itself
 * wrapped, so a line longer than the width is one the program printed).
 */
import { execFileSync } from 'node:child_process';

export interface Tmux {
  screen(opts?: { joined?: boolean }): string;
  keys(...k: string[]): void;
  type(text: string): void;
  resize(columns: number, rows?: number): void;
  /** Appends every byte the program writes to the terminal from now on to `file` (pipe-pane). */
  pipe(file: string): void;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  kill(): void;
}

let sessions = 0;

export function startTmux(name: string, command: string, columns: number, rows: number): Tmux {
  const socket = `lm-test-${name}-${process.pid}-${++sessions}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  tmux('new-session', '-d', '-s', 'main', '-x', String(columns), '-y', String(rows), command);
  const screen = (opts: { joined?: boolean } = {}) => tmux('capture-pane', '-t', 'main', '-p', ...(opts.joined ? ['-J'] : []));
  return {
    screen,
    keys: (...k) => void tmux('send-keys', '-t', 'main', ...k),
    type: (text) => void tmux('send-keys', '-t', 'main', '-l', text),
    resize: (c, r = rows) => void tmux('resize-window', '-t', 'main', '-x', String(c), '-y', String(r)),
    pipe: (file) => void tmux('pipe-pane', '-t', 'main', '-o', `cat >> ${file}`),
    async waitFor(pattern, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const text = screen();
        if (pattern.test(text)) return text;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; screen:\n${text}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    kill() {
      try {
        tmux('kill-server');
      } catch {
        // already gone
      }
    },
  };
}

/** The screen from the last line that matches `header` on: the question being asked, not the ones above it. */
export function lastFrom(text: string, header: RegExp): string {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) if (header.test(lines[i]!)) return lines.slice(i).join('\n');
  return '';
}

/**
 * The lines of a capture that are wider than `columns` (trailing blanks
 * ignored), except a line that is one unbreakable token on its own (a path
 * or a command, printed on a line of its own so that it is never cut).
 */
export function overflowing(text: string, columns: number, width: (s: string) => number): string[] {
  return text.split('\n').filter((line) => width(line.trimEnd()) > columns && /\s/.test(line.trim()));
}
