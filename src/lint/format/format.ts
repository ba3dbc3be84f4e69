/** What every formatter receives, and how it names files. */
import { relative, sep } from 'node:path';
import type { Finding } from '../../course/finding.js';
import type { RuleMeta } from '../rule.js';
import type { Lang } from '../../io/lang.js';

export interface FormatContext {
  cwd: string;
  /** chalk colour level (stylish only). */
  color: 0 | 1 | 2 | 3;
  lang: Lang;
  rules: readonly RuleMeta[];
}

export type Formatter = (findings: readonly Finding[], ctx: FormatContext) => string;

export const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
export type FormatName = (typeof FORMATS)[number];

/** A path relative to the working directory (with `/`), or absolute when outside it. */
export function shownPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : file;
  return shown.split(sep).join('/');
}

export interface Counts {
  errors: number;
  warnings: number;
  fixable: number;
}

export function counts(findings: readonly Finding[]): Counts {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else warnings++;
    if (f.fix) fixable++;
  }
  return { errors, warnings, fixable };
}
