/**
 * What a question prompt needs to know of the terminal: how wide to lay
 * itself out, and when that changes. `--width` fixes the width; otherwise it
 * follows the terminal (capped at 100, like the reader), one column kept free
 * so a full line never makes the terminal wrap on its own.
 */
export interface PromptTerminal {
  columns(): number;
  /** Calls `listener` after each resize; returns the function that stops it. */
  onResize(listener: () => void): () => void;
}

interface SizedStream {
  columns?: number | undefined;
  on?(event: 'resize', listener: () => void): unknown;
  off?(event: 'resize', listener: () => void): unknown;
}

export function terminalOf(stream: SizedStream | undefined, fixedWidth?: number): PromptTerminal {
  return {
    columns: () => layoutWidth(stream?.columns, fixedWidth),
    onResize(listener) {
      if (!stream?.on || !stream.off) return () => undefined;
      stream.on('resize', listener);
      return () => stream.off!('resize', listener);
    },
  };
}

export function layoutWidth(columns: number | undefined, fixedWidth?: number): number {
  if (fixedWidth !== undefined) return Math.max(20, fixedWidth);
  const available = columns && columns > 0 ? columns : 80;
  return Math.max(20, Math.min(available, 100) - 1);
}
