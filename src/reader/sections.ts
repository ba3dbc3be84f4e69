/**
 * Moving by section: after `show chapter#section`, `next` goes on to the
 * section its footer names, and the home screen says so.
 */
import { inlinePlain } from '../text/plain.js';
import { sanitize } from '../text/sanitize.js';
import type { ReaderContext } from './context.js';

export interface NearSection {
  /** `chapter#section`, for `show`. */
  target: string;
  title: string;
}

/** The section `step` away from `section` in `chapter` (itself for 0), if the chapter has one. */
export function nearSection(ctx: ReaderContext, chapter: string, section: string, step: -1 | 0 | 1): NearSection | undefined {
  const sections = ctx.course.chapter(chapter, ctx.lang).sections.filter((s) => s.id !== undefined);
  const at = sections.findIndex((s) => s.id === section);
  const to = at < 0 ? undefined : sections[at + step];
  return to === undefined ? undefined : { target: `${chapter}#${to.id}`, title: sanitize(inlinePlain(to.title)) };
}

/** Where `next` goes from the last section shown, when that is a section of the same chapter. */
export function nextSectionFromProgress(ctx: ReaderContext): NearSection | undefined {
  const { last, section } = ctx.progress.pack;
  if (last === undefined || section === undefined || !ctx.course.chapterIds.includes(last)) return undefined;
  return nearSection(ctx, last, section, 1);
}
