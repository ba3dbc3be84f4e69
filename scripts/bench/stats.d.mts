// Types for scripts/bench/stats.mjs, so TypeScript tests can import it.
export interface Summary { median: number; min: number; max: number; runs: number }
export interface Target { label: string; max: number; strict?: boolean; format: (value: number) => string }
export function median(values: number[]): number;
export function summarize(values: number[]): Summary;
export function ratio(a: number | undefined, b: number | undefined): number | undefined;
export function formatMs(ms: number | undefined): string;
export function formatRatio(value: number | undefined): string;
export function formatKiB(kib: number | undefined): string;
export function check(target: Target, value: number | undefined): { text: string; met: boolean | undefined };
export function displayWidth(text: string): number;
export function markdownTable(columns: { title: string; align?: 'left' | 'right' }[], rows: string[][]): string;
