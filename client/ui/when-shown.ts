/**
 * When shown.
 *
 * Keeps a panel's content current only while the user can see it. `changed()` runs `render` at
 * once if `element` is shown, else the next time it is shown (a tab opened); the first render
 * waits for the first showing. Hidden panels send no queries: at start they would compete with
 * the overview for the database, and after each expand with the expand. A ResizeObserver sees
 * the panel appear (its box goes from none to some), whatever scrolls or clips it.
 */
export interface ShownContent {
  changed(): void;
}

const isShown = (element: Element) => element.getClientRects().length > 0;

export function whenShown(element: Element, render: () => void): ShownContent {
  let stale = true;
  const renderIfStale = () => {
    if (!stale || !isShown(element)) return;
    stale = false;
    render();
  };
  new ResizeObserver(renderIfStale).observe(element);
  return {
    changed() {
      stale = true;
      renderIfStale();
    },
  };
}
