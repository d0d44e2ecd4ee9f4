/**
 * The real-parallelism lab: factorize numbers with the notes' naive divisor search, once
 * sequentially and once on a pool of Web Workers, and chart the speedup against worker count; then
 * the same search as Python threads and processes on the simulator (`gil-panel.ts`), to show what
 * the GIL costs.
 * Input is validated before anything runs (numbers by the Rust core's own check, so the CLI and
 * the page agree); runs can be cancelled; typed input survives reloads.
 */
import { h, replaceChildren } from '../../ui/dom';
import { loadSaved, persistField, save } from '../../ui/persist';
import { SpeedupChart, type SpeedupPoint } from '../../ui/speedup-chart';
import { detectThreadSupport, hardwareThreads, type ThreadSupport } from '../../platform/threads';
import { loadCore, threadedBuildPresent, type CoreModule } from '../../wasm/builds';
import { PRESETS, presetText } from './presets';
import { parseWorkerCount, readParams, writeParams } from './params';
import { Cancelled, FactorizeRunner, type RunResult } from './runner';
import { formatMs, formatSpeedup, pythonList, sameDivisors } from './format';
import { mountGilPanel } from './gil-panel';

interface Fields {
  numbers: HTMLTextAreaElement;
  numbersError: HTMLElement;
  workers: HTMLInputElement;
  workersError: HTMLElement;
  run: HTMLButtonElement;
  curve: HTMLButtonElement;
  cancel: HTMLButtonElement;
  status: HTMLElement;
  timings: HTMLElement;
  divisors: HTMLElement;
  chartBox: HTMLElement;
  share: HTMLAnchorElement;
  gil: HTMLElement;
}

/** Mount the lab into `root`. */
export async function mountFactorizeLab(root: HTMLElement): Promise<void> {
  const support = detectThreadSupport(threadedBuildPresent());
  const maxWorkers = hardwareThreads();
  const params = readParams(location.search);
  const core = await loadCore('plain');
  const f = buildDom(root, support, maxWorkers);
  const chart = new SpeedupChart(f.chartBox.querySelector('canvas') as HTMLCanvasElement);
  const runner = new FactorizeRunner();

  f.numbers.value = params.numbers ?? loadSaved('factorize.numbers') ?? presetText('notes') ?? '';
  f.workers.value = params.workers ?? loadSaved('factorize.workers') ?? String(Math.min(2, maxWorkers));
  persistField('factorize.numbers', f.numbers);
  persistField('factorize.workers', f.workers);
  if (params.warning) setStatus(f, params.warning, 'warning');

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
    button.addEventListener('click', () => {
      f.numbers.value = presetText(button.dataset.preset ?? '') ?? f.numbers.value;
      save('factorize.numbers', f.numbers.value);
      validate(f, core, maxWorkers, support);
    });
  }
  f.numbers.addEventListener('input', () => validate(f, core, maxWorkers, support));
  f.workers.addEventListener('input', () => validate(f, core, maxWorkers, support));
  validate(f, core, maxWorkers, support);

  const guard = async (job: () => Promise<void>) => {
    const input = validate(f, core, maxWorkers, support);
    if (!input) {
      setStatus(f, 'Fix the highlighted field first: nothing was run.', 'error');
      return;
    }
    setBusy(f, true);
    try {
      await job();
    } catch (e) {
      if (e instanceof Cancelled) setStatus(f, 'Cancelled. The workers were stopped; you can run again.', 'warning');
      else setStatus(f, `The run failed: ${e instanceof Error ? e.message : String(e)}`, 'error');
    } finally {
      setBusy(f, false);
    }
  };

  f.run.addEventListener('click', () =>
    guard(async () => {
      const input = validate(f, core, maxWorkers, support);
      if (!input) return;
      setStatus(f, 'Running sequentially in a worker…', 'info');
      const seq = await runner.run('sequential', 'plain', 1, input.numbers);
      const rows: RunResult[] = [seq];
      if (support.build === 'threaded') {
        setStatus(f, `Running in parallel on ${input.workers} worker${input.workers === 1 ? '' : 's'}…`, 'info');
        rows.push(await runner.run('parallel', 'threaded', input.workers, input.numbers));
      }
      showTimings(f, seq, rows);
      showDivisors(f, input.numbers, seq, rows);
      setStatus(f, 'Done.', 'ok');
    }),
  );

  f.curve.addEventListener('click', () =>
    guard(async () => {
      const input = validate(f, core, maxWorkers, support);
      if (!input) return;
      setStatus(f, 'Measuring the sequential baseline…', 'info');
      const seq = await runner.run('sequential', 'plain', 1, input.numbers);
      const rows: RunResult[] = [seq];
      const points: SpeedupPoint[] = [];
      for (let k = 1; k <= maxWorkers; k++) {
        setStatus(f, `Running on ${k} of ${maxWorkers} workers…`, 'info');
        const r = await runner.run('parallel', 'threaded', k, input.numbers);
        rows.push(r);
        points.push({ workers: k, speedup: seq.ms / r.ms });
        chart.show(points, maxWorkers);
        f.chartBox.hidden = false;
      }
      showTimings(f, seq, rows);
      showDivisors(f, input.numbers, seq, rows);
      setStatus(f, 'Done: the chart shows the speedup for each worker count.', 'ok');
    }),
  );

  // Without the threaded build the workers field is off; the simulated comparison still uses two.
  mountGilPanel(f.gil, () => {
    const input = validate(f, core, maxWorkers, support);
    return input && { numbers: input.numbers, workers: support.build === 'threaded' ? input.workers : 2 };
  });

  f.cancel.addEventListener('click', () => runner.cancel());
  f.share.addEventListener('click', () => {
    history.replaceState(null, '', writeParams(f.numbers.value, f.workers.value));
    f.share.href = location.href;
  });
}

function buildDom(root: HTMLElement, support: ThreadSupport, maxWorkers: number): Fields {
  const numbers = h('textarea', { id: 'numbers', rows: 3, 'aria-describedby': 'numbers-error', spellcheck: 'false' });
  const numbersError = h('p', { id: 'numbers-error', class: 'field-error', role: 'alert' });
  const workers = h('input', { id: 'workers', type: 'text', inputmode: 'numeric', 'aria-describedby': 'workers-error', size: 4 });
  const workersError = h('p', { id: 'workers-error', class: 'field-error', role: 'alert' });
  const run = h('button', { type: 'button', id: 'run', class: 'primary' }, support.build === 'threaded' ? 'Run sequential, then parallel' : 'Run sequentially');
  const curve = h('button', { type: 'button', id: 'curve', disabled: support.build !== 'threaded' }, `Measure speedup for 1…${maxWorkers} workers`);
  const cancel = h('button', { type: 'button', id: 'cancel', disabled: true }, 'Cancel');
  const status = h('p', { id: 'status', class: 'status', 'data-tone': 'info' });
  const timings = h('div', { id: 'timings' });
  const divisors = h('div', { id: 'divisors' });
  const chartBox = h('div', { id: 'chart', class: 'chart', hidden: true }, h('canvas', { 'aria-label': 'speedup against worker count' }));
  const share = h('a', { id: 'share', href: '#' }, 'Link to these parameters');
  const gil = h('section', { id: 'gil', class: 'gil' });

  replaceChildren(
    root,
    h(
      'section',
      { class: 'lab', 'data-lab': 'factorize' },
      h('h1', {}, 'Real parallelism: factorizing numbers on Web Workers'),
      h(
        'p',
        {},
        'Finding every divisor of a number by trying each candidate is pure computation: no waiting on disks or networks. ',
        'In CPython, threads cannot speed it up, because the global interpreter lock lets only one thread run Python bytecode at a time. ',
        'Here the same naive search, compiled from Rust to WebAssembly, runs once on a single worker and once split across a pool of real Web Workers, so you can see what true parallelism buys.',
      ),
      h(
        'pre',
        { class: 'code', 'aria-label': 'the algorithm in Python' },
        'def factorize(number):\n    for i in range(1, number + 1):\n        if number % i == 0:\n            yield i',
      ),
      support.reason ? h('p', { id: 'isolation-note', class: 'note', role: 'note' }, support.reason) : null,
      h(
        'form',
        { class: 'lab-form' },
        h('label', { for: 'numbers' }, 'Numbers to factorize (commas or spaces between them)'),
        numbers,
        numbersError,
        h(
          'p',
          { class: 'presets' },
          'Presets: ',
          ...Object.entries(PRESETS).map(([key, p]) => h('button', { type: 'button', 'data-preset': key }, p.label)),
        ),
        h('label', { for: 'workers' }, `Workers for the parallel run (1 to ${maxWorkers}, the cores this browser reports)`),
        workers,
        workersError,
        h('p', { class: 'actions' }, run, ' ', curve, ' ', cancel, ' ', share),
      ),
      status,
      timings,
      chartBox,
      divisors,
      gil,
    ),
  );
  root.querySelector('form')?.addEventListener('submit', (e) => e.preventDefault());
  if (support.build !== 'threaded') curve.dataset.unavailable = 'true';
  return { numbers, numbersError, workers, workersError, run, curve, cancel, status, timings, divisors, chartBox, share, gil };
}

interface ValidInput {
  numbers: number[];
  workers: number;
}

/** Check both fields, show each field's message beside it, and return the input when valid. */
function validate(f: Fields, core: CoreModule, maxWorkers: number, support: ThreadSupport): ValidInput | null {
  const checked = core.validateNumbers(f.numbers.value) as { numbers: number[]; error: string | null };
  showFieldError(f.numbers, f.numbersError, checked.error);
  let workers = 1;
  if (support.build === 'threaded') {
    const w = parseWorkerCount(f.workers.value, maxWorkers);
    showFieldError(f.workers, f.workersError, w.ok ? null : w.error);
    if (w.ok) workers = w.value;
    else return null;
  } else {
    f.workers.disabled = true;
    showFieldError(f.workers, f.workersError, null);
  }
  return checked.error ? null : { numbers: checked.numbers, workers };
}

function showFieldError(field: HTMLElement, box: HTMLElement, message: string | null): void {
  box.textContent = message ?? '';
  field.setAttribute('aria-invalid', message ? 'true' : 'false');
}

function setStatus(f: Fields, text: string, tone: 'info' | 'ok' | 'warning' | 'error'): void {
  f.status.textContent = text;
  f.status.dataset.tone = tone;
}

function setBusy(f: Fields, busy: boolean): void {
  f.run.disabled = busy;
  f.curve.disabled = busy || f.curve.dataset.unavailable === 'true';
  f.cancel.disabled = !busy;
}

function showTimings(f: Fields, seq: RunResult, rows: RunResult[]): void {
  const table = h(
    'table',
    { class: 'timings' },
    h('thead', {}, h('tr', {}, h('th', {}, 'run'), h('th', {}, 'workers'), h('th', {}, 'wall time'), h('th', {}, 'speedup over sequential'))),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          { 'data-mode': r.mode, 'data-workers': String(r.workers), 'data-ms': r.ms.toFixed(3) },
          h('td', {}, r.mode),
          h('td', {}, r.workers),
          h('td', {}, formatMs(r.ms)),
          h('td', {}, r === seq ? '1.00× (baseline)' : formatSpeedup(seq.ms / r.ms)),
        ),
      ),
    ),
  );
  replaceChildren(f.timings, h('h2', {}, 'Wall time'), table);
}

function showDivisors(f: Fields, numbers: number[], seq: RunResult, rows: RunResult[]): void {
  const agree = rows.every((r) => sameDivisors(r.divisors, seq.divisors));
  replaceChildren(
    f.divisors,
    h('h2', {}, 'Divisors, as list(factorize(n)) gives them'),
    h('p', { id: 'agreement', 'data-agree': String(agree) }, agree ? 'Every run found the same divisors.' : 'The runs disagree: this is a bug, please report it.'),
    h(
      'table',
      { class: 'divisors' },
      h('thead', {}, h('tr', {}, h('th', {}, 'n'), h('th', {}, 'list(factorize(n))'))),
      h('tbody', {}, ...numbers.map((n, i) => h('tr', { 'data-n': String(n) }, h('td', {}, n), h('td', { class: 'mono' }, pythonList(seq.divisors[i]))))),
    ),
  );
}
