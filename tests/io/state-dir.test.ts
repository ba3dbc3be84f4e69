import { isAbsolute, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stateDir } from '../../src/io/state-dir.js';

const saved = process.env.HOME;
afterEach(() => {
  if (saved === undefined) delete process.env.HOME;
  else process.env.HOME = saved;
});

describe('stateDir', () => {
  it('is LM_STATE_DIR, else XDG_STATE_HOME/lm-explain, else ~/.local/state/lm-explain', () => {
    expect(stateDir({ LM_STATE_DIR: '/s', XDG_STATE_HOME: '/x', HOME: '/h' })).toBe('/s');
    expect(stateDir({ XDG_STATE_HOME: '/x', HOME: '/h' })).toBe(join('/x', 'lm-explain'));
    expect(stateDir({ HOME: '/h' })).toBe(join('/h', '.local', 'state', 'lm-explain'));
    expect(stateDir({ XDG_STATE_HOME: 'relative', HOME: '/h' })).toBe(join('/h', '.local', 'state', 'lm-explain')); // as the XDG spec asks
  });

  it.each(['', 'relative/home'])('never lands in the working directory when HOME is %j', (home) => {
    // os.homedir() hands an empty or relative HOME back as it is.
    process.env.HOME = home;
    const dir = stateDir({ HOME: home });
    expect(isAbsolute(dir)).toBe(true);
    expect(dir.endsWith(join('.local', 'state', 'lm-explain'))).toBe(true);
  });
});
