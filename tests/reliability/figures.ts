/**
 * The reliability figures, written by the tests that measure them: when
 * LM_FIGURES names a file (scripts/reliability.mjs sets it), each measurement
 * is appended to it as one JSON line, and the script adds them up into its
 * table. Without LM_FIGURES this does nothing.
 */
import { appendFileSync } from 'node:fs';

export type Figure =
  | { kind: 'fuzz'; target: string; cases: number; crashes: number; hangs: number; raw: number; slowestMs: number }
  | { kind: 'hostile'; what: string; strings: number; outputs: number; raw: number }
  | { kind: 'paths'; what: string; tried: number; escaped: number }
  | { kind: 'kills'; what: string; kills: number; survived: number; reported: number; lost: number }
  | { kind: 'usage'; what: string; tried: number; bad: number }
  /** A row of its own in the table: commands run against one condition, and what went wrong. */
  | { kind: 'cases'; row: string; tried: number; crashes: number; hangs: number; lost: number; wrong: number };

export function recordFigure(figure: Figure): void {
  const file = process.env.LM_FIGURES;
  if (file) appendFileSync(file, `${JSON.stringify(figure)}\n`);
}
