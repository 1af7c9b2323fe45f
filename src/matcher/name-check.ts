/**
 * The matcher's cheap test alone (Matcher.mayMatch: false means no name can be in the text),
 * from a small data set: what a frame needs to decide whether to load the scanner at all. The
 * data is made at build time from the matcher's (scripts/build-content.ts); the searches, the
 * typo tables and the values stay out of it.
 */
import { alsoAsRead } from './reading-view';
import { everyNameSource, prefilterFrom, type MatcherData, type PrefilterData } from './run';

export interface NameCheckData {
  prefilter: PrefilterData;
  /** The alternation of every name the matcher finds (the cores of both searches, the typo segments). */
  alternation: string;
  /** Shorter text cannot hold a match. */
  minLength: number;
}

/** The name check's data, taken from the matcher's; undefined when the matcher finds nothing at all. */
export function nameCheckData(data: MatcherData): NameCheckData | undefined {
  if (!data.prefilter) return undefined;
  return {
    prefilter: data.prefilter,
    alternation: everyNameSource(data),
    minLength: data.minLength ?? Number.POSITIVE_INFINITY,
  };
}

/**
 * Says true wherever the matcher's mayMatch (and mayMatchAnywhere) would, and nowhere else: text
 * that may hold a name. Made for text of any length, a whole document's included (the prefilter's
 * testLong: the full alternation only around the anchors found).
 */
export function nameCheckFrom(data: NameCheckData | undefined): (text: string) => boolean {
  if (!data) return () => false;
  const mayHoldName = alsoAsRead(prefilterFrom(data.prefilter, data.alternation).testLong);
  return (text) => text.length >= data.minLength && mayHoldName(text);
}
