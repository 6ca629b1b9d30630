/** Reading a parse: its mentions over its tokens, and the walks over its dependencies that every rule shares. */
import type { Dependency, ParsedSentence } from '../../nlp/parser.ts';
import type { Mention, Sentence } from '../types.ts';
import { ACTOR, type Types } from './argument-types.ts';
import { coVerb } from './verb-table.ts';
import {
  ACCUSE,
  COUNTED,
  LEADER_HOLDINGS,
  NUMBERS,
  PLACE_WORDS,
  ROLE_NOUNS,
  TITLES,
  WEEKDAY,
  WISH,
} from './word-classes.ts';

/** Nouns for a meeting or a part of one, which "of" links to the meeting it belongs to. */
const MEETING_PARTS = /^(?:meeting|meetings|session|sessions|sitting)$/i;

/** A parsed sentence with its mentions laid over its tokens. */
export class Reading {
  readonly out: Dependency[][];
  readonly in: Dependency[][];
  /** For each token (1-based), the mention it lies in. */
  readonly mentionAt: (Mention | undefined)[];

  constructor(
    readonly sentence: Sentence,
    readonly parse: ParsedSentence,
    readonly mentions: readonly Mention[],
    /** The sentence before and its mentions, that "the three countries" may count back to. */
    readonly before: { sentence: Sentence; mentions: readonly Mention[] } | null = null,
  ) {
    const n = parse.tokens.length + 1;
    this.out = Array.from({ length: n }, () => []);
    this.in = Array.from({ length: n }, () => []);
    for (const d of parse.deps) {
      this.out[d.gov]?.push(d);
      this.in[d.dep]?.push(d);
    }
    this.dashLists();
    this.nounsOnVerbs();
    this.alongWith();
    this.sharedSubjects();
    this.adjunctSubjects();
    this.whereRelatives();
    this.passiveRelatives();
    this.mentionAt = [undefined];
    for (const t of parse.tokens) {
      const start = sentence.start + t.start;
      const end = sentence.start + t.end;
      this.mentionAt.push(mentions.find((m) => m.start < end && start < m.end));
    }
    this.bareLists();
    this.titleAppositions();
    this.namesAfterNouns();
    this.titledSubjects();
    this.misreadObjects();
  }

  /**
   * "Jaafari met de Mistura", "Lavrov met on Monday Foreign Minister Zarif": the parser may take a
   * name's particle ("de") for a preposition, or the day before a name for part of it, and make the
   * verb's object an oblique; a name that holds its own "preposition", or follows "on <day>", is the object.
   */
  private misreadObjects(): void {
    for (let v = 1; v < this.out.length; v++) {
      if (!this.isVerb(v) || this.child(v, 'obj').length > 0) continue;
      const edge = this.out[v]!.find((d) => {
        const name = this.mentionAt[d.dep];
        if (!d.rel.startsWith('obl:') || !name || !ACTOR.includes(name.type)) return false;
        const cases = this.child(d.dep, 'case');
        const dated = (c: number): boolean => this.lemma(c) === 'on' && WEEKDAY.test(this.word(c + 1));
        return cases.some((c) => this.mentionAt[c] === name || dated(c));
      });
      if (!edge) continue;
      const rel = edge.rel;
      edge.rel = 'obj';
      // The list the name heads: "met on Thursday X, and representatives of France as well as Y".
      for (const c of this.children(edge.dep, 'conj')) {
        const copy = this.out[v]!.find((d) => d.dep === c && d.rel === rel);
        if (copy) copy.rel = 'obj';
        else this.link(v, c, 'obj');
      }
    }
  }

  /**
   * "Head of the Syrian delegation to the talks, Bashar al-Jaafari said": the parser may make the
   * title that opens the sentence and the name after its comma two subjects of the verb; the name
   * is the title's apposition.
   */
  private titledSubjects(): void {
    for (let v = 1; v < this.out.length; v++) {
      const subjects = this.child(v, 'nsubj');
      if (subjects.length !== 2) continue;
      for (const t of subjects.filter((i) => ROLE_NOUNS.has(this.lemma(i)) && !this.mentionAt[i]))
        for (const p of subjects.filter((i) => i > t && this.mentionAt[i]?.type === 'Person')) {
          let first = p;
          while (first > 1 && this.mentionAt[first - 1] === this.mentionAt[p]) first--;
          if (this.word(first - 1) !== ',') continue;
          const edge = { gov: t, dep: p, rel: 'appos' };
          this.out[t]!.push(edge);
          this.in[p]!.push(edge);
        }
    }
  }

  /**
   * "along with Damascus allies Russia and Iran": the parser may leave names that follow a common
   * noun at once a bare `dep` of it; they name what the noun stands for, as an apposition does.
   */
  private namesAfterNouns(): void {
    for (let g = 1; g < this.out.length; g++) {
      if (!/^NNS?$/.test(this.parse.tokens[g - 1]?.pos ?? '') || this.mentionAt[g]) continue;
      const first = this.mentionAt[g + 1];
      if (!first || !ACTOR.includes(first.type)) continue;
      for (const d of this.child(g, 'dep')) {
        const m = this.mentionAt[d];
        if (!m || !ACTOR.includes(m.type) || (m !== first && !this.isListItem(g, d))) continue;
        const edge = { gov: g, dep: d, rel: 'appos' };
        this.out[g]!.push(edge);
        this.in[d]!.push(edge);
      }
    }
  }

  /**
   * "Russia, Turkey, Iran confirm participation": a list without "and" (a headline's) is left by the
   * parser as bare `conj` items that do not share the first item's role; items named as actors of one
   * type take it too (not "Sochi, Russia", a place and its state).
   */
  private bareLists(): void {
    for (let g = 1; g < this.out.length; g++) {
      const items = this.child(g, 'conj');
      const type = this.mentionAt[g]?.type;
      if (items.length === 0 || type === undefined || !ACTOR.includes(type)) continue;
      if (!items.every((i) => this.mentionAt[i]?.type === type && this.mentionAt[i] !== this.mentionAt[g])) continue;
      const roles = this.in[g]!.filter((d) => /^(?:nsubj|obj|iobj|obl|nmod)/.test(d.rel));
      for (const i of items)
        for (const d of roles)
          if (!this.in[i]!.some((e) => e.gov === d.gov && e.rel === d.rel)) this.link(d.gov, i, d.rel);
    }
  }

  /** Whether `d` is a later item of the list that starts right after noun `g` ("allies Russia and Iran"). */
  private isListItem(g: number, d: number): boolean {
    return this.in[d]!.some((e) => e.rel.startsWith('conj') && this.mentionAt[e.gov] === this.mentionAt[g + 1]);
  }

  /**
   * "Russia's Ambassador to Kazakhstan, Alexey Borodavkin, ...": the parser may join the name to
   * the title's last word as a list item (`conj`) instead of naming the title; a person who
   * follows "<title> to|for|of <one name>," is the title's apposition.
   */
  private titleAppositions(): void {
    const n = this.parse.tokens.length;
    // "the U.N. Special Envoy for Syria Staffan de Mistura", "Assistant to the Iranian Foreign
    // Minister for Arab and African Affairs Hussein Jabri Ansari": the parser makes the name the
    // head of the title's complement ("for Syria"); words before a name in one phrase that are
    // no title ("President Putin") are the complement, and the name holds the title.
    for (let t = 1; t <= n; t++) {
      if (!ROLE_NOUNS.has(this.lemma(t))) continue;
      // "the participation of UN envoy to Syria Stephan de Mistura": the parser may hang the
      // complement on the noun the title hangs on; it is the title's where it follows it at once.
      // "met UN Special Envoy to Syria Staffan de Mistura": or on the verb the title is the object of.
      const next = this.in[t]!.flatMap((d) =>
        ['nmod:to', 'nmod:for', 'obl:to', 'obl:for']
          .flatMap((c) => this.child(d.gov, c))
          .filter((p) => this.child(p, 'case').includes(t + 1)),
      );
      for (const p of [
        ...this.child(t, 'nmod:for'),
        ...this.child(t, 'nmod:of'),
        ...this.child(t, 'nmod:to'),
        ...next,
      ]) {
        const person = this.mentionAt[p];
        if (person?.type !== 'Person') continue;
        const own = [...this.mentionAt.keys()].filter((i) => this.mentionAt[i] === person);
        const before = own.flatMap((i) => this.child(i, 'compound')).filter((c) => this.mentionAt[c] !== person);
        if (before.length === 0 || before.some((c) => ROLE_NOUNS.has(this.lemma(c)) || TITLES.has(this.lemma(c))))
          continue;
        const edge = { gov: t, dep: p, rel: 'appos' };
        this.out[t]!.push(edge);
        this.in[p]!.push(edge);
      }
    }
    // "met his Turkish counterpart Mevlut Cavusoglu": the parser may leave the name a bare `dep` of the title.
    for (let t = 1; t <= n; t++) {
      if (!ROLE_NOUNS.has(this.lemma(t)) || this.mentionAt[t]) continue;
      for (const p of this.child(t, 'dep').filter((d) => this.mentionAt[d]?.type === 'Person')) {
        const edge = { gov: t, dep: p, rel: 'appos' };
        this.out[t]!.push(edge);
        this.in[p]!.push(edge);
      }
    }
    for (let p = 2; p <= n; p++) {
      const person = this.mentionAt[p];
      if (person?.type !== 'Person' || this.mentionAt[p - 1] === person || this.word(p - 1) !== ',') continue;
      let k = p - 2;
      const named = this.mentionAt[k];
      if (!named) continue;
      while (k > 0 && this.mentionAt[k] === named) k--;
      if (this.lemma(k) === 'the') k--;
      if (!/^(?:to|for|of)$/i.test(this.word(k)) || !ROLE_NOUNS.has(this.lemma(k - 1))) continue;
      const title = k - 1;
      let head = p;
      while (head < n && this.mentionAt[head + 1] === person) head++;
      if (this.out[title]!.some((d) => d.rel === 'appos' && this.mentionAt[d.dep] === person)) continue;
      const edge = { gov: title, dep: head, rel: 'appos' };
      this.out[title]!.push(edge);
      this.in[head]!.push(edge);
    }
  }

  /**
   * "The guarantors of the Syrian ceasefire - Russia, Iran and Turkey - announced": the parser hangs
   * a list between dashes on the last noun before it (`dep`); it names the whole phrase, so it
   * becomes an apposition of the phrase's head ("guarantors").
   */
  private dashLists(): void {
    // "the three power-brokers: Russia, Iran and Turkey": a list after a colon names the phrase too.
    const isDash = (i: number): boolean => /^[\u2013\u2014:]$/.test(this.word(i));
    for (let g = 1; g < this.out.length; g++) {
      const dashes = this.out[g]!.filter((d) => isDash(d.dep) && d.dep > g)
        .map((d) => d.dep)
        .sort((a, b) => a - b);
      const open = dashes[0];
      if (open === undefined) continue;
      const close = dashes[1] ?? Infinity;
      const items = this.out[g]!.filter(
        (d) => (d.rel === 'dep' || d.rel === 'appos') && d.dep > open && d.dep < close && !isDash(d.dep),
      ).map((d) => d.dep);
      let head = g;
      for (let up = this.in[head]!.find((d) => d.rel.startsWith('nmod')); up;) {
        head = up.gov;
        up = this.in[head]!.find((d) => d.rel.startsWith('nmod'));
      }
      for (const item of items) {
        if (this.out[head]!.some((d) => d.dep === item && d.rel === 'appos')) continue;
        const edge = { gov: head, dep: item, rel: 'appos' };
        this.out[head]!.push(edge);
        this.in[item]!.push(edge);
      }
    }
  }

  /**
   * "Turkey has invited the two other guarantor states — Russia and Iran — as well as the
   * governments of Qatar and Egypt": past a dash the parser may read the first object as an
   * indirect one and join the next to the verb itself (`conj`); both are the verb's objects (or,
   * for a verb without one, its subjects).
   */
  private nounsOnVerbs(): void {
    const noun = (i: number): boolean => /^(?:NN|PRP)/.test(this.parse.tokens[i - 1]?.pos ?? '');
    for (let v = 1; v < this.out.length; v++) {
      if (!this.isVerb(v)) continue;
      const objects = this.child(v, 'obj');
      const added = objects.length > 0 ? [] : this.child(v, 'iobj');
      const nouns = this.children(v, 'conj').filter((c) => noun(c) && !this.out[c]!.some((d) => d.rel === 'nsubj'));
      // "... had voted for it, as well as four members of the Cairo Group": without an object, a
      // noun joined to the verb is another subject.
      // "brokered by Turkey, which backs the opposition, and Russia and Iran": of a passive, another agent.
      const agent = objects.length === 0 && this.child(v, 'obl:agent').length > 0;
      const rel = added.length > 0 || objects.length > 0 ? 'obj' : agent ? 'obl:agent' : 'nsubj';
      for (const o of [...added, ...(rel === 'nsubj' && this.child(v, 'nsubj').length === 0 ? [] : nouns)]) {
        const edge = { gov: v, dep: o, rel: added.includes(o) ? 'obj' : rel };
        this.out[v]!.push(edge);
        this.in[o]!.push(edge);
      }
    }
  }

  /**
   * "Turkey, along with Russia, boycotted the talks", "Iran and Turkey, along with Russia, are the
   * guarantors": who comes along with the subject is a subject too.
   */
  private alongWith(): void {
    const along = /^(?:obl|nmod):(?:along_with|together_with)$/;
    for (let g = 1; g < this.out.length; g++) {
      const subjects = this.out[g]!.filter((d) => d.rel === 'nsubj').map((d) => d.dep);
      if (subjects.length === 0) continue;
      const companions = [g, ...subjects].flatMap((i) =>
        this.out[i]!.filter((d) => along.test(d.rel)).map((d) => d.dep),
      );
      for (const c of companions) {
        if (subjects.includes(c)) continue;
        const edge = { gov: g, dep: c, rel: 'nsubj' };
        this.out[g]!.push(edge);
        this.in[c]!.push(edge);
      }
    }
  }

  /**
   * "Turkey and Iran attended the talks and backed the process": the parser gives the second verb
   * only the first subject; a verb joined to another, with no subject of its own, shares all of its.
   */
  private sharedSubjects(): void {
    for (let v = 1; v < this.out.length; v++) {
      const subjects = this.child(v, 'nsubj');
      if (!this.isVerb(v) || subjects.length < 2) continue;
      for (const c of this.children(v, 'conj').filter((i) => this.isVerb(i))) {
        const own = this.child(c, 'nsubj');
        if (this.child(c, 'nsubj:pass').length > 0 || own.some((s) => !subjects.includes(s))) continue;
        for (const s of subjects.filter((x) => !own.includes(x))) {
          const edge = { gov: c, dep: s, rel: 'nsubj' };
          this.out[c]!.push(edge);
          this.in[s]!.push(edge);
        }
      }
    }
  }

  /**
   * "The SNC refrained from attending the congress", "Lavrov arrived on Monday, joining the talks",
   * "de Mistura is in Astana to attend the talks": a gerund adjunct, or a purpose infinitive on a
   * copular predicate, with no subject of its own is done by the subject it hangs on;
   * "accused Russia of undermining the talks", "Russia is accused of seeking to bypass them": by
   * the one accused.
   */
  private adjunctSubjects(): void {
    for (let v = 1; v < this.out.length; v++) {
      const accused = ACCUSE.has(this.lemma(v));
      const subjects = accused ? [...this.child(v, 'obj'), ...this.child(v, 'nsubj:pass')] : this.child(v, 'nsubj');
      if (subjects.length === 0) continue;
      // The parser may leave the gerund after a comma a bare `dep` ("arrived on Monday, joining the talks").
      const predicate = this.child(v, 'cop').length > 0;
      const adjuncts = this.out[v]!.filter(
        (e) =>
          e.rel.startsWith('advcl') ||
          (predicate && e.rel === 'acl:to') ||
          (accused && /^obl:(?:of|for)$/.test(e.rel)) ||
          (e.rel === 'dep' && e.dep > v && this.word(e.dep - 1) === ','),
      );
      for (const d of adjuncts) {
        const own = this.out[d.dep]!.some((e) => e.rel.startsWith('nsubj'));
        const form = this.parse.tokens[d.dep - 1]?.pos;
        if (own || !(form === 'VBG' || (form === 'VB' && d.rel === 'acl:to'))) continue;
        // "of seeking to bypass the talks": and so is the infinitive the gerund governs.
        const done = [d.dep, ...this.child(d.dep, 'xcomp').filter((x) => this.child(x, 'nsubj:xsubj').length === 0)];
        for (const g of accused ? done : [d.dep])
          for (const s of subjects) {
            const edge = { gov: g, dep: s, rel: 'nsubj:xsubj' };
            this.out[g]!.push(edge);
            this.in[s]!.push(edge);
          }
      }
    }
  }

  /**
   * "Vienna, where the UN talks were held": the parser links "where" to the verb only; the place it
   * stands for is the verb's `obl:in`, as enhanced++ does for "which".
   */
  private whereRelatives(): void {
    for (let g = 1; g < this.out.length; g++)
      for (const d of this.out[g]!.filter((e) => e.rel === 'acl:relcl')) {
        const where = this.out[d.dep]!.some((e) => e.rel === 'advmod' && /^where$/i.test(this.word(e.dep)));
        if (!where || this.child(d.dep, 'obl:in').length > 0) continue;
        const edge = { gov: d.dep, dep: g, rel: 'obl:in' };
        this.out[d.dep]!.push(edge);
        this.in[g]!.push(edge);
      }
  }

  /**
   * "The talks in Astana, which are sponsored by Russia": the parser may make the noun a passive
   * relative clause stands for its object; with "are" and no subject of its own, it is the passive subject.
   */
  private passiveRelatives(): void {
    for (let g = 1; g < this.out.length; g++)
      for (const d of this.out[g]!.filter((e) => e.rel === 'acl:relcl')) {
        const v = d.dep;
        const edge = this.out[v]!.find((e) => e.rel === 'obj' && e.dep === g);
        if (!edge || this.child(v, 'aux:pass').length === 0 || this.child(v, 'nsubj:pass').length > 0) continue;
        edge.rel = 'nsubj:pass';
      }
  }

  private link(gov: number, dep: number, rel: string): void {
    const edge = { gov, dep, rel };
    this.out[gov]!.push(edge);
    this.in[dep]!.push(edge);
  }

  /** Whether token `i` is tagged a verb (any VB tag: base, past, gerund, participle, present). */
  isVerb(i: number): boolean {
    return /^VB/.test(this.parse.tokens[i - 1]?.pos ?? '');
  }

  lemma(i: number): string {
    const token = this.parse.tokens[i - 1];
    const lemma = (token?.lemma ?? '').toLowerCase();
    // "are co-sponsoring": the tagger may take a hyphenated verb for an adjective and leave it unlemmatized.
    const hyphenated = /^(co-\w+?)(?:ing|ed|s)$/.exec(lemma);
    return hyphenated && /^(?:VB[DGNZ]|JJ)$/.test(token?.pos ?? '') && lemma === token?.word.toLowerCase()
      ? coVerb(hyphenated[1]!)
      : lemma;
  }

  word(i: number): string {
    return this.parse.tokens[i - 1]?.word ?? '';
  }

  children(i: number, rel: string): number[] {
    return (this.out[i] ?? []).filter((d) => d.rel === rel || d.rel.startsWith(`${rel}:`)).map((d) => d.dep);
  }

  child(i: number, rel: string): number[] {
    return (this.out[i] ?? []).filter((d) => d.rel === rel).map((d) => d.dep);
  }

  /** "should the group not attend", "if Turkey attends": a condition, which states nothing. */
  hypothetical(i: number): boolean {
    const subject = Math.min(...this.child(i, 'nsubj'), ...this.child(i, 'nsubj:pass'));
    return (this.out[i] ?? []).some(
      (d) =>
        (d.rel === 'mark' && /^(?:if|unless|whether)$/i.test(this.word(d.dep))) ||
        (d.rel === 'aux' && /^should$/i.test(this.word(d.dep)) && d.dep < subject),
    );
  }

  /** "urged the government to send ...", "invited the SNC to attend": an act asked or hoped for, not reported. */
  wished(i: number): boolean {
    return this.in[i]!.some((d) => d.rel === 'xcomp' && WISH.has(this.lemma(d.gov)));
  }

  negated(i: number): boolean {
    // "Neither the SNC nor the Kurds attended", "attended neither the talks nor the congress".
    const neither = (a: number): boolean =>
      this.child(a, 'cc:preconj').some((c) => /^neither$/i.test(this.word(c))) ||
      this.in[a]!.some((d) => d.rel === 'conj:nor');
    return (this.out[i] ?? []).some(
      (d) =>
        ((d.rel === 'advmod' || d.rel === 'neg') && /^(?:not|n't|never|no)$/i.test(this.word(d.dep))) ||
        (/^(?:nsubj|nsubj:pass|obj)$/.test(d.rel) && neither(d.dep)),
    );
  }

  /** The entities a nominal stands for: its own mention, its appositions, "the governments of X". */
  entities(i: number, types: Types, seen = new Set<number>()): Mention[] {
    if (seen.has(i)) return [];
    seen.add(i);
    const own = this.mentionAt[i];
    const found: Mention[] = [];
    if (own && !own.demonym) {
      // "the guarantor countries": each member, so that lists and pairs count them.
      if (types.includes(own.type)) found.push(...(own.members ?? [own]));
    } else if (
      /^(?:government|governments|delegation|delegations|representatives|leaders|presidents|heads|state|states|ambassadors|envoys|ministers|members|observers|round|rounds|delegates|officials|diplomats|negotiators)$/i.test(
        this.word(i),
      )
    ) {
      // "the delegation of the SNC", "the Commission's delegation", "delegations from the UN and Jordan",
      // "a new round of the Astana talks".
      // "representatives of France, UK, Turkey": the parser may leave a list without its "and" unspread.
      for (const of of [...this.child(i, 'nmod:of'), ...this.child(i, 'nmod:poss'), ...this.child(i, 'nmod:from')])
        for (const item of [of, ...this.child(of, 'conj')]) found.push(...this.entities(item, types, seen));
    }
    // "Kazakhstan's capital of Astana", "the Russian city of Sochi": the place named.
    if (!own && types.includes('Place') && PLACE_WORDS.has(this.lemma(i)))
      for (const of of this.child(i, 'nmod:of')) found.push(...this.entities(of, ['Place'], seen));
    // "Syrian President Bashar Assad's forces": the state the sentence makes the leader's.
    if (!own && LEADER_HOLDINGS.has(this.word(i).toLowerCase()))
      for (const p of this.child(i, 'nmod:poss')) {
        if (this.mentionAt[p]?.type !== 'Person') continue;
        for (const title of this.child(p, 'compound').filter((c) => ROLE_NOUNS.has(this.lemma(c))))
          for (const a of [...this.child(title, 'amod'), ...this.child(title, 'compound')]) {
            const m = this.mentionAt[a];
            if (m?.type === 'State' && types.includes('State')) found.push(m);
          }
      }
    // "the Russian side", "the Turkish delegation", "Rebel figures": the state or group named before.
    // "the Kurdish YPG militia", "Free Syrian Army fighters", "Turkish troops": the group or state named before.
    if (
      !own &&
      /^(?:side|sides|delegation|delegations|team|figures|officials|delegates|diplomats|negotiators|representatives|government|regime|authorities|militia|militias|fighters|forces|troops|soldiers|faction|factions|units)$/i.test(
        this.word(i),
      )
    )
      for (const a of [...this.child(i, 'amod'), ...this.child(i, 'compound')]) {
        const m = this.mentionAt[a];
        if (m && types.includes(m.type)) found.push(m);
      }
    // "the meeting of "Astana-4"", "a session of the Geneva talks": the meeting named after "of".
    if (!own && types.includes('Meeting') && MEETING_PARTS.test(this.word(i)))
      for (const of of this.child(i, 'nmod:of')) found.push(...this.entities(of, ['Meeting'], seen));
    for (const a of this.child(i, 'appos')) found.push(...this.entities(a, types, seen));
    if (!own && found.length === 0 && types.includes('State')) found.push(...this.counted(i));
    return found;
  }

  /** "The three countries also met": as many states as the sentence before named, those. */
  private counted(i: number): Mention[] {
    if (!COUNTED.test(this.word(i))) return [];
    const n = this.child(i, 'nummod').map((c) => NUMBERS.indexOf(this.word(c).toLowerCase()) + 2)[0];
    if (!this.before) return [];
    const { sentence, mentions } = this.before;
    // "a cease-fire in Syria": a state named as a place is none of those counted.
    const located = (m: Mention): boolean =>
      /\b(?:in|at|to|from|into|across)\s+$/i.test(sentence.text.slice(0, m.start - sentence.start));
    const named = mentions.filter((m) => m.type === 'State' && !m.demonym && !located(m));
    const states = [...new Map(named.map((m) => [m.entityId, m])).values()];
    if (n === undefined || n < 2) return [];
    if (states.length === n) return states;
    // "Turkey, Russia and Iran have reached an agreement on the lists of the Syrian regime": with more
    // states named, the one list of as many.
    const lists: Mention[][] = [];
    for (const [k, m] of named.entries()) {
      const between = k > 0 ? sentence.text.slice(named[k - 1]!.end - sentence.start, m.start - sentence.start) : '';
      if (k > 0 && /^\s*,?\s*(?:and\s+)?$/.test(between) && between.trim() !== '') lists.at(-1)!.push(m);
      else lists.push([m]);
    }
    const fitting = lists.filter((l) => new Set(l.map((m) => m.entityId)).size === n && l.length === n);
    return fitting.length === 1 ? fitting[0]! : [];
  }
}

/** The meeting in focus, if it is named before token `i` (not one the sentence names later). */
export function antecedent(r: Reading, focus: Mention | null, i: number): Mention[] {
  if (!focus) return [];
  const before = focus.sentence < r.sentence.index || focus.end <= r.sentence.start + r.parse.tokens[i - 1]!.start;
  return before ? [focus] : [];
}

/**
 * "UN envoy Staffan de Mistura", "Moscow's ally Bashar al-Assad": the parser hangs the title's
 * modifiers on the name it stands before, not on the title; those before the title are the title's.
 */
export function modifiersBefore(r: Reading, title: number): number[] {
  return r.in[title]!.filter((d) => d.rel === 'compound').flatMap((d) =>
    ['amod', 'compound', 'nmod:poss'].flatMap((rel) => r.child(d.gov, rel)).filter((i) => i < title),
  );
}

/** The tokens of the phrase headed by `head`, in order, without its conjuncts and relative clauses. */
export function phraseTokens(r: Reading, head: number): number[] {
  const keep = new Set([head]);
  const grow = (i: number): void => {
    for (const d of r.out[i] ?? []) {
      if (keep.has(d.dep) || d.rel === 'punct' || d.rel.startsWith('conj') || d.rel === 'cc' || d.rel === 'acl:relcl')
        continue;
      keep.add(d.dep);
      grow(d.dep);
    }
  };
  grow(head);
  return [...keep].sort((a, b) => a - b);
}

/** The words of a token's subtree (basic-style edges only). */
export function phrase(r: Reading, head: number): string {
  return phraseTokens(r, head)
    .map((i) => r.word(i))
    .join(' ');
}
