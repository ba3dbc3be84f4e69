/** Writes attempts to `file` until it holds at least `bytes` bytes; returns how many attempts. */
export function writeHistoryLog(file: string, bytes: number, start?: number): number;
