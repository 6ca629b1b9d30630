/**
 * Next task.
 *
 * `nextTask` resolves in a task of its own (a zero-delay timer), so the browser can handle input
 * between what ran before and what runs after: one long piece of start-up work becomes several
 * short tasks. `nextFrame` resolves in the task after the next drawn frame, so what ran before
 * is on screen first (in a hidden tab, once it is shown: nothing is drawn there before).
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

export const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
