import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_RANGE,
  TOOLTIP_TRIGGERS,
  type Settings,
} from '../../src/settings/schema';
import { isValidSettings, repairSettings } from '../../src/settings/validate';

const validSettings: Settings = {
  highlightEnabled: false,
  disabledSites: ['example.com', 'news.example.org'],
  highlightStyle: 'outline',
  tooltipTrigger: 'click',
  hoverDelayMs: 750,
};

describe('repairSettings', () => {
  it('returns the defaults for nothing stored, null, numbers, arrays and corrupt strings', () => {
    for (const stored of [undefined, null, 0, 42, true, 'garbage{', [], [1, 2], () => 1, Symbol('x')]) {
      expect(repairSettings(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps a fully valid value as it is', () => {
    expect(repairSettings(validSettings)).toEqual(validSettings);
  });

  it('fills in fields missing from an older, partial value and keeps the ones present', () => {
    expect(repairSettings({ highlightEnabled: false })).toEqual({ ...DEFAULT_SETTINGS, highlightEnabled: false });
    expect(repairSettings({ tooltipTrigger: 'off', somethingFromV0: 1 })).toEqual({
      ...DEFAULT_SETTINGS,
      tooltipTrigger: 'off',
    });
  });

  it('repairs each wrong field to its default without losing the valid ones', () => {
    const repaired = repairSettings({
      highlightEnabled: 'yes',
      disabledSites: 'example.com',
      highlightStyle: 'sparkles',
      tooltipTrigger: 'click',
      hoverDelayMs: Number.NaN,
    });
    expect(repaired).toEqual({ ...DEFAULT_SETTINGS, tooltipTrigger: 'click' });
  });

  it('clamps and rounds the hover delay, and reads numbers stored as text', () => {
    expect(repairSettings({ hoverDelayMs: -50 }).hoverDelayMs).toBe(HOVER_DELAY_RANGE.min);
    expect(repairSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(HOVER_DELAY_RANGE.max);
    expect(repairSettings({ hoverDelayMs: 412.6 }).hoverDelayMs).toBe(413);
    expect(repairSettings({ hoverDelayMs: ' 500 ' }).hoverDelayMs).toBe(500);
    expect(repairSettings({ hoverDelayMs: '5oo' }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(repairSettings({ hoverDelayMs: Infinity }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });

  it('keeps the valid sites of a list, folded and without duplicates, and drops the rest', () => {
    const repaired = repairSettings({
      disabledSites: ['Example.COM', ' example.com ', '', 7, null, 'a b', 'http://x.y/', 'ok.test'],
    });
    expect(repaired.disabledSites).toEqual(['example.com', 'ok.test']);
  });

  it('reads a value that was stored as a JSON string', () => {
    expect(repairSettings(JSON.stringify(validSettings))).toEqual(validSettings);
  });

  it('survives objects whose properties throw when read', () => {
    const hostile = Object.defineProperty({}, 'highlightStyle', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(repairSettings(hostile)).toEqual(DEFAULT_SETTINGS);
  });

  it('never returns the shared defaults array (callers may mutate the result)', () => {
    const repaired = repairSettings(undefined);
    repaired.disabledSites.push('mutated.example');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('repairSettings under random stored values (fast-check)', () => {
  const validField = {
    highlightEnabled: fc.boolean(),
    disabledSites: fc.uniqueArray(
      fc.domain().map((d) => d.toLowerCase()),
      { maxLength: 5 },
    ),
    highlightStyle: fc.constantFrom(...HIGHLIGHT_STYLES),
    tooltipTrigger: fc.constantFrom(...TOOLTIP_TRIGGERS),
    hoverDelayMs: fc.integer({ min: HOVER_DELAY_RANGE.min, max: HOVER_DELAY_RANGE.max }),
  };
  const keys = Object.keys(validField) as (keyof Settings)[];

  it('always returns a valid Settings, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withNullPrototype: true,
        }),
        (stored) => {
          expect(isValidSettings(repairSettings(stored))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('returns a valid Settings for objects with the right keys and random values', () => {
    const randomRecord = fc.record(
      Object.fromEntries(keys.map((key) => [key, fc.anything()])) as Record<keyof Settings, fc.Arbitrary<unknown>>,
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(randomRecord, (stored) => {
        expect(isValidSettings(repairSettings(stored))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every valid field and defaults every broken one, field by field', () => {
    // Each field is either a valid value (kept exactly) or random junk of the wrong type (defaulted).
    const junk = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.object(),
      fc.float({ noDefaultInfinity: false }).filter((n) => !Number.isFinite(n)),
      fc.constant('not-a-valid-value'),
    );
    const fields = Object.fromEntries(
      keys.map((key) => [
        key,
        fc.oneof(
          validField[key].map((value) => ({ valid: true as const, value })),
          junk.map((value) => ({ valid: false as const, value })),
        ),
      ]),
    ) as Record<keyof Settings, fc.Arbitrary<{ valid: boolean; value: unknown }>>;
    fc.assert(
      fc.property(fc.record(fields), (chosen) => {
        const stored = Object.fromEntries(keys.map((key) => [key, chosen[key].value]));
        const repaired = repairSettings(stored);
        expect(isValidSettings(repaired)).toBe(true);
        for (const key of keys) {
          expect(repaired[key]).toEqual(chosen[key].valid ? chosen[key].value : DEFAULT_SETTINGS[key]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
