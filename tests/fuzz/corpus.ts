/**
 * The fuzzer's seeds: the real pack files (content/ and quizzes/ of the
 * built-in course), and a scratch copy of that pack where one file at a time
 * is replaced by its mutant and then restored.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/run-bin.js';

export interface SeedFile {
  /** Path inside the pack, such as `content/stages.en.md`. */
  path: string;
  bytes: Buffer;
}

/** The repository (set by scripts/fuzz.mjs, whose bundle lives elsewhere). */
export const REPO = process.env.LM_FUZZ_ROOT ?? ROOT;

let seeds: SeedFile[] | undefined;

/** Every file of the built-in pack, sorted by path. */
export function seedFiles(): SeedFile[] {
  seeds ??= ['content', 'quizzes'].flatMap((dir) =>
    readdirSync(join(REPO, dir))
      .sort()
      .map((name) => ({ path: `${dir}/${name}`, bytes: readFileSync(join(REPO, dir, name)) })),
  );
  return seeds;
}

export function seedFile(path: string): SeedFile {
  const found = seedFiles().find((s) => s.path === path);
  if (!found) throw new Error(`no seed file ${path}`);
  return found;
}

/** Chapter ids, section ids, quiz and question ids and words of the seed pack, for command arguments. */
export interface SeedNames {
  chapters: string[];
  sections: string[];
  quizzes: string[];
  questions: string[];
  words: string[];
}

export function seedNames(): SeedNames {
  const files = seedFiles();
  const text = (p: string) => files.find((f) => f.path === p)?.bytes.toString('utf8') ?? '';
  const chapters = /chapters:\s*\[([^\]]*)\]/.exec(text('content/course.yaml'))?.[1]?.split(',').map((s) => s.trim()) ?? [];
  const all = files.map((f) => f.bytes.toString('utf8')).join('\n');
  const sections = [...new Set([...all.matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1]!))];
  const quizzes = files.filter((f) => f.path.startsWith('quizzes/')).map((f) => f.path.replace(/^quizzes\/|\.ya?ml$/g, ''));
  const questions = [...new Set([...all.matchAll(/^ {2}- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]!))];
  const words = [...new Set(all.match(/[A-Za-z]{4,12}|[\u4e00-\u9fff]{2,4}/g) ?? [])].slice(0, 400);
  return { chapters: chapters.length > 0 ? chapters : ['x'], sections, quizzes, questions, words };
}

/** A private copy of the pack and a state directory; `withFile` swaps one file for the duration of a call. */
export class ScratchPack {
  readonly root: string;
  readonly state: string;
  readonly work: string;

  constructor() {
    this.work = mkdtempSync(join(tmpdir(), 'lm-fuzz-'));
    this.root = join(this.work, 'pack');
    this.state = join(this.work, 'state');
    for (const dir of ['content', 'quizzes']) cpSync(join(REPO, dir), join(this.root, dir), { recursive: true });
    mkdirSync(this.state);
  }

  async withFile<T>(path: string | undefined, bytes: Buffer | undefined, run: () => Promise<T>): Promise<T> {
    if (path === undefined || bytes === undefined) return run();
    const file = join(this.root, path);
    writeFileSync(file, bytes);
    try {
      return await run();
    } finally {
      writeFileSync(file, seedFile(path).bytes);
      rmSync(this.state, { recursive: true, force: true });
      mkdirSync(this.state);
    }
  }

  remove(): void {
    rmSync(this.work, { recursive: true, force: true });
  }
}
