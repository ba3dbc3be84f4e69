// Types for scripts/gen-pack.mjs, so TypeScript tests can import it.
export interface GeneratedPack {
  /** Relative path (`content/...`, `quizzes/...`) to file text. */
  files: Map<string, string>;
  questions: number;
  quizzes: number;
}

export function generatePack(options: { chapters: number; seed: string | number }): GeneratedPack;

/** Writes the files under `dir` (which must be empty or absent unless `force`); returns the absolute root. */
export function writePack(dir: string, files: Map<string, string>, options?: { force?: boolean }): string;
