/** Where learner state lives: LM_STATE_DIR, else XDG_STATE_HOME/lm-explain, else ~/.local/state/lm-explain. */
import { isAbsolute, join, resolve } from 'node:path';

export function stateDir(env: Record<string, string | undefined>, home?: string): string {
  if (env.LM_STATE_DIR) return resolve(env.LM_STATE_DIR);
  // The XDG spec says a relative XDG_STATE_HOME is to be ignored (as src/cache/dir.ts does XDG_CACHE_HOME).
  if (env.XDG_STATE_HOME && isAbsolute(env.XDG_STATE_HOME)) return join(env.XDG_STATE_HOME, 'lm-explain');
  return join(home ?? homeDir(env), '.local', 'state', 'lm-explain');
}

/**
 * $HOME, as os.homedir() would answer first; node:os (and the password
 * database) only without it. A HOME that is set but empty or relative, which
 * os.homedir() hands back as it is, would put the state in the working
 * directory: the account's home from the password database is used instead
 * (the temporary directory when there is none).
 */
function homeDir(env: Record<string, string | undefined>): string {
  if (env.HOME && isAbsolute(env.HOME)) return env.HOME;
  const os = process.getBuiltinModule('node:os');
  const home = os.homedir();
  if (isAbsolute(home)) return home;
  try {
    return os.userInfo().homedir;
  } catch {
    return os.tmpdir();
  }
}
