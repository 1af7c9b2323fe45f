import type { ReferenceSection } from '../../src/drugs/schema';
import { goToSection } from './navigation';

export function TableOfContents({ sections, open }: { sections: ReferenceSection[]; open: boolean }) {
  if (sections.length === 0) return null;
  return (
    <details class="toc" open={open}>
      <summary>Contents ({sections.length})</summary>
      <nav aria-label="Contents">
        <ol>
          {sections.map((section) => (
            <li key={section.id}>
              <a
                href={`#${section.id}`}
                onClick={(event) => {
                  if (goToSection(section.id)) {
                    event.preventDefault();
                    history.replaceState(null, '', `#${section.id}`);
                  }
                }}
              >
                {section.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
