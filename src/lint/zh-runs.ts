/**
 * The Chinese text of a pack, as runs for the typography rules: the prose
 * blocks of zh chapters (never code, HTML or URLs), their front matter
 * values, and the zh values of every localised YAML field (never keys).
 */
import type { YamlSource, DataPath } from '../course/yaml-source.js';
import { Kind } from '../course/yaml-tree.js';
import type { ChapterDoc } from '../course/chapter.js';
import type { LintContext, ZhRun } from './context.js';
import type { LocalizedField } from './localized-fields.js';
import { runFromPieces, runFromScalar } from './text/run.js';

export function isZh(lang: string): boolean {
  return lang === 'zh' || lang.startsWith('zh-');
}

export function zhRuns(ctx: LintContext): ZhRun[] {
  const runs: ZhRun[] = [];
  for (const chapter of ctx.pack.chapters) for (const run of chapterZhRuns(ctx, chapter)) runs.push(run);
  for (const run of fieldZhRuns(ctx)) runs.push(run);
  return runs;
}

/** The runs of one chapter file: none unless it is in Chinese. */
export function chapterZhRuns(ctx: LintContext, chapter: ChapterDoc): ZhRun[] {
  const runs: ZhRun[] = [];
  if (!isZh(chapter.lang)) return runs;
  if (chapter.frontMatterSource) {
    for (const key of ['title', 'summary']) pushScalar(runs, chapter.frontMatterSource, [key]);
  }
  for (const block of ctx.blocks(chapter)) {
    if (block.kind !== 'prose') continue;
    runs.push({ file: chapter.file, lines: chapter.lines, run: runFromPieces(block.pieces), fallback: block.offset });
  }
  return runs;
}

/** The runs of the localised values of the YAML files (of `fields`, some of them). */
export function fieldZhRuns(ctx: LintContext, fields: Iterable<LocalizedField> = ctx.localized()): ZhRun[] {
  const runs: ZhRun[] = [];
  const plainIsZh = ctx.languages.length === 1 && isZh(ctx.languages[0]!);
  for (const field of fields) {
    const paths: DataPath[] = [];
    if (field.kind === 'text') {
      const value = field.value;
      if (typeof value === 'string') {
        if (plainIsZh) paths.push(field.path);
      } else for (const lang of Object.keys(value)) if (isZh(lang)) paths.push([...field.path, lang]);
    } else {
      const value = field.value;
      if (Array.isArray(value)) {
        if (plainIsZh) value.forEach((_item, i) => paths.push([...field.path, i]));
      } else {
        for (const [lang, list] of Object.entries(value)) if (isZh(lang)) list.forEach((_item, i) => paths.push([...field.path, lang, i]));
      }
    }
    for (const path of paths) pushScalar(runs, field.source, path);
  }
  return runs;
}

/** The string scalar at `path`, as a run of its source text. */
function pushScalar(runs: ZhRun[], source: YamlSource, path: DataPath): void {
  const tree = source.tree;
  const { node, found } = tree?.walk(path) ?? { node: -1, found: false };
  if (!tree || !found || node === -1 || tree.kind(node) !== Kind.Scalar) return;
  const value = tree.value(node);
  const range = tree.range(node);
  if (typeof value !== 'string' || !range) return;
  const [start, valueEnd] = range;
  const base = source.base + start;
  const raw = source.lines.text.slice(base, source.base + valueEnd);
  runs.push({ file: source.file, lines: source.lines, run: runFromScalar(value, raw, base), fallback: base });
}
