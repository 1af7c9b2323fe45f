/**
 * Tabs per the WAI-ARIA APG pattern (automatic activation): one tab stop for the tab list, arrows,
 * Home and End move between tabs; panels are labelled by their tab.
 */
import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDefinition<Id extends string> {
  id: Id;
  label: string;
}

interface TabsProps<Id extends string> {
  label: string;
  tabs: TabDefinition<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** Every panel stays mounted (a search or a list of checked medicines survives a tab switch). */
  panels: Record<Id, ComponentChildren>;
}

export const tabId = (id: string) => `tab-${id}`;
export const panelId = (id: string) => `panel-${id}`;

export function Tabs<Id extends string>({ label, tabs, selected, onSelect, panels }: TabsProps<Id>) {
  const listRef = useRef<HTMLDivElement>(null);

  const move = (event: TargetedKeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const next = tabs[target]!;
    onSelect(next.id);
    listRef.current?.querySelector<HTMLButtonElement>(`#${tabId(next.id)}`)?.focus();
  };

  return (
    <>
      <div class="tablist" role="tablist" aria-label={label} ref={listRef}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-selected={tab.id === selected ? 'true' : 'false'}
            aria-controls={panelId(tab.id)}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          class="tabpanel"
          role="tabpanel"
          id={panelId(tab.id)}
          aria-labelledby={tabId(tab.id)}
          hidden={tab.id !== selected}
        >
          {panels[tab.id]}
        </div>
      ))}
    </>
  );
}
