/**
 * To plain.
 *
 * Turns driver values (Integer, temporal types, points, nodes, relationships, paths) into plain
 * JSON. This is the one place driver types are known; nothing above src/db sees them.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
  type Integer,
  type Node,
  type Path,
  type Point,
  type Relationship,
} from 'neo4j-driver';

export interface PlainNode {
  kind: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  kind: 'relationship';
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  kind: 'path';
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

export type PlainValue = PlainNode | PlainRelationship | PlainPath | unknown;

/**
 * A map with its values plain: the map itself when they all are already (most of what a query
 * returns: text, floats, lists of text), else a copy. No copy where none is needed, since a
 * hub's facts carry report lists hundreds long and every copy is garbage to collect.
 */
function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  let result: Record<string, unknown> | undefined;
  for (const key of Object.keys(properties)) {
    const value = properties[key];
    const plain = toPlain(value);
    if (plain !== value) (result ??= { ...properties })[key] = plain;
  }
  return result ?? properties;
}

/** A list with its elements plain: the list itself when they all are already, else a copy. */
function plainList(values: unknown[]): unknown[] {
  let result: unknown[] | undefined;
  for (let i = 0; i < values.length; i++) {
    const plain = toPlain(values[i]);
    if (result) result.push(plain);
    else if (plain !== values[i]) result = [...values.slice(0, i), plain];
  }
  return result ?? values;
}

function plainNode(node: Node): PlainNode {
  return { kind: 'node', elementId: node.elementId, labels: node.labels, properties: plainProperties(node.properties) };
}

function plainRelationship(rel: Relationship): PlainRelationship {
  return {
    kind: 'relationship',
    elementId: rel.elementId,
    type: rel.type,
    startNodeElementId: rel.startNodeElementId,
    endNodeElementId: rel.endNodeElementId,
    properties: plainProperties(rel.properties),
  };
}

export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  // Strings, floats and booleans are most of what a query returns (a hub fact's report lists
  // hold hundreds): they are plain already, so no driver type is tested on them.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) {
    const int = value as Integer;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (Array.isArray(value)) return plainList(value);
  // A Cypher map arrives as a plain object; every driver type is an instance of its own class.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainProperties(value as Record<string, unknown>);
  if (neo4j.isNode(value)) return plainNode(value as Node);
  if (neo4j.isRelationship(value)) return plainRelationship(value as Relationship);
  if (neo4j.isPath(value)) {
    const path = value as Path;
    return {
      kind: 'path',
      nodes: [plainNode(path.start), ...path.segments.map((segment) => plainNode(segment.end))],
      relationships: path.segments.map((segment) => plainRelationship(segment.relationship)),
    } satisfies PlainPath;
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return String(value);
  }
  if (isPoint(value)) {
    const point = value as Point;
    return { srid: toPlain(point.srid), x: point.x, y: point.y, ...(point.z === undefined ? {} : { z: point.z }) };
  }
  return { ...plainProperties(value as Record<string, unknown>) };
}

export function isPlainNode(value: unknown): value is PlainNode {
  return typeof value === 'object' && value !== null && (value as PlainNode).kind === 'node';
}

export function isPlainRelationship(value: unknown): value is PlainRelationship {
  return typeof value === 'object' && value !== null && (value as PlainRelationship).kind === 'relationship';
}

export function isPlainPath(value: unknown): value is PlainPath {
  return typeof value === 'object' && value !== null && (value as PlainPath).kind === 'path';
}
