/**
 * A hook for prompts that lay themselves out to the terminal's width: the
 * width now, and a fresh screen after each resize. A terminal reflows what a
 * resize cut, so the lines the prompt drew no longer match what it would
 * erase; it clears the screen and draws the whole question again, at the new
 * width, from the top.
 */
import { useEffect, useState } from '@inquirer/core';
import type { PromptTerminal } from './terminal.js';

/** Cursor home, then erase the screen (the scrollback is left alone). */
export const CLEAR_SCREEN = '\u001b[H\u001b[2J';

interface Mutable {
  mute(): void;
  unmute(): void;
  write(text: string): unknown;
}

/** The width to lay out to now, and whether the screen was cleared by a resize since the prompt began. */
export function useColumns(terminal: PromptTerminal): { width: number; resized: boolean } {
  const [layout, setLayout] = useState({ width: terminal.columns(), resized: false });
  useEffect(
    (rl) =>
      terminal.onResize(() => {
        const output = rl.output as unknown as Mutable;
        output.unmute();
        output.write(CLEAR_SCREEN);
        output.mute();
        setLayout({ width: terminal.columns(), resized: true });
      }),
    [],
  );
  return layout;
}
