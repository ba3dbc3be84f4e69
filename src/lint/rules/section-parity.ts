/**
 * A chapter's section ids are identical, in the same order, in every
 * language. Each language's file is compared with the first language (in
 * manifest order) that has one, and findings go to the file that differs.
 */
import type { ChapterDoc, Section } from '../../course/chapter.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { lineAt } from '../where.js';

export const meta: RuleMeta = {
  id: 'section-parity',
  severity: 'error',
  description: {
    en: "A chapter's section ids are identical and in the same order in every language",
    zh: '同一章节在各语言中的小节 id 必须相同且顺序一致',
  },
  fixable: false,
};

const messages = {
  en: {
    extra: (id: string, ref: string) => `section '${id}' is not in the ${ref} file`,
    missing: (id: string, ref: string) => `section '${id}' of the ${ref} file is missing here`,
    order: (id: string, expected: string, ref: string) => `section '${id}' is out of order: the ${ref} file has '${expected}' here`,
  },
  zh: {
    extra: (id: string, ref: string) => `小节“${id}”不在 ${ref} 文件中`,
    missing: (id: string, ref: string) => `缺少 ${ref} 文件中的小节“${id}”`,
    order: (id: string, expected: string, ref: string) => `小节“${id}”顺序不对：${ref} 文件此处是“${expected}”`,
  },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  const order = [...ctx.languages];
  for (const byLang of ctx.chapters.values()) {
    const langs = [...byLang.keys()].sort((a, b) => rank(order, a) - rank(order, b));
    const ref = byLang.get(langs[0]!)!;
    for (const lang of langs.slice(1)) compare(ctx, m, ref, byLang.get(lang)!);
  }
}

function rank(order: string[], lang: string): number {
  const i = order.indexOf(lang);
  return i === -1 ? order.length : i;
}

function compare(ctx: RuleContext, m: (typeof messages)['en'], ref: ChapterDoc, doc: ChapterDoc): void {
  const refSections = ref.sections.filter((s): s is Section & { id: string } => s.id !== undefined);
  const sections = doc.sections.filter((s): s is Section & { id: string } => s.id !== undefined);
  const refIds = new Set(refSections.map((s) => s.id));
  const ids = new Set(sections.map((s) => s.id));
  let differs = false;
  for (const section of sections) {
    if (refIds.has(section.id)) continue;
    differs = true;
    ctx.report({ file: doc.file, position: lineAt(section.line), message: m.extra(section.id, ref.lang) });
  }
  refSections.forEach((refSection, i) => {
    if (ids.has(refSection.id)) return;
    differs = true;
    // Report where it should be: at the next section both files have, else at the end.
    const next = refSections.slice(i + 1).find((s) => ids.has(s.id));
    const at = next ? sections.find((s) => s.id === next.id)!.line : Math.max(doc.lines.starts.length - 1, 1);
    ctx.report({ file: doc.file, position: lineAt(at), message: m.missing(refSection.id, ref.lang) });
  });
  if (differs || sections.length !== refSections.length) return; // duplicates are id-unique findings
  const mismatch = sections.findIndex((s, i) => s.id !== refSections[i]!.id);
  if (mismatch !== -1) {
    const section = sections[mismatch]!;
    ctx.report({ file: doc.file, position: lineAt(section.line), message: m.order(section.id, refSections[mismatch]!.id, ref.lang) });
  }
}
