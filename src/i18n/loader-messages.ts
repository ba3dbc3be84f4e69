/**
 * The pack loader's findings in Chinese. src/course writes them in English (it is also the
 * library's API, in English); lm-lint shows them in the reader's language. Each pattern is one of
 * the loader's own message templates (src/course: pack-files.ts, chapter.ts, load.ts,
 * yaml-source.ts, validate.ts, schema.ts) or one of zod's; a message none matches (the yaml
 * package's own words) is shown as written. tests/i18n/loader-messages.test.ts makes the loader
 * produce each template and checks that it is translated.
 */

import { ContentError } from '../errors.js';
import type { Lang } from '../io/lang.js';
import { UI } from '../lint/messages.js';

type Rewrite = readonly [RegExp, (m: RegExpMatchArray) => string];

/** zod's and our names of a value's type. */
const TYPES: Record<string, string> = {
  text: '文本',
  string: '文本',
  'a map': '映射',
  object: '映射',
  record: '映射',
  'a list': '列表',
  array: '列表',
  'a number': '数字',
  number: '数字',
  int: '整数',
  'true or false': 'true 或 false',
  boolean: 'true 或 false',
  null: '空值',
  undefined: '空值',
};
const type = (name: string): string => TYPES[name] ?? name;
const types = (list: string): string => list.split(' or ').map(type).join('或');
const UNITS: Record<string, string> = { characters: '个字符', items: '项' };

/** Whole messages, or the part after a data path (`questions[0].prompt: …`). */
const ZH: readonly Rewrite[] = [
  // pack-files.ts
  [/^is a link to a file outside the pack; refusing to read it$/, () => '是指向课程包之外文件的链接，拒绝读取'],
  [/^is not a regular file$/, () => '不是普通文件'],
  [/^is ([\d.]+) MiB; files over (\d+) MiB are not read$/, (m) => `大小为 ${m[1]} MiB，超过 ${m[2]} MiB 的文件不读取`],
  [/^is not valid UTF-8 text$/, () => '不是有效的 UTF-8 文本'],
  [/^contains NUL bytes; it looks like a binary file$/, () => '含有 NUL 字节，像是二进制文件'],
  [/^cannot read: no such file$/, () => '无法读取：文件不存在'],
  [/^cannot read: permission denied$/, () => '无法读取：没有权限'],
  [/^cannot read: is a directory$/, () => '无法读取：这是一个目录'],
  [/^cannot read: too many levels of symbolic links$/, () => '无法读取：符号链接层数过多'],
  [/^cannot read: (.+)$/, (m) => `无法读取（${m[1]}）`],
  // chapter.ts, load.ts, yaml-source.ts
  [/^missing front matter \(a --- block with id, title and summary\)$/, () => '缺少前言（含 id、title 和 summary 的 --- 块）'],
  [/^front matter is not closed by a --- line$/, () => '前言没有以 --- 行结束'],
  [/^Markdown nested more than (\d+) levels deep \(quotes, lists, brackets, emphasis\); not read$/, (m) => `Markdown 嵌套超过 ${m[1]} 层（引用、列表、括号、强调），未读取`],
  [/^nested more than (\d+) levels deep; not read$/, (m) => `嵌套超过 ${m[1]} 层，未读取`],
  [/^Source contains multiple documents; please use YAML\.parseAllDocuments\(\)$/, () => '文件中有多个 YAML 文档，只能有一个'],
  // The yaml package's messages an author meets most.
  [/^Map keys must be unique$/, () => '映射中的键重复'],
  [/^Tabs are not allowed as indentation$/, () => '不能用制表符缩进'],
  [/^Implicit keys need to be on a single line$/, () => '键必须写在一行内'],
  [/^Implicit map keys need to be followed by map values$/, () => '键的后面缺少值（少了冒号？）'],
  [/^All (mapping|sequence) items must start at the same column$/, (m) => `${m[1] === 'mapping' ? '映射' : '序列'}的各项必须从同一列开始`],
  [/^Nested mappings are not allowed in compact mappings$/, () => '紧凑映射中不能嵌套映射'],
  [/^Missing closing ("|')quote$/, (m) => `缺少闭合的引号 ${m[1]}`],
  [/^Flow (sequence|mapping) in block collection must be sufficiently indented and end with a ([\]}])$/, (m) => `块集合中的流式${m[1] === 'sequence' ? '序列' : '映射'}须缩进足够，并以 ${m[2]} 结束`],
  [/^Comments must be separated from other tokens by white space characters$/, () => '注释与前面的内容之间须有空白'],
  [/^Sequence item without - indicator$/, () => '序列项缺少 - 标记'],
  [/^Plain value cannot start with (?:reserved character )?(.+)$/, (m) => `不加引号的值不能以 ${m[1]} 开头`],
  [/^A block sequence may not be used as an implicit map key$/, () => '块序列不能用作键'],
  [/^Unresolved tag: (.+)$/, (m) => `无法解析的标签：${m[1]}`],
  // validate.ts, schema.ts
  [/^unknown key '(.+)' \(did you mean '(.+)'\?\)$/, (m) => `未知的键“${m[1]}”（是不是“${m[2]}”？）`],
  [/^unknown key '(.+)'$/, (m) => `未知的键“${m[1]}”`],
  [/^missing required field$/, () => '缺少必填字段'],
  [/^unknown question type \(expected one of (.+)\)$/, (m) => `未知的题型（应为 ${m[1]!.split(', ').join('、')} 之一）`],
  [/^(key )?must be lowercase kebab-case \(a-z, 0-9, single hyphens\)$/, (m) => `${m[1] ? '键' : ''}必须是小写短横线格式（a-z、0-9，单个连字符）`],
  [/^(key )?must be a language code such as zh or en$/, (m) => `${m[1] ? '键' : ''}必须是语言代码，如 zh 或 en`],
  [/^must be chapter or chapter#section$/, () => '必须是“章节”或“章节#小节”'],
  [/^expected (.+?), received (\w+)$/, (m) => `应为${types(m[1]!)}，实际是${type(m[2]!)}`],
  [/^expected (.+)$/, (m) => `应为${types(m[1]!)}`],
  [/^Too (small|big): expected (\w+) to have ([<>]=?)(\d+) (characters|items)$/, (m) => `${type(m[2]!)}${bound(m[3]!, m[4]!)} ${UNITS[m[5]!]}`],
  [/^Too (small|big): expected (\w+) to be ([<>]=?)(-?[\d.]+)$/, (m) => `${type(m[2]!)}必须${bound(m[3]!, m[4]!)}`],
  [/^Invalid option: expected one of (.+)$/, (m) => `应为 ${m[1]!.split('|').join('、')} 之一`],
];

function bound(op: string, n: string): string {
  return { '>=': `不少于 ${n}`, '>': `大于 ${n}`, '<=': `不超过 ${n}`, '<': `小于 ${n}` }[op] ?? `${op} ${n}`;
}

function rewrite(message: string, rewrites: readonly Rewrite[] = ZH): string | undefined {
  for (const [pattern, zh] of rewrites) {
    const m = pattern.exec(message);
    if (m) return zh(m);
  }
  return undefined;
}

/** What the pack loader throws for an invalid pack (src/course/course.ts, src/reader/front-matter.ts), in Chinese. */
const HEADLINES_ZH: readonly Rewrite[] = [
  [/^the course manifest is not valid$/, () => '课程清单（content/course.yaml）无效'],
  [/^chapter '(.+)' \((.+)\) is not valid$/, (m) => `章节“${m[1]}”（${m[2]}）无效`],
  [/^chapter '(.+)' \((.+)\) cannot be read$/, (m) => `无法读取章节“${m[1]}”（${m[2]}）`],
  [/^the glossary is not valid$/, () => '术语表（content/glossary.yaml）无效'],
  [/^the models file is not valid$/, () => '模型表（content/models.yaml）无效'],
  [/^the timeline is not valid$/, () => '时间线（content/timeline.yaml）无效'],
  [/^quiz '(.+)' is not valid$/, (m) => `测验“${m[1]}”无效`],
  [/^run `lm-lint` on the pack for the full report$/, () => '完整的报告请对课程包运行 `lm-lint`'],
];

/**
 * An invalid pack's error as the interface language says it: in Chinese its line, its hint, its
 * findings, the severity words and "… and N more"; any other error, or English, as it is.
 */
export function contentErrorIn(lang: Lang, error: unknown): unknown {
  if (lang !== 'zh' || !(error instanceof ContentError)) return error;
  const zh = (text: string) => rewrite(text, HEADLINES_ZH) ?? text;
  const findings = error.findings.map((finding) => ({ ...finding, message: loaderMessageZh(finding.message) }));
  return new ContentError(zh(error.message), findings, error.hints.map(zh), { error: UI.zh.error, warning: UI.zh.warning, more: (n) => `……另有 ${n} 条` });
}

/** A loader finding's message in Chinese; as written when it is not one of the loader's templates. */
export function loaderMessageZh(message: string): string {
  const whole = rewrite(message);
  if (whole !== undefined) return whole;
  // `questions[0].prompt: expected text or a map, received number`
  const at = /^([\w$-]+(?:\[\d+\]|\.[\w$-]+)*): (.+)$/.exec(message);
  const rest = at ? rewrite(at[2]!) : undefined;
  return rest !== undefined ? `${at![1]}：${rest}` : message;
}
