/**
 * The script every frame parses (document_start, every frame, one self-contained classic script),
 * so it is small: it only decides whether a subframe needs the scanner (./index.ts), and asks the
 * background to run it there once the frame's text may name a drug (./runtime/frame-watcher.ts).
 * The top frame has the scanner from the manifest itself, so there this does nothing at all.
 */
import { watchFrame } from './runtime/frame-watcher';

try {
  watchFrame(window);
} catch (error) {
  console.error('[MedGlance] frame watcher failed', error);
}
