/** `lm-quiz analyze`'s interface text in Chinese and English (help, table, errors). */
import type { Flag } from '../quiz/analysis/item-analysis.js';
import { inLang, type Catalog } from './catalog.js';

export interface AnalyzeMessages {
  description: string;
  argResults: string;
  optJson: string;
  optCsv: string;
  optMinAttempts: string;
  optEasy: string;
  title: (attempts: number, questions: number) => string;
  head: { question: string; attempts: string; facility: string; discrimination: string; upperLower: string; choices: string; flags: string };
  flags: Record<Flag, string>;
  changed: string;
  unknown: string;
  /** One paragraph, in pieces (wrapped to the width when shown). */
  legend: string[];
  flagged: (n: number) => string;
  noneFlagged: string;
  fewAttempts: (min: number) => string;
  needResults: string;
  cannotRead: (file: string, code: string) => string;
  notResults: (file: string, why: string) => string;
  noAnswers: string;
  badNumber: (option: string) => string;
  csvAndJson: string;
}

const en: AnalyzeMessages = {
  description: "item analysis of a class's results: facility, discrimination, choice counts and flags per question",
  argResults: 'lm-quiz --json result files, or lm-quiz history --json files',
  optJson: 'print the analysis as JSON',
  optCsv: 'print the analysis as CSV, for a spreadsheet',
  optMinAttempts: 'flag only questions with at least N attempts (default 20)',
  optEasy: 'flag as too easy from this facility, in percent (default 95)',
  title: (a, q) => `Item analysis: ${a} ${a === 1 ? 'attempt' : 'attempts'}, ${q} ${q === 1 ? 'question' : 'questions'}`,
  head: { question: 'question', attempts: 'n', facility: 'facil.', discrimination: 'discr.', upperLower: '27%', choices: 'picks', flags: 'flags' },
  flags: { easy: 'easy', negative: 'negative', 'unused-distractor': 'unpicked' },
  changed: 'Changed since these results (analysed apart; the hash is the old question):',
  unknown: 'Not in this pack (analysed apart):',
  legend: [
    'n: attempts. facil.: facility, the mean score. discr.: discrimination, the correlation of the question\'s score with the rest of',
    'the attempt. 27%: facility in the top 27% of attempts (by the rest) minus in the bottom 27%. picks: how many picked each',
    'choice, A, B, C… in the pack\'s order, * the key. Flags: easy (facility 95% or more), negative (the strongest miss it',
    'more than the weakest: a wrong key, or a misleading question), unpicked (a wrong choice no one picked).',
  ],
  flagged: (n) => `${n} ${n === 1 ? 'question' : 'questions'} flagged.`,
  noneFlagged: 'No question flagged.',
  fewAttempts: (min) => `Questions with fewer than ${min} attempts are not flagged (see --min-attempts).`,
  needResults: 'give one or more result files (lm-quiz QUIZ --answers FILE --json > result.json)',
  cannotRead: (file, code) => `cannot read ${file} (${code})`,
  notResults: (file, why) => `${file}: not an lm-quiz result: ${why}`,
  noAnswers: 'the files hold no answered questions',
  badNumber: (option) => `${option} needs a number in range`,
  csvAndJson: '--json and --csv cannot be used together',
};

const zh: AnalyzeMessages = {
  description: '全班作答结果的题目分析：每题的通过率、区分度、各选项人数和标记',
  argResults: 'lm-quiz --json 结果文件，或 lm-quiz history --json 文件',
  optJson: '以 JSON 输出分析',
  optCsv: '以 CSV 输出分析，可用电子表格打开',
  optMinAttempts: '只标记作答次数不少于 N 的题目（默认 20）',
  optEasy: '通过率达到此百分比即标记为过易（默认 95）',
  title: (a, q) => `题目分析：${a} 次作答，${q} 道题`,
  head: { question: '题目', attempts: '人次', facility: '通过率', discrimination: '区分度', upperLower: '27%', choices: '选项人数', flags: '标记' },
  flags: { easy: '过易', negative: '负区分', 'unused-distractor': '无人选' },
  changed: '这些结果之后题目已修改（单独分析；哈希为旧题）：',
  unknown: '本课程包中没有的题目（单独分析）：',
  legend: [
    '人次：作答次数。通过率：平均得分。区分度：本题得分与该次作答其余题目得分的相关系数。27%：其余得分最高的 27% 作答者的',
    '通过率减去最低 27% 的。选项人数：选 A、B、C…（课程包中的顺序）的人数，* 为答案。标记：过易（通过率达 95%），',
    '负区分（强者比弱者更常答错：答案可能标错，或题目有误导），无人选（有错误选项没有人选）。',
  ],
  flagged: (n) => `共标记 ${n} 道题。`,
  noneFlagged: '没有需要标记的题目。',
  fewAttempts: (min) => `作答少于 ${min} 次的题目不做标记（见 --min-attempts）。`,
  needResults: '请给出一个或多个结果文件（lm-quiz 测验 --answers 文件 --json > result.json）',
  cannotRead: (file, code) => `无法读取 ${file}（${code}）`,
  notResults: (file, why) => `${file}：不是 lm-quiz 结果：${why}`,
  noAnswers: '这些文件中没有作答记录',
  badNumber: (option) => `${option} 需要一个范围内的数`,
  csvAndJson: '--json 与 --csv 不能同时使用',
};

export const ANALYZE_MESSAGES: Catalog<AnalyzeMessages> = { en, zh };

export function analyzeMessages(lang: string): AnalyzeMessages {
  return inLang(ANALYZE_MESSAGES, lang);
}
