// Builds dist/ with esbuild. Type checking is `npm run typecheck`; this only
// transpiles and bundles. The new build is written beside dist/ and swapped
// in, so a binary that is running while a build happens never sees a
// half-written dist/. See docs/performance.md for why it is laid out so.
//
// Two kinds of entry (add new ones to the table they belong to):
// - BINARIES: the commands, each in three layers, dependencies bundled in:
//   dist/<name>.js, the entry (src/bin/<name>.ts and what it imports
//   statically: `--version` is answered there); dist/program/<name>.js,
//   everything the entry imports dynamically, in one file (Node 20 has no
//   compile cache, and each extra ES module costs); and the lazy groups the
//   binary lists (scripts/build/lazy.mjs), CommonJS files loaded on first
//   call only, so a run served from the cache never loads them.
//   dist/cache/ holds the built-in pack compiled (scripts/build/compile-pack.mjs).
// - LIBRARY: the programmatic API (package.json exports); dependencies stay
//   external, so an application that also uses them shares one copy.
import { build } from 'esbuild';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildId } from './build/build-id.mjs';
import { writeCompiledPack } from './build/compile-pack.mjs';
import { buildLazyGroups, LAZY_GROUPS, lazyPlugin } from './build/lazy.mjs';

const BINARIES = {
  'lm-explain': { entry: 'src/bin/lm-explain.ts', lazy: ['course-parse', 'markdown', 'string-width'] },
  'lm-quiz': { entry: 'src/bin/lm-quiz.ts', lazy: ['course-parse', 'string-width', 'prompts'] },
  'lm-lint': { entry: 'src/bin/lm-lint.ts', lazy: ['lint', 'course-parse'] },
};

const LIBRARY = {
  index: 'src/index.ts', // the programmatic API (package.json exports)
};

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const next = `${root}dist.next-${process.pid}`;
const old = `${root}dist.old-${process.pid}`;

const BUILD_ID = buildId(root);
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  legalComments: 'none',
  logLevel: 'warning',
  // Caches written by one build are never read by another (src/cache/build-id.ts).
  define: { __LM_BUILD_ID__: JSON.stringify(BUILD_ID) },
};
// Bundled CommonJS dependencies (yaml, commander) may require Node's own modules.
const requireBanner = { js: "import { createRequire as __lmCreateRequire } from 'node:module'; const require = __lmCreateRequire(import.meta.url);" };

try {
  const groups = [...new Set(Object.values(BINARIES).flatMap((b) => b.lazy))];
  const names = await buildLazyGroups(root, next, common, groups);
  for (const [name, binary] of Object.entries(BINARIES)) {
    const programModules = [];
    await build({ ...common, entryPoints: { [name]: binary.entry }, outdir: next, plugins: [programImports(name, programModules)] });
    await build({
      ...common,
      stdin: { contents: programModules.map((m) => `export * from ${JSON.stringify(m)};`).join('\n'), resolveDir: root, sourcefile: `program-${name}.js`, loader: 'js' },
      outfile: join(next, 'program', `${name}.js`),
      banner: requireBanner,
      plugins: [lazyPlugin(root, Object.fromEntries(binary.lazy.map((g) => [g, names[g]])))],
    });
    checkNoEagerCopies(name, binary.lazy);
  }
  await build({ ...common, entryPoints: LIBRARY, outdir: next, splitting: true, chunkNames: 'lib/[name]-[hash]', packages: 'external' });
  await writeCompiledPack(root, next, common, BUILD_ID);
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  throw error;
}
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });

/** Sends the entry's dynamic imports to `./program/<name>.js` (one module), recording what they were. */
function programImports(name, modules) {
  return {
    name: 'program-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const file = join(dirname(args.importer), args.path).replace(/\.js$/, '.ts');
        if (!existsSync(file)) throw new Error(`${relative(root, args.importer)}: cannot find ${args.path}`);
        if (!modules.includes(file)) modules.push(file);
        return { path: `./program/${name}.js`, external: true };
      });
    },
  };
}

/** A binary's program must not hold what its lazy groups hold (a second, eager copy). */
function checkNoEagerCopies(name, lazy) {
  const text = readFileSync(join(next, 'program', `${name}.js`), 'utf8');
  const eager = lazy.flatMap((g) => LAZY_GROUPS[g].marks).filter((mark) => text.includes(`// ${mark}`));
  if (eager.length > 0) throw new Error(`dist/program/${name}.js bundles ${eager.join(', ')}, which it must load through dist/lazy/`);
}
