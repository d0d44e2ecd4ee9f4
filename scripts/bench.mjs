// `npm run bench`: measures, in one run and side by side, what the README and the issues quote:
// - factorization in Chromium: sequential, and the rayon pool with 1..N workers (speedup);
// - the same kernel natively (release; sequential and 1..N threads) and the notes' generator
//   under python3, on the same numbers, as ratios;
// - first page load to interactive in headless Chromium;
// - wasm sizes, raw and gzip -9, for both builds;
// - the Python VM on loop-heavy programs (bench/programs/*.py): natively and in Chromium, against
//   python3 running the same file.
// Writes bench/results.json and bench/results.md. Figures are medians of several repeats.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT, step, run, capture, background } from './lib/steps.mjs';
import { buildAll } from './lib/build.mjs';
import { ensureChromium } from './lib/toolchain.mjs';

const NOTES = [2139079, 1214759, 1516637, 1852285];
const HEAVY = [49999991, 50000017, 50000021, 50000047, 50000059, 50000063, 50000101, 50000131];
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const PORT = 4193;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 2) => Number(x.toFixed(d));

function nativeBench(numbers, threads) {
  const args = ['bench-factorize', '--repeat', String(REPEAT), ...(threads ? ['--threads', String(threads)] : []), ...numbers.map(String)];
  const r = capture(join(ROOT, 'target/release/interleave'), args);
  if (r.status !== 0) throw new Error(`native bench failed: ${r.stderr}`);
  return median(JSON.parse(r.stdout).ms);
}

function pythonBench(numbers) {
  const r = capture('python3', ['bench/factorize_python.py', String(Math.max(1, Math.ceil(REPEAT / 2))), ...numbers.map(String)]);
  if (r.status !== 0) throw new Error(`python3 bench failed: ${r.stderr}`);
  return median(JSON.parse(r.stdout).ms);
}

async function waitForServer(url, ms = 20000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not answer at ${url}`);
}

async function browserBench() {
  const { chromium } = await import('@playwright/test');
  const server = background('node', ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1']);
  const base = `http://127.0.0.1:${PORT}/`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await waitForServer(base);
    const context = await browser.newContext();
    const page = await context.newPage();
    const loads = [];
    for (let i = 0; i < REPEAT; i++) {
      await page.goto(`${base}?numbers=${NOTES.join(',')}&workers=1`);
      await page.waitForSelector('#app[data-ready="true"]');
      loads.push(await page.evaluate(() => performance.getEntriesByName('interleave-ready')[0]?.startTime ?? NaN));
    }
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const isolated = await page.evaluate(() => crossOriginIsolated);
    const rowsOf = () =>
      page.locator('#timings tbody tr').evaluateAll((rows) => rows.map((r) => ({ mode: r.dataset.mode, workers: Number(r.dataset.workers), ms: Number(r.dataset.ms) })));
    const measure = async (numbers) => {
      await page.locator('#numbers').fill(numbers.join(', '));
      const seq = [];
      const par = new Map();
      for (let i = 0; i < REPEAT; i++) {
        await page.locator('#curve').click();
        // Poll rarely: Playwright's default polls on every animation frame, which keeps the
        // page's main thread busy and takes CPU from the workers being measured (on 2 cores,
        // 2 workers vs 1 measured 1.84x with it and 1.96x without).
        await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Done'), null, { timeout: 120000, polling: 500 });
        for (const r of await rowsOf()) {
          if (r.mode === 'sequential') seq.push(r.ms);
          else par.set(r.workers, [...(par.get(r.workers) ?? []), r.ms]);
        }
      }
      return { sequential: median(seq), parallel: Object.fromEntries([...par].map(([k, v]) => [k, median(v)])) };
    };
    const notes = await measure(NOTES);
    const heavy = await measure(HEAVY);
    return { cores, isolated, loadToInteractiveMs: median(loads), notes, heavy };
  } finally {
    await browser.close();
    server.kill();
  }
}

const VM_PROGRAMS = readdirSync(join(ROOT, 'bench/programs')).filter((f) => f.endsWith('.py')).sort();

/** Wall time (ms) of a command, median of REPEAT runs; its stdout must equal `expect` if given. */
function timeCommand(cmd, args, expect) {
  const times = [];
  let out = '';
  for (let i = 0; i < REPEAT; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    out = r.stdout;
  }
  if (expect !== undefined && out !== expect) throw new Error(`${cmd} ${args.join(' ')} printed something else than python3`);
  return { ms: median(times), out };
}

function vmNative() {
  const rows = {};
  for (const f of VM_PROGRAMS) {
    const path = `bench/programs/${f}`;
    const py = timeCommand('python3', [path]);
    const vm = timeCommand(join(ROOT, 'target/release/interleave'), ['run', path], py.out);
    rows[f] = { python3: py.ms, native: vm.ms, expected: py.out };
    const stats = spawnSync(join(ROOT, 'target/release/interleave'), ['run', '--stats', path], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const line = stats.stderr.trim().split('\n').pop() ?? '{}';
    rows[f].stats = JSON.parse(line);
  }
  return rows;
}

async function vmBrowser(rows) {
  const { chromium } = await import('@playwright/test');
  const server = background('node', ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT + 1), '--strictPort', '--host', '127.0.0.1']);
  const base = `http://127.0.0.1:${PORT + 1}/`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await waitForServer(base);
    const page = await browser.newPage();
    await page.goto(`${base}#/python`);
    await page.waitForSelector('#app[data-ready="true"]');
    await page.locator('#steps').fill('10000000000');
    for (const f of VM_PROGRAMS) {
      const src = readFileSync(join(ROOT, 'bench/programs', f), 'utf8');
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(src);
      const times = [];
      for (let i = 0; i < REPEAT; i++) {
        await page.evaluate(() => {
          const s = document.querySelector('#python-status');
          if (s) delete s.dataset.ms;
        });
        await page.locator('#run-python').click();
        await page.waitForFunction(() => document.querySelector('#python-status')?.dataset.ms, null, { timeout: 120000, polling: 500 });
        const out = await page.locator('#stdout').textContent();
        if (out !== rows[f].expected) throw new Error(`Chromium run of ${f} printed something else than python3`);
        times.push(Number(await page.locator('#python-status').getAttribute('data-ms')));
      }
      rows[f].chromium = median(times);
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

function sizes() {
  const out = {};
  for (const b of ['plain', 'threaded']) {
    const bytes = readFileSync(join(ROOT, `www/pkg/${b}/index_bg.wasm`));
    out[b] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  return out;
}

await buildAll();
await ensureChromium();

// BENCH_ONLY=vm: only the Python VM rows (native, Chromium, python3), printed and not written:
// a quick check while working on the VM. The committed results always come from a full run.
if (process.env.BENCH_ONLY === 'vm') {
  await step('release binary', () => run('cargo', ['build', '--release', '--bin', 'interleave']));
  const rows = await step('Python VM: native and python3 on bench/programs', () => vmNative());
  await step('Python VM in Chromium (the Python page, in its Worker)', () => vmBrowser(rows));
  for (const [f, r] of Object.entries(rows)) {
    console.log(`${f}: python3 ${round(r.python3)} ms, native ${round(r.native / r.python3)}x, Chromium ${round(r.chromium / r.python3)}x`);
  }
  process.exit(0);
}
await step('native release binary (with the rayon kernel)', () => run('cargo', ['build', '--release', '--features', 'parallel', '--bin', 'interleave']));
const browser = await step('Chromium: page load, sequential and 1..N workers', browserBench);
const native = await step('native Rust and python3 on the same numbers', () => {
  const threads = {};
  for (let k = 1; k <= browser.cores; k++) threads[k] = nativeBench(HEAVY, k);
  return { notesSequential: nativeBench(NOTES), heavySequential: nativeBench(HEAVY), heavyThreads: threads, pythonNotes: pythonBench(NOTES) };
});
const vm = await step('Python VM: native and python3 on bench/programs', () => vmNative());
await step('Python VM in Chromium (the Python page, in its Worker)', () => vmBrowser(vm));
const size = sizes();

const results = {
  date: new Date().toISOString(),
  repeat: REPEAT,
  machine: { cores: browser.cores, crossOriginIsolated: browser.isolated },
  factorize: {
    notesNumbers: NOTES,
    heavyNumbers: HEAVY,
    ms: {
      wasmSequentialNotes: round(browser.notes.sequential),
      wasmSequentialHeavy: round(browser.heavy.sequential),
      wasmWorkersHeavy: Object.fromEntries(Object.entries(browser.heavy.parallel).map(([k, v]) => [k, round(v)])),
      nativeSequentialNotes: round(native.notesSequential),
      nativeSequentialHeavy: round(native.heavySequential),
      nativeThreadsHeavy: Object.fromEntries(Object.entries(native.heavyThreads).map(([k, v]) => [k, round(v)])),
      python3Notes: round(native.pythonNotes),
    },
    ratios: {
      wasm2WorkersVs1: round(browser.heavy.parallel[1] / browser.heavy.parallel[2]),
      wasm2WorkersVsSequential: round(browser.heavy.sequential / browser.heavy.parallel[2]),
      native2ThreadsVs1: round(native.heavyThreads[1] / native.heavyThreads[2]),
      wasmSequentialVsNativeHeavy: round(browser.heavy.sequential / native.heavySequential),
      wasmSequentialVsNativeNotes: round(browser.notes.sequential / native.notesSequential),
      python3VsWasmNotes: round(native.pythonNotes / browser.notes.sequential, 1),
    },
  },
  page: { loadToInteractiveMs: round(browser.loadToInteractiveMs, 0) },
  vm: Object.fromEntries(
    Object.entries(vm).map(([f, r]) => [
      f,
      {
        ms: { python3: round(r.python3), native: round(r.native), chromium: round(r.chromium) },
        ratios: { nativeVsPython3: round(r.native / r.python3), chromiumVsPython3: round(r.chromium / r.python3) },
        steps: r.stats?.steps,
        traceMB: r.stats ? round(r.stats.traceBytes / (1024 * 1024)) : undefined,
      },
    ]),
  ),
  wasmBytes: size,
};

const r = results.factorize.ratios;
const ms = results.factorize.ms;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const md = `# Benchmarks

Measured by \`npm run bench\` on ${results.date.slice(0, 10)}, ${results.machine.cores} cores, medians of ${REPEAT} repeats, all in one run.

## Factorization (the notes' naive divisor search)

| measurement | value |
| --- | --- |
| Chromium, 2 workers vs 1 worker (heavy preset) | **${r.wasm2WorkersVs1}×** faster |
| Chromium, 2 workers vs sequential (heavy preset) | ${r.wasm2WorkersVsSequential}× faster |
| native Rust, 2 threads vs 1 (heavy preset) | ${r.native2ThreadsVs1}× faster |
| one wasm worker vs native Rust, heavy preset (time ratio) | ${r.wasmSequentialVsNativeHeavy}× |
| one wasm worker vs native Rust, notes' 4 numbers (time ratio) | ${r.wasmSequentialVsNativeNotes}× |
| python3 vs one wasm worker, notes' 4 numbers | python3 is **${r.python3VsWasmNotes}×** slower |

Raw medians (ms): wasm sequential ${ms.wasmSequentialHeavy} (heavy), ${ms.wasmSequentialNotes} (notes); wasm workers ${JSON.stringify(ms.wasmWorkersHeavy)} (heavy);
native sequential ${ms.nativeSequentialHeavy} (heavy), ${ms.nativeSequentialNotes} (notes); native threads ${JSON.stringify(ms.nativeThreadsHeavy)} (heavy); python3 ${ms.python3Notes} (notes).

## Page

| measurement | value |
| --- | --- |
| first load to interactive, headless Chromium, localhost | ${results.page.loadToInteractiveMs} ms |

## Python VM (time ratio to python3 on the same file; below 1 means faster than python3)

| program | python3 | Interleave native | Interleave in Chromium | VM steps | trace memory |
| --- | --- | --- | --- | --- | --- |
${Object.entries(results.vm).map(([f, r]) => `| ${f} | ${r.ms.python3} ms | ${r.ratios.nativeVsPython3}× | ${r.ratios.chromiumVsPython3}× | ${r.steps} | ${r.traceMB} MB |`).join('\n')}

The counter programs run 5 threads under the default \`cpython-3.11\` policy (the trace-memory
target for them is under 64 MB).

Native and python3 times are whole processes (start-up included); Chromium times are measured
inside the page's Worker around one run.

## wasm size

| build | raw | gzip -9 |
| --- | --- | --- |
| plain | ${kb(size.plain.raw)} | ${kb(size.plain.gzip)} |
| threaded | ${kb(size.threaded.raw)} | ${kb(size.threaded.gzip)} |
`;
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench/results.md'), md);
console.log(`\n${md}\nWrote bench/results.json and bench/results.md`);
