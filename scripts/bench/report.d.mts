// Types for scripts/bench/report.mjs, so TypeScript tests can import it.
import type { Summary, Target } from './stats.mjs';

export interface TimedTarget extends Target { metric: 'ratio' | 'median' | 'rss' }
export interface TimedResult {
  id: string;
  label: string;
  status: 'ok' | 'n/a';
  code?: number | null;
  note?: string;
  median?: number;
  min?: number;
  max?: number;
  ratio?: number;
  rssKiB?: number;
  /** The 1-minute load average when the row ended. */
  load?: number;
  targets: TimedTarget[];
  derived?: undefined;
}
export interface DerivedRow { id: string; label: string; inputs: [string, string]; target: Target }
export interface DerivedResult extends DerivedRow { derived: true; value?: number; missing?: string }
export type Result = TimedResult | DerivedResult;

export function checks(result: Result): { label: string; text: string; met: boolean | undefined }[];
export function derive(row: DerivedRow, byId: Map<string, TimedResult>): DerivedResult;
export function resultsTable(baseline: (Summary & { rssKiB?: number }) | undefined, results: Result[]): string;
export function tally(results: Result[]): { met: number; notMet: number; na: number; total: number };
export function notes(results: Result[]): string[];
export function summaryLine(results: Result[]): string;
