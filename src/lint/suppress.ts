/**
 * Inline suppression: `<!-- lm-lint-disable-next-line rule-a rule-b -->` in
 * Markdown and `# lm-lint-disable-next-line rule-a` in YAML silence those
 * rules (all rules when none is named) on the next line.
 */
import type { Finding } from '../course/finding.js';

const DIRECTIVE = /(?:<!--|#)\s*lm-lint-disable-next-line\b([^\n]*?)(?:-->|$)/;

/** Line number -> the rules disabled on it (an empty set: every rule). */
export function disabledLines(text: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (!text.includes('lm-lint-disable')) return out;
  text.split('\n').forEach((line, i) => {
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    const rules = match[1]!.split(/[\s,]+/).filter(Boolean);
    out.set(i + 2, new Set(rules));
  });
  return out;
}

export function suppress(findings: Finding[], texts: ReadonlyMap<string, string>): Finding[] {
  const cache = new Map<string, Map<number, Set<string>>>();
  return findings.filter((f) => {
    const text = texts.get(f.file);
    if (text === undefined) return true;
    let lines = cache.get(f.file);
    if (!lines) cache.set(f.file, (lines = disabledLines(text)));
    const rules = lines.get(f.line);
    return !rules || (rules.size > 0 && !rules.has(f.rule));
  });
}
