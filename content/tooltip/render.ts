/**
 * Builds the tooltip's content with DOM APIs only (never innerHTML: pages may enforce
 * Trusted Types, and data must never become markup).
 */
import type { SectionId } from '../../src/drugs/schema';
import type { TooltipSummaryModel } from './summary';

export const TITLE_ID = 'medglance-tooltip-title';

export interface RenderActions {
  openReference(section: SectionId): void;
  close(): void;
}

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (props.className) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function button(
  doc: Document,
  className: string,
  label: string,
  onActivate: () => void,
  attrs: Record<string, string> = {},
) {
  const node = el(doc, 'button', { className, attrs: { type: 'button', ...attrs } }, label);
  node.addEventListener('click', (event) => {
    event.stopPropagation();
    onActivate();
  });
  return node;
}

/**
 * Makes the scrolling body reachable by keyboard only while it really scrolls (a scroll region
 * must be focusable; a tab stop that scrolls nothing is noise).
 */
export function updateScrollFocus(panel: HTMLElement): void {
  const body = panel.querySelector<HTMLElement>('.body');
  if (!body) return;
  if (body.scrollHeight > body.clientHeight + 1) {
    body.setAttribute('tabindex', '0');
    body.setAttribute('role', 'group');
    body.setAttribute('aria-label', 'Summary');
  } else {
    body.removeAttribute('tabindex');
    body.removeAttribute('role');
    body.removeAttribute('aria-label');
  }
}

/**
 * The compact view is at most 24em tall (360 px at the browser's default 16 px, the panel being
 * 15 px): anything longer scrolls inside it. It grows with the reader's font size.
 */
export const COMPACT_HEIGHT_EM = 24;

export function compactHeightLimit(panel: HTMLElement): number {
  let fontSize = 15;
  try {
    fontSize = parseFloat(panel.ownerDocument.defaultView?.getComputedStyle(panel).fontSize ?? '') || fontSize;
  } catch {
    // A detached panel has no style to read: the default size stands.
  }
  return COMPACT_HEIGHT_EM * fontSize;
}

/** How many of the page's other drugs the compact view lists before "and N more". */
export const COMPACT_OTHER_DRUGS = 2;
export const MORE_ID = 'medglance-tooltip-more';

export interface RenderView {
  /** Whether the "more" part is open. A new tooltip opens compact; a re-render keeps what the user chose. */
  expanded: boolean;
  onExpandedChange(expanded: boolean): void;
}

function otherDrugItem(
  doc: Document,
  line: TooltipSummaryModel['otherDrugs'][number],
  compact: boolean,
): HTMLLIElement {
  const item = el(
    doc,
    'li',
    { attrs: { 'data-severity': line.severity } },
    el(doc, 'span', { className: `tag sev-${line.severity}` }, line.severityLabel),
    line.short,
  );
  // A compact line may be cut short by the width: the whole line stays in the DOM and in the title.
  if (compact) item.setAttribute('title', line.text);
  return item;
}

function contactLine(doc: Document, lines: readonly string[]): HTMLParagraphElement {
  const contacts = el(doc, 'p', { className: 'contact' });
  lines.forEach((line, index) => {
    if (index > 0) contacts.append(' \u00B7 ');
    contacts.append(el(doc, 'span', { className: 'contact-item' }, line));
  });
  return contacts;
}

/**
 * Fills `panel` (the role="dialog" element) with the summary. Replaces any earlier content.
 *
 * The first view is compact (what it is, what it treats, the boxed warning in one line, the page's
 * other drugs one line each, when to get help now, the buttons); the other warnings, the rest of
 * the other drugs, the sources and the disclaimer open with the "More" disclosure button.
 */
export function renderSummary(
  panel: HTMLElement,
  model: TooltipSummaryModel,
  actions: RenderActions,
  view: RenderView = { expanded: false, onExpandedChange: () => undefined },
): void {
  const doc = panel.ownerDocument;
  panel.replaceChildren();

  const name = el(doc, 'bdi', { className: 'name' }, model.writtenName);
  if (model.writtenLang) name.setAttribute('lang', model.writtenLang);
  const title = el(doc, 'h2', { className: 'title', attrs: { id: TITLE_ID } }, name, model.identity);
  const close = button(doc, 'close', '\u00D7', actions.close, { 'aria-label': 'Close' });
  panel.append(el(doc, 'div', { className: 'header' }, title, close));

  // Header and footer stay in view; the body between them scrolls when the viewport is short.
  const body = el(doc, 'div', { className: 'body' });
  const footer = el(doc, 'div', { className: 'actions' });
  panel.append(body, footer);

  body.append(
    el(doc, 'p', { className: 'treats' }, el(doc, 'span', { className: 'label' }, 'Used for: '), model.treats),
  );

  const boxed = model.warnings.find((warning) => warning.boxed);
  if (boxed && model.boxedLine) {
    body.append(
      el(
        doc,
        'p',
        { className: 'boxed-line', attrs: { title: `Boxed warning: ${boxed.text}` } },
        // A sign instead of a tag keeps the sentence on one line; the words are there for screen readers.
        el(doc, 'span', { className: 'sign', attrs: { 'aria-hidden': 'true' } }, '\u26A0'),
        el(doc, 'span', { className: 'visually-hidden' }, 'Boxed warning: '),
        model.boxedLine,
      ),
    );
  }

  const shownOthers = model.otherDrugs.slice(0, COMPACT_OTHER_DRUGS);
  const moreOthers = model.otherDrugs.slice(COMPACT_OTHER_DRUGS);
  if (shownOthers.length > 0) {
    const othersId = 'medglance-tooltip-others';
    const block = el(doc, 'div', { className: 'others-block' });
    block.append(el(doc, 'h3', { className: 'section-title', attrs: { id: othersId } }, 'Also on this page'));
    const list = el(doc, 'ul', { className: 'others', attrs: { 'aria-labelledby': othersId } });
    for (const line of shownOthers) list.append(otherDrugItem(doc, line, true));
    block.append(list);
    // After the list for screen readers; shown beside the heading to save a line.
    if (moreOthers.length > 0)
      block.append(el(doc, 'p', { className: 'others-count' }, `and ${moreOthers.length} more`));
    body.append(block);
  }

  // The compact view gives the signs and the first help line (emergency services); the other lines open with "More".
  const [firstHelp, ...otherHelp] = model.emergencyHelp;
  if (model.urgentSigns || firstHelp) {
    const urgent = el(doc, 'div', { className: 'urgent' });
    if (model.urgentSigns) {
      urgent.append(
        el(doc, 'p', {}, el(doc, 'span', { className: 'label' }, 'Get emergency help now for: '), model.urgentSigns),
      );
    }
    if (firstHelp) urgent.append(contactLine(doc, [firstHelp]));
    body.append(urgent);
  }

  const more = el(doc, 'div', { className: 'more', attrs: { id: MORE_ID } });
  const boxedRest = boxed ? boxed.text.trim().slice(model.boxedLine.length).trim() : '';
  const otherWarnings = model.warnings.filter((warning) => !warning.boxed);
  if (boxedRest || otherWarnings.length > 0) {
    const warningsId = 'medglance-tooltip-warnings';
    more.append(el(doc, 'h3', { className: 'section-title', attrs: { id: warningsId } }, 'More warnings'));
    const warnings = el(doc, 'ul', { className: 'warnings', attrs: { 'aria-labelledby': warningsId } });
    if (boxedRest)
      warnings.append(
        el(doc, 'li', { className: 'boxed' }, el(doc, 'span', { className: 'tag' }, 'Boxed warning'), boxedRest),
      );
    for (const warning of otherWarnings) warnings.append(el(doc, 'li', {}, warning.text));
    more.append(warnings);
  }
  if (moreOthers.length > 0) {
    const moreOthersId = 'medglance-tooltip-more-others';
    more.append(el(doc, 'h3', { className: 'section-title', attrs: { id: moreOthersId } }, 'More drugs on this page'));
    const list = el(doc, 'ul', { className: 'others more-others', attrs: { 'aria-labelledby': moreOthersId } });
    for (const line of moreOthers) list.append(otherDrugItem(doc, line, false));
    more.append(list);
  }
  if (otherHelp.length > 0) {
    more.append(
      el(
        doc,
        'div',
        { className: 'urgent more-help' },
        el(doc, 'span', { className: 'label' }, 'More help lines'),
        contactLine(doc, otherHelp),
      ),
    );
  }
  if (model.sources.length > 0) {
    const label = model.sources.length === 1 ? 'Source: ' : 'Sources: ';
    const sources = el(doc, 'p', { className: 'meta sources' }, label);
    model.sources.forEach((source, index) => {
      if (index > 0) sources.append(', ');
      sources.append(el(doc, 'span', { attrs: { title: source.title } }, source.publisher));
    });
    more.append(sources);
  }
  if (model.disclaimer) more.append(el(doc, 'p', { className: 'meta disclaimer' }, model.disclaimer));

  footer.append(button(doc, 'action', 'Full reference', () => actions.openReference('what-it-is')));
  if (model.otherDrugs.length > 0) {
    footer.append(button(doc, 'action secondary', 'Interactions', () => actions.openReference('interactions')));
  }
  if (more.childNodes.length > 0) {
    body.append(more);
    const toggle = el(
      doc,
      'button',
      { className: 'action disclosure', attrs: { type: 'button', 'aria-controls': MORE_ID } },
      el(doc, 'span', { className: 'disclosure-label' }, 'More'),
      el(doc, 'span', { className: 'visually-hidden' }, ' warnings and sources'),
    );
    const apply = (expanded: boolean) => {
      toggle.setAttribute('aria-expanded', String(expanded));
      more.hidden = !expanded;
      panel.classList.toggle('expanded', expanded);
    };
    apply(view.expanded);
    toggle.addEventListener('click', (event) => {
      event.stopPropagation();
      const expanded = toggle.getAttribute('aria-expanded') !== 'true';
      apply(expanded);
      view.onExpandedChange(expanded);
    });
    footer.append(toggle);
  }
}
