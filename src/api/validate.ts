/**
 * Validate.
 *
 * Parses request input with a zod schema at the edge; a failure is a ValidationError that
 * names the route, the field and what was expected.
 */
import { z } from 'zod';
import { ValidationError } from '../errors.ts';
import { cleanLine } from '../text/clean-input.ts';

/** A one-line text field cleaned of control characters and lone surrogates (src/text/clean-input.ts) before `schema` checks it. */
export function cleanedLine<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' ? cleanLine(value) : value), schema);
}

export function validate<T extends z.ZodType>(route: string, schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  // `?q=a&q=b` arrives as ['a', 'b']; "q is required" would not tell the client what went wrong.
  const given = issue.path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown>)?.[key], input);
  const repeated = issue.code === 'invalid_type' && issue.expected === 'string' && Array.isArray(given);
  throw new ValidationError(
    `${route}: ${field}${repeated ? 'give one value, not a list or the key twice' : issue.message}`,
  );
}
