/**
 * The factorization lab's panel for the same search as Python threads and processes, run on the
 * Interleave VM (in its own Worker) under CPython 3.11's GIL rules. It shows the program, what it
 * printed, and in words what the figures mean. It reads the lab's numbers and worker count through
 * the callback it is given and touches no other part of the page.
 */
import { h, replaceChildren } from '../../ui/dom';
import { PythonRunner, Stopped } from '../../workers/python-runner';
import { gilProgram, gilWorkProblem, parseGilOutput, type GilTimings } from './gil';

/** Steps the simulated run may take: the work limit's three searches fit with room to spare. */
const GIL_STEP_BUDGET = 2_000_000_000;

/** The lab's input as the panel needs it; null when a field is invalid (the lab shows why). */
export type GilInput = () => { numbers: number[]; workers: number } | null;

/** Mount the panel into `box`. */
export function mountGilPanel(box: HTMLElement, input: GilInput): void {
  const run = h('button', { type: 'button', id: 'gil-run' }, 'Run it as Python threads and processes (simulated)');
  const stop = h('button', { type: 'button', id: 'gil-stop', disabled: true }, 'Stop');
  const status = h('p', { id: 'gil-status', class: 'status', 'data-tone': 'info' });
  const output = h('pre', { id: 'gil-output', class: 'code', hidden: true });
  const meaning = h('div', { id: 'gil-meaning' });
  const code = h('pre', { id: 'gil-program', class: 'code' });
  const runner = new PythonRunner();

  replaceChildren(
    box,
    h('h2', {}, 'The same search as Python threads, under the GIL'),
    h(
      'p',
      {},
      'This runs the Python program below on the Interleave simulator, under the rules of CPython 3.11: ',
      'the search once sequentially, once split across threads (which share one global interpreter lock), ',
      'and once across processes (each with its own interpreter and lock, on its own core). ',
      'Its times come from time.perf_counter(), which reads the simulator’s virtual clock, so they are the same on every run.',
    ),
    h('p', { class: 'actions' }, run, ' ', stop),
    status,
    output,
    meaning,
    h('details', {}, h('summary', {}, 'The program'), code),
  );

  const setStatus = (text: string, tone: 'info' | 'ok' | 'warning' | 'error') => {
    status.textContent = text;
    status.dataset.tone = tone;
  };

  run.addEventListener('click', async () => {
    const given = input();
    if (!given) {
      setStatus('Fix the highlighted field first: nothing was run.', 'error');
      return;
    }
    const problem = gilWorkProblem(given.numbers);
    if (problem) {
      setStatus(`${problem} Nothing was run.`, 'error');
      return;
    }
    const source = gilProgram(given.numbers, given.workers);
    code.textContent = source;
    run.disabled = true;
    stop.disabled = false;
    output.hidden = true;
    replaceChildren(meaning);
    setStatus('Running the Python program on the simulator…', 'info');
    try {
      const { output: out } = await runner.run(source, '', GIL_STEP_BUDGET, given.workers);
      output.textContent = out.stdout + out.stderr;
      output.hidden = false;
      const timings = out.exit === 'finished' ? parseGilOutput(out.stdout) : null;
      if (timings) {
        showMeaning(meaning, timings, given.workers);
        setStatus('Done.', 'ok');
      } else {
        setStatus(`The simulated run did not finish normally (${out.exit}); its output is above.`, 'error');
      }
    } catch (e) {
      if (e instanceof Stopped) setStatus('Stopped. You can run it again.', 'warning');
      else setStatus(`The simulated run failed: ${e instanceof Error ? e.message : String(e)}`, 'error');
    } finally {
      run.disabled = false;
      stop.disabled = true;
    }
  });
  stop.addEventListener('click', () => runner.stop());
}

/** Say in words what the three timings show. */
function showMeaning(box: HTMLElement, t: GilTimings, workers: number): void {
  const threads = t.sequential / t.threads;
  const processes = t.sequential / t.processes;
  box.dataset.threadSpeedup = threads.toFixed(3);
  box.dataset.processSpeedup = processes.toFixed(3);
  replaceChildren(
    box,
    h(
      'p',
      {},
      `${workers} thread${workers === 1 ? '' : 's'}: ${threads.toFixed(2)}× the sequential speed. `,
      'Only the thread holding the GIL runs Python bytecode; the others wait for it, so CPU-bound threads take turns and finish no sooner. ',
      '(A free-threaded build such as CPython 3.13t has no GIL, and there threads would run at once.)',
    ),
    h(
      'p',
      {},
      `${workers} process${workers === 1 ? '' : 'es'}: ${processes.toFixed(2)}× the sequential speed. `,
      'Each process has its own interpreter and GIL and runs on its own core. The speedup stays under the worker count because the numbers are unequal amounts of work (the process with the bigger share finishes last), and starting the processes and sending numbers and results between them costs a little.',
    ),
    h(
      'p',
      { class: 'note' },
      'These are virtual times on the simulator’s clock, which charges each bytecode about what CPython 3.11 takes for it; the runs above are real wall-clock times in your browser. ',
      'On a real machine the thread figure is the same story, and the process figure needs that many idle cores.',
    ),
  );
}
