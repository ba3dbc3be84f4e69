/**
 * `lm-explain` with no arguments: the course title, every chapter in order
 * with its summary and reading progress, and the next command to type.
 * Reads only the chapters' front matter.
 */
import { MEMO_EVERY_CHAPTER } from '../course/course.js';
import { localize } from '../course/localized.js';
import { hang } from '../render/layout.js';
import { sanitize } from '../text/sanitize.js';
import { displayWidth } from '../text/width.js';
import type { ReaderContext } from './context.js';
import { command, numbered, withCommand } from './format.js';
import { readChapterHead, type ChapterHead } from './front-matter.js';
import { nextSectionFromProgress } from './sections.js';

export type ChapterStatus = 'read' | 'current' | 'unread';

/** Each chapter's reading status, from one look at the progress (a set: a pack may have 100,000 chapters read). */
export function chapterStatuses(ctx: ReaderContext, read: ReadonlySet<string> = new Set(ctx.progress.pack.read)): (id: string) => ChapterStatus {
  const last = ctx.progress.pack.last;
  return (id) => (id === last ? 'current' : read.has(id) ? 'read' : 'unread');
}

export function homeCommand(_options: object, ctx: ReaderContext): string {
  const { course, theme, ui, width, lang } = ctx;
  const heads = course.chapterIds.map((id) => readChapterHead(course, id, lang, course.chapterIds.length <= MEMO_EVERY_CHAPTER));
  const read = new Set(ctx.progress.pack.read);
  const chapterStatus = chapterStatuses(ctx, read);
  const readCount = course.chapterIds.filter((id) => read.has(id)).length;
  const out: string[] = [];
  out.push(...hang(theme.title(`# ${sanitize(localize(course.manifest.title, lang, course.languages))}`), width, '', '  '));
  if (course.manifest.description) out.push(...hang(sanitize(localize(course.manifest.description, lang, course.languages)), width, '', ''));
  out.push(...hang(theme.dim(ui.progress(readCount, heads.length)), width, '', ''), '');

  const numberWidth = String(heads.length).length;
  heads.forEach((head, i) => {
    const status = chapterStatus(head.id);
    const mark = status === 'read' ? theme.ok('✓') : status === 'current' ? theme.accent('▸') : ' ';
    const number = `${String(i + 1).padStart(numberWidth)}. `;
    const indent = ' '.repeat(2 + displayWidth(number));
    const title = status === 'current' ? theme.strong(head.title) : head.title;
    out.push(...hang(`${title}  ${theme.dim(head.id)}`, width, `${mark} ${number}`, indent));
    out.push(...hang(theme.dim(head.summary), width, indent, indent));
  });
  out.push('', ...hang(theme.dim(ui.legend), width, '', ''), '', ...nextStep(ctx, heads, read), ...hang(theme.dim(ui.moreCommands), width, '', '  ', ctx.keep), ...hang(theme.dim(ui.quizHint), width, '', '  ', ctx.keep));
  return `${out.join('\n')}\n`;
}

function nextStep(ctx: ReaderContext, heads: ChapterHead[], read: ReadonlySet<string>): string[] {
  const { ui, theme, progress, width } = ctx;
  const ids = heads.map((h) => h.id);
  const last = progress.pack.last;
  const at = last === undefined ? -1 : ids.indexOf(last);
  if (at < 0) return withCommand(ui.startWith, command(ctx, `show ${ids[0]}`), width);
  const section = nextSectionFromProgress(ctx);
  if (section) return withCommand(ui.continueWith(section.title), command(ctx, 'next'), width);
  const next = heads[at + 1];
  if (next) return withCommand(ui.continueWith(numbered(at + 2, next.title)), command(ctx, 'next'), width);
  const unread = heads.findIndex((h) => !read.has(h.id));
  if (unread >= 0) return withCommand(ui.continueWith(numbered(unread + 1, heads[unread]!.title)), command(ctx, `show ${heads[unread]!.id}`), width);
  return hang(ui.allRead, width, '', '', ctx.keep);
}
