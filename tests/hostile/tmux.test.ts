/**
 * The interactive quiz on the hostile pack, in a real terminal (tmux), with
 * colour forced: every byte lm-quiz writes to the terminal is captured
 * (pipe-pane) while it shows questions, takes answers with Enter and shows
 * feedback, until Ctrl-C. The prompts move the cursor and erase lines (CSI),
 * and the terminal turns line feeds into CR LF, so those are allowed here;
 * what must never appear is an OSC (title, link, clipboard), a DCS, a C1
 * control, BEL, backspace, a bidi control, or the attacks' payload text.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writeHostilePack } from '../helpers/hostile-pack.js';
import { ROOT, tempStateDir } from '../helpers/run-bin.js';
import { describeNeeding } from '../helpers/external.js';
import { startTmux } from '../helpers/tmux.js';

const FORBIDDEN: [string, RegExp][] = [
  ['OSC, DCS, SOS, PM or APC', /\u001b[\]PX^_]/],
  ['C1 control', /[\u0080-\u009f]/],
  ['BEL', /\u0007/],
  ['backspace', /\u0008/],
  ['bidi control', /[\u202a-\u202e\u2066-\u2069]/],
  ['payload text', /pwned|c1title|cm0gLXJmIH4/],
  ['other C0 control', /[\u0000-\u0006\u000e-\u001a\u001c-\u001f]/],
];

describeNeeding(['tmux'])('lm-quiz at a real terminal on the hostile pack', () => {
  it('writes no raw sequence from the pack while asking, answering and giving feedback', async () => {
    const pack = writeHostilePack();
    const capture = join(mkdtempSync(join(tmpdir(), 'lm-tmux-capture-')), 'bytes');
    const command = [
      `cd ${ROOT} &&`,
      `env LANG=en_US.UTF-8 TERM=xterm-256color FORCE_COLOR=3 LM_STATE_DIR=${tempStateDir()}`,
      `${process.execPath} bin/lm-quiz.js evil --pack ${pack} --seed 4;`,
      'echo "EXIT=$?"; sleep 60',
    ].join(' ');
    const term = startTmux('hostile', command, 100, 50);
    try {
      term.pipe(capture);
      await term.waitFor(/1\/6 · /);
      // Answer what can be answered with Enter alone (a choice, true/false, an order as shown), a few times.
      for (let i = 0; i < 4; i++) {
        term.keys('Enter');
        await new Promise((r) => setTimeout(r, 400));
      }
      term.keys('C-c');
      await term.waitFor(/EXIT=130/);
    } finally {
      term.kill();
    }
    const bytes = existsSync(capture) ? readFileSync(capture, 'latin1') : '';
    const text = Buffer.from(bytes, 'latin1').toString('utf8');
    expect(text).toContain('1/6 · ');
    expect(text).toMatch(/\u001b\[[0-9;]*m/); // the raw stream, colours and all, was captured
    expect(text).toMatch(/Question|Explanation|Right|Wrong/);
    expect(FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([name]) => name)).toEqual([]);
  }, 60_000);
});
