import { expect, test } from 'vitest';
import { hyperlinksSupported } from '../../src/render/hyperlinks.js';

const tty = { write() {}, isTTY: true };
const pipe = { write() {}, isTTY: false };

test.each([
  [{ TERM_PROGRAM: 'iTerm.app' }, tty, 2, true],
  [{ VTE_VERSION: '6003' }, tty, 2, true],
  [{ VTE_VERSION: '4000' }, tty, 2, false],
  [{ TERM_PROGRAM: 'iTerm.app' }, tty, 0, false],
  [{ TERM_PROGRAM: 'iTerm.app' }, pipe, 2, false],
  [{ TERM_PROGRAM: 'iTerm.app', TMUX: '/tmp/tmux-0/default,1,0' }, tty, 2, false],
  [{ TERM: 'xterm-256color' }, tty, 2, false],
  [{ FORCE_HYPERLINK: '1' }, pipe, 0, true],
  [{ FORCE_HYPERLINK: '0', TERM_PROGRAM: 'WezTerm' }, tty, 2, false],
])('%j, tty %#, level %i: %s', (env, stream, level, expected) => {
  expect(hyperlinksSupported(stream, env, level)).toBe(expected);
});
