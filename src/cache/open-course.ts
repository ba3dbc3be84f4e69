/**
 * The course a command reads: `--pack`, else `LM_PACK`, else the built-in
 * one, with its YAML parses kept in lm-explain's cache between runs (a
 * quiz bank parses in about 40 ms cold; its cached parse reads in about 1 ms).
 */
import { Course, resolvePackDir } from '../course/course.js';
import type { Lang } from '../io/lang.js';
import { CacheStore } from './store.js';

export function openCourse(pack: string | undefined, env: Record<string, string | undefined>, ui?: Lang): Course {
  return Course.open(resolvePackDir(pack, env, ui), { memo: CacheStore.fromEnv(env) });
}
