// A pack of N tiny chapters (English and Chinese, one section each), a
// glossary of one term and no quizzes: the shape of issue #20 item 11, where
// the cost of a command is its cost per chapter. Deterministic. Pass
// `badGlossary` to make the glossary invalid (a term without a definition),
// so a command that reads it must say so.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the pack under `dir` (created); returns `dir`. */
export function writeTinyPack(dir, chapters, { badGlossary = false } = {}) {
  const content = join(dir, 'content');
  mkdirSync(content, { recursive: true });
  const width = String(chapters).length;
  const ids = Array.from({ length: chapters }, (_, i) => `c${String(i + 1).padStart(width, '0')}`);
  writeFileSync(
    join(content, 'course.yaml'),
    `id: tiny\ntitle: { zh: 小章节课程, en: Tiny chapters }\nlanguages: [zh, en]\ntopics: {}\nchapters:\n${ids.map((id) => `  - ${id}\n`).join('')}`,
  );
  ids.forEach((id, i) => {
    writeFileSync(join(content, `${id}.en.md`), `---\nid: ${id}\ntitle: Chapter ${i + 1}\nsummary: Tiny chapter ${i + 1}.\n---\n\nIntro ${i + 1}.\n\n## Idea {#idea}\n\nOne idea, number ${i + 1}.\n`);
    writeFileSync(join(content, `${id}.zh.md`), `---\nid: ${id}\ntitle: 第 ${i + 1} 章\nsummary: 第 ${i + 1} 个小章节。\n---\n\n引言 ${i + 1}。\n\n## 想法 {#idea}\n\n一个想法，编号 ${i + 1}。\n`);
  });
  const definition = badGlossary ? '' : `    definition: { zh: 第一章的想法。, en: The idea of chapter one. }\n`;
  writeFileSync(join(content, 'glossary.yaml'), `terms:\n  - id: idea\n    term: { zh: 想法, en: idea }\n${definition}    ref: ${ids[0]}#idea\n`);
  return dir;
}
