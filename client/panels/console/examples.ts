/**
 * Example queries.
 *
 * The files of cypher/examples/*.cypher, bundled at build time: each opens with a `// title`
 * line and a `// description` line, then the query. `parseExample` is pure and tested.
 */

export interface Example {
  name: string;
  title: string;
  description: string;
  query: string;
}

export function parseExample(path: string, text: string): Example {
  const name = path.replace(/^.*\//, '').replace(/\.cypher$/, '');
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const comments: string[] = [];
  while (lines.length > 0 && lines[0]!.trim().startsWith('//'))
    comments.push(
      lines
        .shift()!
        .trim()
        .replace(/^\/\/\s?/, ''),
    );
  const query = lines.join('\n').trim();
  if (!query) throw new Error(`examples: ${name} holds no query`);
  return { name, title: comments[0] || name, description: comments.slice(1).join(' '), query };
}

const files = import.meta.glob<string>('../../../cypher/examples/*.cypher', {
  query: '?raw',
  import: 'default',
  eager: true,
});

// By file name, code unit by code unit: names are lower-case ASCII, and localeCompare's first call
// loads the collator (20-150 ms) in the page's first task.
export const EXAMPLES: Example[] = Object.entries(files)
  .map(([path, text]) => parseExample(path, text))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
