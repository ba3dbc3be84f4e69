/**
 * The Examples section of every subcommand's --help (the programs' own
 * examples live with their other messages in src/i18n). Every command line
 * here is run by tests/readme.test.ts's help checks: keep them real.
 */
import type { Example } from './help-text.js';

export const EXPLAIN_EXAMPLES: Record<string, readonly Example[]> = {
  list: [
    ['lm-explain list', 'chapters and their sections', '章节和小节目录'],
    ['lm-explain toc --json', 'the same as JSON, for scripts', '同上，以 JSON 输出，供脚本使用'],
  ],
  show: [
    ['lm-explain show stages', 'a chapter by id', '按 id 显示一章'],
    ['lm-explain show 2', 'the second chapter', '第二章'],
    ['lm-explain show sta', 'by a unique prefix', '按唯一前缀'],
    ['lm-explain show stages#slm', 'one section', '只显示一节'],
    ['lm-explain show stages --raw', "the chapter's Markdown source", '该章的 Markdown 源文'],
  ],
  next: [['lm-explain next', 'the chapter after the last one shown', '上次显示的那一章的下一章']],
  prev: [['lm-explain prev', 'the chapter before the last one shown', '上次显示的那一章的上一章']],
  resume: [['lm-explain resume', 'the last chapter shown, again', '再次显示上次那一章']],
  search: [
    ['lm-explain search transformer', 'chapters, glossary and models', '在章节、术语表和模型中搜索'],
    ['lm-explain search 注意力 --lang zh', 'in the Chinese text', '在中文内容中搜索'],
  ],
  term: [
    ['lm-explain term token', 'a term or an alias', '术语或别名'],
    ['lm-explain define 词元', 'in either language', '中英文都可以'],
  ],
  models: [
    ['lm-explain models', 'every named model, with a size chart', '所有模型及参数规模图'],
    ['lm-explain models --origin china', 'only models from China', '只看中国的模型'],
  ],
  timeline: [
    ['lm-explain timeline', 'the four stages as a timeline', '以时间线显示四个阶段'],
    ['lm-explain timeline --width 60', 'narrower', '窄一些'],
  ],
};

export const QUIZ_EXAMPLES: Record<string, readonly Example[]> = {
  list: [
    ['lm-quiz list', 'topics and quizzes of the built-in course', '内置课程的主题和测验'],
    ['lm-quiz list --pack ./my-pack', 'of your own pack', '自己的课程包'],
  ],
  history: [
    ['lm-quiz history', 'the last 20 attempts', '最近 20 次作答'],
    ['lm-quiz history -n 5 --json', 'the last 5, as JSON', '最近 5 次，以 JSON 输出'],
  ],
  stats: [
    ['lm-quiz stats', 'accuracy, weakest questions, cards due', '正确率、薄弱题目、待复习数量'],
    ['lm-quiz stats --json', 'the same as JSON', '同上，以 JSON 输出'],
  ],
  review: [
    ['lm-quiz review', 'every question due today', '今天到期的所有题目'],
    ['lm-quiz review -n 10', 'at most 10 of them', '最多 10 道'],
    ['lm-quiz review --missed', 'the questions last missed, now', '现在就练习上次答错的题'],
  ],
  reset: [
    ['lm-quiz reset', 'clear all history (asks first)', '清除全部历史（会先确认）'],
    ['lm-quiz reset --topic stages --yes', 'one topic, without asking', '只清除一个主题，不确认'],
  ],
};

export const LINT_EXAMPLES: readonly Example[] = [
  ['lm-lint', 'the built-in course (or LM_PACK)', '检查内置课程（或 LM_PACK）'],
  ['lm-lint ./my-pack', 'your own pack', '检查自己的课程包'],
  ['lm-lint ./my-pack --fix-dry-run', 'show what --fix would change', '显示 --fix 会做的修改'],
  ['lm-lint ./my-pack --fix', 'apply the safe fixes', '应用可自动修复的修改'],
  ['lm-lint ./my-pack --format github', 'annotations in GitHub Actions', '在 GitHub Actions 中显示注释'],
  ['lm-lint ./my-pack --format sarif > lint.sarif', 'for code scanning', '供代码扫描使用'],
  ['lm-lint --max-warnings 0', 'fail on warnings too', '有警告也算失败'],
  ['lm-lint --list-rules', 'the rules and what they check', '列出规则及其检查内容'],
];

/** `<bin> completion`: how to install the script in each shell. */
export function completionExamples(bin: string): Example[] {
  return [
    [`source <(${bin} completion bash)`, 'bash: put this line in ~/.bashrc', 'bash：把这一行加入 ~/.bashrc'],
    [`${bin} completion zsh > "\${fpath[1]}/_${bin}"`, 'zsh', 'zsh'],
    [`${bin} completion fish > ~/.config/fish/completions/${bin}.fish`, 'fish', 'fish'],
  ];
}
