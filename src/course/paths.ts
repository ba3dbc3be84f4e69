/** Where a pack's files are: the manifest, a chapter file per id and language, the lists, the quiz banks. */
import { join } from 'node:path';
import { ID_PATTERN } from './ids.js';
import { listDir } from './pack-files.js';

export function manifestPath(root: string): string {
  return join(root, 'content', 'course.yaml');
}

export function chapterPath(root: string, id: string, lang: string): string {
  if (!ID_PATTERN.test(id)) throw new Error(`not an id: ${id}`);
  return join(root, 'content', `${id}.${lang}.md`);
}

export function listPath(root: string, name: 'glossary' | 'models' | 'timeline'): string {
  return join(root, 'content', `${name}.yaml`);
}

/** The quiz banks: every `quizzes/<name>.yaml` (or `.yml`), sorted by file name. */
export function quizFiles(root: string): { name: string; file: string }[] {
  const out: { name: string; file: string }[] = [];
  for (const entry of listDir(root, 'quizzes')) {
    const match = /^(.+)\.ya?ml$/.exec(entry);
    if (match) out.push({ name: match[1]!, file: join(root, 'quizzes', entry) });
  }
  return out;
}
