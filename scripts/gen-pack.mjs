#!/usr/bin/env node
// Writes a synthetic but valid course pack: N chapters in Chinese and
// English, a glossary, models, and 10N questions over the six types.
// Deterministic: the same --chapters and --seed give byte-identical files.
//
//   node scripts/gen-pack.mjs --chapters N [--seed S] --out DIR [--force]
//
// DIR must be empty or absent; with --force, DIR/content and DIR/quizzes are
// replaced (nothing else in DIR is touched).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generatePack } from './pack-gen/pack.mjs';

export { generatePack } from './pack-gen/pack.mjs';

/** Writes the files of `generatePack` under `dir`. */
export function writePack(dir, files, { force = false } = {}) {
  const root = resolve(dir);
  if (existsSync(root) && readdirSync(root).length > 0) {
    if (!force) throw new UsageError(`${dir} is not empty; pass --force to replace its content/ and quizzes/`);
    rmSync(join(root, 'content'), { recursive: true, force: true });
    rmSync(join(root, 'quizzes'), { recursive: true, force: true });
  }
  const made = new Set();
  for (const [path, text] of files) {
    const file = join(root, path);
    const parent = dirname(file);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(file, text);
  }
  return root;
}

class UsageError extends Error {}

function parse(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      chapters: { type: 'string', short: 'n' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return { help: true };
  const chapters = Number(values.chapters);
  if (!values.chapters || !/^\d+$/.test(values.chapters) || chapters < 1 || chapters > 100_000) {
    throw new UsageError('--chapters must be a whole number from 1 to 100000');
  }
  if (!values.out) throw new UsageError('--out DIR is required');
  return { chapters, seed: values.seed, out: values.out, force: values.force };
}

const USAGE = 'usage: node scripts/gen-pack.mjs --chapters N [--seed S] --out DIR [--force]\n';

function main(argv) {
  let options;
  try {
    options = parse(argv);
  } catch (error) {
    process.stderr.write(`gen-pack: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const started = performance.now();
  const { files, questions, quizzes } = generatePack(options);
  try {
    const root = writePack(options.out, files, options);
    const ms = Math.round(performance.now() - started);
    process.stdout.write(`gen-pack: ${options.chapters} chapters, ${questions} questions in ${quizzes} quizzes -> ${root} (${files.size} files, ${ms} ms)\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`gen-pack: ${error.message}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
