// Renders a chapter plan as the Markdown file of one language: front matter,
// an intro, then `## Title {#id}` sections with paragraphs, and some tables,
// lists, numbered steps and code blocks. The output is also clean under
// markdownlint's default rules except MD013 (line length), which does not
// suit paragraphs of Chinese prose.
import { yamlScalar } from './yaml-text.mjs';
import { CODE } from './vocabulary.mjs';
import {
  cap,
  chapterIntro,
  chapterSummary,
  chapterTitle,
  definition,
  definitionSentence,
  factClause,
  filler,
  joinSentences,
  name,
  numericSentence,
  sectionTitle,
  sentence,
} from './phrases.mjs';

const LEADS = {
  table: ['下表列出了几个相关的概念。', 'The table below lists a few related concepts.'],
  list: ['需要记住的几个要点：', 'A few points to remember:'],
  steps: ['实际操作时大致分三步：', 'In practice it takes three steps:'],
  code: ['用代码表示，大致如下：', 'In code, it looks roughly like this:'],
};
const TABLE_HEAD = {
  zh: ['| 概念 | 简短说明 | 示例规模 |', '| --- | --- | --- |'],
  en: ['| Concept | Short description | Example size |', '| --- | --- | --- |'],
};
const STEP_VERBS = {
  zh: [(a) => `先确定${a}`, (a) => `再调整${a}`, (a) => `最后检查${a}`],
  en: [(a) => `first settle ${a}`, (a) => `then adjust ${a}`, (a) => `finally check ${a}`],
};

/** @param {import('./chapter-plan.mjs').ChapterPlan} plan */
export function chapterMarkdown(plan, lang) {
  const blocks = [
    ['---', `id: ${plan.id}`, `title: ${yamlScalar(chapterTitle(plan, lang))}`, `summary: ${yamlScalar(chapterSummary(plan, lang))}`, '---'].join('\n'),
    chapterIntro(plan, lang),
  ];
  for (const section of plan.sections) blocks.push(...sectionBlocks(section, lang));
  return `${blocks.join('\n\n')}\n`;
}

/** @param {import('./chapter-plan.mjs').SectionPlan} section */
function sectionBlocks(section, lang) {
  const [f0, f1, f2] = section.fillers;
  const facts = section.facts.map((fact) => sentence(factClause(fact, lang), lang));
  const blocks = [
    `## ${sectionTitle(section, lang)} {#${section.id}}`,
    joinSentences([definitionSentence(section.concept, lang), facts[0], filler(f0, lang), facts[1]], lang),
    joinSentences([numericSentence(section, lang), ...facts.slice(2), filler(f1, lang)], lang),
  ];
  for (const extra of section.extras) blocks.push(...extraBlocks(extra, lang));
  blocks.push(filler(f2, lang));
  return blocks;
}

/** @param {import('./chapter-plan.mjs').Extra} extra */
function extraBlocks(extra, lang) {
  const lead = LEADS[extra.kind][lang === 'zh' ? 0 : 1];
  switch (extra.kind) {
    case 'table': {
      const rows = extra.rows.map(({ concept, n }) =>
        lang === 'zh'
          ? `| ${concept.zh} | ${concept.defZh} | 约 ${n} 个参数 |`
          : `| ${cap(concept.en)} | ${concept.defEn} | about ${n} parameters |`,
      );
      return [lead, [...TABLE_HEAD[lang], ...rows].join('\n')];
    }
    case 'list': {
      const items = extra.concepts.map((c) =>
        lang === 'zh' ? `- **${c.zh}**：${c.defZh}。` : `- **${cap(c.en)}**: ${definition(c, lang)}.`,
      );
      return [lead, items.join('\n')];
    }
    case 'steps': {
      const items = extra.concepts.map((c, i) => `${i + 1}. ${sentence(STEP_VERBS[lang][i](name(c, lang)), lang)}`);
      return [lead, items.join('\n')];
    }
    case 'code': {
      const [info, code] = CODE[extra.code];
      return [lead, `\`\`\`${info}\n${code}\n\`\`\``];
    }
    default:
      throw new Error(`unknown extra ${extra.kind}`);
  }
}
