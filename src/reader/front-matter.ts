/**
 * A light chapter reader for screens that list chapters (home, footers):
 * only the front matter is parsed, not the Markdown body.
 */
import { frontMatterBlock, parseChapter } from '../course/chapter.js';
import type { Course } from '../course/course.js';
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

/** With `keep` false, the parse is not kept in the memo (a screen that reads every chapter's head of a large pack). */
export function readChapterHead(course: Pick<Course, 'root' | 'loadOptions'>, id: string, lang: string, keep = true): ChapterHead {
  const root = course.root;
  const file = chapterPath(root, id, lang);
  const read = readPackFile(root, file, course.loadOptions.overlay);
  if (!read.ok) throw new ContentError(`chapter '${id}' (${lang}) cannot be read`, [read.finding], ['run `lm-lint` on the pack for the full report']);
  const text = read.text;
  const { yaml, bodyStart } = frontMatterBlock(text);
  const head = yaml ? text.slice(0, bodyStart) : text;
  const doc = parseChapter(file, head, id, lang, keep ? course.loadOptions : {});
  const errors = doc.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0 || !doc.frontMatter) {
    throw new ContentError(`chapter '${id}' (${lang}) is not valid`, errors, ['run `lm-lint` on the pack for the full report']);
  }
  return { id, title: sanitize(doc.frontMatter.title), summary: sanitize(doc.frontMatter.summary) };
}
