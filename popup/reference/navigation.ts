/** Moves the reading position to a section: scrolls it into view and puts keyboard focus on its heading. */
export function goToSection(id: string, root: Document = document): boolean {
  const section = root.getElementById(id);
  if (!section) return false;
  section.scrollIntoView?.({ block: 'start' });
  const heading = section.querySelector<HTMLElement>('h2');
  heading?.focus({ preventScroll: true });
  return true;
}
