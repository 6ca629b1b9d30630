/**
 * Add article.
 *
 * Paste (or drop) a news report with its title, date, URL and outlet; "Preview" runs the dry run
 * (POST /api/articles?dryRun=true) and shows what it would add for review (review-view.ts):
 * untick what is wrong, then "Add to graph" sends only the reviewed part. Afterwards the panel
 * says what was added and brings the article's entities and relations into the view, highlighted,
 * existing nodes keeping their places. Empty, loading and error states throughout; a request in
 * flight cannot be sent twice.
 */
import { api, type ArticleInputJson, type ArticleResultJson } from '../../api/client.ts';
import { factGroups } from '../../../src/graph/fact-groups.ts';
import type { Extraction } from '../../../src/ingest/types.ts';
import type { GraphJson } from '../../../src/model/json.ts';
import { graphEmphasis } from '../../graph/emphasis.ts';
import { append, clear, errorText, h, statusBox } from '../../dom.ts';
import type { Explorer } from '../../state/explorer.ts';
import { articleGraph, knownFacts, type KnownFacts } from './queries.ts';
import { createReviewView, type ReviewView } from './review-view.ts';
import {
  formProblem,
  initialReview,
  MAX_ARTICLE_CHARS,
  mergeSummary,
  relationEdgeId,
  reviewedSubset,
  toggleEntity,
  toggleRelation,
  type ReviewState,
} from './review.ts';

export interface ArticlePanelActions {
  report(text: string): void;
  /** Fits the camera to the whole drawing. */
  fit(): void;
  /** Selects an edge and shows its details (its sentences and articles). */
  inspectEdge(edge: string): void;
}

interface Preview {
  input: ArticleInputJson;
  result: ArticleResultJson;
  state: ReviewState;
  view: ReviewView;
}

const sameInput = (a: ArticleInputJson, b: ArticleInputJson) => JSON.stringify(a) === JSON.stringify(b);

export function mountArticles(container: HTMLElement, explorer: Explorer, actions: ArticlePanelActions): void {
  const text = h('textarea', {
    id: 'article-text',
    class: 'article-input',
    rows: 8,
    spellcheck: false,
    placeholder: 'Paste the article here, or drop a .txt file…',
    'aria-describedby': 'article-count',
  });
  const title = h('input', { id: 'article-title', type: 'text', maxLength: 500, placeholder: 'From the first line' });
  const published = h('input', { id: 'article-published', type: 'date' });
  const url = h('input', { id: 'article-url', type: 'url', placeholder: 'https://…' });
  const outlet = h('input', { id: 'article-outlet', type: 'text', maxLength: 200, placeholder: 'e.g. Reuters' });
  const count = h('span', { id: 'article-count', class: 'char-count muted', 'aria-live': 'polite' });
  const file = h('input', { type: 'file', accept: '.txt,text/plain', hidden: true });
  const previewButton = h('button', { type: 'submit', class: 'primary' }, 'Preview');
  const formStatus = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const output = h('div', { class: 'article-output', 'aria-live': 'polite' });
  const addButton = h('button', { type: 'button', class: 'primary add-article' }, 'Add to graph');
  const addStatus = h('div', { class: 'add-status', 'aria-live': 'polite' });

  let preview: Preview | null = null;
  let busy = false;
  let ticket = 0;

  const currentInput = (): ArticleInputJson => {
    const input: ArticleInputJson = { text: text.value };
    const pairs: [keyof ArticleInputJson, string][] = [
      ['title', title.value.trim()],
      ['published', published.value.trim()],
      ['url', url.value.trim()],
      ['outlet', outlet.value.trim()],
    ];
    for (const [key, value] of pairs) if (value) input[key] = value;
    return input;
  };

  const updateCount = () => {
    const over = text.value.length > MAX_ARTICLE_CHARS;
    count.textContent = `${text.value.length.toLocaleString('en')} / ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`;
    count.classList.toggle('over', over);
  };

  /** The Add button: its count, and why it cannot be used when it cannot. */
  const updateAdd = () => {
    if (!preview) return;
    const subset = reviewedSubset(preview.result.extraction, preview.state);
    // The review shows each fact once with all its sentences, so the button counts facts too.
    const n = new Set(subset.relations.map((i) => relationEdgeId(preview!.result.extraction.relations[i]!))).size;
    addButton.textContent = busy ? 'Adding…' : `Add to graph (${n} relation${n === 1 ? '' : 's'})`;
    const stale = !sameInput(preview.input, currentInput());
    addButton.disabled = busy || stale || subset.entities.length === 0;
    addButton.title = stale
      ? 'The form changed since the preview: preview again'
      : subset.entities.length === 0
        ? 'Tick at least one entity'
        : '';
    if (!busy) {
      clear(addStatus);
      if (stale) addStatus.append(statusBox('info', 'The form changed since the preview: preview again to add it.'));
    }
  };

  const setReview = (state: ReviewState) => {
    if (!preview) return;
    preview.state = state;
    preview.view.update(state);
    updateAdd();
  };

  const showError = (where: HTMLElement, error: unknown, retry?: () => void) => {
    clear(where);
    where.append(statusBox('error', errorText(error), retry ? { label: 'Retry', run: retry } : undefined));
  };

  const runPreview = async () => {
    if (busy) return;
    const input = currentInput();
    const problem = formProblem({ text: input.text, published: input.published ?? '', url: input.url ?? '' });
    clear(formStatus);
    if (problem) {
      formStatus.append(statusBox('error', problem));
      return;
    }
    const mine = ++ticket;
    busy = true;
    previewButton.disabled = true;
    preview = null;
    clear(output);
    output.append(statusBox('loading', 'Reading the article…'));
    try {
      const result = await api.article(input, { dryRun: true });
      let known: KnownFacts | null = null;
      let knownError: unknown = null;
      try {
        known = await knownFacts(
          result.extraction.entities.map((entity) => entity.id),
          result.extraction.relations.map((relation) => ({
            id: relationEdgeId(relation),
            source: relation.source,
            target: relation.target,
          })),
        );
      } catch (error) {
        knownError = error;
      }
      if (mine !== ticket) return;
      showReview(input, result, known, knownError);
    } catch (error) {
      if (mine !== ticket) return;
      showError(output, error, () => void runPreview());
    } finally {
      if (mine === ticket) {
        busy = false;
        previewButton.disabled = false;
        updateAdd();
      }
    }
  };

  const showReview = (
    input: ArticleInputJson,
    result: ArticleResultJson,
    known: KnownFacts | null,
    knownError: unknown,
  ) => {
    const { extraction } = result;
    const view = createReviewView({
      text: input.text,
      extraction,
      known,
      onEntity: (id, on) => preview && setReview(toggleEntity(preview.state, id, on)),
      onRelation: (index, on) => preview && setReview(toggleRelation(preview.state, index, on)),
    });
    preview = { input, result, state: initialReview(extraction), view };
    const fresh = known ? extraction.entities.filter((entity) => !known.entities.has(entity.id)).length : null;
    // One fact with several sentences is one relation, as in the list below and on the Add button.
    const facts = factGroups(extraction).length;
    clear(output);
    append(
      output,
      h(
        'p',
        { class: 'review-summary', role: 'status' },
        `${extraction.entities.length} entit${extraction.entities.length === 1 ? 'y' : 'ies'}`,
        fresh === null ? '' : ` (${fresh} new)`,
        ` and ${facts} relation${facts === 1 ? '' : 's'} proposed`,
        extraction.article.published ? ` · published ${extraction.article.published}` : '',
        '. Untick what is wrong.',
      ),
      knownError ? statusBox('info', `Could not check what the graph already holds: ${errorText(knownError)}`) : null,
      extraction.entities.length === 0
        ? statusBox('empty', 'Nothing recognized in this text: no actor, meeting, place or document.')
        : null,
      view.element,
      h('div', { class: 'button-row sticky-actions' }, addButton),
      addStatus,
    );
    view.update(preview.state);
    updateAdd();
  };

  /** `extraction` is the previewed one, which `kept` indexes (the answer holds the kept part only). */
  const showAdded = async (result: ArticleResultJson, extraction: Extraction, kept: number[]) => {
    const names = new Map(extraction.entities.map((entity) => [entity.id, entity.name]));
    const nameOf = (id: string) => names.get(id) ?? id;
    const edgeIds = [...new Set(kept.map((index) => relationEdgeId(extraction.relations[index]!)))];
    const graphBox = h('div', {}, statusBox('loading', 'Bringing the article into the view…'));
    const relationsList = h(
      'ul',
      { class: 'relations added-relations' },
      edgeIds.map((id) => {
        const relation = extraction.relations.find((item) => relationEdgeId(item) === id)!;
        return h(
          'li',
          { class: 'relation' },
          h(
            'button',
            { type: 'button', class: 'link', dataset: { edge: id }, onclick: () => actions.inspectEdge(id) },
            `${nameOf(relation.source)} —${relation.type}→ ${nameOf(relation.target)}`,
          ),
        );
      }),
    );
    clear(output);
    append(
      output,
      statusBox('info', mergeSummary(result)),
      h('h3', {}, `Relations kept from “${result.article.title}” (${edgeIds.length})`),
      edgeIds.length > 0 ? relationsList : h('p', { class: 'muted' }, 'No relation kept.'),
      graphBox,
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'button', onclick: () => explorer.setPath(null) }, 'Clear highlight'),
        h('button', { type: 'button', onclick: () => reset() }, 'Add another article'),
      ),
    );
    const load = async () => {
      clear(graphBox);
      graphBox.append(statusBox('loading', 'Bringing the article into the view…'));
      try {
        const part: GraphJson = await articleGraph(result.article.id);
        // New nodes start beside their neighbours; the nodes already drawn keep their places.
        explorer.merge(part, { keepLayout: true });
        explorer.setPath(graphEmphasis(part));
        actions.fit();
        clear(graphBox);
        graphBox.append(
          h(
            'p',
            { class: 'muted' },
            `Highlighted in the view: ${part.nodes.length} entities and ${part.edges.length} relations this article reports. Click a relation above for its evidence.`,
          ),
        );
      } catch (error) {
        showError(graphBox, error, () => void load());
      }
    };
    output.scrollIntoView({ block: 'start' });
    await load();
  };

  const runAdd = async () => {
    if (busy || !preview) return;
    const { input, result, state } = preview;
    if (!sameInput(input, currentInput())) return;
    const reviewed = reviewedSubset(result.extraction, state);
    if (reviewed.entities.length === 0) return;
    busy = true;
    previewButton.disabled = true;
    updateAdd();
    clear(addStatus);
    addStatus.append(statusBox('loading', 'Adding to the graph…'));
    let added: ArticleResultJson;
    try {
      added = await api.article(input, { dryRun: false, reviewed });
    } catch (error) {
      busy = false;
      previewButton.disabled = false;
      updateAdd();
      showError(addStatus, error, () => void runAdd());
      return;
    }
    preview = null;
    busy = false;
    previewButton.disabled = false;
    actions.report(mergeSummary(added));
    await showAdded(added, result.extraction, reviewed.relations);
  };
  addButton.addEventListener('click', () => void runAdd());

  function reset(focus = true): void {
    ticket++;
    busy = false;
    preview = null;
    for (const field of [text, title, published, url, outlet]) field.value = '';
    previewButton.disabled = false;
    clear(formStatus);
    clear(output);
    output.append(statusBox('empty', 'Paste a news report above and preview what it would add to the graph.'));
    updateCount();
    if (focus) text.focus();
  }

  const loadFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    clear(formStatus);
    if (!/\.txt$/i.test(chosen.name) && chosen.type && chosen.type !== 'text/plain') {
      formStatus.append(statusBox('error', `“${chosen.name}” is not a .txt file.`));
      return;
    }
    try {
      text.value = await chosen.text();
      updateCount();
      updateAdd();
      formStatus.append(statusBox('info', `Loaded “${chosen.name}”.`));
    } catch (error) {
      showError(formStatus, error);
    }
  };
  text.addEventListener('dragover', (event) => {
    event.preventDefault();
    text.classList.add('drop-target');
  });
  text.addEventListener('dragleave', () => text.classList.remove('drop-target'));
  text.addEventListener('drop', (event) => {
    const dropped = event.dataTransfer?.files?.[0];
    text.classList.remove('drop-target');
    if (!dropped) return;
    event.preventDefault();
    void loadFile(dropped);
  });
  file.addEventListener('change', () => void loadFile(file.files?.[0]));
  for (const field of [text, title, published, url, outlet]) {
    field.addEventListener('input', () => {
      if (field === text) updateCount();
      updateAdd();
    });
  }

  const field = (label: string, input: HTMLElement, id: string) =>
    h('label', { class: 'field', htmlFor: id }, h('span', { class: 'field-label' }, label), input);

  const form = h(
    'form',
    {
      class: 'article-form',
      'aria-label': 'Article to add',
      onsubmit: (event: Event) => {
        event.preventDefault();
        void runPreview();
      },
    },
    h(
      'div',
      { class: 'field' },
      h('label', { class: 'field-label', htmlFor: 'article-text' }, 'Article text'),
      text,
      h(
        'div',
        { class: 'field-row between' },
        count,
        h('button', { type: 'button', class: 'link', onclick: () => file.click() }, 'Open a .txt file…'),
        file,
      ),
    ),
    field('Title', title, 'article-title'),
    h(
      'div',
      { class: 'field-row' },
      field('Published', published, 'article-published'),
      field('Outlet', outlet, 'article-outlet'),
    ),
    field('URL', url, 'article-url'),
    h('div', { class: 'button-row' }, previewButton),
    formStatus,
  );
  container.append(form, output);
  reset(false);
}
