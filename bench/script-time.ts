/**
 * Main-thread script time from a DevTools trace, promise jobs included.
 *
 * CDP `Performance.getMetrics` `ScriptDuration` counts a script's evaluation and the functions
 * the browser calls (listeners, timers, observers), but not the promise jobs (microtasks) run
 * after them: work done after `await` in an event listener does not show there at all (a page
 * that spends 50 ms in `new Promise(r => addEventListener('DOMContentLoaded', r)).then(busy)`
 * shows 0.2 ms; the same 50 ms in the listener itself shows 50). An extension that awaits
 * DOMContentLoaded would look almost free. This sums V8's own execution events instead: every
 * evaluation, call, compile and microtask run on a renderer's main thread, outermost only.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** V8 execution on the main thread: what a script costs the page, whoever called it. */
const SCRIPT_EVENTS: ReadonlySet<string> = new Set([
  'v8.run',
  'v8.callFunction',
  'v8.compile',
  'v8.evaluateModule',
  'RunMicrotasks',
]);

/** The categories those events come in (thread names are always there). */
export const SCRIPT_TRACE_CATEGORIES = ['v8', 'v8.execute'];

/** The renderers' main threads, as `pid:tid`, from the trace's thread names. */
export function rendererMainThreads(events: readonly TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
}

/** Milliseconds of script on renderer main threads: outermost script events only, so nothing counts twice. */
export function scriptMsFromTrace(events: readonly TraceEvent[]): number {
  const mainThreads = rendererMainThreads(events);
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X' || !SCRIPT_EVENTS.has(event.name)) continue;
    const thread = `${event.pid}:${event.tid}`;
    if (!mainThreads.has(thread)) continue;
    const list = byThread.get(thread) ?? [];
    list.push(event);
    byThread.set(thread, list);
  }
  let totalUs = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let coveredUntil = Number.NEGATIVE_INFINITY;
    for (const event of list) {
      const end = event.ts + (event.dur ?? 0);
      if (event.ts >= coveredUntil) {
        totalUs += event.dur ?? 0;
        coveredUntil = end;
      } else if (end > coveredUntil) {
        // Overlaps the outermost event without being inside it (should not happen on one thread).
        totalUs += end - coveredUntil;
        coveredUntil = end;
      }
    }
  }
  return totalUs / 1000;
}

/** Starts recording the script events; the returned function stops and hands them over. */
export async function recordScriptTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: SCRIPT_TRACE_CATEGORIES },
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}
