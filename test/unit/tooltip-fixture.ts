/**
 * A complete DrugData for the tooltip's unit tests. The texts are test markers, not health
 * statements: the tests check that what the tooltip shows comes from the data.
 */
import type { Mention, MentionStore } from '../../content/types';
import type { InteractantOnPage } from '../../src/messages';
import type { DrugData } from '../../src/drugs/schema';
import { clonazepamNames } from '../../src/drugs/clonazepam';

export function fixtureDrug(overrides: Partial<DrugData> = {}): DrugData {
  return {
    id: 'clonazepam',
    displayName: 'Clonazepam',
    names: clonazepamNames,
    drugClass: { text: 'TEST-CLASS', sources: ['src-a'] },
    schedule: { text: 'TEST-SCHEDULE', sources: ['src-a'] },
    summary: {
      whatItIs: { text: 'A TEST-KIND medicine.', sources: ['src-a'] },
      treats: { text: 'TEST-TREATS panic and seizures.', sources: ['src-b'] },
      warnings: [
        { text: 'TEST-BOXED warning text.', sources: ['src-a'] },
        { text: 'TEST-SECOND warning.', sources: ['src-b'] },
        { text: 'TEST-THIRD warning.', sources: ['src-c'] },
      ],
    },
    sections: [],
    interactions: [
      {
        id: 'opioids',
        name: 'Opioids',
        members: [
          { generic: 'oxycodone', brands: ['OxyContin', 'Percocet'] },
          { generic: 'hydrocodone', brands: ['Vicodin'] },
        ],
        severity: 'contraindicated',
        effect: 'TEST-EFFECT',
        advice: 'TEST-ADVICE',
        tooltipLine: 'TEST-LINE taking them together can slow breathing dangerously',
        sources: ['src-d'],
      },
      {
        id: 'alcohol',
        name: 'Alcohol',
        members: [{ generic: 'alcohol', brands: [], aliases: ['beer'] }],
        severity: 'serious',
        effect: 'TEST-EFFECT',
        advice: 'TEST-ADVICE',
        tooltipLine: 'TEST-LINE alcohol adds to the sedation.',
        sources: ['src-e'],
      },
      {
        id: 'inducers',
        name: 'Inducers',
        members: [{ generic: 'carbamazepine', brands: ['Tegretol'] }],
        severity: 'moderate',
        effect: 'TEST-EFFECT',
        advice: 'TEST-ADVICE',
        tooltipLine: 'TEST-LINE lowers levels',
        sources: ['src-a'],
      },
    ],
    severityScale: [
      { level: 'contraindicated', label: 'Contraindicated', meaning: 'TEST' },
      { level: 'serious', label: 'Serious', meaning: 'TEST' },
      { level: 'moderate', label: 'Moderate', meaning: 'TEST' },
      { level: 'minor', label: 'Minor', meaning: 'TEST' },
    ],
    urgentSigns: [
      { text: 'TEST-URGENT slow breathing', sources: ['src-c'] },
      { text: 'TEST-URGENT cannot wake', sources: ['src-c'] },
    ],
    emergencyHelp: [{ label: 'Emergency', number: '911', region: 'US', sources: ['src-c'] }],
    disclaimer: 'TEST-DISCLAIMER not medical advice.',
    sources: [
      { id: 'src-a', title: 'Label A', publisher: 'Publisher A', url: 'https://a.example', section: 'Boxed' },
      { id: 'src-b', title: 'Page B', publisher: 'Publisher B', url: 'https://b.example', section: 'Uses' },
      { id: 'src-c', title: 'Page C', publisher: 'Publisher A', url: 'https://c.example', section: 'x' },
      { id: 'src-d', title: 'Page D', publisher: 'Publisher D', url: 'https://d.example', section: 'x' },
      { id: 'src-e', title: 'Page E', publisher: 'Publisher E', url: 'https://e.example', section: 'x' },
      { id: 'src-unused', title: 'Unused', publisher: 'Never Cited', url: 'https://u.example', section: 'x' },
    ],
    lastReviewed: '2026-11-25',
    ...overrides,
  };
}

/** A mention store the tests fill by hand; emit() tells the tooltip it changed. */
export class FakeStore implements MentionStore {
  mentions: Mention[] = [];
  others: InteractantOnPage[] = [];
  private listeners = new Set<() => void>();
  get count() {
    return this.mentions.length;
  }
  mentionAt(node: Node, offset: number) {
    return this.mentions.find((m) => m.node === node && offset >= m.start && offset < m.end);
  }
  inDocumentOrder() {
    return [...this.mentions];
  }
  interactants() {
    return [...this.others];
  }
  onChange(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit() {
    for (const listener of this.listeners) listener();
  }
}

/** The mention of `word` in `node`, with its Range. */
export function mentionOf(node: Text, word: string, kind: Mention['match']['kind'], variant: string): Mention {
  const start = node.data.indexOf(word);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + word.length);
  return {
    node,
    start,
    end: start + word.length,
    range,
    match: { start, end: start + word.length, drugId: 'clonazepam', kind, variant },
  };
}
