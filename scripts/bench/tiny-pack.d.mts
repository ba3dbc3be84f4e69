/** Writes a pack of `chapters` tiny chapters (zh and en) under `dir`; returns `dir`. */
export function writeTinyPack(dir: string, chapters: number, opts?: { badGlossary?: boolean }): string;
