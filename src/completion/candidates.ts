/** The pack values a shell completes: chapter ids and `chapter#section`, terms, quizzes, topics. */
import { Course } from '../course/course.js';
import type { DynamicKind } from './spec.js';

export function candidates(kind: DynamicKind, root: string): string[] {
  const course = Course.open(root);
  switch (kind) {
    case 'chapter': {
      const out: string[] = [];
      for (const id of course.chapterIds) {
        out.push(id);
        try {
          for (const section of course.chapter(id, course.defaultLang).sections) if (section.id) out.push(`${id}#${section.id}`);
        } catch {
          // an unreadable chapter still completes by id
        }
      }
      return out;
    }
    case 'term':
      return course.glossary().map((t) => t.id);
    case 'topic':
      return Object.keys(course.manifest.topics);
    case 'quiz':
      return [...new Set(['all', ...Object.keys(course.manifest.topics), ...course.quizzes().map((q) => q.id)])];
    case 'dir':
    case 'file':
      return [];
  }
}
