/**
 * Notices when the extension goes away under a running content script (disabled, uninstalled,
 * reloaded without a successor for this document): Chrome gives an orphaned script no event, so
 * it checks the context now and then while the page is visible, and whenever it becomes visible.
 * A property read per second: the highlights of a disabled extension disappear within a second.
 */
import { whileVisible, type WhileVisibleOptions } from './while-visible';

export interface OrphanWatchOptions extends WhileVisibleOptions {
  document: Document;
  alive(): boolean;
  onOrphaned(): void;
}

/** Starts watching; returns the function that stops it. */
export function watchForOrphaning(options: OrphanWatchOptions): () => void {
  const { document: doc, alive, onOrphaned } = options;
  let stop: (() => void) | undefined;
  let orphaned = false;
  const check = () => {
    if (orphaned || alive()) return;
    orphaned = true;
    stop?.();
    onOrphaned();
  };
  stop = whileVisible(doc, check, options);
  // Orphaned already during the first check: stop the timer that was just started.
  if (orphaned) stop();
  return stop;
}
