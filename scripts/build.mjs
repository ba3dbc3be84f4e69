// Builds dist/ with esbuild. Type checking is `npm run typecheck`; this only
// transpiles and bundles. The new build is written beside dist/ and swapped
// in, so a binary that is running while a build happens never sees a
// half-written dist/.
//
// Two builds:
// - BINARIES: one ES module bundle per command (src/bin/<name>.ts), its
//   dependencies bundled in, with esbuild's code splitting: every
//   `await import()` in src/ (a command's module, imported when that command
//   runs) becomes a chunk of its own in dist/chunks/<name>/, loaded only then.
//   Each binary is built on its own: split together, the code the three share
//   came apart into many small chunks, and each costs a resolve and a link at
//   start-up (`show` loaded 29 files, now 20; about 15% of its time). The
//   bundle is what the sources say: no import is rewritten, nothing is
//   minified (a stack trace names our functions and files).
// - SEED: dist/memo, the built-in course's parses, made by running the new
//   binaries on it (scripts/build/seed.mjs): a new user's first run reads
//   them instead of parsing the course.
// - LIBRARY: the programmatic API (package.json exports): ES modules,
//   dependencies external, so an application that also uses them shares one copy.
import { build } from 'esbuild';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildId } from './build/build-id.mjs';
import { writeSeed } from './build/seed.mjs';

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
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  legalComments: 'none',
  logLevel: 'warning',
  // lm-lint's report cache is never read by another build (src/lint/report-cache.ts).
  define: { __LM_BUILD_ID__: JSON.stringify(buildId(root)) },
  // yaml's "node" export is CommonJS: bundled, every one of its 72 modules is
  // wrapped and run at start-up. Its ES module build (the same code, the one
  // its "default" condition names) is scope-hoisted and tree-shaken instead.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
};

/** commander's `require('node:child_process')` gets scripts/build/deferred-child-process.cjs (see there). */
const deferChildProcess = {
  name: 'defer-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: `${root}scripts/build/deferred-child-process.cjs` } : undefined,
    );
  },
};

try {
  for (const [name, entry] of Object.entries(BINARIES)) await build({
    ...common,
    entryPoints: { [name]: entry },
    outdir: next,
    splitting: true,
    chunkNames: `chunks/${name}/[name]-[hash]`,
    // The tokenisers' merge tables (megabytes) stay in node_modules, imported only when the tokens lab runs.
    external: ['gpt-tokenizer'],
    plugins: [deferChildProcess],
    // Some bundled dependencies are CommonJS and require() Node's modules; an ES module has no require of its own.
    banner: { js: "import { createRequire as __lmCreateRequire } from 'node:module';\nconst require = __lmCreateRequire(import.meta.url);" },
  });
  await build({ ...common, entryPoints: LIBRARY, outdir: next, splitting: true, chunkNames: 'lib/[name]-[hash]', packages: 'external' });
  await writeSeed(next, root);
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  throw error;
}
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
