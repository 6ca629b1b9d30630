/**
 * Body shape.
 *
 * A JSON body within the size limit can still be nested a million levels deep (`[[[[…]]]]`),
 * which overflows the stack of whatever walks it next (serialising a view, converting Cypher
 * parameters) and answered 500; and a `__proto__` key is not kept as data by the objects that
 * copy it (a view state lost it silently). Both are refused here, before any route sees the body,
 * with a walk that keeps its own stack.
 */
import type { RequestHandler } from 'express';
import { ValidationError } from '../../errors.ts';

/** Far deeper than any view state or Cypher parameter Parley's own client sends. */
export const MAX_BODY_DEPTH = 64;

/** Why `body` is refused, or null. */
export function bodyShapeProblem(body: unknown): string | null {
  const stack: [unknown, number][] = [[body, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_BODY_DEPTH) return `api: the JSON body is nested deeper than ${MAX_BODY_DEPTH} levels`;
    if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) {
      return "api: the JSON body holds a '__proto__' key; rename it";
    }
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return null;
}

export const bodyShapeCheck: RequestHandler = (req, _res, next) => {
  const problem = bodyShapeProblem(req.body);
  if (problem) throw new ValidationError(problem);
  next();
};
