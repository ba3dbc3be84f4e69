/**
 * The --help words every binary shares, in Chinese and English: the built-in
 * options, commander's section titles, the exit-status paragraph. How they are
 * laid out is src/render/help-layout.ts (wired to commander in src/cli/help-text.ts).
 */
import type { Catalog } from './catalog.js';

export const SHARED_HELP = {
  en: {
    version: 'print the version',
    help: 'show this help',
    helpCommand: 'show the help of a command',
    pack: 'use the course pack in DIR instead of the built-in one (env: LM_PACK)',
    lang: "language to use (default: from LC_ALL, LC_MESSAGES, LANG, else the pack's first)",
    color: 'colour output (env: NO_COLOR, FORCE_COLOR)',
    examples: 'Examples:',
    exitStatus: 'Exit status: 0 success; 1 the thing asked about failed (lint errors, a score below --fail-under, an invalid pack); 2 usage error or unreadable input; 130 interrupted (Ctrl-C).',
    completion: 'print a shell completion script (bash, zsh or fish)',
    shell: 'the shell',
    count: 'must be a whole number from 1 to 1000000',
  },
  zh: {
    version: '显示版本号',
    help: '显示帮助',
    helpCommand: '显示某个命令的帮助',
    pack: '使用 DIR 中的课程包，而不是内置课程（环境变量：LM_PACK）',
    lang: '使用的语言（默认：取自 LC_ALL、LC_MESSAGES、LANG，否则为课程包的第一种语言）',
    color: '彩色输出（环境变量：NO_COLOR、FORCE_COLOR）',
    examples: '示例：',
    exitStatus: '退出状态：0 成功；1 所查的对象未通过（检查出错误、得分低于 --fail-under、课程包无效）；2 用法错误或输入无法读取；130 被中断（Ctrl-C）。',
    completion: '输出 shell 补全脚本（bash、zsh 或 fish）',
    shell: 'shell 名称',
    count: '必须是 1 到 1000000 之间的整数',
  },
} as const satisfies Catalog<Record<string, string>>;

/** What the exit-status paragraph never breaks across lines (src/text/wrap.ts keep): each status with its first words, and 课程包无效. */
export const EXIT_STATUS_KEEP: Catalog<readonly string[]> = {
  en: ['0 success', '1 the thing', '2 usage', '130 interrupted'],
  zh: ['0 成功', '1 所查', '2 用法', '130 被中断', '课程包无效'],
};

export const TITLES_ZH: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** One example: the command line (one, or one per language), and what it does in each language. */
export type Example = readonly [command: string | Catalog<string>, what: Catalog<string>];

