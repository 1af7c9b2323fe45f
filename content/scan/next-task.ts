/**
 * Runs a callback in a new task soon, without timers: timers in background tabs are throttled to
 * one wake-up a second (or less), and a hidden tab's badge must still follow the page.
 * A MessageChannel's messages are private to us: the page sees no postMessage traffic.
 */
export type NextTask = (callback: () => void) => void;

export function createNextTask(): NextTask {
  if (typeof MessageChannel !== 'function') return (callback) => setTimeout(callback, 0);
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => {
    const callback = queue.shift();
    callback?.();
  };
  return (callback) => {
    queue.push(callback);
    channel.port2.postMessage(null);
  };
}
