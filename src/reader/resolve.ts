/** Finding what the reader asked for: a chapter by id, number or unique prefix, and a section by id or prefix. */
import type { Section } from '../course/chapter.js';
import type { Course } from '../course/course.js';
import { UsageError } from '../errors.js';
import type { ReaderMessages } from '../i18n/reader.js';
import { closest } from '../text/closest.js';
import { sanitize } from '../text/sanitize.js';

export interface Target {
  chapter: string;
  section?: string;
}

export function parseTarget(input: string): Target {
  const hash = input.indexOf('#');
  if (hash < 0) return { chapter: input.trim() };
  const section = input.slice(hash + 1).trim();
  return section === '' ? { chapter: input.slice(0, hash).trim() } : { chapter: input.slice(0, hash).trim(), section };
}

export function resolveChapter(course: Course, input: string, ui: ReaderMessages): string {
  const ids = course.chapterIds;
  const wanted = input.trim().toLowerCase();
  const shown = sanitize(input);
  if (/^\d+$/.test(wanted)) {
    const id = ids[Number(wanted) - 1];
    if (id) return id;
    throw new UsageError(ui.unknownChapter(shown, []), [ui.listHint]);
  }
  if (ids.includes(wanted)) return wanted;
  const prefixed = ids.filter((id) => id.startsWith(wanted));
  if (wanted !== '' && prefixed.length === 1) return prefixed[0]!;
  if (wanted !== '' && prefixed.length > 1) throw new UsageError(ui.ambiguousChapter(shown, prefixed));
  const near = closest(wanted, ids);
  throw new UsageError(ui.unknownChapter(shown, near), near.length > 0 ? [] : [ui.listHint]);
}

export function resolveSection(chapter: string, sections: Section[], input: string, ui: ReaderMessages): Section {
  const wanted = input.trim().toLowerCase();
  const exact = sections.find((s) => s.id === wanted);
  if (exact) return exact;
  const prefixed = sections.filter((s) => s.id?.startsWith(wanted));
  if (wanted !== '' && prefixed.length === 1) return prefixed[0]!;
  const ids = sections.map((s) => s.id).filter((id): id is string => id !== undefined);
  const near = prefixed.length > 1 ? prefixed.map((s) => s.id!) : closest(wanted, ids);
  throw new UsageError(ui.unknownSection(chapter, sanitize(input), near.map((id) => `${chapter}#${id}`)), near.length > 0 ? [] : [ui.sectionsOf(chapter, ids)]);
}
