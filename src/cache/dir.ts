/**
 * Where the cache lives: LM_CACHE_DIR, else XDG_CACHE_HOME/lm-explain, else
 * ~/.cache/lm-explain (never inside a pack or the repository). Running from
 * source, only an explicit LM_CACHE_DIR turns it on. LM_NO_CACHE (any value)
 * turns every cache off (src/cache/store.ts).
 */
import { isAbsolute, join, resolve } from 'node:path';
import { builtinPackDir } from '../course/pack-files.js';
import { BUILD_ID } from './build-id.js';

export function cacheDir(env: Record<string, string | undefined>, built: boolean = BUILD_ID !== undefined): string | undefined {
  if (env.LM_CACHE_DIR) return resolve(env.LM_CACHE_DIR);
  if (!built) return undefined;
  // The XDG spec says a relative XDG_CACHE_HOME is to be ignored.
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'lm-explain');
  if (env.HOME && isAbsolute(env.HOME)) return join(env.HOME, '.cache', 'lm-explain');
  return undefined;
}

/**
 * The seed the build wrote beside the program (scripts/build/seed.mjs): `dist/memo`, or
 * LM_SEED_DIR when set (empty: none; the build's own setting, so a new seed never reads the old).
 */
export function seedDir(env: Record<string, string | undefined>, built: boolean = BUILD_ID !== undefined): string | undefined {
  if (env.LM_SEED_DIR !== undefined) return env.LM_SEED_DIR === '' ? undefined : resolve(env.LM_SEED_DIR);
  return built ? join(builtinPackDir(), 'dist', 'memo') : undefined;
}
