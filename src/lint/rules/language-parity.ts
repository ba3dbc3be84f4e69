/**
 * Every localised string and list has every language of the manifest, and no
 * other; a plain string (or list) only in a one-language pack, except a
 * model's `name`, which the format lets be one plain string for all languages.
 */
import type { LocalizedField } from '../localized-fields.js';
import type { RuleContext, RuleMeta } from '../rule.js';
import { yamlAt } from '../where.js';

export const meta: RuleMeta = {
  id: 'language-parity',
  severity: 'error',
  description: {
    en: 'Every localised text and list has each manifest language and no other; plain strings only in a one-language pack',
    zh: '每个本地化文本和列表都必须包含清单中的每种语言且不含其他语言；只有单语言课程包可以直接写字符串',
  },
  fixable: false,
};

const messages = {
  en: {
    missing: (langs: string) => `missing ${langs} text`,
    empty: (lang: string) => `the ${lang} text is empty`,
    extra: (lang: string, langs: string) => `'${lang}' is not a language of this pack (${langs})`,
    plain: (langs: string) => `a plain value in a pack with several languages; write a map with ${langs}`,
  },
  zh: {
    missing: (langs: string) => `缺少 ${langs} 文本`,
    empty: (lang: string) => `${lang} 文本为空`,
    extra: (lang: string, langs: string) => `“${lang}”不是本课程包的语言（${langs}）`,
    plain: (langs: string) => `多语言课程包中不能直接写字符串；请写成包含 ${langs} 的映射`,
  },
};

export function check(ctx: RuleContext): void {
  const m = ctx.msg(messages);
  const languages = ctx.languages;
  if (languages.length === 0) return;
  const all = languages.join(', ');
  for (const field of ctx.localized()) {
    const report = (message: string, key?: string) => ctx.report({ file: field.file, position: yamlAt(field.source, field.path, key), message });
    const value = field.value;
    if (typeof value === 'string' || Array.isArray(value)) {
      if (languages.length > 1 && !sharedName(field)) report(m.plain(all));
      continue;
    }
    const missing = languages.filter((lang) => value[lang] === undefined);
    if (missing.length > 0) report(m.missing(missing.join(', ')));
    for (const [lang, text] of Object.entries(value)) {
      if (!languages.includes(lang)) report(m.extra(lang, all), lang);
      else if (typeof text === 'string' && text.trim() === '') report(m.empty(lang), lang);
    }
  }
}

/** `models[i].name: GPT-3`: one name in every language. */
function sharedName(field: LocalizedField): boolean {
  return field.doc === 'models' && field.path.length === 3 && field.path[2] === 'name';
}
