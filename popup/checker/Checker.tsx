import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DrugData, SeverityLevel } from '../../src/drugs/schema';
import { SEVERITY_LEVELS } from '../../src/drugs/schema';
import { SeverityScale } from '../components/SeverityScale';
import { withDefaults } from '../lib/drug-data';
import { foldKey } from '../lib/text';
import { UrgentHelp } from '../reference/UrgentHelp';
import { Combobox, type ComboOption } from './Combobox';
import { buildNameIndex, MAX_NAME_INPUT, resolveName, suggestNames, type NameEntry } from './name-index';
import { ownNames } from './own-names';
import { ResultCard, UnknownNameNotice } from './ResultCard';

interface CheckedName {
  /** What the person typed or picked. */
  typed: string;
  entry: NameEntry | null;
  corrected: boolean;
  /** Set when the name is one of a bundled drug's own names ("Klonopin" while checking clonazepam). */
  itself?: DrugData;
}

const MAX_CHECKED = 20;

function describeEntry(entry: NameEntry): string {
  const groups = [...new Set(entry.hits.map((hit) => hit.interaction.name))].join(', ');
  const of = entry.kind === 'generic' ? '' : `${entry.generic} · `;
  return `${of}${groups}`;
}

function severityRank(level: SeverityLevel): number {
  const rank = SEVERITY_LEVELS.indexOf(level);
  return rank < 0 ? SEVERITY_LEVELS.length : rank;
}

/**
 * Checks other medicines against the interaction tables of every bundled drug. `initialName` is
 * checked at once (a name looked up from a page's selected text).
 */
export function Checker({ drugs, initialName }: { drugs: readonly DrugData[]; initialName?: string }) {
  const data = useMemo(() => drugs.map(withDefaults), [drugs]);
  const index = useMemo(() => buildNameIndex(data), [data]);
  const selfNames = useMemo(() => ownNames(data), [data]);
  const [input, setInput] = useState('');
  const [checked, setChecked] = useState<CheckedName[]>([]);
  const [notice, setNotice] = useState('');
  const inputId = 'checker-input';
  const inputBox = useRef<HTMLDivElement>(null);

  const suggestions = useMemo(() => suggestNames(index, input), [index, input]);
  const options: ComboOption[] = suggestions.map((entry) => ({
    id: entry.key,
    label: entry.label,
    detail: describeEntry(entry),
  }));

  const focusInput = () => inputBox.current?.querySelector<HTMLInputElement>('input')?.focus();

  const add = (item: CheckedName) => {
    const duplicate = checked.some((existing) =>
      item.entry
        ? existing.entry?.key === item.entry.key
        : !existing.entry && existing.typed.toLowerCase() === item.typed.toLowerCase(),
    );
    if (duplicate) {
      setNotice(`${item.entry?.label ?? item.typed} is already in the list.`);
    } else if (checked.length >= MAX_CHECKED) {
      setNotice(`You can check up to ${MAX_CHECKED} medicines at once.`);
    } else {
      setChecked([...checked, item]);
      setNotice('');
    }
    setInput('');
  };

  const onPick = (option: ComboOption) => {
    const entry = index.find((candidate) => candidate.key === option.id) ?? null;
    add({ typed: option.label, entry, corrected: false });
  };

  const onSubmitText = (text: string) => {
    const typed = text.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_INPUT);
    if (!typed) {
      setNotice('Type the name of a medicine first.');
      return;
    }
    const resolution = resolveName(index, typed);
    const itself = resolution?.corrected !== false ? selfNames.get(foldKey(typed)) : undefined;
    if (itself) add({ typed, entry: null, corrected: false, itself });
    else add({ typed, entry: resolution?.entry ?? null, corrected: resolution?.corrected ?? false });
  };

  useEffect(() => {
    if (initialName?.trim()) onSubmitText(initialName);
    // Only the name it was opened with: a new lookup mounts a new checker.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const remove = (position: number) => {
    setChecked(checked.filter((_, i) => i !== position));
    focusInput();
  };

  const scale = data.find((drug) => drug.severityScale.length > 0)?.severityScale ?? [];
  const drugNames = data.map((drug) => drug.displayName).join(', ');
  const found = checked.filter((item) => item.entry);
  const summary =
    checked.length === 0
      ? ''
      : `${checked.length} checked: ${found.length} with a listed interaction, ${checked.length - found.length} not in the list.`;

  return (
    <section class="checker" aria-labelledby="checker-title">
      <h2 id="checker-title">Check interactions with {drugNames}</h2>
      <p class="hint" id="checker-hint">
        Type a medicine's brand or generic name and pick it from the list. Add as many as you take.
      </p>
      <div class="checker-input" ref={inputBox}>
        <Combobox
          id={inputId}
          label="Medicine name"
          value={input}
          options={options}
          maxLength={MAX_NAME_INPUT}
          describedBy="checker-hint"
          onInput={setInput}
          onPick={onPick}
          onSubmitText={onSubmitText}
        />
        <button type="button" class="button" onClick={() => onSubmitText(input)}>
          Add
        </button>
      </div>
      {notice && <p class="checker-notice">{notice}</p>}

      {checked.length > 0 && (
        <ul class="chips" aria-label="Medicines being checked">
          {checked.map((item, position) => (
            <li class={item.entry ? 'chip' : 'chip chip-unknown'} key={`${item.typed}-${position}`}>
              <span>{item.entry?.label ?? item.typed}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={`Remove ${item.entry?.label ?? item.typed}`}
                onClick={() => remove(position)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}

      <p class="checker-summary" role="status">
        {summary}
      </p>

      <SeverityScale scale={scale} />

      <div class="checker-care">
        {[...new Set(data.map((drug) => drug.disclaimer).filter(Boolean))].map((disclaimer) => (
          <p class="disclaimer" role="note" key={disclaimer}>
            {disclaimer}
          </p>
        ))}
        {data[0] && <UrgentHelp drug={data[0]} id="checker-urgent-help" />}
      </div>

      <div class="checker-results">
        {checked.map((item, position) => (
          <section class="checked-name" key={`${item.typed}-${position}`} aria-label={item.entry?.label ?? item.typed}>
            <h3>{item.entry?.label ?? item.typed}</h3>
            {item.entry ? (
              <>
                {item.corrected && (
                  <p class="corrected">
                    Showing results for {item.entry.label} (you typed “{item.typed}”).
                  </p>
                )}
                <ul class="results">
                  {[...item.entry.hits]
                    .sort((a, b) => severityRank(a.interaction.severity) - severityRank(b.interaction.severity))
                    .map((hit) => (
                      <ResultCard
                        key={`${hit.drug.id}-${hit.interaction.id}`}
                        hit={hit}
                        checkedName={item.entry!.label}
                      />
                    ))}
                </ul>
              </>
            ) : item.itself ? (
              <p class="itself-note" role="note">
                “{item.typed}” is a name of {item.itself.displayName}, the medicine this list is about. Its reference
                lists what it interacts with.
              </p>
            ) : (
              <UnknownNameNotice name={item.typed} drugs={data} />
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
