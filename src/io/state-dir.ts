/** Where learner state lives: LM_STATE_DIR, else XDG_STATE_HOME/lm-explain, else ~/.local/state/lm-explain. */
import { isAbsolute, join, resolve } from 'node:path';

export function stateDir(env: Record<string, string | undefined>, home?: string): string {
  if (env.LM_STATE_DIR) return resolve(env.LM_STATE_DIR);
  if (env.XDG_STATE_HOME) return join(resolve(env.XDG_STATE_HOME), 'lm-explain');
  return join(home ?? homeDir(env), '.local', 'state', 'lm-explain');
}

/** $HOME, as os.homedir() would answer first; node:os (and the password database) only without it. */
function homeDir(env: Record<string, string | undefined>): string {
  return env.HOME && isAbsolute(env.HOME) ? env.HOME : process.getBuiltinModule('node:os').homedir();
}
