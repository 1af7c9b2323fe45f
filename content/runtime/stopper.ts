/**
 * How one copy of a content script (the scanner or the watcher) stops: its cleanups run once,
 * last added first, each whatever the others throw. A cleanup added after the stop runs at once.
 */
export interface Stopper {
  readonly stopped: boolean;
  add(cleanup: () => void): void;
  stop(): void;
}

function runQuietly(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // Keep stopping the rest.
  }
}

export function createStopper(): Stopper {
  const cleanups: (() => void)[] = [];
  let stopped = false;
  return {
    get stopped() {
      return stopped;
    },
    add: (cleanup) => {
      if (stopped) runQuietly(cleanup);
      else cleanups.push(cleanup);
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      for (const cleanup of cleanups.splice(0).reverse()) runQuietly(cleanup);
    },
  };
}
