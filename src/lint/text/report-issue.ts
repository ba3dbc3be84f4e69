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

function issueEdit({ run }: ZhRun, issue: Issue): Edit | undefined {
  if (issue.insert) {
    const at = run.insertBefore(issue.start);
    return at === -1 ? undefined : { start: at, end: at, text: issue.text };
  }
  const start = run.offset(issue.start);
  if (start === -1) return undefined;
  for (let i = issue.start + 1; i < issue.end; i++) if (run.offset(i) !== start + (i - issue.start)) return undefined;
  return { start, end: start + (issue.end - issue.start), text: issue.text };
}
