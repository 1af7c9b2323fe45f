/**
 * The bench's script time (bench/script-time.ts) counts every bit of V8 execution on a renderer's
 * main thread once: promise jobs included, nested events not twice, other threads not at all.
 */
import { describe, expect, it } from 'vitest';
import { scriptMsFromTrace, type TraceEvent } from '../../bench/script-time';

const MAIN = { pid: 1, tid: 10 };
const WORKER = { pid: 1, tid: 11 };
const threadNames: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ts: 0, ...MAIN, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, ...WORKER, args: { name: 'DedicatedWorker thread' } },
];
const span = (name: string, ts: number, dur: number, thread = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  ts: ts * 1000,
  dur: dur * 1000,
  ...thread,
});

describe('script time from a trace', () => {
  it('counts promise jobs run after a listener, which CDP ScriptDuration leaves out', () => {
    const events = [...threadNames, span('v8.callFunction', 0, 0.1), span('RunMicrotasks', 0.2, 50)];
    expect(scriptMsFromTrace(events)).toBeCloseTo(50.1);
  });

  it('counts an event inside another once', () => {
    const events = [
      ...threadNames,
      span('v8.callFunction', 0, 30),
      span('RunMicrotasks', 10, 15),
      span('v8.compile', 12, 2),
      span('v8.run', 40, 5),
    ];
    expect(scriptMsFromTrace(events)).toBeCloseTo(35);
  });

  it('leaves out other threads and events that are not script', () => {
    const events = [
      ...threadNames,
      span('v8.run', 0, 20, WORKER),
      span('Layout', 0, 40),
      span('ParseHTML', 50, 10),
      span('v8.evaluateModule', 70, 4),
    ];
    expect(scriptMsFromTrace(events)).toBeCloseTo(4);
  });
});
