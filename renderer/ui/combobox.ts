// An accessible autocomplete field (ARIA 1.2 combobox with a listbox popup): type to get
// options from a provider, arrows to move, Enter to choose, Escape to close. Used for the
// Speaker and Tags fields; an option can offer to create what was typed. The list is laid out
// in the flow under its field (styles), so it pushes what follows down instead of covering the
// next field or the Save button.
import { h } from './dom';

export interface ComboOption {
  id: string;
  label: string;
  detail?: string;
  create?: boolean;
}

export interface ComboboxOptions {
  label: string;
  id: string;
  placeholder?: string;
  provide: (query: string) => Promise<ComboOption[]>;
  choose: (option: ComboOption) => void;
  /**
   * Enter on typed text with no option highlighted (the options may not have arrived yet):
   * the field takes the text itself, so Enter means the same however fast the analyst types.
   * Without it, Enter falls through to the form.
   */
  enterTyped?: (text: string) => void;
}

let serialCounter = 0;

export function createCombobox(options: ComboboxOptions) {
  const listId = `${options.id}-list`;
  const input = h('input', {
    id: options.id,
    type: 'text',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: options.placeholder,
  });
  const list = h('ul', {
    id: listId,
    role: 'listbox',
    className: 'combobox__list',
    hidden: true,
    'aria-label': options.label,
  });
  const wrapper = h('div', { className: 'combobox' }, input, list);
  let current: ComboOption[] = [];
  let active = -1;
  let serial = 0;

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index: number): void {
    active = index;
    [...list.children].forEach((child, childIndex) =>
      child.setAttribute('aria-selected', String(childIndex === index)),
    );
    const option = list.children[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }
  }

  function render(optionsList: ComboOption[]): void {
    current = optionsList;
    list.replaceChildren(
      ...optionsList.map((option, index) =>
        h(
          'li',
          {
            id: `${listId}-${++serialCounter}`,
            role: 'option',
            className: `combobox__option${option.create ? ' combobox__option--create' : ''}`,
            'aria-selected': 'false',
            onmousedown: (event: Event) => {
              event.preventDefault();
              pick(index);
            },
          },
          h('span', { className: 'combobox__label' }, option.label),
          option.detail ? h('span', { className: 'combobox__detail' }, option.detail) : null,
        ),
      ),
    );
    const open = optionsList.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (open) highlight(0);
  }

  function pick(index: number): void {
    const option = current[index];
    if (!option) return;
    close();
    options.choose(option);
  }

  async function refresh(): Promise<void> {
    const mine = ++serial;
    const found = await options.provide(input.value);
    if (mine === serial && document.activeElement === input) render(found);
  }

  input.addEventListener('input', () => void refresh());
  input.addEventListener('focus', () => void refresh());
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) {
        void refresh();
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + current.length) % current.length);
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        pick(active);
      } else if (options.enterTyped && input.value.trim()) {
        event.preventDefault();
        serial++; // options still on their way are for text that has now been taken
        close();
        options.enterTyped(input.value.trim());
      }
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      event.stopPropagation();
      serial++; // options still on their way must not reopen what Escape closed
      close();
    }
  });

  return { element: wrapper, input, close, refresh };
}
