/**
 * Entity picker.
 *
 * A combobox with autocomplete over entity names and aliases (GET /api/search), used by the
 * search box and by the paths panel's from/to fields. Keyboard: arrows move, Enter chooses
 * (the first hit when none is active), Escape closes then clears. Shows loading, no-result,
 * did-you-mean (no exact match: the API's fuzzy hits) and error lines in the list.
 */
import { api, type SearchResultJson } from '../../api/client.ts';
import { colorForType } from '../../graph/colors.ts';
import { clear, errorText, h } from '../../dom.ts';

export interface EntityPicker {
  input: HTMLInputElement;
  element: HTMLElement;
  /** The chosen entity id (kept after choosing, cleared on typing). */
  value(): string | null;
  set(entity: { id: string; name: string } | null): void;
}

let pickerCount = 0;

export function createEntityPicker(options: {
  label: string;
  placeholder: string;
  onChoose: (entity: SearchResultJson) => void;
}): EntityPicker {
  const id = `picker-${++pickerCount}`;
  const input = h('input', {
    type: 'search',
    id,
    placeholder: options.placeholder,
    autocomplete: 'off',
    spellcheck: false,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    'aria-label': options.label,
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'picker-list', hidden: true });
  const element = h('div', { class: 'picker' }, input, list);
  let results: SearchResultJson[] = [];
  let active = -1;
  let chosen: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const show = (...items: HTMLElement[]) => {
    clear(list);
    list.append(...items);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const choose = (entity: SearchResultJson) => {
    chosen = entity.id;
    input.value = entity.name;
    close();
    options.onChoose(entity);
  };
  const renderResults = () => {
    if (results.length === 0)
      return show(h('li', { class: 'picker-note' }, `No entity matches "${input.value.trim()}"`));
    // No exact name or alias: the fuzzy hits are what the API suggests instead.
    const suggestions = results.some((entity) => entity.exact)
      ? null
      : h(
          'li',
          { class: 'picker-note', role: 'presentation' },
          `No entity named "${input.value.trim()}". Did you mean:`,
        );
    show(
      ...(suggestions ? [suggestions] : []),
      ...results.map((entity, index) => {
        const alias = entity.aliases.find((name) => name.toLowerCase().includes(input.value.trim().toLowerCase()));
        return h(
          'li',
          {
            id: `${id}-opt-${index}`,
            role: 'option',
            class: index === active ? 'picker-option active' : 'picker-option',
            'aria-selected': String(index === active),
            onmousedown: (event: MouseEvent) => {
              event.preventDefault();
              choose(entity);
            },
          },
          h('span', { class: 'swatch', style: `background:${colorForType(entity.type)}` }),
          h('span', { class: 'option-name' }, entity.name),
          alias && alias !== entity.name ? h('span', { class: 'option-alias' }, `also "${alias}"`) : null,
          h('span', { class: 'option-type' }, entity.type),
        );
      }),
    );
    if (active >= 0) input.setAttribute('aria-activedescendant', `${id}-opt-${active}`);
  };
  const lookup = async (text: string) => {
    controller?.abort();
    controller = new AbortController();
    show(h('li', { class: 'picker-note' }, 'Searching…'));
    try {
      const body = await api.search(text, 8, controller.signal);
      if (input.value.trim() !== text) return;
      results = body.results;
      active = results.length > 0 ? 0 : -1;
      renderResults();
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      results = [];
      show(h('li', { class: 'picker-note error', role: 'alert' }, errorText(error)));
    }
  };

  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      results = [];
      close();
      return;
    }
    timer = setTimeout(() => void lookup(text), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      renderResults();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const entity = results[active] ?? results[0];
      if (entity && !list.hidden) choose(entity);
      else if (input.value.trim()) void lookup(input.value.trim());
    } else if (event.key === 'Escape') {
      if (!list.hidden) close();
      else {
        input.value = '';
        chosen = null;
      }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    input,
    element,
    value: () => chosen,
    set: (entity) => {
      chosen = entity?.id ?? null;
      input.value = entity?.name ?? '';
    },
  };
}
