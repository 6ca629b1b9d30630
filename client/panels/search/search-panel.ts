/**
 * Search.
 *
 * The search box in the top bar: autocomplete over names and aliases; choosing a result brings
 * the entity into the view if it is not there, selects it and moves the camera to it.
 */
import { errorText } from '../../dom.ts';
import type { Explorer } from '../../state/explorer.ts';
import { createEntityPicker } from './entity-picker.ts';

export function mountSearch(container: HTMLElement, explorer: Explorer, report: (message: string) => void): void {
  const picker = createEntityPicker({
    label: 'Search entities by name or alias',
    placeholder: 'Search actors, meetings, places… (e.g. SNC)',
    onChoose: (entity) => {
      explorer.reveal(entity.id).catch((error: unknown) => report(errorText(error)));
    },
  });
  picker.input.id = 'search-input';
  container.append(picker.element);
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (event.key === '/' && !typing) {
      event.preventDefault();
      picker.input.focus();
    }
  });
}
