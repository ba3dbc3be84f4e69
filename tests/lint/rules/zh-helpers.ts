/** A zh chapter with one paragraph, linted (and fixed) with one rule under a `.lm-lint.yaml`. */
import { join } from 'node:path';
import { fixPack } from '../../../src/lint/fixer.js';
import { RULES } from '../../../src/lint/registry.js';
import { MINI, lint, packFrom, where } from '../helpers.js';

const HEAD = '---\nid: basics\ntitle: 基础\nsummary: 概念。\n---\n\n## 概率 {#probability}\n\n给词序列分配概率\n\n## 词元 {#tokens}\n\n';
/** The line of the paragraph in the chapter file. */
export const LINE = 13;

export async function zhCase(rule: string, paragraph: string, config = ''): Promise<{ at: string[]; messages: string[]; fixed: string }> {
  const files: Record<string, string> = { 'content/basics.zh.md': `${HEAD}${paragraph}\n` };
  if (config) files['.lm-lint.yaml'] = config;
  const root = packFrom(MINI, files);
  const shown = await lint(root, [rule]);
  const { changes } = await fixPack(root, { rules: RULES.filter((r) => r.meta.id === rule) });
  const after = changes.find((c) => c.file === join(root, 'content', 'basics.zh.md'))?.after ?? `${HEAD}${paragraph}\n`;
  return { at: where(shown).map((w) => w.replace('content/basics.zh.md:', '').replace(` ${rule}`, '')), messages: shown.map((s) => s.message), fixed: after.slice(HEAD.length, -1) };
}
