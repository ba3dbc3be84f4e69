// `npm run fuzz -- --cases N [--seed S] [--targets a,b] [--from I]`: a long
// fuzz soak over the loaders, lm-lint, the renderer, every lm-explain command,
// lm-quiz --answers, grading and numeric parsing. Bundles tests/fuzz/soak.ts
// with esbuild and runs it in a child process under a watchdog: a case that
// runs for WATCHDOG_MS is killed, counted as a hang, saved, and the soak goes
// on from the next case. Failing inputs are saved under fuzz-failures/<hash>/
// (the mutated file, the case and the seed); `--replay DIR` runs one again.
// Prints cases tried, crashes, hangs and raw sequences; exit 1 if any.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const WATCHDOG_MS = 15_000;
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const json = args.includes('--json');

const work = mkdtempSync(join(tmpdir(), 'lm-fuzz-soak-'));
const bundle = join(work, 'soak.mjs');
await build({
  entryPoints: [join(root, 'tests', 'fuzz', 'soak.ts')],
  outfile: bundle,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Bundled CommonJS dependencies (yaml, commander) call require.
  banner: { js: "import { createRequire as __lmRequire } from 'node:module'; const require = __lmRequire(import.meta.url);" },
});

function child(extra) {
  return spawn(process.execPath, [bundle, ...extra], { cwd: root, env: { ...process.env, LM_FUZZ_ROOT: root }, stdio: ['ignore', 'pipe', 'inherit'] });
}

async function replay(dir) {
  const c = child(['--replay', dir]);
  c.stdout.pipe(process.stdout);
  return new Promise((resolve) => c.on('close', (code) => resolve(code ?? 1)));
}

/** Runs cases [from, end) in one child; resolves with the index to go on from and what happened. */
function segment(seed, from, end, targets, out, totals) {
  return new Promise((resolve) => {
    const c = child(['--seed', String(seed), '--from', String(from), '--cases', String(end - from), '--out', out, ...(targets ? ['--targets', targets] : [])]);
    let current = from;
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => c.kill('SIGKILL'), WATCHDOG_MS);
    };
    arm();
    createInterface({ input: c.stdout }).on('line', (line) => {
      const [word, a, b, dir] = line.split(' ');
      if (word === 'start') {
        current = Number(a);
        totals.tried = Math.max(totals.tried, current - totals.from + 1);
        if (!json && current > from && current % 500 === 0) process.stderr.write(`  ${current - totals.from} cases...\n`);
        arm();
      } else if (word === 'fail') {
        totals[b] = (totals[b] ?? 0) + 1;
        totals.failures.push(dir);
      } else if (word === 'summary') {
        const s = JSON.parse(line.slice('summary '.length));
        totals.slowestMs = Math.max(totals.slowestMs, s.slowestMs);
        for (const [k, n] of Object.entries(s.exits ?? {})) totals.exits[k] = (totals.exits[k] ?? 0) + n;
      }
    });
    c.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') {
        resolve({ next: current + 1, hung: current });
      } else if (code !== 0) {
        resolve({ next: current + 1, died: current, code });
      } else resolve({ next: end });
    });
  });
}

async function saveHang(seed, index, targets, out) {
  const c = child(['--seed', String(seed), '--save', String(index), '--out', out, ...(targets ? ['--targets', targets] : [])]);
  let text = '';
  c.stdout.on('data', (d) => (text += d));
  await new Promise((resolve) => c.on('close', resolve));
  return text.trim().replace(/^saved /, '');
}

try {
  const dir = option('--replay');
  if (dir) process.exitCode = await replay(dir);
  else {
    const seed = Number(option('--seed', String(Date.now() % 1_000_000)));
    const from = Number(option('--from', '0'));
    const cases = Number(option('--cases', '2000'));
    const targets = option('--targets');
    const out = join(root, 'fuzz-failures');
    const totals = { seed, from, tried: 0, crash: 0, hang: 0, raw: 0, slowestMs: 0, exits: {}, failures: [] };
    const started = Date.now();
    let next = from;
    while (next < from + cases) {
      const r = await segment(seed, next, from + cases, targets, out, totals);
      if (r.hung !== undefined) {
        totals.hang++;
        totals.failures.push(await saveHang(seed, r.hung, targets, out));
      } else if (r.died !== undefined) {
        totals.crash++;
        totals.failures.push(await saveHang(seed, r.died, targets, out));
      }
      next = r.next;
    }
    totals.tried = cases;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (json) console.log(JSON.stringify({ ...totals, seconds: Number(seconds) }));
    else {
      console.log(`fuzz: seed ${seed}, ${totals.tried} cases in ${seconds} s (slowest ${totals.slowestMs} ms)`);
      console.log(`  crashes ${totals.crash}, hangs ${totals.hang}, raw sequences ${totals.raw}`);
      if (args.includes('--verbose')) for (const [k, n] of Object.entries(totals.exits).sort()) console.log(`  ${k}: ${n}`);
      for (const f of totals.failures) console.log(`  saved ${f}`);
    }
    process.exitCode = totals.crash + totals.hang + totals.raw > 0 ? 1 : 0;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
