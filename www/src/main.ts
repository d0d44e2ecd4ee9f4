/**
 * Front-end entry: mounts the page. Today there is one lab (real parallelism); the lab page and
 * the curriculum arrive with the simulator engine.
 */
import './styles.css';
import { mountFactorizeLab } from './labs/factorize/page';
import { h, replaceChildren } from './ui/dom';

const root = document.getElementById('app');
if (root) {
  mountFactorizeLab(root)
    .then(() => {
      root.setAttribute('data-ready', 'true');
      performance.mark('interleave-ready'); // read by `npm run bench` (time to interactive)
    })
    .catch((e: unknown) => {
      replaceChildren(root, h('p', { class: 'note', role: 'alert' }, `Interleave could not start: ${e instanceof Error ? e.message : String(e)}`));
      root.setAttribute('data-ready', 'error');
    });
}
