/**
 * Each question's `evidence` occurs, per language, in the section its `ref`
 * names (the whole chapter for a chapter ref), in the text a reader sees:
 * Markdown markup removed, white space folded, case ignored.
 */
import { parseRef } from '../../course/ids.js';
import type { DataPath } from '../../course/yaml-source.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { normalizeForMatch } from '../markdown/plain-text.js';
import { yamlAt } from '../where.js';

export const meta: RuleMeta = {
  id: 'evidence-grounded',
  severity: 'error',
  description: {
    en: "Each question's evidence occurs in its referenced section, in every language (markup removed, white space folded, case ignored)",
    zh: '每道题的 evidence 都必须出现在其 ref 指向的小节中，每种语言都要（忽略 Markdown 标记、空白和大小写）',
  },
  fixable: false,
};

const messages = {
  en: {
    missing: (evidence: string, ref: string, lang: string) => `evidence '${evidence}' does not occur in ${ref} (${lang})`,
    empty: (lang: string) => `evidence is empty (${lang})`,
  },
  zh: {
    missing: (evidence: string, ref: string, lang: string) => `evidence“${evidence}”没有出现在 ${ref}（${lang}）中`,
    empty: (lang: string) => `evidence 为空（${lang}）`,
  },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  for (const { quiz, entry, path } of ctx.questions) {
    const { evidence, ref } = entry.value;
    const target = parseRef(ref);
    const byLang = target && ctx.chapters.get(target.chapter);
    if (!byLang) continue; // ref-resolves reports it
    const phrases: [lang: string, text: string, at: DataPath][] =
      typeof evidence === 'string'
        ? ctx.languages.length === 1
          ? [[ctx.languages[0]!, evidence, [...path, 'evidence']]]
          : []
        : Object.entries(evidence).map(([lang, text]) => [lang, text, [...path, 'evidence', lang]]);
    for (const [lang, text, at] of phrases) {
      const chapter = byLang.get(lang);
      if (!chapter) continue; // manifest-chapters or language-parity reports it
      const needle = normalizeForMatch(text);
      const found = ctx.textIncludes(chapter, target.section, needle);
      if (found === undefined) continue; // ref-resolves reports a missing section
      if (!needle) ctx.report({ file: quiz.file, position: yamlAt(quiz.source, at), message: m.empty(lang) });
      else if (!found) ctx.report({ file: quiz.file, position: yamlAt(quiz.source, at), message: m.missing(text, ref, lang) });
    }
  }
}
