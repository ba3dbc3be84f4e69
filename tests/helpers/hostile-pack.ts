/**
 * A valid pack whose every string field carries terminal attacks: ESC and CSI
 * sequences, OSC 0/2 (title), OSC 8 (hyperlink), OSC 52 (clipboard), C1
 * controls, BEL, backspace, carriage return and U+202E. Used to prove that no
 * command lets any of them reach the terminal raw.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PAYLOADS: Record<string, string> = {
  csi: '\u001b[31mRED\u001b[0m\u001b[2J',
  title: '\u001b]0;pwned-title\u0007\u001b]2;pwned2\u001b\\',
  hyperlink: '\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007',
  clipboard: '\u001b]52;c;cm0gLXJmIH4=\u0007',
  c1: '\u009b31m\u0085\u009d0;c1title\u009c',
  bel: 'ding\u0007',
  backspace: 'safe\b\b\b\bEVIL',
  cr: 'shown\roverwritten',
  bidi: 'abc\u202Edcba',
};

const ATTACK = Object.values(PAYLOADS).join('');

/** Raw sequences that must never reach output (NO_COLOR or not: our own colours use only SGR `ESC[...m`). */
export const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'OSC', pattern: /\u001b\]/ },
  { name: 'C1 CSI/OSC/ST/NEL', pattern: /[\u0080-\u009f]/ },
  { name: 'BEL', pattern: /\u0007/ },
  { name: 'backspace', pattern: /\u0008/ },
  { name: 'carriage return', pattern: /\r/ },
  { name: 'bidi override', pattern: /[\u202a-\u202e\u2066-\u2069]/ },
  { name: 'clear screen / non-SGR CSI', pattern: /\u001b\[[0-9;?]*[A-Za-ln-z@]/ },
  { name: 'payload text inside an escape', pattern: /pwned|c1title|cm0gLXJmIH4/ },
];

/** Escapes that are never ours: with colour off, output must not contain ESC at all. */
export function forbiddenIn(output: string, colour: boolean): string[] {
  const found = FORBIDDEN.filter((f) => f.pattern.test(output)).map((f) => f.name);
  if (!colour && output.includes('\u001b')) found.push('ESC with colour off');
  return found;
}

const t = (text: string) => JSON.stringify(`${text} ${ATTACK}`);
const loc = (zh: string, en: string) => `{ zh: ${t(zh)}, en: ${t(en)} }`;

export function writeHostilePack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lm-hostile-'));
  mkdirSync(join(dir, 'content'));
  mkdirSync(join(dir, 'quizzes'));
  const w = (path: string, text: string) => writeFileSync(join(dir, path), text);
  w('content/course.yaml', `id: hostile\ntitle: ${loc('恶意课程', 'Hostile course')}\nlanguages: [zh, en]\nchapters: [evil]\ntopics:\n  evil: ${loc('恶意', 'Evil')}\n`);
  for (const [lang, word] of [['zh', '概率'], ['en', 'probability']] as const) {
    w(
      `content/evil.${lang}.md`,
      `---\nid: evil\ntitle: ${t(word)}\nsummary: ${t(word)}\n---\n\n${ATTACK} intro\n\n## ${word} ${ATTACK} {#probability}\n\n${word} ${ATTACK} **${ATTACK}** and a [link ${ATTACK}](https://example.com/${encodeURIComponent(ATTACK)}).\n\n- item ${ATTACK}\n- \`code ${ATTACK}\`\n\n| a | b |\n| --- | --- |\n| ${ATTACK} | ${word} |\n\n> quote ${ATTACK}\n\n\`\`\`\n${ATTACK}\n\`\`\`\n`,
    );
  }
  w('content/glossary.yaml', `terms:\n  - id: evil-term\n    term: ${loc('恶意', 'evil')}\n    aliases: { zh: [${t('别名')}], en: [${t('alias')}] }\n    definition: ${loc('定义', 'definition')}\n    ref: evil#probability\n`);
  w('content/models.yaml', `models:\n  - id: evil-model\n    name: ${loc('模型', 'Model')}\n    org: ${loc('机构', 'Org')}\n    year: 2020\n    params: 1000000\n    origin: china\n    note: ${loc('注', 'note')}\n    ref: evil#probability\n  - id: evil-hidden\n    name: ${t('Hidden')}\n    org: ${loc('机构', 'Org')}\n    year: 2021\n    params: null\n    origin: international\n    ref: evil\n`);
  w('content/timeline.yaml', `stages:\n  - id: evil-stage\n    name: ${loc('阶段', 'Stage')}\n    period: ${loc('时期', 'Period')}\n    idea: ${loc('想法', 'Idea')}\n    limit: ${loc('局限', 'Limit')}\n    examples: { zh: [${t('例')}], en: [${t('ex')}] }\n    ref: evil#probability\n`);
  const common = (id: string, type: string) =>
    `  - id: ${id}\n    type: ${type}\n    ref: evil#probability\n    evidence: { zh: 概率, en: probability }\n    prompt: ${loc('问题', 'Question')}\n    explain: ${loc('解释', 'Explanation')}\n`;
  const choice = (correct: boolean) => `      - text: ${loc(correct ? '对' : '错', correct ? 'right' : 'wrong')}\n        correct: ${correct}\n        why: ${loc('因为', 'because')}\n`;
  const item = (n: number) => `      - ${loc(`项${n}`, `item${n}`)}\n`;
  const pair = (n: number) => `      - left: ${loc(`左${n}`, `left${n}`)}\n        right: ${loc(`右${n}`, `right${n}`)}\n`;
  w(
    'quizzes/evil.yaml',
    `id: evil\ntitle: ${loc('测验', 'Quiz')}\ndescription: ${loc('描述', 'Description')}\ntopic: evil\npass: 0.5\nquestions:\n` +
      `${common('q-single', 'single')}    choices:\n${choice(true)}${choice(false)}` +
      `${common('q-multiple', 'multiple')}    choices:\n${choice(true)}${choice(false)}      - text: ${loc('另', 'other')}\n        correct: true\n` +
      `${common('q-tf', 'truefalse')}    answer: true\n` +
      `${common('q-order', 'order')}    items:\n${item(1)}${item(2)}${item(3)}` +
      `${common('q-numeric', 'numeric')}    answer: 175000000000\n    unit: ${loc('个', 'units')}\n` +
      `${common('q-match', 'match')}    pairs:\n${pair(1)}${pair(2)}${pair(3)}`,
  );
  return dir;
}
