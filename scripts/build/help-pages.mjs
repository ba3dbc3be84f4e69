// Saves each binary's --help page, in each interface language, as the
// program prints it to a pipe (commander's default width of 80 columns), to
// <dist>/help/<binary>.<lang>.txt. The entries print these for `--help`
// alone when the output is not a terminal (src/cli/fast-path.ts), without
// loading the program. tests/cli/fast-path.test.ts checks each page against
// what the program prints.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = { en: 'en_US.UTF-8', zh: 'zh_CN.UTF-8' };

export function writeHelpPages(dist, names) {
  mkdirSync(join(dist, 'help'), { recursive: true });
  for (const name of names) {
    for (const [lang, locale] of Object.entries(LOCALES)) {
      // The entry finds no page yet, so the program answers. No cache: nothing of the build's run is kept.
      const page = execFileSync(process.execPath, [join(dist, `${name}.cjs`), '--help'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH, LANG: locale, LM_NO_CACHE: '1' },
      });
      writeFileSync(join(dist, 'help', `${name}.${lang}.txt`), page);
    }
  }
}
