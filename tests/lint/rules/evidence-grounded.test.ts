import { describe, expect, it } from 'vitest';
import { MINI, lint, miniQuiz, packFrom } from '../helpers.js';

const question = (ref: string, zh: string, en: string) => `  - id: q
    type: truefalse
    ref: ${ref}
    evidence: { zh: "${zh}", en: "${en}" }
    prompt: { zh: 问, en: Q }
    answer: true
    explain: { zh: 是, en: yes }
`;
const EN = `---
id: basics
title: Basics
summary: s
---

Intro text.

## Probability {#probability}

**Keys** say which
word comes NEXT.

\`\`\`text
code words here
\`\`\`

## Tokens {#tokens}

Text is split into [tokens](https://example.com) &amp; pieces.
`;

/** Evidence that occurs in the mini pack's Chinese file for each ref. */
const zhFor = (ref: string) => ({ 'basics#probability': '语言模型', 'basics#tokens': '切分成词元', basics: '导言' })[ref]!;

describe('evidence-grounded', () => {
  it.each([
    ['across markup and a line break, ignoring case', 'basics#probability', 'keys say which word comes next'],
    ['in a code block', 'basics#probability', 'code words'],
    ['in link text, with an entity', 'basics#tokens', 'split into tokens & pieces'],
    ['anywhere in the chapter for a chapter ref', 'basics', 'intro text'],
  ])('accepts evidence %s', async (_name, ref, en) => {
    const root = packFrom(MINI, { 'content/basics.en.md': EN, 'quizzes/basics.yaml': miniQuiz(question(ref, zhFor(ref), en)) });
    expect(await lint(root, ['evidence-grounded'])).toEqual([]);
  });

  it.each([
    ['that is not in the section', 'basics#probability', 'assigns a certainty', 'quizzes/basics.yaml:9:33'],
    ['that is in another section only', 'basics#tokens', 'keys say', 'quizzes/basics.yaml:9:34'],
    ['that is only in a heading anchor or a link target', 'basics#tokens', 'example.com', 'quizzes/basics.yaml:9:34'],
  ])('reports evidence %s at its language', async (_name, ref, en, at) => {
    const root = packFrom(MINI, { 'content/basics.en.md': EN, 'quizzes/basics.yaml': miniQuiz(question(ref, zhFor(ref), en)) });
    expect(await lint(root, ['evidence-grounded'])).toEqual([expect.objectContaining({ at, message: `evidence '${en}' does not occur in ${ref} (en)` })]);
  });

  it('joins Chinese lines the way a reader does', async () => {
    const zh = '---\nid: basics\ntitle: 基础\nsummary: 概念。\n---\n\n## 概率 {#probability}\n\n语言模型给词\n序列分配**概率**。\n\n## 词元 {#tokens}\n\n切分成词元。\n';
    const root = packFrom(MINI, { 'content/basics.zh.md': zh });
    expect(await lint(root, ['evidence-grounded'])).toEqual([]);
  });

  it('reports empty evidence', async () => {
    const root = packFrom(MINI, { 'quizzes/basics.yaml': miniQuiz(question('basics#tokens', '  ', 'split into tokens')) });
    expect(await lint(root, ['evidence-grounded'])).toMatchObject([{ at: 'quizzes/basics.yaml:9:21', message: 'evidence is empty (zh)' }]);
  });

  it('is quiet on the mini pack', async () => {
    expect(await lint(MINI, ['evidence-grounded'])).toEqual([]);
  });
});
