/**
 * Next task.
 *
 * Resolves in a task of its own (a zero-delay timer), so the browser can draw or handle input
 * between what ran before and what runs after: one long piece of start-up work becomes several
 * short tasks.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
