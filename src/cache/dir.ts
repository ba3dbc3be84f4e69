/**
 * Where the cache lives: LM_CACHE_DIR, else XDG_CACHE_HOME/lm-explain, else
 * ~/.cache/lm-explain (never inside a pack or the repository). Running from
 * source, only an explicit LM_CACHE_DIR turns it on. LM_NO_CACHE (any value)
 * turns every cache off (src/cache/store.ts).
 */
import { isAbsolute, join, resolve } from 'node:path';
import { BUILD_ID } from './build-id.js';

export function cacheDir(env: Record<string, string | undefined>, built: boolean = BUILD_ID !== undefined): string | undefined {
  if (env.LM_CACHE_DIR) return resolve(env.LM_CACHE_DIR);
  if (!built) return undefined;
  // The XDG spec says a relative XDG_CACHE_HOME is to be ignored.
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'lm-explain');
  if (env.HOME && isAbsolute(env.HOME)) return join(env.HOME, '.cache', 'lm-explain');
  return undefined;
}
