// Builds the three binaries into dist/ with esbuild (ESM, code-split so each
// command's module loads only when that command runs). Type checking is
// `npm run typecheck`; this only transpiles and bundles our own code.
// The new build is written beside dist/ and swapped in, so a binary that is
// running while a build happens never sees a half-written dist/.
import { build } from 'esbuild';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const next = `${root}dist.next-${process.pid}`;
const old = `${root}dist.old-${process.pid}`;

await build({
  entryPoints: {
    'lm-explain': 'src/bin/lm-explain.ts',
    'lm-quiz': 'src/bin/lm-quiz.ts',
    'lm-lint': 'src/bin/lm-lint.ts',
    index: 'src/index.ts', // the programmatic API (package.json exports)
  },
  absWorkingDir: root,
  outdir: next,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  packages: 'external',
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
