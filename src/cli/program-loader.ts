/**
 * Runs a binary's program, dist/program/<name>.cjs (everything but the entry,
 * bundled into one CommonJS file), and the lazy groups it asks for, with a V8 code cache: the code compiled in
 * a run is saved to the cache directory at exit, and later runs start from it
 * instead of compiling again. This is what Node's own compile cache does for
 * modules from Node 22.1 (`module.enableCompileCache`); Node 20 has none. The
 * saved code is keyed by the build and V8's version, and V8 itself refuses
 * code it cannot use (the run then compiles as usual and saves anew). V8
 * does not check the code itself, and damaged code would crash the process,
 * so the file carries its length and a checksum, checked before V8 sees it.
 * A cache that cannot be read or written is skipped; LM_NO_CACHE turns it off.
 *
 * Only the built binaries use this (src/bin/*.ts, built by scripts/build.mjs).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { BUILD_ID } from '../cache/build-id.js';
import { cacheDir } from '../cache/dir.js';
import type { Io } from '../io/io.js';

interface Program {
  start(name: string, main: (argv: string[], io: Io) => Promise<number>): Promise<void>;
  main(argv: string[], io: Io): Promise<number>;
}

/** How the proxies of the lazy groups (scripts/build/lazy.mjs) find the loader below: a global, as they live in other bundles. */
const LAZY_LOADER = Symbol.for('lm-explain.load-lazy-group');

export function runProgram(name: string): void {
  const dist = import.meta.dirname;
  // The lazy groups load the same way, each with its own saved code: a first `show` after an edit
  // (YAML, zod, marked) or lm-lint on a changed pack start from compiled code too.
  const groups = new Map<string, unknown>();
  (globalThis as Record<symbol, unknown>)[LAZY_LOADER] = (group: string): unknown => {
    if (!groups.has(group)) groups.set(group, loadModule(join(dist, 'lazy', `${group}.cjs`), codeCacheFile(`lazy-${group}`)));
    return groups.get(group);
  };
  const program = loadModule(join(dist, 'program', `${name}.cjs`), codeCacheFile(name)) as Program;
  void program.start(name, program.main);
}

/** A CommonJS file run as Node would run it (and in require.cache, as require() would put it), from its saved code when it has some. */
function loadModule(file: string, cacheFile: string | undefined): unknown {
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = unframe(readFileSync(cacheFile));
    } catch {
      // no code saved yet
    }
  }
  const script = new Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = new Module(file);
  module.filename = file;
  const require = createRequire(file);
  require.cache[file] = module;
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dirname(file));
  module.loaded = true;
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) {
    process.once('exit', () => saveCode(cacheFile, script));
  }
  return module.exports;
}

function codeCacheFile(name: string): string | undefined {
  const dir = process.env.LM_NO_CACHE ? undefined : cacheDir(process.env);
  if (dir === undefined || BUILD_ID === undefined) return undefined;
  return join(dir, BUILD_ID, 'v8', `${name}-${process.versions.v8}-${process.arch}.bin`);
}

function saveCode(file: string, script: Script): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, frame(script.createCachedData()));
    renameSync(tmp, file);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the cache is only an optimisation
    }
  }
}

const MAGIC = 0x4c4d3803; // "LM8", format 3 (1 had a CRC-32, 2 a multiply-xor hash)

/** The code with a header: magic, length and checksum of what follows. */
function frame(code: Buffer): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(code.length, 4);
  header.writeUInt32LE(checksum(code), 8);
  return Buffer.concat([header, code]);
}

/** The code in a framed file, or undefined when the file is not whole and intact. */
function unframe(file: Buffer): Buffer | undefined {
  if (file.length < 12 || file.readUInt32LE(0) !== MAGIC) return undefined;
  const code = file.subarray(12);
  return code.length === file.readUInt32LE(4) && checksum(code) === file.readUInt32LE(8) ? code : undefined;
}

/**
 * A checksum of the code: catches damage, not forgery. The 32-bit words are
 * folded by XOR into eight lanes (word i into lane i mod 8), and the lanes,
 * the tail and the length are mixed into one number, each through a
 * bijective step, so a change within one lane (any one flipped bit, say)
 * always shows. XOR keeps every value a small integer, which V8 runs fast
 * from the first iteration: about 0.5 ms for the largest program's code,
 * where a multiply-and-xor hash took 1.5–2 ms and zlib's CRC-32 2–3 ms (most
 * of it loading node:zlib and the stream modules it needs).
 */
export function checksum(bytes: Uint8Array): number {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.from(bytes);
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
  let l0 = 0, l1 = 0, l2 = 0, l3 = 0, l4 = 0, l5 = 0, l6 = 0, l7 = 0;
  let i = 0;
  for (const end = words.length - 7; i < end; i += 8) {
    l0 ^= words[i]!;
    l1 ^= words[i + 1]!;
    l2 ^= words[i + 2]!;
    l3 ^= words[i + 3]!;
    l4 ^= words[i + 4]!;
    l5 ^= words[i + 5]!;
    l6 ^= words[i + 6]!;
    l7 ^= words[i + 7]!;
  }
  let tail = 0;
  for (; i < words.length; i++) tail = mix(tail ^ words[i]!);
  for (let j = words.length * 4; j < aligned.length; j++) tail = mix(tail ^ aligned[j]!);
  let sum = mix(aligned.length);
  for (const lane of [l0, l1, l2, l3, l4, l5, l6, l7, tail]) sum = mix(sum ^ lane);
  return sum;
}

/** murmur3's finaliser: a bijection of 32-bit numbers that moves every bit. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
