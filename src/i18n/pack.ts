/** What is said when `--pack` (or LM_PACK) names no usable pack (src/course/pack-files.ts resolvePackDir). */
import type { Catalog } from './catalog.js';

export const PACK_ERRORS: Catalog<{ needsDir: string; notFound(dir: string): string; notAPack(dir: string): string }> = {
  en: {
    needsDir: '--pack needs a directory',
    notFound: (dir) => `pack directory not found: ${dir}`,
    notAPack: (dir) => `cannot use ${dir}: no content/course.yaml (is this a course pack?)`,
  },
  zh: {
    needsDir: '--pack 需要一个目录',
    notFound: (dir) => `找不到课程包目录：${dir}`,
    notAPack: (dir) => `无法使用 ${dir}：没有 content/course.yaml（这是课程包吗？）`,
  },
};
