/**
 * lm-quiz's colours, from one chalk instance at the level `colorLevel` gives
 * (--color, NO_COLOR, FORCE_COLOR, TTY). At level 0 every style is the
 * identity; meaning never depends on colour (✓ ◐ ✗ carry it too).
 */
import { Chalk } from 'chalk';

export type Style = (text: string) => string;

export interface Paint {
  right: Style;
  partly: Style;
  wrong: Style;
  strong: Style;
  dim: Style;
  accent: Style;
  command: Style;
}

export function createPaint(level: 0 | 1 | 2 | 3): Paint {
  const c = new Chalk({ level });
  return {
    right: c.green.bold,
    partly: c.yellow.bold,
    wrong: c.red.bold,
    strong: c.bold,
    dim: c.dim,
    accent: c.cyan,
    command: c.cyan,
  };
}

/** No colour at all (tests, JSON, files). */
export const plain: Paint = createPaint(0);
