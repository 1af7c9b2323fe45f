/**
 * The watcher's bootstrap in a subframe (content/watch.ts): it announces itself as an instance
 * (./instance.ts: after an update it stops an orphaned old copy; the scanner it asked for stops
 * it), watches the frame's text (../scan/name-watch.ts) and, once that may name a drug, asks the
 * background to run the scanner in the frame. Like the scanner in a subframe, it touches no
 * extension API until it has a reason: a name (then it asks and stops watching) or a selection
 * (then it answers the look-up command's `get-selection`, as the scanner would).
 */
import type { ContentToBackgroundRequest, SelectionReply } from '../../src/messages';
import { isMessage } from '../../src/messages';
import { nameCheckFrom } from '../../src/matcher/name-check';
import { extensionApi, type MessageListener } from './extension-api';
import { announceInstance, isContextInvalidatedError, onReplaced } from './instance';
import { contextAlive } from './messaging';
import { selectedText, whenSelecting } from './selection';
import { createBatchScheduler } from '../scan/batch-scheduler';
import { NameWatch } from '../scan/name-watch';
import { createNextTask, type NextTask } from '../scan/next-task';

/** Starts watching the frame of `win` (nothing in a top frame); returns what stops it. */
export function watchFrame(win: Window): () => void {
  if (win === win.top) return () => {};
  const doc = win.document;
  const cleanups: (() => void)[] = [];
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        cleanup();
      } catch {
        // Keep stopping the rest.
      }
    }
  };

  const instance = announceInstance(doc);
  cleanups.push(onReplaced(doc, instance, stop, { alive: contextAlive }));

  // The look-up command asks every frame for its selection: only the frame with one answers.
  const onMessage: MessageListener = (message, _sender, sendResponse) => {
    if (!isMessage(message) || message.type !== 'get-selection') return undefined;
    const text = selectedText(doc);
    if (text) sendResponse({ text } satisfies SelectionReply);
    return undefined;
  };
  const listen = () => {
    if (stopped) return;
    const { runtime } = extensionApi();
    runtime.onMessage.addListener(onMessage);
    cleanups.push(() => {
      try {
        runtime.onMessage.removeListener(onMessage);
      } catch {
        // The extension context is gone: nothing to remove.
      }
    });
  };
  cleanups.push(whenSelecting(doc, listen));

  // Asks for the scanner, which stops this copy when it starts (it announces itself).
  const loadScanner = () => {
    if (stopped) return;
    if (!contextAlive()) return stop();
    const request: ContentToBackgroundRequest = { type: 'load-scanner' };
    const failed = (error: unknown) => {
      if (isContextInvalidatedError(error) || !contextAlive()) stop();
    };
    try {
      extensionApi().runtime.sendMessage(request).catch(failed);
    } catch (error) {
      failed(error);
    }
  };

  // A message channel only once something needs the next task (a hidden frame's batch, a long sweep).
  let channel: NextTask | undefined;
  const nextTask: NextTask = (callback) => (channel ??= createNextTask())(callback);
  const watch = new NameWatch({
    document: doc,
    mayHoldName: nameCheckFrom(__MEDGLANCE_NAME_CHECK_DATA__),
    found: loadScanner,
    scheduleBatch: createBatchScheduler(win, nextTask),
    nextTask,
  });
  cleanups.push(() => watch.stop());
  watch.start();
  return stop;
}
