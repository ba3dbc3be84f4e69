/** Where learner state lives: LM_STATE_DIR, else XDG_STATE_HOME/lm-explain, else ~/.local/state/lm-explain. */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function stateDir(env: Record<string, string | undefined>, home?: string): string {
  if (env.LM_STATE_DIR) return resolve(env.LM_STATE_DIR);
  if (env.XDG_STATE_HOME) return join(resolve(env.XDG_STATE_HOME), 'lm-explain');
  return join(home ?? homedir(), '.local', 'state', 'lm-explain');
}
