// `npm run reliability [-- --soak N] [--seed S]`: the reliability figures in
// one table. Builds the binaries, runs the tests that measure (tests/fuzz,
// tests/hostile: terminal attacks, path escapes, the usage table, limits;
// tests/reliability: 200 kills, damaged state files, full disk) with LM_FIGURES set so
// each appends what it counted, and adds them up. With --soak N, a fuzz soak
// of N more cases (scripts/fuzz.mjs) is added to the fuzz row. Prints the
// table as Markdown (docs/reliability.md carries it); exit 1 if any test
// failed or any figure is not zero.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const TESTS = ['tests/fuzz', 'tests/hostile', 'tests/reliability'];

const work = mkdtempSync(join(tmpdir(), 'lm-reliability-'));
const figuresFile = join(work, 'figures.jsonl');
const report = join(work, 'vitest.json');
const started = Date.now();
try {
  run('npm', ['run', 'build', '--silent']);
  const vitest = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...TESTS, '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`], {
    cwd: root,
    // LM_FUZZ=full: every fuzz case (npm test runs a third of them, tests/fuzz/property.ts).
    env: { ...process.env, LM_FIGURES: figuresFile, LM_FUZZ: 'full' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tests = JSON.parse(readFileSync(report, 'utf8'));
  const figures = readFileSync(figuresFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const sum = (kind, field) => figures.filter((f) => f.kind === kind).reduce((n, f) => n + f[field], 0);

  const fuzz = { cases: sum('fuzz', 'cases'), crashes: sum('fuzz', 'crashes'), hangs: sum('fuzz', 'hangs'), raw: sum('fuzz', 'raw'), slowest: Math.max(0, ...figures.filter((f) => f.kind === 'fuzz').map((f) => f.slowestMs)) };
  const soakCases = Number(option('--soak') ?? 0);
  let soak;
  if (soakCases > 0) {
    const seed = option('--seed') ?? '1';
    const out = spawnSync(process.execPath, [join(root, 'scripts', 'fuzz.mjs'), '--cases', String(soakCases), '--seed', seed, '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    soak = JSON.parse(out.stdout.trim().split('\n').pop());
    fuzz.cases += soak.tried;
    fuzz.crashes += soak.crash;
    fuzz.hangs += soak.hang;
    fuzz.raw += soak.raw;
    fuzz.slowest = Math.max(fuzz.slowest, soak.slowestMs);
  }
  const hostile = { strings: sum('hostile', 'strings'), outputs: sum('hostile', 'outputs'), raw: sum('hostile', 'raw') + fuzz.raw };
  const paths = { tried: sum('paths', 'tried'), escaped: sum('paths', 'escaped') };
  const kills = { kills: sum('kills', 'kills'), survived: sum('kills', 'survived'), reported: sum('kills', 'reported'), lost: sum('kills', 'lost') };
  const usage = { tried: sum('usage', 'tried'), bad: sum('usage', 'bad') };
  // Rows of their own (tests/reliability/cases.ts): commands run against one condition.
  const caseRows = new Map();
  for (const f of figures.filter((x) => x.kind === 'cases')) {
    const row = caseRows.get(f.row) ?? { tried: 0, crashes: 0, hangs: 0, lost: 0, wrong: 0 };
    for (const k of ['tried', 'crashes', 'hangs', 'lost', 'wrong']) row[k] += f[k];
    caseRows.set(f.row, row);
  }
  const cases = [...caseRows.values()].reduce((n, r) => n + r.crashes + r.hangs + r.lost + r.wrong, 0);

  const n = (x) => x.toLocaleString('en-US');
  const rows = [
    ['Fuzz cases (loaders, lint, renderer, reader, quiz, grading, numbers)', n(fuzz.cases), `${n(fuzz.crashes)} crashes, ${n(fuzz.hangs)} hangs over 2 s (slowest ${n(fuzz.slowest)} ms)`],
    ['Hostile strings (outputs checked)', `${n(hostile.strings)} (${n(hostile.outputs)} + every fuzz output)`, `${n(hostile.raw)} raw sequences reached output`],
    ['Path escapes (commands run against one)', n(paths.tried), `${n(paths.escaped)} succeeded`],
    ['SIGKILLs of writing lm-quiz processes', n(kills.kills), `${n(kills.survived)} survived; ${n(kills.lost)} of ${n(kills.reported)} reported answers lost`],
    ['Bad command lines', n(usage.tried), `${n(usage.bad)} without one clear line and exit 2`],
    ...[...caseRows].map(([row, r]) => [row, n(r.tried), `${n(r.crashes)} crashes, ${n(r.hangs)} hangs, ${n(r.lost)} data lost, ${n(r.wrong)} wrong output`]),
    ['Tests run (damaged state, full disk, limits included)', n(tests.numTotalTests), `${n(tests.numFailedTests)} failed, ${n(tests.numPendingTests ?? 0)} skipped`],
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c].length), ['What', 'Tried', 'Result'][c].length));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`Reliability figures: lm-explain ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}, Node ${process.version}, ${cpus().length} cores, ${new Date().toISOString().slice(0, 10)}, ${((Date.now() - started) / 1000).toFixed(0)} s${soak ? `, soak seed ${soak.seed}` : ''}\n`);
  console.log(line(['What', 'Tried', 'Result']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  const bad = fuzz.crashes + fuzz.hangs + hostile.raw + paths.escaped + kills.lost + usage.bad + cases + tests.numFailedTests;
  process.exitCode = vitest.status === 0 && bad === 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

function run(command, argv) {
  const r = spawnSync(command, argv, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed`);
}
