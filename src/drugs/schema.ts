/**
 * The shape of one drug's bundled data. Everything the extension says or matches about a
 * drug comes from a value of this type: adding a drug is adding a data file, not code.
 *
 * Runtime validation of these values lives in ./validate.ts (used by the tests and by the
 * registry for drugs registered at run time).
 */

/** Kinds of name the page scan reports for a mention. */
export type VariantKind = 'brand' | 'generic' | 'misspelling' | 'slang' | 'foreign';

/** An id from DrugData.sources, e.g. "fda-label". */
export type SourceId = string;

export interface Sourced {
  /** One or more ids from DrugData.sources. */
  sources: SourceId[];
}

export interface SourcedText extends Sourced {
  text: string;
}

export interface InternationalBrand extends Sourced {
  name: string;
  /** Where it is sold, as plain country names ("Canada", "United Kingdom"). */
  countries: string[];
}

export interface ForeignName extends Sourced {
  name: string;
  /** BCP 47 language code: "fr", "ru", "ja", "zh". */
  lang: string;
}

export interface SlangName extends Sourced {
  name: string;
}

export interface DrugNames {
  /** The generic (INN) name first: "clonazepam". Tall Man forms need no entry: matching ignores case. */
  generic: string[];
  /** Brands in the drug's home market (US for clonazepam), with the main one first. */
  brands: (Sourced & { name: string })[];
  internationalBrands: InternationalBrand[];
  /** Used only for matching; never shown as facts. Need no source. */
  misspellings: string[];
  slang: SlangName[];
  otherLanguages: ForeignName[];
}

/** Ordered section ids of the full reference. The order here is the order shown. */
export const SECTION_IDS = [
  'what-it-is',
  'uses',
  'how-it-works',
  'benefits',
  'side-effects',
  'boxed-warning',
  'dependence',
  'withdrawal',
  'dosage',
  'interactions',
  'cautions',
  'overdose',
  'debate',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** A block inside a section: a paragraph, or a titled list of sourced items. */
export type ReferenceBlock =
  | ({ kind: 'paragraph' } & SourcedText)
  | {
      kind: 'list';
      /** Optional heading of the list, e.g. "Common side effects". */
      title?: string;
      items: (SourcedText & {
        /** Marks an off-label use. */
        offLabel?: boolean;
        /** A frequency from the label, e.g. "about 50%". */
        frequency?: string;
        /** Marks something that needs emergency help now. */
        urgent?: boolean;
      })[];
    };

export interface ReferenceSection {
  id: SectionId;
  title: string;
  /** Optional sub-sections, e.g. dosage: "Seizure disorders: adults". */
  blocks: ReferenceBlock[];
  subsections?: { title: string; blocks: ReferenceBlock[] }[];
}

/**
 * Four levels of risk, highest first. They describe how much harm a combination can do, never
 * what a person should do: the advice for each pair is in its own row. The levels follow the
 * rating tiers the references use (a label's contraindication; Drugs.com "major" and Micromedex
 * "usually not recommended"; "moderate"; a small measured effect).
 */
export const SEVERITY_LEVELS = ['contraindicated', 'serious', 'moderate', 'minor'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

export interface SeverityDefinition {
  level: SeverityLevel;
  /** Short label shown in badges: "Serious", "Moderate"... */
  label: string;
  /**
   * What the level means, in plain words, followed by which source ratings lead to it. Shown in
   * the popup's severity help. Describes risk; never tells anyone to take or stop anything.
   */
  meaning: string;
}

export interface InteractionMember {
  /** Generic name, lower case as written in prose: "oxycodone". For non-drugs: "alcohol". */
  generic: string;
  /** Brand names: "OxyContin", "Percocet". */
  brands: string[];
  /**
   * Other names people write that should find this member (e.g. "ethanol"). Optional. Every name
   * here is matched on pages, so ordinary words ("wine", "pot") that would flood pages are left out.
   */
  aliases?: string[];
  /** Where the brand-to-generic pairing was read, when a source other than the interaction's own names it. */
  sources?: SourceId[];
}

export interface Interaction extends Sourced {
  id: string;
  /** Name of the drug or class: "Opioids". */
  name: string;
  members: InteractionMember[];
  severity: SeverityLevel;
  /** What happens, one or two plain sentences. */
  effect: string;
  /**
   * What can happen to watch for, what the sources say the prescriber does, and who to talk to:
   * one to three plain sentences. Never an instruction to start, stop or avoid a medicine.
   */
  advice: string;
  /** One short clause for the tooltip: "taking them together can slow breathing dangerously". */
  tooltipLine: string;
}

export interface UrgentSign extends Sourced {
  text: string;
}

export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  url: string;
  /** Which part of the source supports us, e.g. "Boxed Warning". */
  section: string;
}

export interface EmergencyHelp extends Sourced {
  /** What the number is for: "emergency services", "988 Suicide and Crisis Lifeline, call or text". */
  label: string;
  number: string;
  /** Where it works, as shown: "US", "UK", "England". */
  region: string;
  /**
   * Where the browser's locale must point for the entry to be shown: ISO 3166 region codes
   * ("US", "GB", "CA"), "EU" for the member states, or "other" for every region no entry names.
   * Without it the entry is shown everywhere. See ./emergency-help.ts.
   */
  where?: string[];
}

export interface TooltipSummary {
  /** One line: what it is ("a benzodiazepine medicine"). */
  whatItIs: SourcedText;
  /** One line: what it treats. */
  treats: SourcedText;
  /** Top three warnings, the boxed warning first. */
  warnings: [SourcedText, SourcedText, SourcedText];
}

export interface DrugData {
  id: string;
  /** Display name: "Clonazepam". */
  displayName: string;
  names: DrugNames;
  drugClass: SourcedText;
  /** e.g. "Schedule IV controlled substance (US)". */
  schedule: SourcedText;
  summary: TooltipSummary;
  sections: ReferenceSection[];
  interactions: Interaction[];
  severityScale: SeverityDefinition[];
  urgentSigns: UrgentSign[];
  /** Emergency numbers and crisis lines, e.g. 911, 988, Poison Control. */
  emergencyHelp: EmergencyHelp[];
  /** Shown everywhere the reference is shown. */
  disclaimer: string;
  sources: Source[];
  /** ISO date: "2026-11-25". */
  lastReviewed: string;
}
