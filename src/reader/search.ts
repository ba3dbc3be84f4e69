/**
 * `lm-explain search <query>`: matches in the chapters, the glossary and the
 * models, in the reader's language. Title and term-name hits come first,
 * then hits in the text, each in reading order, with its `chapter#section`
 * and a snippet. No match: a note, the closest terms, exit 1 (like grep).
 */
import type { ChapterDoc } from '../course/chapter.js';
import { UsageError } from '../errors.js';
import { localize, localizeList } from '../course/localized.js';
import { hang } from '../render/layout.js';
import { snippet } from '../render/snippet.js';
import { closest } from '../text/closest.js';
import { createMatcher, QUERY_MAX, type Matcher } from '../text/match.js';
import { inlinePlain, markdownPlain } from '../text/plain.js';
import { sanitize } from '../text/sanitize.js';
import type { ReaderContext } from './context.js';
import type { ReaderOutput } from './runner.js';

export interface SearchOptions {
  query: string;
  json?: boolean | undefined;
}

export interface SearchHit {
  kind: 'chapter' | 'term' | 'model';
  ref: string;
  title: string;
  /** The query matched the title (a chapter or section title, a term or alias, a model name). */
  inTitle: boolean;
  /** Where the snippet comes from, and the matches in it. */
  text: string;
  matches: { start: number; end: number }[];
}

export function findHits(ctx: ReaderContext, query: string): SearchHit[] {
  const match = createMatcher(query);
  // The glossary and the models first: an invalid one is reported before every chapter of the pack is read.
  const terms = termHits(ctx, match);
  const models = modelHits(ctx, match);
  return [...chapterHits(ctx, match), ...terms, ...models];
}

export function rankHits(hits: SearchHit[]): SearchHit[] {
  return [...hits.filter((h) => h.inTitle), ...hits.filter((h) => !h.inTitle)];
}

export function searchCommand(options: SearchOptions, ctx: ReaderContext): ReaderOutput {
  const { ui, theme, width } = ctx;
  const query = sanitize(options.query).trim();
  if (query === '') throw new UsageError(ui.emptyQuery);
  if ([...query].length > QUERY_MAX) throw new UsageError(ui.queryTooLong(QUERY_MAX));
  const hits = rankHits(findHits(ctx, query));
  // Nothing here: the other languages of the pack may have it (涌现 searched in the English text).
  const elsewhere = hits.length > 0 ? [] : otherLanguages(ctx, query);
  if (options.json) return { text: `${JSON.stringify(searchJson(ctx, query, hits, elsewhere), null, 2)}\n`, exitCode: hits.length > 0 ? 0 : 1 };
  if (hits.length === 0) {
    const names = ctx.course.glossary().map((t) => localize(t.term, ctx.lang, ctx.course.languages));
    const near = closest(query, names).map(sanitize);
    const lines = [
      ui.noMatches(query),
      ...elsewhere.map((o) => ui.otherLanguage(o.count, o.lang, searchCommandLine(query, o.lang))),
      ...(near.length > 0 ? [ui.maybeTerms(near)] : []),
    ].flatMap((l) => hang(l, width, '', '  '));
    return { text: `${lines.join('\n')}\n`, exitCode: 1 };
  }
  const matcher = createMatcher(query);
  const kind = { chapter: ui.kindChapter, term: ui.kindTerm, model: ui.kindModel };
  // The count is of the results listed below, one a chapter section, term or model.
  const out = [...hang(theme.dim(ui.matchCount(hits.length, query)), width, '', ''), ''];
  for (const hit of hits) {
    const title = hit.inTitle ? highlightAll(hit.title, matcher, theme.match) : hit.title;
    out.push(...hang(`${theme.accent(hit.ref)}  ${theme.strong(title)}  ${theme.dim(`(${kind[hit.kind]})`)}`, width, '', '  '));
    if (hit.text.trim() !== '') out.push(...hang(snippet(hit.text, hit.matches, (width - 2) * 2, theme.match), width, '  ', '  '));
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** How many results the query has in each of the pack's other languages (only those with some). */
function otherLanguages(ctx: ReaderContext, query: string): { lang: string; count: number }[] {
  return ctx.course.languages
    .filter((lang) => lang !== ctx.lang)
    .map((lang) => ({ lang, count: findHits({ ...ctx, lang }, query).length }))
    .filter((o) => o.count > 0);
}

function searchCommandLine(query: string, lang: string): string {
  const shown = /^[\p{L}\p{N}_-]+$/u.test(query) ? query : `'${query.replace(/'/g, `'\\''`)}'`;
  return `lm-explain search ${shown} --lang ${lang}`;
}

function searchJson(ctx: ReaderContext, query: string, hits: readonly SearchHit[], elsewhere: { lang: string; count: number }[]) {
  return {
    query,
    lang: ctx.lang,
    count: hits.length,
    results: hits.map((h) => ({
      kind: h.kind,
      ref: h.ref,
      title: h.title,
      inTitle: h.inTitle,
      matches: h.matches.length,
      snippet: h.text.trim() === '' ? '' : snippet(h.text, h.matches, 160, (x) => x),
    })),
    otherLanguages: Object.fromEntries(elsewhere.map((o) => [o.lang, o.count])),
  };
}

function highlightAll(text: string, matcher: Matcher, style: (s: string) => string): string {
  let out = '';
  let cursor = 0;
  for (const m of matcher(text)) {
    out += text.slice(cursor, m.start) + style(text.slice(m.start, m.end));
    cursor = m.end;
  }
  return out + text.slice(cursor);
}

function chapterHits(ctx: ReaderContext, match: Matcher): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const doc of ctx.course.chapters(ctx.lang)) {
    const id = doc.chapterId;
    const text = chapterSearchText(doc);
    const titleHit = match(text.title).length > 0;
    const leadMatches = match(text.lead);
    if (titleHit || leadMatches.length > 0) {
      hits.push({ kind: 'chapter', ref: id, title: text.title, inTitle: titleHit, text: text.lead, matches: leadMatches });
    }
    for (const section of text.sections) {
      const inTitle = match(section.title).length > 0;
      const matches = match(section.body);
      if (inTitle || matches.length > 0) hits.push({ kind: 'chapter', ref: `${id}#${section.id}`, title: section.title, inTitle, text: section.body, matches });
    }
  }
  return hits;
}

export interface SearchText {
  title: string;
  /** The summary and the text before the first section. */
  lead: string;
  sections: { id: string; title: string; body: string }[];
}

/** A chapter as the plain text search looks in. */
export function chapterSearchText(doc: ChapterDoc): SearchText {
  const intro = sanitize(markdownPlain(doc.intro));
  const summary = sanitize(doc.frontMatter?.summary ?? '');
  return {
    title: sanitize(doc.frontMatter?.title ?? doc.chapterId),
    lead: `${summary}\n${intro}`,
    sections: doc.sections.flatMap((section) =>
      section.id === undefined
        ? []
        : [{ id: section.id, title: sanitize(inlinePlain(section.title)), body: sanitize(markdownPlain(section.markdown.replace(/^[^\n]*\n?/, ''))) }],
    ),
  };
}

function termHits(ctx: ReaderContext, match: Matcher): SearchHit[] {
  const { lang, course } = ctx;
  const hits: SearchHit[] = [];
  for (const term of course.glossary()) {
    const name = sanitize(localize(term.term, lang, course.languages));
    const aliases = localizeList(term.aliases, lang, course.languages).map(sanitize);
    const definition = sanitize(localize(term.definition, lang, course.languages));
    const inTitle = [name, ...aliases].some((n) => match(n).length > 0);
    const matches = match(definition);
    if (inTitle || matches.length > 0) hits.push({ kind: 'term', ref: term.ref, title: name, inTitle, text: definition, matches });
  }
  return hits;
}

function modelHits(ctx: ReaderContext, match: Matcher): SearchHit[] {
  const { lang, course } = ctx;
  const hits: SearchHit[] = [];
  for (const model of course.models()) {
    const name = sanitize(localize(model.name, lang, course.languages));
    const org = sanitize(localize(model.org, lang, course.languages));
    const note = model.note ? sanitize(localize(model.note, lang, course.languages)) : '';
    const text = `${org}, ${model.year}. ${note}`.trim();
    const inTitle = match(name).length > 0;
    const matches = match(text);
    if (inTitle || matches.length > 0) hits.push({ kind: 'model', ref: model.ref, title: name, inTitle, text, matches });
  }
  return hits;
}
