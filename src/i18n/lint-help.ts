/** lm-lint's --help and option errors in Chinese and English. */
export const LINT_HELP = {
  en: {
    program: 'Check course packs: format, ids, references, grounding, answers, languages and Chinese typography.',
    argPack: 'pack directories to lint (default: --pack, LM_PACK, else the built-in course)',
    optFormat: 'output format: stylish for people, json, github (Actions annotations), sarif (code scanning)',
    optFix: 'apply the fixable edits in place',
    optFixDryRun: 'print the edits --fix would make as a unified diff; change nothing',
    optMaxWarnings: 'exit 1 when there are more than N warnings',
    optListRules: 'print the rules and exit',
    optLang: 'language of messages (default: from LC_ALL, LC_MESSAGES, LANG)',
    optNoCache: 'lint every file again instead of reusing the last report of an unchanged pack',
    badMaxWarnings: '--max-warnings must be a whole number, 0 or more',
  },
  zh: {
    program: '检查课程包：格式、id、引用、出处、答案、语言对应和中文排版。',
    argPack: '要检查的课程包目录（默认：--pack、LM_PACK，否则为内置课程）',
    optFormat: '输出格式：stylish 供人阅读，json，github（Actions 注释），sarif（代码扫描）',
    optFix: '直接在文件中应用可自动修复的修改',
    optFixDryRun: '以统一差异格式输出 --fix 将做的修改，不改动文件',
    optMaxWarnings: '警告多于 N 个时以 1 退出',
    optListRules: '列出所有规则后退出',
    optLang: '消息的语言（默认：取自 LC_ALL、LC_MESSAGES、LANG）',
    optNoCache: '重新检查每个文件，不沿用课程包未改动时的上次结果',
    badMaxWarnings: '--max-warnings 必须是 0 或更大的整数',
  },
} as const;
