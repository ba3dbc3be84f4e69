/**
 * Inquirer's look in the quiz's own colours (src/quiz/render/paint.ts), so
 * `--color never`, NO_COLOR and a pipe reach the prompts as they reach the
 * rest of lm-quiz. The mark left beside a submitted answer is neutral: right
 * or wrong is the feedback's to say, not a green tick's.
 */
import type { Paint } from '../render/paint.js';

export const HIDE_CURSOR = '\u001b[?25l';

export interface PromptStyle {
  paint: Paint;
  prefix: { idle: string; done: string };
}

export function promptStyle(paint: Paint): PromptStyle {
  return { paint, prefix: { idle: paint.accent('?'), done: paint.dim('›') } };
}

/** The theme for Inquirer's own prompts (the menu, confirmations, counts). */
export function inquirerTheme(paint: Paint) {
  return {
    prefix: promptStyle(paint).prefix,
    spinner: { interval: 80, frames: ['-', '\\', '|', '/'] },
    style: {
      answer: paint.accent,
      message: (text: string) => paint.strong(text),
      error: (text: string) => paint.wrong(`> ${text}`),
      defaultAnswer: (text: string) => paint.dim(`(${text})`),
      help: paint.dim,
      highlight: paint.accent,
      key: (text: string) => paint.accent(paint.strong(`<${text}>`)),
      description: paint.accent,
      disabled: paint.dim,
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${paint.strong(key)} ${paint.dim(action)}`).join(paint.dim(' • ')),
    },
  };
}
