// Builds dist/ with esbuild. Type checking is `npm run typecheck`; this only
// transpiles and bundles. The new build is written beside dist/ and swapped
// in, so a binary that is running while a build happens never sees a
// half-written dist/. See docs/performance.md for why it is laid out so.
//
// Two kinds of entry (add new ones to the table they belong to):
// - BINARIES: the commands, CommonJS (Node's ES module loader costs more at
//   start-up than `--version` does), dependencies bundled in, in layers:
//   - dist/<name>.cjs, the entry (src/bin/<name>.ts): answers --version and
//     --help (src/cli/fast-path.ts), else
//     runs the program with a V8 code cache (src/cli/program-loader.ts);
//     dist/<name>.js only imports it, for whoever runs that file;
//   - dist/program/<name>.cjs: `start` (src/cli/entry.ts) and the binary's
//     `main`, with everything they import, in one file;
//   - the lazy groups the binary lists (scripts/build/lazy.mjs): CommonJS
//     files loaded on first call, so a run served from the cache never loads
//     the YAML parser, zod, marked, string-width, Inquirer or the linter.
//   - dist/cache/: the built-in pack compiled (scripts/build/compile-pack.mjs);
//   - dist/help/: each binary's --help page per language (scripts/build/help-pages.mjs).
// - LIBRARY: the programmatic API (package.json exports): ES modules,
//   dependencies external, so an application that also uses them shares one copy.
import { build } from 'esbuild';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildId } from './build/build-id.mjs';
import { writeCompiledPack } from './build/compile-pack.mjs';
import { writeHelpPages } from './build/help-pages.mjs';
import { buildLazyGroups, LAZY_GROUPS, lazyPlugin } from './build/lazy.mjs';

const BINARIES = {
  'lm-explain': { entry: 'src/bin/lm-explain.ts', main: 'src/cli/explain.ts', lazy: ['course-parse', 'markdown', 'string-width', 'theme'] },
  'lm-quiz': { entry: 'src/bin/lm-quiz.ts', main: 'src/cli/quiz.ts', lazy: ['course-parse', 'string-width', 'prompts', 'ts-fsrs', 'markdown'] },
  'lm-lint': { entry: 'src/bin/lm-lint.ts', main: 'src/cli/lint.ts', lazy: ['lint', 'course-parse'] },
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
/** CommonJS output of modules written as ES modules: import.meta.url from __filename, import() as require(). */
const commonjs = {
  format: 'cjs',
  // Minified: less source to read and smaller saved code to deserialise at every start (about 2 ms of
  // `show`). Errors are told apart by tags, never by class or function names (src/errors.ts).
  // LM_BUILD_MINIFY=0 builds readable binaries, for profiles and stack traces (docs/performance.md).
  minify: process.env.LM_BUILD_MINIFY !== '0',
  supported: { 'dynamic-import': false },
  // "use strict" first: the modules were written as ES modules, which are strict.
  // import.meta.dirname and .filename are CommonJS's own; import.meta.url is made when first read
  // (pathToFileURL parses a URL: a fraction of a millisecond per bundle, so the sources use dirname).
  banner: { js: "'use strict';\nconst __lmImportMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
  define: { ...common.define, 'import.meta.url': '__lmImportMeta.url', 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
};

/**
 * commander requires node:child_process when it loads, for subcommands that
 * are separate executables, which ours are not: it gets it on first use.
 */
const commanderChildProcess = {
  name: 'commander-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/** chalk's colour detection, which the binaries never use: see scripts/build/chalk-no-detect.mjs. */
const chalkNoDetect = {
  name: 'chalk-no-detect',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: join(root, 'scripts', 'build', 'chalk-no-detect.mjs') } : undefined,
    );
  },
};

try {
  const groups = [...new Set(Object.values(BINARIES).flatMap((b) => b.lazy))];
  const names = await buildLazyGroups(root, next, { ...common, ...commonjs, plugins: [chalkNoDetect] }, groups);
  for (const [name, binary] of Object.entries(BINARIES)) {
    await build({ ...common, ...commonjs, entryPoints: [binary.entry], outfile: join(next, `${name}.cjs`) });
    writeFileSync(join(next, `${name}.js`), `// The entry is CommonJS (see scripts/build.mjs).\nimport './${name}.cjs';\n`);
    const program = await build({
      ...common,
      ...commonjs,
      metafile: true,
      stdin: {
        contents: `export { start } from './src/cli/entry.ts';\nexport { main } from './${binary.main}';\n`,
        resolveDir: root,
        sourcefile: `program-${name}.ts`,
        loader: 'ts',
      },
      outfile: join(next, 'program', `${name}.cjs`),
      plugins: [lazyPlugin(root, Object.fromEntries(binary.lazy.map((g) => [g, names[g]]))), commanderChildProcess, chalkNoDetect],
    });
    checkProgram(name, binary.lazy, program.metafile);
  }
  await build({ ...common, entryPoints: LIBRARY, outdir: next, splitting: true, chunkNames: 'lib/[name]-[hash]', packages: 'external' });
  await writeCompiledPack(root, next, common, BUILD_ID);
  writeHelpPages(next, Object.keys(BINARIES));
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  throw error;
}
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });

/**
 * A binary's program must not hold what its lazy groups hold (a second, eager
 * copy), nor an import() (it runs as a script: src/cli/program-loader.ts).
 */
function checkProgram(name, lazy, metafile) {
  const inputs = Object.keys(metafile.inputs);
  const eager = lazy.flatMap((g) => LAZY_GROUPS[g].marks).filter((mark) => inputs.some((input) => input.startsWith(mark)));
  if (eager.length > 0) throw new Error(`dist/program/${name}.cjs bundles ${eager.join(', ')}, which it must load through dist/lazy/`);
  const text = readFileSync(join(next, 'program', `${name}.cjs`), 'utf8');
  if (/\bimport\(/.test(text)) throw new Error(`dist/program/${name}.cjs contains an import(), which a script cannot run`);
}
