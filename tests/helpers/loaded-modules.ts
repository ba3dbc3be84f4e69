/**
 * Which modules a built binary loads: the binaries are ES modules, so a
 * loader hook (registered by a preload, on its own thread) writes down the
 * URL of every module resolved.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { runBin } from './run-bin.js';

export function moduleRecorder(): (bin: 'lm-explain' | 'lm-quiz' | 'lm-lint', args: string[]) => string[] {
  const dir = mkdtempSync(join(tmpdir(), 'lm-modules-'));
  const out = join(dir, 'modules.txt');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';\nexport async function resolve(specifier, context, next) {\n  const found = await next(specifier, context);\n  appendFileSync(${JSON.stringify(out)}, found.url + '\\n');\n  return found;\n}\n`,
  );
  const preload = join(dir, 'preload.mjs');
  writeFileSync(preload, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  return (bin, args) => {
    writeFileSync(out, '');
    const r = runBin(bin, args, { env: { NODE_OPTIONS: `--import ${pathToFileURL(preload).href}` } });
    expect(r.code, r.stderr).toBe(0);
    return readFileSync(out, 'utf8').split('\n').filter(Boolean);
  };
}
