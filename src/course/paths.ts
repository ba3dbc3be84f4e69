/** Where a pack's files are: the manifest and one chapter file per id and language. */
import { join } from 'node:path';
import { ID_PATTERN } from './ids.js';

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
