/**
 * Node menu.
 *
 * The right-click menu of a node on the graph: pin or unpin it, expand its neighbours, find
 * paths from it, hide it. Keyboard: the first item takes focus, arrows move, Escape closes
 * (so does Escape anywhere on the page, see graph-view.ts).
 */
import { h } from '../dom.ts';
import type { Explorer } from '../state/explorer.ts';

export interface NodeMenu {
  open(node: string, x: number, y: number): void;
  close(): void;
  isOpen(): boolean;
}

export function mountNodeMenu(
  container: HTMLElement,
  explorer: Explorer,
  actions: { expand(node: string): void; pathFrom(node: string): void; pinned(): void },
): NodeMenu {
  const menu = h('div', { class: 'node-menu', role: 'menu', hidden: true });
  container.append(menu);
  const close = () => {
    menu.hidden = true;
    menu.replaceChildren();
  };
  const item = (label: string, run: () => void) =>
    h(
      'button',
      {
        type: 'button',
        role: 'menuitem',
        onclick: () => {
          close();
          run();
        },
      },
      label,
    );
  menu.addEventListener('keydown', (event) => {
    const items = [...menu.querySelectorAll<HTMLButtonElement>('[role=menuitem]')];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    } else if (event.key === 'Escape') close();
  });
  return {
    open: (node, x, y) => {
      const pinned = explorer.isPinned(node);
      menu.replaceChildren(
        h('div', { class: 'node-menu-title' }, explorer.graph.getNodeAttribute(node, 'label')),
        item(pinned ? 'Unpin' : 'Pin in place', () => {
          explorer.setPinned(node, !pinned);
          actions.pinned();
        }),
        item('Expand neighbours', () => actions.expand(node)),
        item('Paths from here', () => actions.pathFrom(node)),
        item('Hide', () => explorer.hideNode(node)),
      );
      menu.style.left = `${Math.min(x, container.clientWidth - 180)}px`;
      menu.style.top = `${Math.min(y, container.clientHeight - 160)}px`;
      menu.hidden = false;
      menu.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus();
    },
    close,
    isOpen: () => !menu.hidden,
  };
}
