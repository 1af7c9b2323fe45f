/**
 * The peer for the page-level rows: mark.js marking the same names as MedGlance over the whole
 * page at DOMContentLoaded (bundled by bench/page-costs.ts and added as an init script).
 * Records DOMContentLoaded and the time mark.js is done on window.__benchMark.
 */
import Mark from 'mark.js';
import { namesPattern } from './names';

const state = { dcl: 0, done: 0, marks: 0 };
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
      },
    });
  },
  { once: true },
);
