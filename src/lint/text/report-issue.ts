/** A typography issue in a run, as a report: its position in the file and, when every offset is known, its fix. */
import type { Edit } from '../../course/finding.js';
import type { ZhRun } from '../context.js';
import type { Report } from '../rule.js';
import { offsetAt } from '../where.js';
import type { Issue } from './typography.js';

export function issueReport(zh: ZhRun, issue: Issue, message: string): Report {
  const { run } = zh;
  const fix = issueEdit(zh, issue);
  const [from, to] = issue.span ?? [issue.start, issue.end];
  const start = run.offset(from) !== -1 ? run.offset(from) : run.insertBefore(from); // a code span or atom: where it starts
  const at = start !== -1 ? start : zh.fallback;
  const last = to > from ? run.offset(to - 1) : -1;
  return { file: zh.file, position: offsetAt(zh.lines, at, last === -1 ? undefined : last + 1), message, fix };
}

function issueEdit(zh: ZhRun, issue: Issue): Edit | undefined {
  const edit = runEdit(zh, issue);
  return edit && zh.file.endsWith('.md') && startsBlock(zh.lines.text, edit) ? undefined : edit;
}

function runEdit({ run }: ZhRun, issue: Issue): Edit | undefined {
  if (issue.insert) {
    const at = run.insertBefore(issue.start);
    return at === -1 ? undefined : { start: at, end: at, text: issue.text };
  }
  const start = run.offset(issue.start);
  if (start === -1) return undefined;
  for (let i = issue.start + 1; i < issue.end; i++) if (run.offset(i) !== start + (i - issue.start)) return undefined;
  return { start, end: start + (issue.end - issue.start), text: issue.text };
}

/** A quote, list item or heading marker at the start of a line (after indentation). */
const MARKER = /^[ \t]*(>|[-+*]|\d{1,9}[.)]|#{1,6})(?=[ \t]|$)[ \t]?/;

/**
 * Whether the edit would turn prose at the start of a line into a block
 * marker: `２０)` made `20)` opens an ordered list. The fixer would refuse it
 * (it keeps a document's shape), so it is not offered: the finding stays,
 * without a fix that --fix cannot apply.
 */
function startsBlock(text: string, edit: Edit): boolean {
  const lineStart = text.lastIndexOf('\n', edit.start - 1) + 1;
  const next = text.indexOf('\n', edit.end);
  const lineEnd = next === -1 ? text.length : next;
  const line = text.slice(lineStart, lineEnd);
  const edited = line.slice(0, edit.start - lineStart) + edit.text + line.slice(edit.end - lineStart);
  return markers(edited) !== markers(line);
}

function markers(line: string): string {
  let out = '';
  let rest = line;
  for (let m = MARKER.exec(rest); m; m = MARKER.exec(rest)) {
    out += `${m[1]} `;
    rest = rest.slice(m[0].length);
  }
  return out;
}
