import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PopupToBackground } from '../../src/messages';
import { usePageCount } from './use-page-count';

export function mentionText(count: number): string {
  return `${count} ${count === 1 ? 'mention' : 'mentions'} on this page`;
}

/** "N mentions on this page", live, with controls to step through the mentions in the page. */
export function PageCount({ tabId, resolving = false }: { tabId: number | null; resolving?: boolean }) {
  const count = usePageCount(tabId);
  const [problem, setProblem] = useState('');

  const step = async (direction: 1 | -1) => {
    if (tabId === null) return;
    const message: PopupToBackground = { type: 'step-mention', tabId, direction };
    try {
      await browser.runtime.sendMessage(message);
      setProblem('');
    } catch {
      setProblem('Could not reach the page. Reload it and try again.');
    }
  };

  const text =
    tabId === null && !resolving
      ? 'Mentions are not counted on this page.'
      : tabId === null || count === null
        ? 'Counting mentions…'
        : mentionText(count);
  const canStep = tabId !== null && (count ?? 0) > 0;

  return (
    <div class="page-count">
      <p class="count-text" role="status" data-count={count ?? ''}>
        {text}
      </p>
      <div class="count-controls">
        <button type="button" class="button" disabled={!canStep} onClick={() => step(-1)}>
          ‹ Previous
        </button>
        <button type="button" class="button" disabled={!canStep} onClick={() => step(1)}>
          Next mention ›
        </button>
      </div>
      {problem && <p class="problem">{problem}</p>}
    </div>
  );
}
