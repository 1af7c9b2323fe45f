/**
 * The peer for the page-level rows: mark.js marking the same names as MedGlance over the whole
 * page at DOMContentLoaded (bundled by bench/page-costs.ts and added as an init script).
 * Records DOMContentLoaded, the time mark.js is done and the next animation frame (the first
 * that shows the marks) on window.__benchMark.
 */
import Mark from 'mark.js';
import { namesPattern } from './names';

const state = { dcl: 0, done: 0, painted: 0, marks: 0 };
Object.assign(window, { __benchMark: state });
document.addEventListener(
  'DOMContentLoaded',
  () => {
    state.dcl = performance.now();
    new Mark(document.body).markRegExp(namesPattern(), {
      exclude: ['input', 'textarea', 'script', 'style', 'code', 'kbd', 'samp'],
      each: () => state.marks++,
      done: () => {
        state.done = performance.now();
        // The frame that shows them (what the rAF watcher of MedGlance's rows sees too).
        requestAnimationFrame(() => {
          // After that frame's rendering: a task posted from its rAF callback.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            state.painted = performance.now();
          };
          channel.port2.postMessage(0);
        });
      },
    });
  },
  { once: true },
);
