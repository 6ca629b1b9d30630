/**
 * Client environment types.
 *
 * Vite's client types (import.meta.glob, asset imports) for the browser code in client/, and the
 * typings of packages that do not expose them to TypeScript's bundler resolution.
 */
/// <reference types="vite/client" />

// @neo4j-cypher/codemirror 1.0.3 ships its typings outside its `exports` conditions.
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}

// graphology-gexf's writer alone: its browser entry also loads a parser that needs DOMParser.
declare module 'graphology-gexf/common/writer.js' {
  import type { write } from 'graphology-gexf/browser';
  const writer: typeof write;
  export default writer;
}
