/**
 * The content script runs a matcher from data built at build time (JSON in the bundle): it
 * must find exactly what a matcher compiled at run time finds.
 */
import { describe, expect, test } from 'vitest';
import { BUNDLED_DRUGS } from '../../src/drugs';
import { compileMatcher, matcherData, matcherFrom } from '../../src/matcher';

const TEXTS = [
  'I was given klonopine and kolonopin last week; two klonpins; clonidine is not it.',
  'My doctor switched me from clonazepam to Klonopin®, then to RIVOTRIL.',
  "Klonopin's label; klonopins; K-pin; clonazépam and clonazepam (NFD: clonaze\u0301pam).",
  'Taking it with oxycodone or alcohol, or Xanax, is what the warning is about.',
  '服用Klonopin的人 and клоназепам, клоназепама.',
  'Clonidine, Klondike bars and xklonopin are not mentions.',
  'nothing at all here',
];

describe('the prebuilt matcher', () => {
  test('its data survives JSON and finds what the compiled matcher finds', () => {
    const compiled = compileMatcher(BUNDLED_DRUGS);
    const prebuilt = matcherFrom(JSON.parse(JSON.stringify(matcherData(BUNDLED_DRUGS))));
    expect(prebuilt.minLength).toBe(compiled.minLength);
    let found = 0;
    for (const text of TEXTS) {
      expect(prebuilt.mayMatch(text)).toBe(compiled.mayMatch(text));
      expect(prebuilt.findMentions(text)).toEqual(compiled.findMentions(text));
      expect(prebuilt.findInteractants(text)).toEqual(compiled.findInteractants(text));
      found += prebuilt.findMentions(text).length + prebuilt.findInteractants(text).length;
    }
    expect(found).toBeGreaterThan(10);
  });
});
