// Builds dist/ with esbuild. Type checking is `npm run typecheck`; this only
// transpiles and bundles. The new build is written beside dist/ and swapped
// in, so a binary that is running while a build happens never sees a
// half-written dist/.
//
// Two kinds of entry (add new ones to the table they belong to):
// - BINARIES: the commands. Their dependencies are bundled in and code-split,
//   so a run loads a handful of files instead of hundreds of node_modules
//   files (Node 20 has no compile cache); heavy modules (yaml, zod, marked,
//   Inquirer, ts-fsrs, diff) stay in chunks that only the paths needing them
//   import. See docs/performance.md.
// - LIBRARY: the programmatic API (package.json exports); dependencies stay
//   external, so an application that also uses them shares one copy.
import { build } from 'esbuild';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildId } from './build/build-id.mjs';

const BINARIES = {
  'lm-explain': 'src/bin/lm-explain.ts',
  'lm-quiz': 'src/bin/lm-quiz.ts',
  'lm-lint': 'src/bin/lm-lint.ts',
};

const LIBRARY = {
  index: 'src/index.ts', // the programmatic API (package.json exports)
};

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const next = `${root}dist.next-${process.pid}`;
const old = `${root}dist.old-${process.pid}`;

const common = {
  absWorkingDir: root,
  outdir: next,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  legalComments: 'none',
  logLevel: 'warning',
  // Caches written by one build are never read by another (src/cache/build-id.ts).
  define: { __LM_BUILD_ID__: JSON.stringify(buildId(root)) },
};

try {
  await build({
    ...common,
    entryPoints: BINARIES,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Bundled CommonJS dependencies (yaml, commander) may require Node's own modules.
    banner: { js: "import { createRequire as __lmCreateRequire } from 'node:module'; const require = __lmCreateRequire(import.meta.url);" },
  });
  await build({ ...common, entryPoints: LIBRARY, splitting: true, chunkNames: 'lib/[name]-[hash]', packages: 'external' });
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  throw error;
}
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
