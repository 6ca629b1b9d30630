/**
 * Query history.
 *
 * The console's last queries, newest first, without repeats, kept in localStorage.
 */
const KEY = 'parley.cypher.history';
const MAX = 30;

export function addToHistory(history: readonly string[], query: string, max = MAX): string[] {
  const text = query.trim();
  if (!text) return [...history];
  return [text, ...history.filter((item) => item !== text)].slice(0, max);
}

export function loadHistory(): string[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export function saveHistory(history: readonly string[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(history));
  } catch {
    // History is a convenience; losing it is fine.
  }
}
