// The unit-test environment itself: a test's preact tree is gone, effect cleanups included, when the test ends,
// so no timer of preact's outlives the jsdom environment (test/unit/setup/preact-after-paint.ts).
import { afterAll, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { useEffect, useState } from 'preact/hooks';

const log: string[] = [];

function Subscriber() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    log.push('subscribed');
    setReady(true);
    return () => log.push('unsubscribed');
  }, []);
  return <p>{ready ? 'ready' : 'starting'}</p>;
}

it("runs a rendered component's effects", async () => {
  render(<Subscriber />);
  expect(await screen.findByText('ready')).toBeTruthy();
  expect(log).toEqual(['subscribed']);
});

afterAll(() => {
  // Checked right after the last test, before the environment goes: the unmount's cleanup must have run already.
  expect(log).toEqual(['subscribed', 'unsubscribed']);
  expect(document.body.textContent).toBe('');
});
