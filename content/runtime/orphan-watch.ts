/**
 * Notices when the extension goes away under a running content script (disabled, uninstalled,
 * reloaded without a successor for this document): Chrome gives an orphaned script no event, so
 * the content script runs this check now and then while the page is visible (see
 * ./while-visible.ts). A property read per check: the highlights of a disabled extension disappear
 * within a second.
 */

/** A check that calls `onOrphaned` once, the first time `alive()` says no. */
export function orphanCheck(alive: () => boolean, onOrphaned: () => void): () => void {
  let orphaned = false;
  return () => {
    if (orphaned || alive()) return;
    orphaned = true;
    onOrphaned();
  };
}
