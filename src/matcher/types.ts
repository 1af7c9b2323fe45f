import type { DrugData, Interaction, VariantKind } from '../drugs/schema';

/** A mention of a bundled drug in a string. Offsets are UTF-16 indexes into that string. */
export interface DrugMatch {
  start: number;
  end: number;
  drugId: string;
  kind: VariantKind;
  /** The name as listed in the drug's data ("Klonopin", "K-pin", "клоназепам"). */
  variant: string;
  /**
   * Set when the written word is no listed spelling but a typo of one ("kolonopin"): `variant`
   * and `kind` are then those of the correctly spelled name it was read as ("Klonopin", brand).
   */
  typo?: true;
}

/** A mention of a drug from some bundled drug's interaction table ("oxycodone", "Xanax"). */
export interface InteractantMatch {
  start: number;
  end: number;
  /** The drug whose interaction table lists it. */
  drugId: string;
  interactionId: string;
  /** The member's generic name ("oxycodone"), also when a brand was written. */
  member: string;
  /** The name as listed in the data ("Percocet"). */
  variant: string;
}

export interface Matcher {
  /** Cheap test on a whole text node's data: false means neither kind of match is possible. */
  mayMatch(text: string): boolean;
  /**
   * mayMatch for one long text (a whole document's, its text nodes joined): the same answer,
   * several times quicker there. False also means no name runs across two of the joined nodes.
   */
  mayMatchAnywhere(text: string): boolean;
  /**
   * Cheap test for drug mentions only (no interaction-table names), for a few words at a time:
   * false means findMentions finds nothing. Smaller than mayMatch's alternation.
   */
  mayMention(text: string): boolean;
  /** Shorter text cannot hold a match (a scanner can skip it without reading it). */
  readonly minLength: number;
  /** Drug mentions, in order, non-overlapping. */
  findMentions(text: string): DrugMatch[];
  /** Interaction-table names, in order, non-overlapping, never overlapping a drug mention. */
  findInteractants(text: string): InteractantMatch[];
}

/** What compileMatcher needs of a drug: its id, names and (optionally) its interaction table. */
export type MatcherDrug = Pick<DrugData, 'id' | 'names'> & {
  interactions?: readonly Pick<Interaction, 'id' | 'members'>[];
};
