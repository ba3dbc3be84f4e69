/**
 * `show <chapter>[#section]`, `next`, `prev` and `resume`: one chapter (or
 * one section) rendered for the terminal, with a footer naming what comes
 * next. Reads the manifest, that chapter and the next chapter's front
 * matter only. `--raw` prints the Markdown source instead.
 */
import type { ChapterDoc } from '../course/chapter.js';
import { ContentError } from '../errors.js';
import type { Token } from 'marked';
import { createMarkdownRenderer, entityDecoder, lexMarkdown, type MarkdownOptions, type MarkdownRenderer } from '../render/markdown.js';
import { hang } from '../render/layout.js';
import { inlinePlain } from '../text/plain.js';
import { stripAnsi } from '../text/ansi.js';
import { sanitize } from '../text/sanitize.js';
import type { ReaderContext } from './context.js';
import { command, numbered, withCommand } from './format.js';
import { readChapterHead } from './front-matter.js';
import { parseTarget, resolveChapter, resolveSection } from './resolve.js';
import { nearSection } from './sections.js';
import type { ReaderOutput } from './runner.js';

export interface ShowOptions {
  target: string;
  raw?: boolean;
}

export async function showCommand(options: ShowOptions, ctx: ReaderContext): Promise<string> {
  const target = parseTarget(options.target);
  const id = resolveChapter(ctx.course, target.chapter, ctx.ui);
  const doc = ctx.course.chapter(id, ctx.lang);
  const section = target.section === undefined ? undefined : resolveSection(id, doc.sections, target.section, ctx.ui);
  if (options.raw) return ensureNewline(sanitize(section ? section.markdown : doc.text));
  const markdown = section ? section.markdown : doc.text.slice(doc.bodyStart);
  const helpers = { highlight: await highlighter(ctx, markdown), entities: await entityDecoder(markdown) };
  const tokens = await lexMarkdown(sanitize(markdown), ctx.course.loadOptions.memo);
  const text = section ? renderSection(ctx, doc, section.id!, tokens, helpers) : renderChapter(ctx, doc, tokens, helpers);
  // Piped output (into `head`, a file) moves `next` on but is not a chapter read.
  ctx.progress.shown(id, section === undefined && ctx.terminal, section?.id);
  return text;
}

/**
 * `show` for the terminal: the page, and its footer again for after the pager
 * (which clears the screen on `q`, taking the way on with it).
 */
export async function showPaged(options: ShowOptions, ctx: ReaderContext): Promise<ReaderOutput> {
  return withTail(await showCommand(options, ctx), ctx);
}

function withTail(output: ReaderOutput, ctx: ReaderContext): ReaderOutput {
  const text = typeof output === 'string' ? output : output.text;
  const rule = '-'.repeat(Math.min(ctx.width, 60));
  const lines = text.split('\n');
  const at = lines.findLastIndex((line) => stripAnsi(line) === rule);
  const tail = at < 0 ? undefined : lines.slice(at + 1).join('\n');
  return { text, exitCode: typeof output === 'string' ? 0 : output.exitCode, ...(tail ? { tail } : {}) };
}

/** `next`, `prev` and `resume` move from the last chapter shown. */
export function moveCommand(step: -1 | 0 | 1): (options: object, ctx: ReaderContext) => Promise<ReaderOutput> {
  return async (_options, ctx) => withTail(await move(step, ctx), ctx);
}

async function move(step: -1 | 0 | 1, ctx: ReaderContext): Promise<ReaderOutput> {
  const ids = ctx.course.chapterIds;
  const { last, section } = ctx.progress.pack;
  const at = last === undefined ? -1 : ids.indexOf(last);
  if (at < 0) return showCommand({ target: ids[0]! }, ctx);
  // After one section, go on from it as its footer says: the next (or previous) section of that chapter.
  const near = section === undefined ? undefined : nearSection(ctx, last!, section, step);
  if (near !== undefined) return showCommand({ target: near.target }, ctx);
  const to = at + step;
  if (to >= ids.length) return `${hang(ctx.ui.atLast, ctx.width, '', '').join('\n')}\n`;
  if (to < 0) return `${hang(ctx.ui.atFirst, ctx.width, '', '').join('\n')}\n`;
  return showCommand({ target: ids[to]! }, ctx);
}

function renderChapter(ctx: ReaderContext, doc: ChapterDoc, tokens: Token[], helpers: PageHelpers): string {
  const { theme, width, ui, course } = ctx;
  const number = course.chapterIds.indexOf(doc.chapterId) + 1;
  const title = sanitize(doc.frontMatter?.title ?? doc.chapterId);
  const head = [
    ...hang(theme.title(`# ${title}`), width, '', '  '),
    ...hang(theme.dim(`${ui.chapterNumber(number, course.chapterIds.length)} · ${doc.chapterId}`), width, '', ''),
    ...hang(theme.em(sanitize(doc.frontMatter?.summary ?? '')), width, '', ''),
  ];
  const body = markdown(ctx, helpers)(tokens);
  return `${head.join('\n')}\n\n${body}\n${footer(ctx, doc.chapterId, undefined)}`;
}

function renderSection(ctx: ReaderContext, doc: ChapterDoc, sectionId: string, tokens: Token[], helpers: PageHelpers): string {
  const section = doc.sections.find((s) => s.id === sectionId)!;
  const title = sanitize(doc.frontMatter?.title ?? doc.chapterId);
  const head = hang(ctx.theme.dim(`${title} · ${doc.chapterId}#${sectionId}`), ctx.width, '', '');
  const body = markdown(ctx, helpers)(tokens);
  return `${head.join('\n')}\n\n${body}\n${footer(ctx, doc.chapterId, sectionId)}`;
}

/** What a page's Markdown may need, each imported only when it does: a syntax highlighter, an entity decoder. */
type PageHelpers = Pick<MarkdownOptions, 'highlight' | 'entities'>;

function markdown(ctx: ReaderContext, helpers: PageHelpers): MarkdownRenderer {
  const { width, theme, hyperlinks } = ctx;
  return createMarkdownRenderer({ width, theme, hyperlinks, ...helpers });
}

/** A fence that names a language (a line of ``` or ~~~ and a word after it). */
const NAMED_FENCE = /^ {0,3}(?:`{3,}|~{3,})[ \t]*[^\s`]/m;

/** The syntax highlighter, imported only for a page in colour with a code block that names its language. */
async function highlighter(ctx: ReaderContext, markdown: string): Promise<MarkdownOptions['highlight']> {
  if (ctx.theme.level === 0 || !NAMED_FENCE.test(markdown)) return undefined;
  return (await import('../render/highlight.js')).highlightCode;
}

function footer(ctx: ReaderContext, chapterId: string, sectionId: string | undefined): string {
  const { theme, ui, width, course, lang } = ctx;
  const lines = [theme.rule('-'.repeat(Math.min(width, 60)))];
  if (sectionId !== undefined) {
    const sections = course.chapter(chapterId, lang).sections.filter((s) => s.id !== undefined);
    const next = sections[sections.findIndex((s) => s.id === sectionId) + 1];
    if (next) {
      lines.push(...withCommand(ui.nextSection(sanitize(inlinePlain(next.title))), command(ctx, `show ${chapterId}#${next.id}`), width));
      return `${lines.join('\n')}\n`;
    }
  }
  const ids = course.chapterIds;
  const at = ids.indexOf(chapterId);
  const nextId = ids[at + 1];
  if (nextId === undefined) lines.push(...hang(ui.lastChapter, width, '', '', ctx.keep));
  else {
    lines.push(...withCommand(ui.nextChapter(numbered(at + 2, nextTitle(ctx, nextId))), command(ctx, 'next'), width));
  }
  return `${lines.join('\n')}\n`;
}

/** The next chapter's title; its id when that file is broken (showing it will report why). */
function nextTitle(ctx: ReaderContext, id: string): string {
  try {
    return readChapterHead(ctx.course, id, ctx.lang).title;
  } catch (error) {
    if (error instanceof ContentError) return id;
    throw error;
  }
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
