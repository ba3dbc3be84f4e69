/**
 * A chapter file: front matter, then Markdown split into `##` sections, each
 * kept with its lines and offsets in the file so findings point at the text.
 */
import type { Finding } from './finding.js';
import { LineIndex, proseLines } from './lines.js';
import { frontMatterSchema, type FrontMatter } from './schema.js';
import { validate } from './validate.js';
import { parseYaml, passed, passedBefore, type ParseMemo, type YamlSource } from './yaml-source.js';

export interface Heading {
  level: number;
  /** The heading's text without the `{#anchor}`. */
  title: string;
  anchor: string | undefined;
  line: number;
  /** Offset of the heading line in the file. */
  offset: number;
}

export interface Section {
  /** The `{#id}` anchor; undefined when the heading has none (a lint finding). */
  id: string | undefined;
  title: string;
  line: number;
  endLine: number;
  /** `[start, end)` offsets in the file, from the heading line to the next `##` heading. */
  start: number;
  end: number;
  /** The section's Markdown, heading included. */
  markdown: string;
}

export interface ChapterDoc {
  file: string;
  chapterId: string;
  lang: string;
  text: string;
  lines: LineIndex;
  frontMatter: FrontMatter | undefined;
  frontMatterSource: YamlSource | undefined;
  /** Offset and line where the Markdown body starts (after the front matter). */
  bodyStart: number;
  bodyLine: number;
  /** Text between the front matter and the first `##` heading. */
  intro: string;
  /** Every ATX heading of the body, all levels, in order (code blocks skipped). */
  headings: Heading[];
  sections: Section[];
  findings: Finding[];
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const ANCHOR = /[ \t]*\{#([^}\s]*)\}$/;

/**
 * A chapter's front matter, as every reader of chapters finds it: the YAML between a first `---` line and the next
 * `---` or `...` line, and where the body starts (after that line; at the start when there is no `yaml`).
 */
export function frontMatterBlock(text: string): { opened: boolean; yaml?: { start: number; end: number }; bodyStart: number } {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(text.slice(bom));
  const close = open && /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(bom + open[0].length));
  if (!open || !close) return { opened: open !== null, bodyStart: bom };
  const start = bom + open[0].length;
  let bodyStart = start + close.index + close[0].length;
  if (text[bodyStart] === '\r') bodyStart++;
  if (text[bodyStart] === '\n') bodyStart++;
  return { opened: true, yaml: { start, end: start + close.index }, bodyStart };
}

export function parseChapter(file: string, text: string, chapterId: string, lang: string, opts: { memo?: ParseMemo } = {}): ChapterDoc {
  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  let frontMatter: FrontMatter | undefined;
  let frontMatterSource: YamlSource | undefined;
  const { opened, yaml, bodyStart } = frontMatterBlock(text);
  if (!yaml) {
    const message = opened ? 'front matter is not closed by a --- line' : 'missing front matter (a --- block with id, title and summary)';
    findings.push({ file, line: 1, column: 1, severity: 'error', rule: 'front-matter', message });
  } else {
    const parsed = parseYaml(file, text.slice(yaml.start, yaml.end), { base: yaml.start, lines, memo: opts.memo });
    frontMatterSource = parsed.source;
    findings.push(...parsed.findings);
    if (parsed.value !== undefined && passedBefore(parsed.source, 'front-matter')) {
      frontMatter = parsed.value as FrontMatter;
    } else if (parsed.value !== undefined) {
      const result = validate(frontMatterSchema(), parsed.value ?? {}, parsed.source);
      frontMatter = result.data;
      findings.push(...result.findings);
      if (parsed.findings.length === 0 && result.findings.length === 0) passed(parsed.source, 'front-matter');
    }
  }

  const headings = scanHeadings(text, bodyStart, lines);
  const h2 = headings.filter((h) => h.level === 2);
  const sections = h2.map((h, i): Section => {
    const end = h2[i + 1]?.offset ?? text.length;
    return {
      id: h.anchor,
      title: h.title,
      line: h.line,
      endLine: lines.position(Math.max(h.offset, end - 1)).line,
      start: h.offset,
      end,
      markdown: text.slice(h.offset, end),
    };
  });
  const intro = text.slice(bodyStart, h2[0]?.offset ?? text.length);
  return {
    file,
    chapterId,
    lang,
    text,
    lines,
    frontMatter,
    frontMatterSource,
    bodyStart,
    bodyLine: lines.position(bodyStart).line,
    intro,
    headings,
    sections,
    findings,
  };
}

function scanHeadings(text: string, from: number, lines: LineIndex): Heading[] {
  const headings: Heading[] = [];
  for (const { line, offset } of proseLines(text, from)) {
    const atx = ATX.exec(line);
    if (!atx) continue;
    let title = (atx[2] ?? '').replace(/[ \t]+#+$/, '');
    const anchor = ANCHOR.exec(title);
    if (anchor) title = title.slice(0, anchor.index);
    headings.push({ level: atx[1]!.length, title: title.trim(), anchor: anchor?.[1], line: lines.position(offset).line, offset });
  }
  return headings;
}
