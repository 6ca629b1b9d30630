/**
 * Peers (types).
 *
 * The peer libraries live in bench/peers/node_modules, installed on demand, so the type checker
 * of a fresh clone cannot see them; the pages import them through the `peer-*` aliases the client
 * suite gives Vite, typed here with just what the pages use.
 */
declare module 'peer-cytoscape' {
  interface Core {
    one(event: string, handler: () => void): void;
    destroy(): void;
  }
  interface ElementDefinition {
    group: 'nodes' | 'edges';
    data: Record<string, unknown>;
    position?: { x: number; y: number };
  }
  export default function cytoscape(options: {
    container: HTMLElement;
    elements: ElementDefinition[];
    layout: Record<string, unknown>;
    style?: { selector: string; style: Record<string, unknown> }[];
  }): Core;
  export type { Core, ElementDefinition };
}

declare module 'peer-vis-network' {
  export class DataSet<T> {
    constructor(items: T[]);
  }
  export class Network {
    constructor(container: HTMLElement, data: { nodes: unknown; edges: unknown }, options: Record<string, unknown>);
    once(event: string, handler: () => void): void;
    destroy(): void;
  }
}
