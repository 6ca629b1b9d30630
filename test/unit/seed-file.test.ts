/**
 * Seed file.
 *
 * Checks the curated seed graph `seed/syria-2018-01-28.yaml` against its article,
 * `seed/articles/000_f866d91306c5335d.txt` (a copy of ../shared/seed/, Jan 28, 2018): the file
 * fits the seed schema, every relation's evidence is a verbatim sentence of the article, every
 * endpoint is a declared entity, nothing comes from the article's unrelated "More news:"
 * headlines, and the facts the article states are all there.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { parse } from 'yaml';
import { seedFileSchema, type SeedFile } from '../../src/seed/seed-schema.ts';

const seedDir = fileURLToPath(new URL('../../seed/', import.meta.url));
const raw: unknown = parse(readFileSync(`${seedDir}syria-2018-01-28.yaml`, 'utf8'));

function loadSeed(): SeedFile {
  return seedFileSchema.parse(raw);
}

describe('seed/syria-2018-01-28.yaml', () => {
  it('fits the seed schema', () => {
    const result = seedFileSchema.safeParse(raw);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  const seed = loadSeed();
  const text = readFileSync(`${seedDir}articles/${seed.article.file}`, 'utf8');
  const ids = new Set(seed.entities.map((entity) => entity.id));
  const byId = new Map(seed.entities.map((entity) => [entity.id, entity]));

  it('describes the seed article', () => {
    expect(seed.article).toEqual({
      file: '000_f866d91306c5335d.txt',
      title: 'Lavrov, de Mistura discuss Syrian National Dialogue Congress',
      url: null,
      outlet: null,
      published: '2018-01-28',
    });
  });

  it('declares every entity id once', () => {
    const seen = seed.entities.map((entity) => entity.id);
    expect(seen.filter((id, index) => seen.indexOf(id) !== index)).toEqual([]);
  });

  it('quotes every relation evidence verbatim from the article', () => {
    const missing = seed.relations.filter((relation) => !text.includes(relation.evidence));
    expect(missing.map((r) => `${r.source} ${r.type} ${r.target}: ${r.evidence}`)).toEqual([]);
  });

  it('never runs evidence across the missing space in "Assad.The boycott"', () => {
    expect(text).toContain('Assad.The boycott');
    expect(seed.relations.filter((relation) => relation.evidence.includes('Assad.The'))).toEqual([]);
  });

  it('points every relation at declared entities', () => {
    const dangling = seed.relations.flatMap((relation) =>
      [relation.source, relation.target, relation.meeting]
        .filter((id): id is string => id !== undefined && !ids.has(id))
        .map((id) => `${relation.source} ${relation.type} ${relation.target}: unknown '${id}'`),
    );
    expect(dangling).toEqual([]);
  });

  it('states each report once', () => {
    const keys = seed.relations.map((r) => `${r.source} ${r.type} ${r.target} ${r.evidence}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('invites actors to meetings only', () => {
    for (const relation of seed.relations.filter((r) => r.meeting !== undefined)) {
      expect(byId.get(relation.meeting ?? '')?.type).toBe('Meeting');
    }
  });

  it('gives meetings ordered dates', () => {
    for (const entity of seed.entities.filter((e) => e.start !== undefined && e.end !== undefined)) {
      expect(entity.type).toBe('Meeting');
      expect((entity.start ?? '') <= (entity.end ?? '')).toBe(true);
    }
  });

  it('takes nothing from the unrelated "More news:" headlines', () => {
    const unrelated = /duterte|suu kyi|zainab|woody allen|serial killer|human rights criticism/i;
    const names = seed.entities.flatMap((entity) => [entity.name, ...entity.aliases]);
    expect(names.filter((name) => unrelated.test(name))).toEqual([]);
    expect(seed.relations.filter((relation) => unrelated.test(relation.evidence))).toEqual([]);
  });

  it('stores Resolution 2254 with the article spelling as an alias and a note', () => {
    const resolution = byId.get('un-security-council-resolution-2254');
    expect(resolution).toMatchObject({
      name: 'UN Security Council Resolution 2254',
      type: 'Document',
      number: '2254',
    });
    expect(resolution?.aliases).toContain('Resolution 2224');
    expect(resolution?.aliases).toContain('Resolution 2224 of the UN Security Council');
    expect(resolution?.note).toMatch(/2224/);
  });

  it.each([
    ['syrian-national-dialogue-congress', 'Meeting', '2018-01-29', '2018-01-30'],
    ['vienna-talks', 'Meeting', '2018-01-25', '2018-01-26'],
    ['sochi-preliminary-meeting', 'Meeting', '2018-01-20', '2018-01-20'],
  ])('dates %s', (id, type, start, end) => {
    expect(byId.get(id)).toMatchObject({ type, start, end });
  });

  it.each([
    ['russia', 'State', 'Moscow'],
    ['russia', 'State', 'Russian Federation'],
    ['staffan-de-mistura', 'Person', 'de Mistura'],
    ['staffan-de-mistura', 'Person', 'Staffan de Mistura'],
    ['staffan-de-mistura', 'Person', 'special envoy'],
    ['staffan-de-mistura', 'Person', 'UN special envoy'],
    ['bashar-al-jaafari', 'Person', 'al-Jaafari'],
    ['bashar-al-jaafari', 'Person', 'Jaafari'],
    ['bashar-al-jaafari', 'Person', "Ja'afari"],
    ['hossein-jaberi-ansari', 'Person', 'Jaberi Ansari'],
    ['hossein-jaberi-ansari', 'Person', 'Hossein Jaberi Ansari'],
    ['syrian-negotiations-commission', 'Organization', 'SNC'],
    ['syrian-rebel-groups', 'ArmedGroup', 'rebel groups'],
  ])('types %s as %s with alias "%s"', (id, type, alias) => {
    const entity = byId.get(id);
    expect(entity?.type).toBe(type);
    expect(entity?.aliases).toContain(alias);
  });

  it.each([
    // The Sochi congress
    ['russia', 'HOSTS', 'syrian-national-dialogue-congress'],
    ['russia', 'ORGANIZES', 'syrian-national-dialogue-congress'],
    ['russia', 'INVITES', 'syrian-national-dialogue-congress'],
    ['syrian-national-dialogue-congress', 'HELD_IN', 'sochi'],
    ['russia', 'INVITES', 'staffan-de-mistura'],
    ['sergey-lavrov', 'MEETS', 'staffan-de-mistura'],
    ['sergey-lavrov', 'REPRESENTS', 'russia'],
    // The boycott and stances on the congress
    ['syrian-negotiations-commission', 'BOYCOTTS', 'syrian-national-dialogue-congress'],
    ['snc-spokesman', 'REPRESENTS', 'syrian-negotiations-commission'],
    ['the-west', 'OPPOSES', 'syrian-national-dialogue-congress'],
    ['the-west', 'SUPPORTS', 'sochi-competes-with-un-peace-track'],
    ['bashar-al-jaafari', 'SUPPORTS', 'syrian-national-dialogue-congress'],
    ['bashar-al-jaafari', 'REPRESENTS', 'syria'],
    // Assad, Russia and the rebels
    ['russia', 'ALLIED_WITH', 'bashar-al-assad'],
    ['bashar-al-assad', 'REPRESENTS', 'syria'],
    ['syrian-rebel-groups', 'DEMANDS', 'assad-steps-down'],
    ['bashar-al-assad', 'OPPOSES', 'negotiating-with-the-opposition'],
    ['syria', 'FIGHTS', 'syrian-rebel-groups'],
    ['eastern-ghouta-cease-fire', 'HELD_IN', 'eastern-ghouta'],
    // The UN track: Vienna, Geneva, Resolution 2254
    ['united-nations', 'ORGANIZES', 'vienna-talks'],
    ['united-nations', 'MEDIATES', 'vienna-talks'],
    ['vienna-talks', 'HELD_IN', 'vienna'],
    ['staffan-de-mistura', 'REPRESENTS', 'united-nations'],
    ['staffan-de-mistura', 'REFERS_TO', 'un-security-council-resolution-2254'],
    ['vienna-talks', 'REFERS_TO', 'un-security-council-resolution-2254'],
    ['united-nations', 'ORGANIZES', 'geneva-talks'],
    ['geneva-talks', 'HELD_IN', 'geneva'],
    ['staffan-de-mistura', 'SUPPORTS', 'new-constitution-drafted-in-geneva'],
    // Iran at the preliminary meeting
    ['hossein-jaberi-ansari', 'REPRESENTS', 'iran'],
    ['hossein-jaberi-ansari', 'ATTENDS', 'sochi-preliminary-meeting'],
    ['sochi-preliminary-meeting', 'HELD_IN', 'sochi'],
  ])('states %s %s %s', (source, type, target) => {
    const found = seed.relations.filter((r) => r.source === source && r.type === type && r.target === target);
    expect(found.length).toBeGreaterThan(0);
  });

  it('quotes the headline for the Lavrov-de Mistura meeting, with its topic', () => {
    const meets = seed.relations.find((r) => r.type === 'MEETS' && r.source === 'sergey-lavrov');
    expect(meets).toMatchObject({
      target: 'staffan-de-mistura',
      topic: 'Syrian National Dialogue Congress',
      evidence: 'Lavrov, de Mistura discuss Syrian National Dialogue Congress',
    });
  });

  it('invites de Mistura to the Sochi congress, with lower confidence for the implied inviter', () => {
    const invite = seed.relations.find((r) => r.type === 'INVITES' && r.target === 'staffan-de-mistura');
    expect(invite?.meeting).toBe('syrian-national-dialogue-congress');
    expect(invite?.confidence).toBeLessThan(1);
  });
  it('dates the meetings and names the speakers the article quotes', () => {
    const dated = (target: string) =>
      seed.relations.filter((r) => r.source === target || r.target === target).filter((r) => r.start);
    expect(dated('sochi-preliminary-meeting').every((r) => r.start === '2018-01-20' && r.end === '2018-01-20')).toBe(
      true,
    );
    expect(dated('vienna-talks').every((r) => r.start === '2018-01-25' && r.end === '2018-01-26')).toBe(true);
    expect(dated('vienna-talks').length).toBeGreaterThan(0);
    expect(dated('syrian-national-dialogue-congress').map((r) => `${r.type} ${r.start}..${r.end}`)).toContain(
      'BOYCOTTS 2018-01-29..2018-01-30',
    );
    expect(dated('geneva-talks').every((r) => r.start === '2011-01-01')).toBe(true);
    const speakerOf = (words: string) => seed.relations.find((r) => r.evidence.includes(words))?.attributedTo;
    expect(speakerOf('al-Jaafari said')).toBe('bashar-al-jaafari');
    expect(speakerOf('The special envoy expects')).toBe('staffan-de-mistura');
    expect(speakerOf('De Mistura says')).toBe('staffan-de-mistura');
    expect(speakerOf('confirmed to Reuters by three diplomatic sources')).toBe('three diplomatic sources');
    expect(speakerOf('ended a two-month escalation')).toBeUndefined();
  });
});
