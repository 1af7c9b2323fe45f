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

function button(doc: Document, className: string, label: string, onActivate: () => void, attrs: Record<string, string> = {}) {
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

/** Fills `panel` (the role="dialog" element) with the summary. Replaces any earlier content. */
export function renderSummary(panel: HTMLElement, model: TooltipSummaryModel, actions: RenderActions): void {
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

  body.append(el(doc, 'p', { className: 'treats' }, el(doc, 'span', { className: 'label' }, 'Used for: '), model.treats));

  const warningsId = 'medglance-tooltip-warnings';
  body.append(el(doc, 'h3', { className: 'section-title', attrs: { id: warningsId } }, 'Top warnings'));
  const warnings = el(doc, 'ul', { className: 'warnings', attrs: { 'aria-labelledby': warningsId } });
  for (const warning of model.warnings) {
    const item = el(doc, 'li', warning.boxed ? { className: 'boxed' } : {});
    if (warning.boxed) item.append(el(doc, 'span', { className: 'tag' }, 'Boxed warning'));
    item.append(warning.text);
    warnings.append(item);
  }
  body.append(warnings);

  if (model.otherDrugs.length > 0) {
    const othersId = 'medglance-tooltip-others';
    body.append(el(doc, 'h3', { className: 'section-title', attrs: { id: othersId } }, 'Other drugs on this page'));
    const list = el(doc, 'ul', { className: 'others', attrs: { 'aria-labelledby': othersId } });
    for (const line of model.otherDrugs) {
      list.append(
        el(
          doc,
          'li',
          { attrs: { 'data-severity': line.severity } },
          el(doc, 'span', { className: `tag sev-${line.severity}` }, line.severityLabel),
          line.text,
        ),
      );
    }
    body.append(list);
  }

  if (model.urgentSigns || model.emergencyHelp.length > 0) {
    const urgent = el(doc, 'div', { className: 'urgent' });
    if (model.urgentSigns) {
      urgent.append(el(doc, 'p', {}, el(doc, 'span', { className: 'label' }, 'Get emergency help now for: '), model.urgentSigns));
    }
    if (model.emergencyHelp.length > 0) {
      const contacts = el(doc, 'p', { className: 'contact' });
      model.emergencyHelp.forEach((line, index) => {
        if (index > 0) contacts.append(' \u00B7 ');
        contacts.append(el(doc, 'span', { className: 'contact-item' }, line));
      });
      urgent.append(contacts);
    }
    body.append(urgent);
  }

  footer.append(button(doc, 'action', 'Full reference', () => actions.openReference('what-it-is')));
  if (model.otherDrugs.length > 0) {
    footer.append(button(doc, 'action secondary', 'Interactions', () => actions.openReference('interactions')));
  }

  if (model.sources.length > 0) {
    const label = model.sources.length === 1 ? 'Source: ' : 'Sources: ';
    const sources = el(doc, 'p', { className: 'meta sources' }, label);
    model.sources.forEach((source, index) => {
      if (index > 0) sources.append(', ');
      sources.append(el(doc, 'span', { attrs: { title: source.title } }, source.publisher));
    });
    body.append(sources);
  }
  if (model.disclaimer) body.append(el(doc, 'p', { className: 'meta disclaimer' }, model.disclaimer));
}
