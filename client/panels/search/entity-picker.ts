/**
 * Entity picker.
 *
 * A combobox with autocomplete over entity names and aliases (GET /api/search), used by the
 * search box and by the paths panel's from/to fields. Keyboard: arrows move, Enter chooses
 * (the first hit when none is active), Escape closes then clears. The first keystroke of a burst
 * (or a paste) asks at once and later ones wait for a pause in typing; Enter never waits for the
 * pause: it asks at once and chooses the first exact hit. Shows loading, no-result,
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
/** A pause in typing this long ends a burst: the next keystroke asks at once. */
const TYPING_PAUSE_MS = 150;

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
  /** The text `results` answer. */
  let resultsFor = '';
  let active = -1;
  let chosen: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastKeystroke = -Infinity;
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
  /** `chooseFirst`: Enter was pressed before the answer came; it chooses the first exact hit. */
  const lookup = async (text: string, chooseFirst = false) => {
    clearTimeout(timer);
    controller?.abort();
    controller = new AbortController();
    show(h('li', { class: 'picker-note' }, 'Searching…'));
    try {
      const body = await api.search(text, 8, controller.signal);
      if (input.value.trim() !== text) return;
      results = body.results;
      resultsFor = text;
      active = results.length > 0 ? 0 : -1;
      // Only a name or alias the text matches exactly: a did-you-mean list is shown to choose from.
      if (chooseFirst && results[0]?.exact) choose(results[0]);
      else renderResults();
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      results = [];
      resultsFor = '';
      show(h('li', { class: 'picker-note error', role: 'alert' }, errorText(error)));
    }
  };

  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      results = [];
      resultsFor = '';
      close();
      return;
    }
    const now = performance.now();
    const typing = now - lastKeystroke < TYPING_PAUSE_MS;
    lastKeystroke = now;
    if (typing) timer = setTimeout(() => void lookup(text), TYPING_PAUSE_MS);
    else void lookup(text);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
      renderResults();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const text = input.value.trim();
      const entity = results[active] ?? results[0];
      if (entity && !list.hidden && resultsFor === text) choose(entity);
      else if (text) void lookup(text, true);
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
