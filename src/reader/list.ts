/** `lm-explain list` (alias `toc`): the chapters in reading order with their sections, or the same as JSON. */
import { localize } from '../course/localized.js';
import { commandLine, hang } from '../render/layout.js';
import { inlinePlain } from '../text/plain.js';
import { sanitize } from '../text/sanitize.js';
import { displayWidth } from '../text/width.js';
import type { ReaderContext } from './context.js';
import { chapterStatuses, type ChapterStatus } from './home.js';

export interface ListOptions {
  json?: boolean;
}

export interface TocChapter {
  number: number;
  id: string;
  title: string;
  summary: string;
  status: ChapterStatus;
  sections: { id: string; title: string; ref: string }[];
}

export function tableOfContents(ctx: ReaderContext): TocChapter[] {
  const { course, lang } = ctx;
  const chapterStatus = chapterStatuses(ctx);
  return Array.from(course.chapters(lang), (doc, i) => {
    const id = doc.chapterId;
    return {
      number: i + 1,
      id,
      title: sanitize(doc.frontMatter?.title ?? id),
      summary: sanitize(doc.frontMatter?.summary ?? ''),
      status: chapterStatus(id),
      sections: doc.sections
        .filter((s) => s.id !== undefined)
        .map((s) => ({ id: s.id!, title: sanitize(inlinePlain(s.title)), ref: `${id}#${s.id}` })),
    };
  });
}

export function listCommand(options: ListOptions, ctx: ReaderContext): string {
  const toc = tableOfContents(ctx);
  const { course, lang, theme, width } = ctx;
  const title = sanitize(localize(course.manifest.title, lang, course.languages));
  if (options.json) {
    return `${JSON.stringify({ course: { id: course.manifest.id, title, lang }, chapters: toc }, null, 2)}\n`;
  }
  const out = [...hang(theme.title(`# ${title}`), width, '', '  '), ''];
  const numberWidth = String(toc.length).length;
  for (const chapter of toc) {
    const number = `${String(chapter.number).padStart(numberWidth)}. `;
    const indent = ' '.repeat(displayWidth(number));
    out.push(...withId(theme.strong(chapter.title), theme.dim(chapter.id), width, number, indent));
    for (const section of chapter.sections) {
      out.push(...withId(section.title, theme.dim(section.ref), width, `${indent}- `, `${indent}  `));
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * A title and the id a user copies: on one line when they fit, else the id on
 * a line of its own, never broken: indented under the title while it fits, then
 * less (past the width if it must: a cut id is no id).
 */
function withId(title: string, id: string, width: number, first: string, rest: string): string[] {
  const one = `${title}  ${id}`;
  if (displayWidth(first) + displayWidth(one) <= width) return [first + one];
  return [...hang(title, width, first, rest), commandLine(rest, id, width)];
}
