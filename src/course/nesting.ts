/**
 * How deeply a pack file nests, measured before anything recursive reads it.
 * The YAML composer, zod and marked all recurse once per level, so a file
 * nested thousands of levels deep (`[[[[...`, `>>>>...`, `****x****`)
 * overflows the stack, and the runtime does not always recover. Files nested
 * deeper than MAX_NESTING are refused with a finding instead; real course
 * files nest fewer than ten levels.
 */
import type { CST } from 'yaml';
import { proseLines } from './lines.js';

export const MAX_NESTING = 64;

export interface TooDeep {
  depth: number;
  /** Offset in the text where the limit was passed. */
  offset: number;
}

/**
 * The first place a YAML token tree (from the iterative CST parser, which
 * never recurses) nests deeper than MAX_NESTING collections, walked with an
 * explicit stack.
 */
export function yamlTooDeep(tokens: readonly CST.Token[]): TooDeep | undefined {
  const stack: [CST.Token | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    if (token.type === 'document') {
      stack.push([token.value, depth]);
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    const inside = depth + 1;
    if (inside > MAX_NESTING) return { depth: inside, offset: token.offset };
    for (const item of token.items) {
      if ('key' in item) stack.push([item.key ?? undefined, inside]);
      stack.push([item.value, inside]);
    }
  }
  return undefined;
}

const CONTAINER = /^[ \t]{0,3}(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/;

/**
 * The first line of Markdown where blockquotes and lists (by their markers
 * and indentation) plus open brackets and emphasis in the paragraph nest
 * deeper than MAX_NESTING. An estimate that errs high; fenced code is skipped.
 */
export function markdownTooDeep(text: string, from = 0): TooDeep | undefined {
  let inline = 0;
  for (const { line, offset } of proseLines(text, from)) {
    if (line.trim() === '') {
      inline = 0;
      continue;
    }
    let rest = line;
    // A tab indents four columns.
    let containers = Math.floor(/^[ \t]*/.exec(line)![0].replaceAll('\t', '    ').length / 2);
    for (let m = CONTAINER.exec(rest); m && m[0].length > 0; m = CONTAINER.exec(rest)) {
      containers++;
      rest = rest.slice(m[0].length);
      if (containers > MAX_NESTING) return { depth: containers, offset };
    }
    inline = inlineDepth(rest, inline, containers);
    if (containers + inline > MAX_NESTING) return { depth: containers + inline, offset };
  }
  return undefined;
}

/** Open brackets and emphasis delimiters after this line (code spans and escapes skipped). */
function inlineDepth(line: string, open: number, containers: number): number {
  let depth = open;
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === '`') {
      const run = runLength(line, i);
      const close = line.indexOf('`'.repeat(run), i + run);
      i = close === -1 ? i + run : close + run;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === '*' || ch === '_' || ch === '~') {
      const run = runLength(line, i);
      const before = line[i - 1];
      const after = line[i + run];
      const opens = after !== undefined && !/\s/.test(after) && (before === undefined || /[\s\p{P}\p{S}]/u.test(before));
      const closes = before !== undefined && !/\s/.test(before) && (after === undefined || /[\s\p{P}\p{S}]/u.test(after));
      if (opens && !closes) depth += run;
      else if (closes && !opens) depth = Math.max(0, depth - run);
      i += run;
      if (containers + depth > MAX_NESTING) return depth;
      continue;
    }
    if (containers + depth > MAX_NESTING) return depth;
    i++;
  }
  return depth;
}

function runLength(line: string, at: number): number {
  let n = 1;
  while (line[at + n] === line[at]) n++;
  return n;
}
