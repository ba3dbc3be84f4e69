import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { floorRows } from '../../scripts/bench/floor.mjs';
import { moduleRecorder } from '../helpers/loaded-modules.js';
import { ROOT } from '../helpers/run-bin.js';

describe('bench floor rows', () => {
  it('each probe loads what its label says from the built dist/, runs no command and exits 0', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const work = mkdtempSync(join(tmpdir(), 'lm-bench-floor-'));
    try {
      const rows = floorRows({ root: ROOT, work, env: () => ({ PATH: process.env.PATH ?? '', HOME: work }) });
      expect(rows.map((r) => r.id)).toEqual(['floor-esm', 'floor-commander', 'floor-entry', 'floor-show', 'floor-quiz', 'floor-lint']);
      const entry = rows.find((r) => r.id === 'floor-entry')!.cmd.args;
      expect(entry).toEqual([join(ROOT, 'bin', 'lm-explain.js'), '--version', '--lang', 'en']);
      // Not the shim's own answer to a lone --version: the program is loaded.
      expect(moduleRecorder()('lm-explain', entry.slice(1))).toContain(pathToFileURL(join(ROOT, 'dist', 'lm-explain.js')).href);
      const probe = (id: string) => readFileSync(rows.find((r) => r.id === id)!.cmd.args[0]!, 'utf8');
      expect(probe('floor-show')).toMatch(/dist\/chunks\/lm-explain\/show-[A-Z0-9]+\.js/);
      for (const part of ['command', 'runner', 'registry', 'load', 'markdown-lexer']) expect(probe('floor-lint')).toContain(`/dist/chunks/lm-lint/${part}-`);
      for (const row of rows) {
        const run = spawnSync(row.cmd.file, row.cmd.args, { cwd: row.cmd.cwd, env: row.cmd.env, encoding: 'utf8' });
        // The entry row is the program itself: commander answers `--version --lang en` with the version line.
        const stdout = row.id === 'floor-entry' ? `${version}\n` : '';
        expect({ id: row.id, code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ id: row.id, code: 0, stdout, stderr: '' });
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
