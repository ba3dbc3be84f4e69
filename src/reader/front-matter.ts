/**
 * A light chapter reader for screens that list chapters (home, footers):
 * only the front matter is parsed, not the Markdown body.
 */
import type { PackMemo } from '../cache/pack-memo.js';
import { parseChapter } from '../course/chapter.js';
import type { Finding } from '../course/finding.js';
import { readPackFile } from '../course/pack-files.js';
import { chapterPath } from '../course/paths.js';
import type { FrontMatter } from '../course/schema.js';
import { ContentError } from '../errors.js';
import { sanitize } from '../text/sanitize.js';

export interface ChapterHead {
  id: string;
  title: string;
  summary: string;
}

export function readChapterHead(root: string, id: string, lang: string, memo?: PackMemo): ChapterHead {
  const file = chapterPath(root, id, lang);
  const read = readPackFile(root, file);
  if (!read.ok) throw new ContentError(`chapter '${id}' (${lang}) cannot be read`, [read.finding], ['run `lm-lint` on the pack for the full report']);
  const text = read.text;
  const parse = (): { frontMatter: FrontMatter | undefined; errors: Finding[] } => {
    const close = /^---[ \t]*\r?\n[\s\S]*?^(?:---|\.\.\.)[ \t]*$/m.exec(text.replace(/^\uFEFF/, ''));
    const head = close ? text.slice(0, close.index + close[0].length + (text.startsWith('\uFEFF') ? 1 : 0)) : text;
    const doc = parseChapter(file, head, id, lang);
    return { frontMatter: doc.frontMatter, errors: doc.findings.filter((f) => f.severity === 'error') };
  };
  const valid = (head: ReturnType<typeof parse>) => (head.errors.length === 0 && head.frontMatter ? head.frontMatter : null);
  // Only a valid head is remembered; a broken one is parsed again to report why.
  const frontMatter = memo ? memo.derived('chapter-head', root, file, text, [id, lang], () => valid(parse())) : valid(parse());
  if (!frontMatter) {
    throw new ContentError(`chapter '${id}' (${lang}) is not valid`, parse().errors, ['run `lm-lint` on the pack for the full report']);
  }
  return { id, title: sanitize(frontMatter.title), summary: sanitize(frontMatter.summary) };
}
