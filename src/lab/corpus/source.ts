/**
 * Where a lab's text comes from: the active pack's chapters in the reading
 * language (so every pack has labs), or a UTF-8 file the learner brings.
 * A file is checked before it is used: a regular file, at most
 * MAX_CORPUS_BYTES, no NUL byte (a binary file), valid UTF-8. Problems are
 * returned as data; the command turns them into a usage error.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Course } from '../../course/course.js';

export const MAX_CORPUS_BYTES = 8 * 1024 * 1024;

export type CorpusProblem =
  | { kind: 'unreadable'; file: string; reason: string }
  | { kind: 'not-a-file'; file: string }
  | { kind: 'too-large'; file: string; bytes: number }
  | { kind: 'binary'; file: string; line: number }
  | { kind: 'not-utf8'; file: string };

export type CorpusResult = { ok: true; text: string } | { ok: false; problem: CorpusProblem };

export function readCorpusFile(file: string, cwd: string): CorpusResult {
  const path = resolve(cwd, file);
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { ok: false, problem: { kind: 'not-a-file', file } };
    if (stat.size > MAX_CORPUS_BYTES) return { ok: false, problem: { kind: 'too-large', file, bytes: stat.size } };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, problem: { kind: 'unreadable', file, reason: (error as NodeJS.ErrnoException).code ?? String(error) } };
  }
  // Checked again: the file may have grown between stat and read.
  if (bytes.length > MAX_CORPUS_BYTES) return { ok: false, problem: { kind: 'too-large', file, bytes: bytes.length } };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: { kind: 'binary', file, line: lineAt(bytes, nul) } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, problem: { kind: 'not-utf8', file } };
  }
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** The pack's chapters in `lang`, in course order, as plain prose. */
export function packCorpus(course: Course, lang: string): string {
  return course.chapterIds.map((id) => plainProse(course.chapter(id, lang).text.slice(course.chapter(id, lang).bodyStart))).join('\n\n');
}

/**
 * Markdown to the words a reader reads: code blocks, HTML, link targets,
 * heading anchors, emphasis marks and table rules go; the text stays.
 */
export function plainProse(markdown: string): string {
  return markdown
    .replace(/^ {0,3}(```|~~~)[^\n]*\n[\s\S]*?^ {0,3}\1[^\n]*$/gm, '')
    .replace(/<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/\{#[^}\s]*\}/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^ {0,3}(#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '')
    .replace(/^\s*\|?[\s:|-]*-[\s:|-]*\|?\s*$/gm, '')
    .replace(/[*_`]+/g, '')
    .replace(/\|/g, ' ');
}
