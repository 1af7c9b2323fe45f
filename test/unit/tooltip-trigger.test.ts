import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TriggerController, type HideReason, type ShowReason } from '../../content/tooltip/trigger';
import type { TooltipTrigger } from '../../src/settings/schema';

type M = { id: string };
const a: M = { id: 'a' };
const b: M = { id: 'b' };

function setup(initialMode: TooltipTrigger = 'hover', delay = 300) {
  let mode = initialMode;
  const events: string[] = [];
  const controller = new TriggerController<M>(
    {
      show: (mention: M, reason: ShowReason) => events.push(`show ${mention.id} ${reason}`),
      hide: (reason: HideReason) => events.push(`hide ${reason}`),
    },
    { mode: () => mode, hoverDelayMs: () => delay, graceMs: 350 },
  );
  return {
    controller,
    events,
    setMode(next: TooltipTrigger) {
      mode = next;
      controller.modeChanged();
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('hover trigger', () => {
  it('opens after the hover delay, not before', () => {
    const { controller, events } = setup('hover', 300);
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(299);
    expect(events).toEqual([]);
    // Further moves over the same mention do not restart the delay.
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show a hover']);
    expect(controller.shown).toBe(a);
  });

  it('follows the delay setting', () => {
    const { controller, events } = setup('hover', 0);
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(0);
    expect(events).toEqual(['show a hover']);
  });

  it('does not open when the pointer leaves before the delay', () => {
    const { controller, events } = setup();
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(200);
    controller.pointerAt({ kind: 'none' });
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('closes after the grace period once the pointer has left mention and tooltip', () => {
    const { controller, events } = setup();
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(300);
    controller.pointerAt({ kind: 'none' });
    vi.advanceTimersByTime(349);
    expect(controller.shown).toBe(a);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show a hover', 'hide pointer-left']);
  });

  it('stays open while the pointer travels into the tooltip and rests there', () => {
    const { controller, events } = setup();
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(300);
    controller.pointerAt({ kind: 'none' });
    vi.advanceTimersByTime(200);
    controller.pointerAt({ kind: 'tooltip' });
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['show a hover']);
    // And closes when the pointer leaves the tooltip.
    controller.pointerAt({ kind: 'none' });
    vi.advanceTimersByTime(350);
    expect(events).toEqual(['show a hover', 'hide pointer-left']);
  });

  it('moves to another mention after the delay, straight across when the delay is short', () => {
    const { controller, events } = setup('hover', 300);
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(300);
    controller.pointerAt({ kind: 'mention', mention: b });
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['show a hover', 'show b hover']);
    expect(controller.shown).toBe(b);
  });

  it('with a long delay the old tooltip closes first and the new one still opens', () => {
    const { controller, events } = setup('hover', 1000);
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(1000);
    controller.pointerAt({ kind: 'mention', mention: b });
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['show a hover', 'hide pointer-left', 'show b hover']);
  });

  it('Escape closes, and the same mention does not reopen until the pointer leaves it', () => {
    const { controller, events } = setup();
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(300);
    expect(controller.escape()).toBe(true);
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['show a hover', 'hide escape']);
    controller.pointerAt({ kind: 'none' });
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['show a hover', 'hide escape', 'show a hover']);
  });

  it('Escape with nothing open reports that it did nothing', () => {
    const { controller, events } = setup();
    expect(controller.escape()).toBe(false);
    expect(events).toEqual([]);
  });

  it('a mouse click on a mention opens it at once; an outside click closes it', () => {
    const { controller, events } = setup();
    controller.click(a, false, 'mouse');
    expect(events).toEqual(['show a hover']);
    controller.click(undefined, true, 'mouse');
    expect(controller.shown).toBe(a);
    controller.click(undefined, false, 'mouse');
    expect(events).toEqual(['show a hover', 'hide outside-click']);
  });

  it('a tap opens it and it stays without a pointer (touch has no hover)', () => {
    const { controller, events } = setup();
    controller.click(a, false, 'touch');
    controller.pointerAt({ kind: 'none' });
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['show a click']);
  });
});

describe('click trigger', () => {
  it('ignores hovering and opens on click, persistent until dismissed', () => {
    const { controller, events } = setup('click');
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([]);
    controller.click(a, false, 'mouse');
    controller.pointerAt({ kind: 'none' });
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['show a click']);
    controller.escape();
    expect(events).toEqual(['show a click', 'hide escape']);
  });
});

describe('off, keyboard and settings changes', () => {
  it('off: neither hover nor click opens it, the keyboard command still does', () => {
    const { controller, events } = setup('off');
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(5000);
    controller.click(a, false, 'mouse');
    expect(events).toEqual([]);
    controller.keyboard(a);
    expect(events).toEqual(['show a keyboard']);
  });

  it('a keyboard-opened tooltip ignores pointer moves, closes when focus leaves', () => {
    const { controller, events } = setup('hover');
    controller.keyboard(a);
    controller.pointerAt({ kind: 'none' });
    vi.advanceTimersByTime(5000);
    expect(controller.shown).toBe(a);
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(5000);
    expect(controller.reason).toBe('keyboard');
    controller.focusLeft();
    expect(events).toEqual(['show a keyboard', 'hide focus-left']);
  });

  it('turning the trigger off closes a pointer-opened tooltip and cancels a pending one', () => {
    const { controller, events, setMode } = setup('hover');
    controller.pointerAt({ kind: 'mention', mention: a });
    vi.advanceTimersByTime(300);
    controller.pointerAt({ kind: 'mention', mention: b });
    setMode('off');
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['show a hover', 'hide settings']);
  });

  it('dispose closes and cancels everything', () => {
    const { controller, events } = setup('hover');
    controller.click(a, false, 'mouse');
    controller.pointerAt({ kind: 'mention', mention: b });
    controller.dispose();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['show a hover', 'hide stop']);
  });
});
