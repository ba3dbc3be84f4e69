import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPackDir } from '../../src/course/pack-files.js';
import { FIXTURES, MINI, lint, where } from './helpers.js';

describe('the planted-defects pack', () => {
  it('reports every planted defect at its file:line:col, and nothing else', async () => {
    const root = join(FIXTURES, 'lint-defects');
    expect(where(await lint(root))).toEqual([
      'content/Stray.en.md:1:1 id-pattern',
      'content/basics.en.md:2:5 id-matches-file',
      'content/basics.en.md:25:18 id-pattern',
      'content/basics.en.md:29:1 section-parity',
      'content/basics.zh.md:17:1 empty-section',
      'content/basics.zh.md:19:1 heading-anchor',
      'content/basics.zh.md:25:3 zh-spacing',
      'content/basics.zh.md:25:6 zh-spacing',
      'content/basics.zh.md:25:9 zh-punctuation',
      'content/basics.zh.md:25:16 zh-repeated-punctuation',
      // Line 27 under the fixture's .lm-lint.yaml (preset zhlint, code-spacing always, bracket-width full).
      'content/basics.zh.md:27:1 zh-code-spacing',
      'content/basics.zh.md:27:2 zh-code-spacing',
      'content/basics.zh.md:27:14 zh-unit-spacing',
      'content/basics.zh.md:27:21 zh-cjk-space',
      'content/basics.zh.md:27:27 zh-punctuation-spacing',
      'content/basics.zh.md:27:31 zh-ellipsis-dash',
      'content/basics.zh.md:27:36 zh-fullwidth-alnum',
      'content/basics.zh.md:27:42 zh-bracket-width',
      'content/basics.zh.md:27:45 zh-bracket-width',
      'content/basics.zh.md:27:49 zh-quotes',
      'content/basics.zh.md:27:51 zh-quotes',
      'content/course.yaml:5:20 id-unique',
      'content/course.yaml:5:28 manifest-chapters',
      'content/course.yaml:8:10 language-parity',
      'content/glossary.yaml:5:5 unknown-key',
      'content/glossary.yaml:7:9 id-unique',
      'content/glossary.yaml:10:10 ref-resolves',
      'content/glossary.yaml:13:17 schema',
      'content/missing.zh.md:1:1 front-matter',
      'content/models.yaml:4:5 yaml-syntax',
      'content/timeline.yaml:1:1 file',
      'content/unlisted.en.md:1:1 manifest-chapters',
      'quizzes/basics.yaml:3:8 quiz-topic',
      'quizzes/basics.yaml:4:7 answers',
      'quizzes/basics.yaml:9:35 evidence-grounded',
      'quizzes/basics.yaml:12:7 answers',
      'quizzes/basics.yaml:23:7 answers',
      'quizzes/basics.yaml:34:30 answers',
      'quizzes/basics.yaml:42:7 answers',
      'quizzes/basics.yaml:44:21 answers',
      'quizzes/second.yaml:1:5 id-matches-file',
      'quizzes/second.yaml:2:8 language-parity',
      'quizzes/second.yaml:6:9 id-unique',
      'quizzes/second.yaml:8:10 ref-resolves',
    ]);
  });

  it('in Chinese: no space before 第 N 行, and a curly quote named in a message is in corner brackets', async () => {
    const shown = await lint(join(FIXTURES, 'lint-defects'), ['id-unique', 'zh-quotes'], { lang: 'zh' });
    const messages = shown.map((s) => s.message);
    expect(messages).toContain('章节 id“basics”重复（首次出现在第 5 行）');
    expect(messages.filter((m) => m.startsWith('应使用「“」并在外侧加空格，而不是「“」'))).toHaveLength(1);
    expect(messages.some((m) => /“[“”]”/.test(m))).toBe(false);
  });

  it('covers every rule at least once (with the quiz-flaws pack for the quiz-quality rules)', async () => {
    const rules = new Set([...(await lint(join(FIXTURES, 'lint-defects'))), ...(await lint(join(FIXTURES, 'quiz-flaws')))].map((s) => s.rule));
    const { RULES } = await import('../../src/lint/registry.js');
    expect(RULES.map((r) => r.meta.id).filter((id) => !rules.has(id))).toEqual([]);
  });
});

describe('the quiz-flaws pack', () => {
  it('reports every planted item-writing flaw at its file:line:col, and nothing else', async () => {
    expect(where(await lint(join(FIXTURES, 'quiz-flaws')))).toEqual([
      'quizzes/basics.yaml:13:19 quiz-absolute-words',
      'quizzes/basics.yaml:13:34 quiz-absolute-words',
      'quizzes/basics.yaml:14:13 quiz-truefalse-balance',
      'quizzes/basics.yaml:20:19 quiz-absolute-words',
      'quizzes/basics.yaml:20:34 quiz-absolute-words',
      'quizzes/basics.yaml:30:20 quiz-why-contradicts',
      'quizzes/basics.yaml:30:38 quiz-why-contradicts',
      'quizzes/basics.yaml:45:40 quiz-longest-correct',
      'quizzes/basics.yaml:59:21 quiz-above-choice',
      'quizzes/basics.yaml:59:32 quiz-above-choice',
      'quizzes/basics.yaml:61:21 quiz-absolute-words',
      'quizzes/basics.yaml:61:31 quiz-absolute-words',
      'quizzes/basics.yaml:68:19 quiz-answer-revealed',
      'quizzes/basics.yaml:68:46 quiz-answer-revealed',
      'quizzes/basics.yaml:74:20 quiz-why-contradicts',
      'quizzes/basics.yaml:74:34 quiz-why-contradicts',
      'quizzes/basics.yaml:87:21 quiz-similar-choices',
      'quizzes/basics.yaml:87:34 quiz-similar-choices',
      'quizzes/basics.yaml:95:19 quiz-answer-revealed',
      'quizzes/basics.yaml:95:49 quiz-answer-revealed',
      'quizzes/basics.yaml:105:13 quiz-answer-revealed',
      'quizzes/basics.yaml:106:16 quiz-numeric-tolerance',
    ]);
  });
});

describe('clean packs', () => {
  it('a third-party, English-only pack written to the format (CRLF chapter included) lints clean', async () => {
    expect(await lint(join(FIXTURES, 'lint-third-party'))).toEqual([]);
  });

  it('a third-party pack in Japanese and Brazilian Portuguese lints clean: Chinese typography is for Chinese only', async () => {
    expect(await lint(join(FIXTURES, 'lint-third-party-ja'))).toEqual([]);
  });

  it('the mini fixture lints clean', async () => {
    expect(await lint(MINI)).toEqual([]);
  });

  it('the built-in course lints clean', async () => {
    expect(await lint(builtinPackDir())).toEqual([]);
  });
});
