/**
 * The watcher's bootstrap in a subframe (content/watch.ts): it announces itself as an instance
 * (./instance.ts: after an update it stops an orphaned old copy; the scanner it asked for stops
 * it), watches the frame's text (../scan/name-watch.ts) and, once that may name a drug, asks the
 * background to run the scanner in the frame. Like the scanner in a subframe, it touches no
 * extension API until it has a reason: a name (then it asks and stops watching) or a selection
 * (then it answers the look-up command's `get-selection`, as the scanner would).
 */
import type { SelectionReply } from '../../src/messages';
import { isMessage } from '../../src/messages';
import { nameCheckFrom } from '../../src/matcher/name-check';
import { listenForMessages, type MessageListener } from './extension-api';
import { announceInstance, onReplaced } from './instance';
import { contextAlive, sendToBackground } from './messaging';
import { createStopper } from './stopper';
import { selectedText, whenSelecting } from './selection';
import { createBatchScheduler } from '../scan/batch-scheduler';
import { NameWatch } from '../scan/name-watch';
import { createNextTask, type NextTask } from '../scan/next-task';

/** Starts watching the frame of `win` (nothing in a top frame); returns what stops it. */
export function watchFrame(win: Window): () => void {
  if (win === win.top) return () => {};
  const doc = win.document;
  const stopper = createStopper();
  const { stop } = stopper;

  const instance = announceInstance(doc);
  stopper.add(onReplaced(doc, instance, stop, { alive: contextAlive }));

  // The look-up command asks every frame for its selection: only the frame with one answers.
  const onMessage: MessageListener = (message, _sender, sendResponse) => {
    if (!isMessage(message) || message.type !== 'get-selection') return undefined;
    const text = selectedText(doc);
    if (text) sendResponse({ text } satisfies SelectionReply);
    return undefined;
  };
  const listen = () => {
    if (!stopper.stopped) stopper.add(listenForMessages(onMessage));
  };
  stopper.add(whenSelecting(doc, listen));

  // Asks for the scanner, which stops this copy when it starts (it announces itself).
  const loadScanner = () => {
    if (!stopper.stopped) sendToBackground({ type: 'load-scanner' }, stop);
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
  stopper.add(() => watch.stop());
  watch.start();
  return stop;
}
