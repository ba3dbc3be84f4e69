/**
 * lm-lint speaks the reader's language (zh or en): rule messages are
 * catalogues (src/i18n/catalog.ts) of templates, and the command's own lines are below.
 */
import type { Catalog } from '../i18n/catalog.js';

export const UI: Catalog<{
  summary(errors: number, warnings: number): string;
  fixable(count: number): string;
  clean: string;
  moreAnnotations(count: number): string;
  unreadablePack(dir: string, why: string): string;
  notADirectory: string;
  noManifest: string;
  fixed(files: number): string;
  /** Severity labels, padded to one width. */
  error: string;
  warning: string;
  noFixes: string;
  wouldFix(files: number): string;
  changedMeanwhile(file: string): string;
  cannotWrite(file: string, why: string): string;
  tooManyWarnings(count: number, max: number): string;
}> = {
  en: {
    summary: (e, w) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}`,
    fixable: (n) => `${n} fixable with --fix`,
    clean: 'no problems found',
    moreAnnotations: (n) => `${n} more ${n === 1 ? 'finding is' : 'findings are'} not shown as annotations (GitHub shows at most 10 errors and 10 warnings); run lm-lint locally or use --format sarif for all of them`,
    unreadablePack: (dir, why) => `cannot lint ${dir}: ${why}`,
    notADirectory: 'not a directory',
    noManifest: 'no content/course.yaml (is this a course pack?)',
    fixed: (n) => `fixed ${n} ${n === 1 ? 'file' : 'files'}`,
    error: 'error  ',
    warning: 'warning',
    noFixes: 'nothing to fix',
    wouldFix: (n) => `--fix would change ${n} ${n === 1 ? 'file' : 'files'}`,
    changedMeanwhile: (f) => `${f} changed while lm-lint ran; not fixed`,
    cannotWrite: (f, why) => `cannot write ${f}: ${why}`,
    tooManyWarnings: (n, max) => `too many warnings (${n}, at most ${max} allowed by --max-warnings)`,
  },
  zh: {
    summary: (e, w) => `${e} 个错误，${w} 个警告`,
    fixable: (n) => `其中 ${n} 个可用 --fix 自动修复`,
    clean: '没有发现问题',
    moreAnnotations: (n) => `另有 ${n} 个问题未显示为注释（GitHub 最多显示 10 个错误和 10 个警告）；请在本地运行 lm-lint，或使用 --format sarif 查看全部`,
    unreadablePack: (dir, why) => `无法检查 ${dir}：${why}`,
    notADirectory: '不是目录',
    noManifest: '没有 content/course.yaml（这是课程包吗？）',
    fixed: (n) => `已修复 ${n} 个文件`,
    error: '错误',
    warning: '警告',
    noFixes: '没有可修复的问题',
    wouldFix: (n) => `--fix 将修改 ${n} 个文件`,
    changedMeanwhile: (f) => `${f} 在检查期间被修改，未修复`,
    cannotWrite: (f, why) => `无法写入 ${f}：${why}`,
    tooManyWarnings: (n, max) => `警告过多（${n} 个，--max-warnings 最多允许 ${max} 个）`,
  },
};
