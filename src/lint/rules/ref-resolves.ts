/** Every `ref` (questions, terms, models, timeline stages) names a chapter, or a section of it in every language. */
import { parseRef } from '../../course/ids.js';
import type { DataPath, YamlSource } from '../../course/yaml-source.js';
import { closest } from '../../text/closest.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { yamlAt } from '../where.js';

export const meta: RuleMeta = {
  id: 'ref-resolves',
  severity: 'error',
  description: {
    en: 'Every ref of questions, terms, models and timeline stages resolves to a chapter or chapter#section',
    zh: '题目、术语、模型和时间线阶段的每个 ref 都必须指向已有的章节或 章节#小节',
  },
  fixable: false,
};

const hint = (h: string | undefined, en: boolean) => (h ? (en ? ` (did you mean '${h}'?)` : `（是否应为“${h}”？）`) : '');

const messages = {
  en: {
    noChapter: (ref: string, chapter: string, h?: string) => `ref '${ref}': there is no chapter '${chapter}'${hint(h, true)}`,
    noSection: (ref: string, chapter: string, section: string, langs: string, h?: string) => `ref '${ref}': chapter '${chapter}' has no section '${section}' (${langs})${hint(h, true)}`,
  },
  zh: {
    noChapter: (ref: string, chapter: string, h?: string) => `ref“${ref}”：没有章节“${chapter}”${hint(h, false)}`,
    noSection: (ref: string, chapter: string, section: string, langs: string, h?: string) => `ref“${ref}”：章节“${chapter}”中没有小节“${section}”（${langs}）${hint(h, false)}`,
  },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  const resolve = (source: YamlSource | undefined, file: string, path: DataPath, ref: string) => {
    const parsed = parseRef(ref);
    if (!parsed) return; // the schema reports a malformed ref
    const position = () => yamlAt(source, [...path, 'ref']); // only for a finding
    const byLang = ctx.chapters.get(parsed.chapter);
    if (!byLang) {
      ctx.report({ file, position: position(), message: m.noChapter(ref, parsed.chapter, closest(parsed.chapter, ctx.chapters.keys(), 1)[0]) });
      return;
    }
    if (parsed.section === undefined) return;
    const order = (lang: string) => (ctx.languages.indexOf(lang) + ctx.languages.length + 1) % (ctx.languages.length + 1);
    const missing = [...byLang.values()].filter((doc) => !doc.sections.some((s) => s.id === parsed.section)).sort((a, b) => order(a.lang) - order(b.lang));
    if (missing.length === 0) return;
    const ids = missing[0]!.sections.flatMap((s) => (s.id === undefined ? [] : [s.id]));
    const langs = missing.map((d) => d.lang).join(', ');
    ctx.report({ file, position: position(), message: m.noSection(ref, parsed.chapter, parsed.section, langs, closest(parsed.section, ids, 1)[0]) });
  };

  for (const doc of [ctx.pack.glossary, ctx.pack.models, ctx.pack.timeline]) {
    for (const entry of doc?.entries ?? []) resolve(doc!.source, doc!.file, [doc!.key, entry.index], entry.value.ref);
  }
  for (const { quiz, entry, path } of ctx.questions) resolve(quiz.source, quiz.file, path, entry.value.ref);
}
