/**
 * Real file systems for the state-directory tests: a small tmpfs (a full
 * disk), a read-only bind mount, and `chattr +i`. They need root (or a
 * container that allows mounting); where that is impossible the tests that
 * need them are skipped, visibly (a line on stderr and vitest's own "skipped"),
 * and they fail instead when LM_REQUIRE_EXTERNAL=1 (as .ci/run sets it where
 * mounting is expected to work).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface External {
  ok: boolean;
  why: string;
}

function sh(command: string, args: string[]): { ok: boolean; err: string } {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
  return { ok: r.status === 0, err: (r.stderr || r.error?.message || `exit ${r.status}`).trim() };
}

/** Mounts a tmpfs of `kib` KiB on a fresh directory; undefined (and why) when it cannot. */
export function mountTmpfs(kib: number): { dir?: string; why: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lm-tmpfs-'));
  const r = sh('mount', ['-t', 'tmpfs', '-o', `size=${kib}k,mode=0700`, 'tmpfs', dir]);
  if (r.ok) return { dir, why: '' };
  rmSync(dir, { recursive: true, force: true });
  return { why: `cannot mount a tmpfs: ${r.err}` };
}

/** A read-only view of `source` (a bind mount remounted read-only). */
export function mountReadOnly(source: string): { dir?: string; why: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lm-ro-'));
  const bind = sh('mount', ['--bind', source, dir]);
  if (!bind.ok) {
    rmSync(dir, { recursive: true, force: true });
    return { why: `cannot bind-mount: ${bind.err}` };
  }
  const ro = sh('mount', ['-o', 'remount,ro,bind', dir]);
  if (!ro.ok) {
    unmount(dir);
    return { why: `cannot remount read-only: ${ro.err}` };
  }
  return { dir, why: '' };
}

export function unmount(dir: string): void {
  sh('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
}

/** Sets or clears the immutable attribute; false when the file system or the user cannot. */
export function chattr(flag: '+i' | '-i', path: string): boolean {
  return sh('chattr', [flag, path]).ok;
}

/** Whether this machine can do what the tests need; probed once. */
export function probe(): External {
  const t = mountTmpfs(64);
  if (!t.dir) return { ok: false, why: t.why };
  const ro = mountReadOnly(t.dir);
  const canChattr = (() => {
    const f = join(t.dir!, 'probe');
    spawnSync('touch', [f]);
    const ok = chattr('+i', f);
    if (ok) chattr('-i', f);
    return ok;
  })();
  if (ro.dir) unmount(ro.dir);
  unmount(t.dir);
  if (!ro.dir) return { ok: false, why: ro.why };
  if (!canChattr) return { ok: false, why: 'chattr +i is not supported here' };
  return { ok: true, why: '' };
}

/** Skips the test (saying why on stderr), or fails it when LM_REQUIRE_EXTERNAL=1. */
export function needExternal(external: External, skip: () => void): void {
  if (external.ok) return;
  if (process.env.LM_REQUIRE_EXTERNAL === '1') throw new Error(`LM_REQUIRE_EXTERNAL=1 but ${external.why}`);
  process.stderr.write(`SKIPPED (no real file system faults here): ${external.why}\n`);
  skip();
}
