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

/** Fills `panel` (the role="dialog" element) with the summary. Replaces any earlier content. */
export function renderSummary(panel: HTMLElement, model: TooltipSummaryModel, actions: RenderActions): void {
  const doc = panel.ownerDocument;
  panel.replaceChildren();

  const name = el(doc, 'bdi', { className: 'name' }, model.writtenName);
  if (model.writtenLang) name.setAttribute('lang', model.writtenLang);
  const title = el(doc, 'h2', { className: 'title', attrs: { id: TITLE_ID } }, name, model.identity);
  const close = button(doc, 'close', '\u00D7', actions.close, { 'aria-label': 'Close' });
  panel.append(el(doc, 'div', { className: 'header' }, title, close));

  panel.append(el(doc, 'p', { className: 'treats' }, el(doc, 'span', { className: 'label' }, 'Used for: '), model.treats));

  const warningsId = 'medglance-tooltip-warnings';
  panel.append(el(doc, 'h3', { className: 'section-title', attrs: { id: warningsId } }, 'Top warnings'));
  const warnings = el(doc, 'ul', { className: 'warnings', attrs: { 'aria-labelledby': warningsId } });
  for (const warning of model.warnings) {
    const item = el(doc, 'li', warning.boxed ? { className: 'boxed' } : {});
    if (warning.boxed) item.append(el(doc, 'span', { className: 'tag' }, 'Boxed warning'));
    item.append(warning.text);
    warnings.append(item);
  }
  panel.append(warnings);

  if (model.otherDrugs.length > 0) {
    const othersId = 'medglance-tooltip-others';
    panel.append(el(doc, 'h3', { className: 'section-title', attrs: { id: othersId } }, 'Other drugs on this page'));
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
    panel.append(list);
  }

  if (model.urgentSigns || model.emergencyHelp.length > 0) {
    const urgent = el(doc, 'p', { className: 'urgent' }, el(doc, 'span', { className: 'label' }, 'Get help now: '));
    if (model.urgentSigns) urgent.append(model.urgentSigns, ' ');
    if (model.emergencyHelp.length > 0) urgent.append(`Call ${model.emergencyHelp.join('; ')}.`);
    panel.append(urgent);
  }

  const actionsRow = el(doc, 'div', { className: 'actions' });
  actionsRow.append(button(doc, 'action', 'Full reference', () => actions.openReference('what-it-is')));
  if (model.otherDrugs.length > 0) {
    actionsRow.append(button(doc, 'action secondary', 'Interactions', () => actions.openReference('interactions')));
  }
  panel.append(actionsRow);

  if (model.sources.length > 0) {
    const label = model.sources.length === 1 ? 'Source: ' : 'Sources: ';
    const sources = el(doc, 'p', { className: 'meta sources' }, label);
    model.sources.forEach((source, index) => {
      if (index > 0) sources.append(', ');
      sources.append(el(doc, 'span', { attrs: { title: source.title } }, source.publisher));
    });
    panel.append(sources);
  }
  if (model.disclaimer) panel.append(el(doc, 'p', { className: 'meta disclaimer' }, model.disclaimer));
}
