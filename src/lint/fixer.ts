/**
 * `--fix`: apply the fixable findings' edits, re-lint the edited text in
 * memory, and repeat until nothing changes (at most 10 passes), so the result
 * is stable and a second `--fix` changes nothing. Edits that overlap are left
 * for the next pass. A YAML file whose edits would break its syntax is left
 * as it was. Nothing is written here: the caller writes the changes.
 */
import { parseDocument } from 'yaml';
import type { Edit, Finding } from '../course/finding.js';
import { loadLexer, type Lex } from './markdown/lexer.js';
import { shapeDifference } from './markdown/shape.js';
import { lintPack, type LintOptions, type LintResult } from './runner.js';

export const MAX_FIX_PASSES = 10;

export interface FileChange {
  file: string;
  before: string;
  after: string;
}

export interface FixResult {
  /** The findings left after fixing (positions in the fixed text). */
  result: LintResult;
  changes: FileChange[];
  passes: number;
}

/** Applies non-overlapping edits (the first of overlapping ones wins); returns the new text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: Edit[] = [];
  let end = -1;
  for (const edit of sorted) {
    if (edit.start < end || (edit.start === end && edit.start === edit.end && chosen.at(-1)?.start === edit.start)) continue;
    if (edit.start < 0 || edit.end > text.length || edit.end < edit.start) continue;
    chosen.push(edit);
    end = edit.end;
  }
  let out = '';
  let last = 0;
  for (const edit of chosen) {
    out += text.slice(last, edit.start) + edit.text;
    last = edit.end;
  }
  return out + text.slice(last);
}

/** `opts.overlay`, when given, is the starting text of those files (it is not modified). */
export async function fixPack(root: string, opts: LintOptions = {}): Promise<FixResult> {
  const overlay = new Map<string, string>(opts.overlay ?? []);
  const originals = new Map<string, string>();
  let result = await lintPack(root, { ...opts, overlay });
  const lex = await loadLexer();
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const byFile = groupFixes(result.findings);
    let changed = false;
    for (const [file, edits] of byFile) {
      const text = result.texts.get(file);
      if (text === undefined) continue;
      const next = isMarkdown(file) ? keepingShape(lex, text, edits) : applyEdits(text, edits);
      if (next === text || (isYaml(file) && !parsesAsYaml(next))) continue;
      if (!originals.has(file)) originals.set(file, text);
      overlay.set(file, next);
      changed = true;
    }
    if (!changed) break;
    passes++;
    result = await lintPack(root, { ...opts, overlay });
  }
  const changes: FileChange[] = [];
  for (const [file, before] of originals) {
    const after = overlay.get(file)!;
    if (after !== before) changes.push({ file, before, after });
  }
  return { result, changes, passes };
}

function groupFixes(findings: readonly Finding[]): Map<string, Edit[]> {
  const byFile = new Map<string, Edit[]>();
  for (const f of findings) {
    if (!f.fix) continue;
    let edits = byFile.get(f.file);
    if (!edits) byFile.set(f.file, (edits = []));
    edits.push(f.fix);
  }
  return byFile;
}

/**
 * The edits applied to a Markdown text, keeping its shape (only prose changes: see markdown/shape.ts).
 * Should the edits together change it, each is tried alone and only those that keep it are applied:
 * a rule's mistake costs its fix, never the document.
 */
function keepingShape(lex: Lex, text: string, edits: readonly Edit[]): string {
  const all = applyEdits(text, edits);
  if (all === text || shapeDifference(lex, text, all) === undefined) return all;
  const safe = edits.filter((edit) => shapeDifference(lex, text, applyEdits(text, [edit])) === undefined);
  const some = applyEdits(text, safe);
  return shapeDifference(lex, text, some) === undefined ? some : text;
}

function isMarkdown(file: string): boolean {
  return file.endsWith('.md');
}

function isYaml(file: string): boolean {
  return /\.ya?ml$/.test(file);
}

function parsesAsYaml(text: string): boolean {
  return parseDocument(text, { uniqueKeys: true, strict: true }).errors.length === 0;
}
