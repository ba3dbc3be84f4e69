/**
 * Output to a pipe is written synchronously and the process then exits at
 * once (src/io/io.ts, src/cli/entry.ts): nothing may be lost on the way, even
 * when the reader is slow and the output is many times a pipe's buffer.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePack, writePack } from '../../scripts/gen-pack.mjs';
import { ROOT, runBin } from '../helpers/run-bin.js';

let pack: string;
beforeAll(() => {
  pack = mkdtempSync(join(tmpdir(), 'lm-output-'));
  writePack(pack, generatePack({ chapters: 120, seed: 'output' }).files, { force: true });
});
afterAll(() => rmSync(pack, { recursive: true, force: true }));

/** Runs lm-explain with the reader holding off for `delayMs` before reading anything. */
function slowRead(args: string[], delayMs: number): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'lm-explain.js'), ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: pack, LANG: 'en_US.UTF-8', NO_COLOR: '1', LM_STATE_DIR: join(pack, 'state') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), delayMs);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}

describe('output to a pipe', () => {
  it('arrives whole when the reader is slow and the output is larger than the pipe buffer', async () => {
    const args = ['--lang', 'en', 'search', 'the', '--pack', pack];
    const expected = runBin('lm-explain', args, { env: { HOME: pack } });
    expect(expected.code).toBe(0);
    expect(Buffer.byteLength(expected.stdout)).toBeGreaterThan(150_000); // several pipe buffers (64 KiB on Linux)
    const slow = await slowRead(args, 300);
    expect(slow.code).toBe(0);
    expect(slow.stdout).toBe(expected.stdout);
  });
});
