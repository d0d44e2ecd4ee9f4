/**
 * The Python page: type a program, run it on Interleave's VM in a Worker, see what CPython 3.11
 * would print. A Stop button ends a run at once; the step budget ends a runaway one. The program
 * and the input are saved as they are typed. This page becomes the lab page in a later issue.
 */
import { h, replaceChildren } from '../../ui/dom';
import { loadSaved, persistField, save } from '../../ui/persist';
import { CodeEditor } from '../../ui/editor';
import { PythonRunner, Stopped } from '../../workers/python-runner';
import { DEFAULT_STEPS, parseSteps } from './steps';
import type { RunOutput } from '../../workers/python-protocol';
// The program shown the first time: generators and a coroutine, as in the notes. Its python3
// output is tests/fixtures/python-page/example.out.
import EXAMPLE from './example.py?raw';

const EXIT_TEXT: Record<RunOutput['exit'], string> = {
  finished: 'Finished',
  exception: 'Stopped by an uncaught exception (exit status 1)',
  'compile-error': 'The program did not compile',
  'step-budget': 'Stopped: the step budget ran out',
  'memory-budget': 'Stopped: the memory budget ran out',
  'output-limit': 'Stopped: the output limit ran out',
  deadlock: 'Stopped: every thread waits and none can wake them (a deadlock; CPython would hang)',
};

/** Mount the page into `root`. */
export function mountPythonPage(root: HTMLElement): void {
  const editorBox = h('div', { id: 'editor', class: 'editor' });
  const stdin = h('textarea', { id: 'stdin', rows: 2, spellcheck: 'false', 'aria-label': 'input for input()' });
  const steps = h('input', { id: 'steps', type: 'text', inputmode: 'numeric', size: 14, 'aria-describedby': 'steps-error' });
  const stepsError = h('p', { id: 'steps-error', class: 'field-error', role: 'alert' });
  const run = h('button', { type: 'button', id: 'run-python', class: 'primary' }, 'Run');
  const stop = h('button', { type: 'button', id: 'stop-python', disabled: true }, 'Stop');
  const status = h('p', { id: 'python-status', class: 'status', 'data-tone': 'info' });
  const stdout = h('pre', { id: 'stdout', class: 'output', 'aria-label': 'standard output' });
  const stderr = h('pre', { id: 'stderr', class: 'output stderr', 'aria-label': 'standard error' });

  replaceChildren(
    root,
    h(
      'section',
      { class: 'lab', 'data-lab': 'python' },
      h('h1', {}, 'Python on Interleave'),
      h('p', {}, 'Type a program and run it. Interleave compiles it to bytecode and runs it on its own deterministic virtual machine; what it prints is what CPython 3.11 prints. Threads, queues, asyncio and processes run on a simulated scheduler under the GIL rules of CPython 3.11 (the trace view comes with the lab page). See docs/python-subset.md for what is supported.'),
      editorBox,
      h('label', { for: 'stdin' }, 'Input for input() (one line per call)'),
      stdin,
      h('label', { for: 'steps' }, 'Step budget (bytecode instructions before the run is stopped)'),
      steps,
      stepsError,
      h('p', { class: 'actions' }, run, ' ', stop),
      status,
      h('h2', {}, 'Output'),
      stdout,
      stderr,
    ),
  );

  const editor = new CodeEditor(editorBox, loadSaved('python.source') ?? EXAMPLE, (text) => save('python.source', text));
  stdin.value = loadSaved('python.stdin') ?? '';
  steps.value = loadSaved('python.steps') ?? String(DEFAULT_STEPS);
  persistField('python.stdin', stdin);
  persistField('python.steps', steps);
  const runner = new PythonRunner();

  const checkSteps = () => {
    const r = parseSteps(steps.value);
    stepsError.textContent = r.ok ? '' : r.error;
    steps.setAttribute('aria-invalid', r.ok ? 'false' : 'true');
    return r;
  };
  steps.addEventListener('input', checkSteps);

  const setStatus = (text: string, tone: string) => {
    status.textContent = text;
    status.dataset.tone = tone;
  };

  run.addEventListener('click', async () => {
    const budget = checkSteps();
    if (!budget.ok) {
      setStatus('Fix the step budget first: nothing was run.', 'error');
      return;
    }
    run.disabled = true;
    stop.disabled = false;
    stdout.textContent = '';
    stderr.textContent = '';
    setStatus('Running…', 'info');
    try {
      const { output, ms } = await runner.run(editor.text, stdin.value, budget.value);
      stdout.textContent = output.stdout;
      stderr.textContent = output.stderr;
      stdout.dataset.exit = output.exit;
      status.dataset.ms = ms.toFixed(3); // read by `npm run bench`
      const tone = output.exit === 'finished' ? 'ok' : output.exit === 'exception' || output.exit === 'compile-error' ? 'error' : 'warning';
      setStatus(`${EXIT_TEXT[output.exit]} after ${output.steps.toLocaleString('en-US')} steps (${ms.toFixed(0)} ms).`, tone);
    } catch (e) {
      if (e instanceof Stopped) setStatus('Stopped. The program was ended; you can run it again.', 'warning');
      else setStatus(`The run failed: ${e instanceof Error ? e.message : String(e)}`, 'error');
    } finally {
      run.disabled = false;
      stop.disabled = true;
    }
  });
  stop.addEventListener('click', () => runner.stop());
}
