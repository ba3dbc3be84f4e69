/**
 * The Examples section of every --help page, the programs' own (key '') and
 * each subcommand's, laid out by src/render/help-layout.ts. Keep the command lines
 * real: tests/e2e/help.test.ts checks that each runs its own binary.
 */
import type { Example } from './help.js';

export const EXPLAIN_EXAMPLES: Record<string, readonly Example[]> = {
  '': [
    ['lm-explain', { en: 'the course home', zh: '课程首页' }],
    ['lm-explain list', { en: 'chapters and sections', zh: '章节目录' }],
    ['lm-explain show stages', { en: 'a chapter (also: show 2, show sta)', zh: '显示一章（也可以：show 2、show sta）' }],
    ['lm-explain show stages#slm', { en: 'one section', zh: '只显示一节' }],
    ['lm-explain next', { en: 'the next chapter', zh: '下一章' }],
    [{ en: 'lm-explain search transformer', zh: 'lm-explain search 注意力' }, { en: 'chapters, glossary and models', zh: '在章节、术语表和模型中搜索' }],
    [{ en: 'lm-explain term token', zh: 'lm-explain term 词元' }, { en: 'a glossary entry', zh: '查一个术语' }],
    ['lm-explain models --origin china', { en: 'the models from China', zh: '中国的模型' }],
    [
      { en: 'lm-explain show stages --lang zh --width 60', zh: 'lm-explain show stages --lang en --width 60' },
      { en: 'in Chinese, 60 columns wide', zh: '英文版，宽 60 列' },
    ],
  ],
  list: [
    ['lm-explain list', { en: 'chapters and their sections', zh: '章节和小节目录' }],
    ['lm-explain toc --json', { en: 'the same as JSON, for scripts', zh: '同上，以 JSON 输出，供脚本使用' }],
  ],
  show: [
    ['lm-explain show stages', { en: 'a chapter by id', zh: '按 id 显示一章' }],
    ['lm-explain show 2', { en: 'the second chapter', zh: '第二章' }],
    ['lm-explain show sta', { en: 'by a unique prefix', zh: '按唯一前缀' }],
    ['lm-explain show stages#slm', { en: 'one section', zh: '只显示一节' }],
    ['lm-explain show stages --raw', { en: "the chapter's Markdown source", zh: '该章的 Markdown 源文' }],
  ],
  next: [['lm-explain next', { en: 'the chapter after the last one shown', zh: '上次显示的那一章的下一章' }]],
  prev: [['lm-explain prev', { en: 'the chapter before the last one shown', zh: '上次显示的那一章的上一章' }]],
  resume: [['lm-explain resume', { en: 'the last chapter shown, again', zh: '再次显示上次那一章' }]],
  search: [
    ['lm-explain search transformer', { en: 'chapters, glossary and models', zh: '在章节、术语表和模型中搜索' }],
    ['lm-explain search 注意力 --lang zh', { en: 'in the Chinese text', zh: '在中文内容中搜索' }],
  ],
  term: [
    ['lm-explain term token', { en: 'a term or an alias', zh: '术语或别名' }],
    ['lm-explain define 词元', { en: 'in either language', zh: '中英文都可以' }],
  ],
  models: [
    ['lm-explain models', { en: 'every named model, with a size chart', zh: '所有模型及参数规模图' }],
    ['lm-explain models --origin china', { en: 'only models from China', zh: '只看中国的模型' }],
  ],
  timeline: [
    ['lm-explain timeline', { en: 'the four stages as a timeline', zh: '以时间线显示四个阶段' }],
    ['lm-explain timeline --width 60', { en: 'narrower', zh: '窄一些' }],
  ],
};

export const QUIZ_EXAMPLES: Record<string, readonly Example[]> = {
  '': [
    ['lm-quiz', { en: 'choose a topic and play', zh: '选择主题后开始' }],
    ['lm-quiz stages -n 5', { en: 'five questions on the stages', zh: '发展阶段，5 道题' }],
    ['lm-quiz all --seed 42', { en: 'everything, in a repeatable order', zh: '全部题目，顺序可重现' }],
    ['lm-quiz review', { en: 'the questions due today', zh: '今天到期的题目' }],
    ['lm-quiz stages --answers a.json --json --fail-under 70', { en: 'in CI: answers from a file, a JSON report', zh: '用于 CI：从文件读答案，输出 JSON 报告' }],
  ],
  list: [
    ['lm-quiz list', { en: 'topics and quizzes of the built-in course', zh: '内置课程的主题和测验' }],
    ['lm-quiz list --pack ./my-pack', { en: 'of your own pack', zh: '自己的课程包' }],
  ],
  history: [
    ['lm-quiz history', { en: 'the last 20 attempts', zh: '最近 20 次作答' }],
    ['lm-quiz history -n 5 --json', { en: 'the last 5, as JSON', zh: '最近 5 次，以 JSON 输出' }],
  ],
  stats: [
    ['lm-quiz stats', { en: 'accuracy, weakest questions, cards due', zh: '正确率、薄弱题目、待复习数量' }],
    ['lm-quiz stats --json', { en: 'the same as JSON', zh: '同上，以 JSON 输出' }],
  ],
  review: [
    ['lm-quiz review', { en: 'every question due today', zh: '今天到期的所有题目' }],
    ['lm-quiz review -n 10', { en: 'at most 10 of them', zh: '最多 10 道' }],
    ['lm-quiz review --missed', { en: 'the questions last missed, now', zh: '现在就练习上次答错的题' }],
  ],
  reset: [
    ['lm-quiz reset', { en: 'clear all history (asks first)', zh: '清除全部历史（会先确认）' }],
    ['lm-quiz reset --topic stages --yes', { en: 'one topic, without asking', zh: '只清除一个主题，不确认' }],
  ],
};

export const LINT_EXAMPLES: readonly Example[] = [
  ['lm-lint', { en: 'the built-in course (or LM_PACK)', zh: '检查内置课程（或 LM_PACK）' }],
  ['lm-lint ./my-pack', { en: 'your own pack', zh: '检查自己的课程包' }],
  ['lm-lint ./my-pack --fix-dry-run', { en: 'show what --fix would change', zh: '显示 --fix 会做的修改' }],
  ['lm-lint ./my-pack --fix', { en: 'apply the safe fixes', zh: '应用可自动修复的修改' }],
  ['lm-lint ./my-pack --format github', { en: 'annotations in GitHub Actions', zh: '在 GitHub Actions 中显示注释' }],
  ['lm-lint ./my-pack --format sarif > lint.sarif', { en: 'for code scanning', zh: '供代码扫描使用' }],
  ['lm-lint --max-warnings 0', { en: 'fail on warnings too', zh: '有警告也算失败' }],
  ['lm-lint --list-rules', { en: 'the rules and what they check', zh: '列出规则及其检查内容' }],
];

/** `<bin> completion`: how to install the script in each shell. */
export function completionExamples(bin: string): Example[] {
  return [
    [`source <(${bin} completion bash)`, { en: 'bash: put this line in ~/.bashrc', zh: 'bash：把这一行加入 ~/.bashrc' }],
    [`${bin} completion zsh > "\${fpath[1]}/_${bin}"`, { en: 'zsh', zh: 'zsh' }],
    [`${bin} completion fish > ~/.config/fish/completions/${bin}.fish`, { en: 'fish', zh: 'fish' }],
  ];
}
