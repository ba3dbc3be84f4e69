// The floor under the start-up rows: what loading code costs before any of
// it runs a command, measured in the same runs as the rows themselves. A
// start-up ratio that misses its target splits into the part below this
// floor (Node's ES module loader, the dependencies' and our modules' own
// top-level code) and the part above it (the command's work). No targets:
// these rows explain the others.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

/** As the bin shims do: Node's compile cache where there is one (22.1+), then the modules. */
const ENABLE_CACHE = "process.getBuiltinModule('node:module').enableCompileCache?.();\n";

/** The chunks of dist/chunks/<binary>/ whose names start with one of `prefixes`, imported after ENABLE_CACHE. */
function imports(root, binary, prefixes) {
  const dir = join(root, 'dist', 'chunks', binary);
  const names = readdirSync(dir).filter((name) => prefixes.some((p) => name.startsWith(`${p}-`)));
  if (names.length !== prefixes.length) throw new Error(`bench: dist/chunks/${binary} has ${names.join(', ') || 'none'} for ${prefixes.join(', ')}`);
  return ENABLE_CACHE + names.map((name) => `await import(${JSON.stringify(pathToFileURL(join(dir, name)).href)});\n`).join('');
}

/**
 * @param {{ root: string, work: string, env: (lang?: string) => Record<string, string> }} ctx
 * @returns {import('./rows.mjs').TimedRow[]}
 */
export function floorRows(ctx) {
  const dir = join(ctx.work, 'floor');
  const probe = (name, text) => {
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, text);
    return file;
  };
  mkdirSync(dir, { recursive: true });
  // commander alone, bundled as the binaries bundle it (its CommonJS wrapped in an ES module).
  buildSync({
    stdin: { contents: "import { Command } from 'commander';\nglobalThis.program = new Command('probe');\n", resolveDir: ctx.root },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.17',
    outfile: join(dir, 'commander-bundle.mjs'),
    banner: { js: "import { createRequire as __lmCreateRequire } from 'node:module';\nconst require = __lmCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  const run = (file, args) => ({ file: process.execPath, args: [file, ...args], env: ctx.env(), cwd: ctx.root });
  const row = (id, label, file, args = []) => ({ id, label: `floor: ${label}`, cmd: run(file, args), okCodes: [0], targets: [], kind: 'startup' });
  return [
    row('floor-esm', 'an empty ES module', probe('empty', '')),
    row('floor-commander', 'commander, bundled, one Command', probe('commander', `${ENABLE_CACHE}await import('./commander-bundle.mjs');\n`)),
    // What every command pays before its own work, even one that would answer from a cache: the
    // binary, its commands and options declared, argv parsed by commander (`--version` with
    // another option is answered by commander, not by the shim).
    row('floor-entry', 'lm-explain, its options parsed (--version --lang en)', join(ctx.root, 'bin', 'lm-explain.js'), ['--version', '--lang', 'en']),
    row('floor-show', "the modules `show` loads, imported (no command run)", probe('show', imports(ctx.root, 'lm-explain', ['show']))),
    row('floor-quiz', 'the modules the quiz loads, imported', probe('quiz', imports(ctx.root, 'lm-quiz', ['play', 'unattended']))),
    row('floor-lint', 'the modules a cold lm-lint loads, imported', probe('lint', imports(ctx.root, 'lm-lint', ['command', 'runner', 'registry', 'load', 'markdown-lexer']))),
  ];
}
