// @vitest-environment node
/**
 * Urgent help shows the numbers for where the reader is, from the browser locale: the US numbers
 * by default, the UK, Canadian or EU numbers the fact sheet lists where the locale says so.
 */
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../content/tooltip/summary';
import { BUNDLED_DRUGS } from '../../src/drugs';
import { emergencyHelpFor, localeRegion } from '../../src/drugs/emergency-help';

const clonazepam = BUNDLED_DRUGS.find((drug) => drug.id === 'clonazepam')!;
const numbers = (locale: string | undefined) =>
  emergencyHelpFor(clonazepam.emergencyHelp, locale).map((help) => help.number);

describe('emergency numbers by locale', () => {
  it('reads the region of a locale, guessing it from the language when it is missing', () => {
    expect(localeRegion('en-GB')).toBe('GB');
    expect(localeRegion('fr-CA')).toBe('CA');
    expect(localeRegion('de')).toBe('DE');
    expect(localeRegion('en')).toBe('US');
    expect(localeRegion('not a locale!')).toBeUndefined();
    expect(localeRegion(undefined)).toBeUndefined();
  });

  it('US and unknown locales keep the US numbers', () => {
    expect(numbers('en-US')).toEqual(['911', '988', '1-800-222-1222']);
    expect(numbers(undefined)).toEqual(expect.arrayContaining(['911', '988', '1-800-222-1222']));
  });

  it('the UK gets 999, NHS 111 and Samaritans, not the US numbers', () => {
    expect(numbers('en-GB')).toEqual(['999, or go to A&E', '111', '116 123']);
  });

  it('Canada gets 911 and 9-8-8, in English or French', () => {
    expect(numbers('en-CA')).toEqual(['911', '9-8-8']);
    expect(numbers('fr-CA')).toEqual(['911', '9-8-8']);
  });

  it('EU member states get 112', () => {
    for (const locale of ['de-DE', 'fr-FR', 'it', 'fi-FI', 'pl']) expect(numbers(locale), locale).toEqual(['112']);
  });

  it('other regions get the US numbers and "your local emergency number"', () => {
    expect(numbers('ja-JP')).toEqual(['911', '988', '1-800-222-1222', 'your local emergency number']);
  });

  it('the tooltip summary follows the locale', () => {
    const match = { kind: 'generic' as const, variant: 'clonazepam' };
    expect(buildSummary(clonazepam, match, 'clonazepam', [], 'en-GB').emergencyHelp.join(' ')).toMatch(
      /999.*111.*116 123|999[\s\S]*116 123/u,
    );
    expect(buildSummary(clonazepam, match, 'clonazepam', [], 'en-GB').emergencyHelp.join(' ')).not.toMatch(/988/u);
    expect(buildSummary(clonazepam, match, 'clonazepam', [], 'en-US').emergencyHelp.join(' ')).toMatch(
      /911.*988|988.*911/su,
    );
  });
});
