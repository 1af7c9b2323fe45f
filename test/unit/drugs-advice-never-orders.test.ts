// @vitest-environment node
/**
 * What people read about a combination describes risk; it never tells them to start, stop, avoid or
 * change a medicine. The only orders allowed are the safe ones: not to stop or change a medicine on
 * their own, and to talk to the prescriber. The top severity level claims a label contraindication,
 * so it is used only where a cited source is a contraindications section, and the opioid-addiction
 * medicines (FDA 2017: not to be withheld) are never at that level.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DRUGS } from '../../src/drugs';
import { SEVERITY_LEVELS, type DrugData } from '../../src/drugs/schema';
import { validateDrug } from '../../src/drugs/validate';

/** Keys whose strings are not read as statements: ids, codes, citations (source titles quote others). */
const NOT_STATEMENTS = new Set([
  'id',
  'url',
  'sources',
  'level',
  'severity',
  'lang',
  'kind',
  'misspellings',
  'lastReviewed',
]);

function userStrings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((entry, i) => userStrings(entry, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) =>
      NOT_STATEMENTS.has(key) ? [] : userStrings(entry, `${path}.${key}`),
    );
  }
  return [];
}

/** The safe orders: not to stop or change a medicine on one's own / without talking to someone first. */
const SAFE_ORDER =
  /\b(?:do not|don['’]t|never|not to|not)\s+(?:stop|change|cut down|cut|start|lower|raise)\b[^.;:]*?\b(?:on (?:your|their|his|her) own|without (?:first )?(?:talking|speaking|checking)\b[^.;:]*)/giu;

/** Instructions to start, stop, avoid or change a medicine, and the level names that were orders. */
const ORDERS: RegExp[] = [
  /\bavoid\w*/iu,
  /\b(?:do not|don['’]t|never|not to)\s+(?:use|take|combine|mix|start)\b/iu,
  /\b(?:should|must)\s+not\s+be\s+(?:used|taken|combined|mixed|given)\b/iu,
  /\bnot\s+(?:be\s+)?(?:used|taken|combined)\s+together\b/iu,
  /\bstop(?:ping)?\s+(?:taking|using)\b/iu,
  /\bstop(?:ping)?\s+(?:one|either|both|the other)\b/iu,
  /\b(?:start|switch)\s+(?:taking|to)\b/iu,
  /\b(?:increase|decrease|reduce|lower|raise|double|change)\s+your\s+dose\b/iu,
  /\bbefore\s+(?:combining|mixing)\b/iu,
];

export function ordersIn(text: string): string[] {
  const rest = text.replace(SAFE_ORDER, ' ');
  return ORDERS.flatMap((pattern) => {
    const hit = pattern.exec(rest);
    return hit ? [hit[0]] : [];
  });
}

describe('the order detector', () => {
  it('flags the wording that used to ship, and orders hidden behind a safe clause', () => {
    for (const text of [
      'Avoid',
      'Do not use together, or only when there is no other choice.',
      'If the combination cannot be avoided, lower the dose of one of the drugs, or stop one.',
      'The A.D.A.M. source says not to combine them except under medical supervision.',
      'Stop taking it if you feel dizzy.',
      'Avoid alcohol; talk to your prescriber.',
      'These medicines should not be used together.',
      'Ask a pharmacist before combining them.',
    ]) {
      expect(ordersIn(text), text).not.toEqual([]);
    }
  });

  it('lets through the safe orders and plain descriptions of risk', () => {
    for (const text of [
      'Keep taking them as prescribed, and do not stop either on your own: talk to the prescriber first.',
      'Do not stop clonazepam or change the dose without talking to the prescriber first.',
      'Do not start, stop or change any medicine or dose on your own; talk to your prescriber or pharmacist first.',
      'Together they can slow breathing; the prescriber decides whether both are used.',
    ]) {
      expect(ordersIn(text), text).toEqual([]);
    }
  });
});

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFilesUnder(path);
    return /\.tsx?$/u.test(name) && !/\.test\./u.test(name) ? [path] : [];
  });
}

/**
 * The words the extension's own screens show (tooltip, popup, checker, reference page): every
 * string literal and JSX text in the shipped source of content/ and popup/ that reads as prose.
 */
function shippedInterfaceText(): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  for (const file of ['content', 'popup'].flatMap((dir) => sourceFilesUnder(join(REPO_ROOT, dir)))) {
    const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
    const visit = (node: ts.Node): void => {
      const text =
        ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)
          ? node.text.replace(/\s+/gu, ' ').trim()
          : '';
      if (/\p{L}{2,} \p{L}{2,}/u.test(text)) found.push({ path: file.slice(REPO_ROOT.length), text });
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('the extension’s own words (tooltip, popup, checker, reference page)', () => {
  const texts = shippedInterfaceText();

  it('are found: the checker’s and tooltip’s headings and notices are among them', () => {
    expect(texts.map((t) => t.text)).toEqual(
      expect.arrayContaining(['Get emergency help now for', 'What happens', 'What to watch for and who to ask']),
    );
  });

  it('never order anyone to start, stop, avoid or change a medicine', () => {
    const found = texts.flatMap(({ path, text }) => ordersIn(text).map((hit) => `${path}: "${hit}" in "${text}"`));
    expect(found).toEqual([]);
  });
});

describe.each(BUNDLED_DRUGS.map((drug) => [drug.id, drug] as const))(
  '%s: what it says about medicines',
  (_id, drug: DrugData) => {
    it('reads as risk, never as an order to start, stop, avoid or change a medicine', () => {
      const texts = userStrings(drug, drug.id);
      expect(texts.length).toBeGreaterThan(100);
      const found = texts.flatMap(({ path, text }) => ordersIn(text).map((hit) => `${path}: "${hit}" in "${text}"`));
      expect(found).toEqual([]);
    });

    it('every serious or contraindicated pair says what can happen, what to watch for, and to talk to the prescriber or pharmacist; slowed breathing comes with emergency help now', () => {
      const dangerous = drug.interactions.filter((i) => i.severity === 'serious' || i.severity === 'contraindicated');
      expect(dangerous.length).toBeGreaterThan(0);
      const gaps = dangerous.flatMap((i) => {
        const missing: string[] = [];
        if (i.effect.trim().length === 0) missing.push('what can happen');
        if (!/\bwatch/iu.test(i.advice)) missing.push('what to watch for');
        if (!/\b(?:talk|tell|ask|call)\b[^.]*\b(?:prescriber|pharmacist)\b/iu.test(i.advice))
          missing.push('talk to the prescriber or pharmacist');
        if (/breath/iu.test(`${i.effect} ${i.tooltipLine}`) && !/emergency help now/iu.test(i.advice))
          missing.push('emergency help now');
        return missing.map((what) => `${i.id}: ${what}`);
      });
      expect(gaps).toEqual([]);
    });

    it('uses the contraindicated level only with a cited contraindications section', () => {
      const contraindicationSources = new Set(
        drug.sources.filter((s) => /contraindicat/iu.test(s.section)).map((s) => s.id),
      );
      for (const interaction of drug.interactions.filter((i) => i.severity === 'contraindicated')) {
        expect(
          interaction.sources.some((id) => contraindicationSources.has(id)),
          interaction.id,
        ).toBe(true);
      }
    });

    it('the registry rejects a row raised to contraindicated without such a source', () => {
      const raised = structuredClone(drug);
      const row = raised.interactions.find(
        (i) => !i.sources.some((id) => /contraindicat/iu.test(raised.sources.find((s) => s.id === id)!.section)),
      )!;
      row.severity = 'contraindicated';
      const result = validateDrug(raised);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.issues.join('\n')).toMatch(new RegExp(`interactions\\.${row.id}: is rated contraindicated`));
    });
  },
);

describe('clonazepam: medicines for opioid addiction', () => {
  const clonazepam = BUNDLED_DRUGS.find((drug) => drug.id === 'clonazepam')!;
  const rows = clonazepam.interactions.filter((i) =>
    i.members.some((m) => /^(methadone|buprenorphine)$/iu.test(m.generic)),
  );

  it('are listed, never at the top level, with their own advice: keep taking, do not stop either on your own', () => {
    expect(rows.map((row) => row.members.map((m) => m.generic)).flat()).toEqual(
      expect.arrayContaining(['methadone', 'buprenorphine']),
    );
    for (const row of rows) {
      expect(row.severity).not.toBe(SEVERITY_LEVELS[0]);
      expect(row.severity).toBe('serious');
      expect(row.advice).toMatch(/do not stop either on your own/iu);
      expect(row.advice).toMatch(/as prescribed/iu);
      expect(row.advice).toMatch(/prescriber/iu);
      expect(row.tooltipLine).toMatch(/do not stop either on your own/iu);
    }
  });

  it('sodium oxybate is not called contraindicated for clonazepam and no row suggests stopping one medicine', () => {
    const oxybate = clonazepam.interactions.find((i) => i.members.some((m) => m.brands.includes('Xyrem')))!;
    expect(oxybate.severity).not.toBe('contraindicated');
    expect(`${oxybate.effect} ${oxybate.advice} ${oxybate.tooltipLine}`).not.toMatch(
      /\bstop(?:ping)? (?:one|either)\b(?! on your own)/iu,
    );
  });
});
