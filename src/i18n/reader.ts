/**
 * The reader's interface text in Chinese and English: headings, hints,
 * errors and --help descriptions. Pack text is never here; it comes from
 * the pack in the reader's language.
 */
import type { Lang } from '../io/lang.js';
import { inLang, type Catalog } from './catalog.js';

const quote = (s: string) => `'${s}'`;

const en = {
  // --help
  programDescription: 'Read the course in the terminal: chapters, glossary, models and the timeline.',
  homeDescription: 'the course home: chapters, progress and what to read next',
  listDescription: 'chapters and their sections',
  showDescription: 'show a chapter (by id, number or prefix) or one section: chapter#section',
  nextDescription: 'show the chapter after the last one shown',
  prevDescription: 'show the chapter before the last one shown',
  resumeDescription: 'show the last chapter shown again',
  searchDescription: 'search chapters, glossary and models',
  termDescription: 'look up a glossary term or alias, in either language (no word: the whole glossary)',
  modelsDescription: 'the named models: a table and a chart of their sizes',
  timelineDescription: 'the stages of language modelling as a timeline',
  optWidth: 'wrap to N columns (20 to 400; default: the terminal width, at most 100)',
  optNoPager: 'never page the output',
  optJson: 'print JSON',
  optRaw: "print the chapter's Markdown source",
  optOrigin: 'only models of this origin',
  argChapter: 'chapter, number or prefix, optionally #section',
  argQuery: 'words to look for',
  argTerm: 'a term or alias',
  widthRange: '--width must be a whole number from 20 to 400',
  unknownCommand: (name: string, near: string[]) => `unknown command ${quote(name)}${didYouMean(near)}`,
  helpHint: 'run `lm-explain --help` for the commands',

  // home and list
  progress: (read: number, total: number) => `Progress: ${read} of ${total} ${total === 1 ? 'chapter' : 'chapters'} read`,
  legend: '✓ read   ▸ current',
  startWith: 'Start reading:',
  continueWith: (title: string) => `Continue with ${title}:`,
  allRead: 'You have read every chapter. Test yourself with lm-quiz.',
  moreCommands: 'More: lm-explain list · search <words> · term <word> · models · timeline · --help',
  /** What a hint never breaks across lines: commands with their placeholders, copied whole. */
  keepWhole: ['lm-explain list', 'search <words>', 'term <word>'] as readonly string[],
  quizHint: 'Test yourself: lm-quiz',
  pagerPrompt: '(q quits, space pages on, b goes back, /word searches)',
  chapterNumber: (n: number, total: number) => `Chapter ${n} of ${total}`,

  // show
  nextChapter: (title: string) => `Next: ${title}`,
  nextSection: (title: string) => `Next section: ${title}`,
  lastChapter: 'This is the last chapter. Test yourself with lm-quiz.',
  atLast: 'You are at the last chapter; there is no next one.',
  atFirst: 'You are at the first chapter; there is no previous one.',
  unknownChapter: (name: string, near: string[]) => `unknown chapter ${quote(name)}${didYouMean(near)}`,
  ambiguousChapter: (name: string, matches: string[]) => `${quote(name)} matches several chapters: ${matches.join(', ')}`,
  unknownSection: (chapter: string, name: string, near: string[]) => `chapter ${quote(chapter)} has no section ${quote(name)}${didYouMean(near)}`,
  listHint: 'run `lm-explain list` to see the chapters and their sections',
  sectionsOf: (chapter: string, ids: string[]) => `sections of ${quote(chapter)}: ${ids.join(', ')}`,

  // search
  noMatches: (query: string) => `No matches for ${quote(query)}.`,
  matchCount: (n: number, query: string) => `${n} ${n === 1 ? 'result' : 'results'} for ${quote(query)}`,
  queryTooLong: (max: number) => `the search query is longer than ${max} characters; search for fewer words`,
  otherLanguage: (n: number, lang: string, command: string) =>
    `${n} ${n === 1 ? 'result' : 'results'} in the ${lang === 'zh' ? 'Chinese' : lang === 'en' ? 'English' : `'${lang}'`} text: ${command}`,
  emptyQuery: 'search needs words to look for',
  kindChapter: 'chapter',
  kindTerm: 'term',
  kindModel: 'model',
  maybeTerms: (terms: string[]) => `Terms close to it: ${terms.join(', ')}`,

  // term
  aliases: 'Also',
  readMore: 'Read more',
  unknownTerm: (name: string, near: string[]) => `unknown term ${quote(name)}${didYouMean(near)}`,
  noGlossary: 'this course has no glossary',
  glossaryDescription: 'every glossary term with its definition',
  glossaryTitle: (n: number) => `Glossary (${n} ${n === 1 ? 'term' : 'terms'})`,
  glossaryLookUp: 'Look one up:',

  // models
  modelsTitle: 'Named models',
  colName: 'Model',
  colOrg: 'Organisation',
  colYear: 'Year',
  colParams: 'Parameters',
  undisclosed: 'undisclosed',
  notDrawn: 'not disclosed, not drawn',
  chartTitle: 'Parameters (log scale)',
  noModels: 'This course has no models (content/models.yaml).',
  noModelsOfOrigin: (origin: string) => `This course has no models of origin ${quote(origin)}.`,
  originName: { international: 'international', china: 'China' } as Record<string, string>,

  // timeline
  timelineTitle: 'How language models developed',
  period: 'When',
  idea: 'Key idea',
  limit: 'Limit',
  representatives: 'Models',
  noTimeline: 'This course has no timeline (content/timeline.yaml).',
  noTimelineHint: 'The chapters are listed by: lm-explain list',

  // state
  progressUnreadable: (file: string, why: string) => `warning: cannot read the reading progress in ${file} (${why}); starting afresh`,
  progressCorrupt: (aside: string) => `warning: the reading progress file was damaged; kept aside as ${aside}; starting afresh`,
  progressUnwritable: (file: string, why: string) => `warning: cannot save the reading progress to ${file} (${why})`,
  progressNewer: (file: string, version: number) => `warning: ${file} was written by a newer lm-explain (format ${version}); it is left as it is, and progress is not saved`,
};

export type ReaderMessages = typeof en;

const zh: ReaderMessages = {
  programDescription: '在终端里阅读课程：章节、术语表、代表模型和发展时间线。',
  homeDescription: '课程首页：章节、阅读进度和下一步',
  listDescription: '章节及其小节目录',
  showDescription: '显示一章（用 id、序号或前缀）或其中一节：章节#小节',
  nextDescription: '显示上次所读章节的下一章',
  prevDescription: '显示上次所读章节的上一章',
  resumeDescription: '再次显示上次所读的章节',
  searchDescription: '在章节、术语表和模型中搜索',
  termDescription: '查术语或别名（中英文均可；不给词则列出整个术语表）',
  modelsDescription: '代表模型：表格和参数规模图',
  timelineDescription: '语言模型的发展阶段时间线',
  optWidth: '按 N 列折行（20 到 400；默认为终端宽度，最多 100）',
  optNoPager: '不使用分页器',
  optJson: '输出 JSON',
  optRaw: '输出该章的 Markdown 源文',
  optOrigin: '只列出该来源的模型',
  argChapter: '章节 id、序号或前缀，可加 #小节',
  argQuery: '要搜索的词',
  argTerm: '术语或别名',
  widthRange: '--width 必须是 20 到 400 之间的整数',
  unknownCommand: (name, near) => `没有命令 ${quote(name)}${didYouMeanZh(near)}`,
  helpHint: '运行 `lm-explain --help` 查看所有命令',

  progress: (read, total) => `进度：已读 ${read}/${total} 章`,
  legend: '✓ 已读   ▸ 当前',
  startWith: '开始阅读：',
  continueWith: (title) => `继续阅读 ${title}：`,
  allRead: '所有章节都读完了！用 lm-quiz 检验一下吧。',
  moreCommands: '更多：lm-explain list · search <词> · term <词> · models · timeline · --help',
  keepWhole: ['lm-explain list', 'search <词>', 'term <词>'],
  quizHint: '自测：lm-quiz',
  pagerPrompt: '（按 q 退出，空格翻页，b 后退，/ 搜索）',
  chapterNumber: (n, total) => `第 ${n} 章，共 ${total} 章`,

  nextChapter: (title) => `下一章：${title}`,
  nextSection: (title) => `下一节：${title}`,
  lastChapter: '这是最后一章。用 lm-quiz 检验一下吧。',
  atLast: '已经是最后一章，没有下一章了。',
  atFirst: '已经是第一章，没有上一章了。',
  unknownChapter: (name, near) => `没有章节 ${quote(name)}${didYouMeanZh(near)}`,
  ambiguousChapter: (name, matches) => `${quote(name)} 对应多个章节：${matches.join('、')}`,
  unknownSection: (chapter, name, near) => `章节 ${quote(chapter)} 中没有小节 ${quote(name)}${didYouMeanZh(near)}`,
  listHint: '运行 `lm-explain list` 查看章节和小节',
  sectionsOf: (chapter, ids) => `${quote(chapter)} 的小节：${ids.join('、')}`,

  noMatches: (query) => `没有找到 ${quote(query)}。`,
  matchCount: (n, query) => `${quote(query)}：${n} 条结果`,
  queryTooLong: (max) => `搜索内容超过 ${max} 个字符，请减少搜索的词`,
  otherLanguage: (n, lang, command) => `${lang === 'zh' ? '中文' : lang === 'en' ? '英文' : `“${lang}”`}内容中有 ${n} 条结果：${command}`,
  emptyQuery: 'search 需要给出要搜索的词',
  kindChapter: '章节',
  kindTerm: '术语',
  kindModel: '模型',
  maybeTerms: (terms) => `相近的术语：${terms.join('、')}`,

  aliases: '又称',
  readMore: '详见',
  unknownTerm: (name, near) => `术语表中没有 ${quote(name)}${didYouMeanZh(near)}`,
  noGlossary: '本课程没有术语表',
  glossaryDescription: '列出术语表中的全部术语及其释义',
  glossaryTitle: (n) => `术语表（共 ${n} 个）`,
  glossaryLookUp: '查某一个：',

  modelsTitle: '代表模型',
  colName: '模型',
  colOrg: '机构',
  colYear: '年份',
  colParams: '参数量',
  undisclosed: '未公开',
  notDrawn: '未公开，不绘制',
  chartTitle: '参数量（对数刻度）',
  noModels: '本课程没有模型数据（content/models.yaml）。',
  noModelsOfOrigin: (origin) => `本课程没有来源为 ${quote(origin)} 的模型。`,
  originName: { international: '国外', china: '国内' },

  timelineTitle: '语言模型的发展历程',
  period: '时间',
  idea: '核心思路',
  limit: '局限',
  representatives: '代表模型',
  noTimeline: '本课程没有时间线（content/timeline.yaml）。',
  noTimelineHint: '查看章节目录：lm-explain list',

  progressUnreadable: (file, why) => `警告：无法读取阅读进度 ${file}（${why}），从头开始`,
  progressCorrupt: (aside) => `警告：阅读进度文件已损坏，已另存为 ${aside}，从头开始`,
  progressUnwritable: (file, why) => `警告：无法保存阅读进度到 ${file}（${why}）`,
  progressNewer: (file, version) => `警告：${file} 由更新版本的 lm-explain 写入（格式 ${version}），保持原样，本次不保存阅读进度`,
};

function didYouMean(near: string[]): string {
  if (near.length === 0) return '';
  return `; did you mean ${near.map(quote).join(' or ')}?`;
}

function didYouMeanZh(near: string[]): string {
  if (near.length === 0) return '';
  return `；你是不是想找 ${near.map(quote).join(' 或 ')}？`;
}

export const READER_MESSAGES: Catalog<ReaderMessages> = { en, zh };

export function readerMessages(lang: Lang): ReaderMessages {
  return inLang(READER_MESSAGES, lang);
}
