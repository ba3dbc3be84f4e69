// Lazy modules: loaded the first time one of their functions is called, not
// when the program starts. Each group is bundled on its own as CommonJS
// (dist/lazy/<group>.cjs); in a binary that lists the group, every import of
// one of its modules is replaced by a proxy module whose functions require()
// the group on first call. require() is synchronous, so the code that calls
// them (the pack loader, the Markdown renderer...) stays synchronous and
// unchanged, and a run that finds everything in the cache never loads yaml,
// zod, marked or string-width.
//
// A group holds whole modules with everything they import. Only their
// functions can be imported through a proxy (anything else fails the build:
// "No matching export"), and a binary must not import a group's inner
// modules directly, or it would hold a second copy (scripts/build.mjs checks
// the bundle's inputs for the modules named in `marks`).
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export const LAZY_GROUPS = {
  // YAML parsing and schema validation of pack files.
  'course-parse': { modules: ['src/course/load.ts', 'src/course/chapter.ts'], marks: ['node_modules/yaml/', 'node_modules/zod/'] },
  // Markdown to terminal text; highlighting is a group of its own, loaded by this one.
  markdown: { modules: ['src/render/markdown.ts'], marks: ['node_modules/marked/'], uses: ['highlight'] },
  // Syntax highlighting of code blocks (marked-terminal, cli-highlight, highlight.js).
  highlight: { modules: ['src/render/highlight.ts'], marks: ['node_modules/marked-terminal/', 'node_modules/cli-highlight/'] },
  // The reader's styles, with chalk: a page served from the cache needs none (src/reader/context.ts).
  theme: { modules: ['src/render/theme.ts'], marks: ['node_modules/chalk/'] },
  // Width of the clusters src/text/width-table.ts does not answer.
  'string-width': { modules: ['string-width'], marks: ['node_modules/string-width/'] },
  // Spaced repetition (review, stats).
  'ts-fsrs': { modules: ['ts-fsrs'], marks: ['node_modules/ts-fsrs/'] },
  // Interactive prompts (Inquirer, with its editor and encodings).
  prompts: { modules: ['src/quiz/prompts/prompter.ts'], marks: ['node_modules/@inquirer/'] },
  // The whole of lint: rules, Markdown lexing, formatters, fixes.
  lint: { modules: ['src/lint/command.ts'], marks: ['src/lint/runner.ts'] },
};

const isPackage = (module) => !module.startsWith('src/');

/** Bundles the groups into `<outdir>/lazy/<group>.cjs`; returns the function names each exports. */
export async function buildLazyGroups(root, outdir, options, groups) {
  const names = {};
  // Groups a group uses are built first (and loaded through proxies, not bundled in).
  const ordered = [...new Set(groups.flatMap((g) => [...(LAZY_GROUPS[g].uses ?? []), g]))];
  for (const group of ordered) {
    const outfile = join(outdir, 'lazy', `${group}.cjs`);
    const contents = LAZY_GROUPS[group].modules
      .map((m) => (isPackage(m) ? `export * from '${m}';${m === 'string-width' ? ` export { default } from '${m}';` : ''}` : `export * from ${JSON.stringify(join(root, m))};`))
      .join('\n');
    // `options`: the build's CommonJS options (import.meta.url and import() as CommonJS has them), and plugins every bundle takes.
    const uses = LAZY_GROUPS[group].uses ?? [];
    const plugins = [...(options.plugins ?? []), ...(uses.length > 0 ? [lazyPlugin(root, Object.fromEntries(uses.map((g) => [g, names[g]])))] : [])];
    const { metafile } = await build({ ...options, stdin: { contents, resolveDir: root, sourcefile: `lazy-${group}.js`, loader: 'js' }, outfile, plugins, metafile: true });
    const inputs = Object.keys(metafile.inputs);
    const eager = uses.flatMap((g) => LAZY_GROUPS[g].marks).filter((mark) => inputs.some((input) => input.startsWith(mark)));
    if (eager.length > 0) throw new Error(`dist/lazy/${group}.cjs bundles ${eager.join(', ')}, which it must load through dist/lazy/`);
    const exported = createRequire(import.meta.url)(outfile);
    names[group] = Object.keys(exported).filter((k) => typeof exported[k] === 'function');
  }
  return names;
}

/** The esbuild plugin that replaces imports of the groups' modules by proxies. */
export function lazyPlugin(root, names) {
  const groupOf = new Map();
  for (const group of Object.keys(names)) {
    for (const m of LAZY_GROUPS[group].modules) groupOf.set(isPackage(m) ? m : join(root, m), group);
  }
  return {
    name: 'lazy-groups',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.namespace === 'lazy' || args.kind === 'entry-point') return undefined;
        const target = args.path.startsWith('.') ? resolve(dirname(args.importer), args.path).replace(/\.js$/, '.ts') : args.path;
        const group = groupOf.get(target);
        return group === undefined ? undefined : { path: group, namespace: 'lazy' };
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: proxySource(args.path, names[args.path]), loader: 'js', resolveDir: root }));
    },
  };
}

function proxySource(group, exported) {
  const lines = [
    "import { createRequire } from 'node:module';",
    "import { basename, dirname, join } from 'node:path';",
    'let loaded;',
    'function load() {',
    '  if (loaded === undefined) {',
    "    // Through the program's loader (src/cli/program-loader.ts), with the group's saved code; else require().",
    "    const viaLoader = globalThis[Symbol.for('lm-explain.load-lazy-group')];",
    `    if (viaLoader) return (loaded = viaLoader(${JSON.stringify(group)}));`,
    '    let dist = import.meta.dirname;',
    "    if (basename(dist) === 'program' || basename(dist) === 'lazy') dist = dirname(dist);",
    `    loaded = createRequire(import.meta.filename)(join(dist, 'lazy', ${JSON.stringify(`${group}.cjs`)}));`,
    '  }',
    '  return loaded;',
    '}',
  ];
  for (const name of exported) {
    lines.push(
      name === 'default'
        ? 'export default function (...args) { return load().default(...args); }'
        : `export function ${name}(...args) { return load().${name}(...args); }`,
    );
  }
  return lines.join('\n');
}
