/**
 * Our temporary files (`.<name>.<pid>.<time>.tmp`, beside the file being
 * written) and sweeping the ones a killed process left behind: a temporary
 * is stale when the process that made it is gone, or when it is older than
 * an hour (the pid may have been reused). Each directory is swept once per
 * process, so writing many files costs one listing a directory.
 */
import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const PATTERN = /^\..+\.(\d{1,10})\.[0-9a-z]{6,12}(?:-\d+)?\.tmp$/;
const STALE_MS = 3_600_000;
const swept = new Set<string>();
let counter = 0;

export function temporaryName(file: string): string {
  const unique = counter++ === 0 ? '' : `-${counter}`;
  return join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now().toString(36)}${unique}.tmp`);
}

/** Whether `name` looks like one of our temporary files; its maker's pid if so. */
export function temporaryPid(name: string): number | undefined {
  const m = PATTERN.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** Removes stale temporaries of ours in `dir` (once per process per directory); returns how many. */
export function sweepTemporaries(dir: string, now = Date.now()): number {
  if (swept.has(dir)) return 0;
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = temporaryPid(name);
    if (pid === undefined || pid === process.pid) continue;
    const path = join(dir, name);
    try {
      const stat = lstatSync(path);
      if (!stat.isFile()) continue;
      if (alive(pid) && now - stat.mtimeMs < STALE_MS) continue;
      unlinkSync(path);
      removed++;
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
