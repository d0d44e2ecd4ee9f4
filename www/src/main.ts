/**
 * Front-end entry: a small router. `#/python` is the Python page (the lab page to be); anything
 * else is the real-parallelism lab. The navigation is built from text only.
 */
import './styles.css';
import { h, replaceChildren } from './ui/dom';

const PAGES: { hash: string; label: string }[] = [
  { hash: '#/parallel', label: 'Real parallelism' },
  { hash: '#/python', label: 'Python' },
];

function currentPage(): string {
  return location.hash.startsWith('#/python') ? '#/python' : '#/parallel';
}

function renderNav(): void {
  const nav = document.getElementById('nav');
  if (!nav) return;
  const page = currentPage();
  replaceChildren(
    nav,
    ...PAGES.map((p) => h('a', { href: p.hash + location.search, 'aria-current': p.hash === page ? 'page' : 'false' }, p.label)),
  );
}

async function mount(root: HTMLElement): Promise<void> {
  root.setAttribute('data-ready', 'false');
  renderNav();
  try {
    // Each page is its own chunk: the lab does not download the code editor, and vice versa.
    if (currentPage() === '#/python') (await import('./labs/python/page')).mountPythonPage(root);
    else await (await import('./labs/factorize/page')).mountFactorizeLab(root);
    root.setAttribute('data-ready', 'true');
    performance.mark('interleave-ready'); // read by `npm run bench` (time to interactive)
  } catch (e: unknown) {
    replaceChildren(root, h('p', { class: 'note', role: 'alert' }, `Interleave could not start: ${e instanceof Error ? e.message : String(e)}`));
    root.setAttribute('data-ready', 'error');
  }
}

const root = document.getElementById('app');
if (root) {
  void mount(root);
  window.addEventListener('hashchange', () => void mount(root));
}
