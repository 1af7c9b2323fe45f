/**
 * An editable combobox with list autocomplete and manual selection, per the WAI-ARIA APG pattern:
 * the input keeps focus; Down/Up move aria-activedescendant through the listbox (Alt+Down opens it
 * without moving, Alt+Up closes it); Left, Right, Home and End return visual focus to the input;
 * Enter picks the active option (or submits the typed text when none is active); Escape closes, then clears.
 */
import { useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';

export interface ComboOption {
  id: string;
  label: string;
  detail?: string;
}

interface ComboboxProps {
  id: string;
  label: string;
  value: string;
  options: ComboOption[];
  onInput: (value: string) => void;
  onPick: (option: ComboOption) => void;
  /** Enter with no active option. */
  onSubmitText: (text: string) => void;
  maxLength?: number;
  describedBy?: string;
}

export function Combobox({
  id,
  label,
  value,
  options,
  onInput,
  onPick,
  onSubmitText,
  maxLength,
  describedBy,
}: ComboboxProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listboxId = `${id}-listbox`;
  const expanded = open && options.length > 0;
  const activeIndex = expanded && active < options.length ? active : -1;
  const optionId = (index: number) => `${id}-option-${index}`;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pick = (option: ComboOption) => {
    onPick(option);
    close();
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown': {
        event.preventDefault();
        if (options.length === 0) return;
        setOpen(true);
        if (event.altKey) return;
        setActive(activeIndex < 0 || activeIndex >= options.length - 1 ? 0 : activeIndex + 1);
        return;
      }
      case 'ArrowUp': {
        event.preventDefault();
        if (event.altKey) {
          close();
          return;
        }
        if (options.length === 0) return;
        setOpen(true);
        setActive(activeIndex <= 0 ? options.length - 1 : activeIndex - 1);
        return;
      }
      // The caret moves in the input as usual; visual focus leaves the option and returns to the input.
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        setActive(-1);
        return;
      case 'Enter': {
        event.preventDefault();
        const option = activeIndex >= 0 ? options[activeIndex] : undefined;
        if (option) pick(option);
        else {
          close();
          onSubmitText(value);
        }
        return;
      }
      case 'Escape': {
        if (expanded) {
          event.preventDefault();
          close();
        } else if (value) {
          event.preventDefault();
          onInput('');
        }
        return;
      }
      case 'Tab':
        close();
        return;
      default:
        return;
    }
  };

  return (
    <div class="combobox">
      <label for={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls={listboxId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-describedby={describedBy}
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        maxLength={maxLength}
        value={value}
        onInput={(event) => {
          onInput(event.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
        onClick={() => setOpen(true)}
      />
      <ul id={listboxId} role="listbox" aria-label={label} class="listbox" hidden={!expanded}>
        {expanded &&
          options.map((option, index) => (
            <li
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex ? 'true' : 'false'}
              class={index === activeIndex ? 'option option-active' : 'option'}
              // mousedown, not click: the input must not lose focus (its blur closes the list).
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
                inputRef.current?.focus();
              }}
            >
              <span class="option-label">{option.label}</span>
              {option.detail && <span class="option-detail"> {option.detail}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
