import { expect } from '@open-wc/testing';
import { normalize, namesOf, suggest } from '../../src/finder/match.js';
import type { CatalogTopic } from '../../src/finder/kit.js';

const names = (list: ReturnType<typeof suggest>) => list.map((n) => n.name);

describe('finder matching', () => {
  it('normalizes case, accents and spaces', () => {
    expect(normalize('  Vitamina  D ')).to.equal('vitamina d');
    expect(normalize('Hierba de San Juan')).to.equal(normalize('hierba de san juan'));
    expect(normalize('Ácido fólico')).to.equal('acido folico');
    expect(normalize('HIERBA DE SAN JUAN')).to.equal(normalize('Hierba de San Juan'));
  });

  it('offers names that start with the typed text first, then names with a word that does, A to Z within each', () => {
    const catalog = namesOf(
      [
        { slug: 'a', names: { en: ['Vitamin D', 'Calcium'] }, languages: ['en'] },
        { slug: 'b', names: { en: ['Vitamin K', 'Warfarin'], es: ['Vitamina K', 'Warfarina'] }, languages: ['en', 'es'] },
        { slug: 'c', names: { en: ['St. John\u2019s wort', 'Birth-control pills'] }, languages: ['en'] },
      ],
      'es',
    );
    // A topic not yet in Spanish lends its English names.
    expect(names(suggest(catalog, 'vit', 'es'))).to.deep.equal(['Vitamin D', 'Vitamina K']);
    expect(names(suggest(catalog, 'WARFARINA', 'es'))).to.deep.equal(['Warfarina']);
    expect(names(suggest(catalog, 'k', 'es'))).to.deep.equal(['Vitamina K']);
    expect(names(suggest(catalog, 'wort', 'es'))).to.deep.equal(['St. John\u2019s wort']);
    expect(names(suggest(catalog, 'control', 'es'))).to.deep.equal(['Birth-control pills']);
    expect(suggest(catalog, '', 'es')).to.deep.equal([]);
    expect(suggest(catalog, '   ', 'es')).to.deep.equal([]);
    expect(suggest(catalog, 'unobtainium', 'es')).to.deep.equal([]);
  });

  it('stops at the limit, and lists a name once with every topic that has it', () => {
    const topics: CatalogTopic[] = Array.from({ length: 12 }, (_, i) => ({ slug: `t${i}`, names: { en: [`Iron ${i}`, 'Iron'] }, languages: ['en'] }));
    const catalog = namesOf(topics, 'en');
    expect(catalog.get('iron')!.slugs).to.have.length(12);
    expect(suggest(catalog, 'iron', 'en')).to.have.length(8);
    expect(suggest(catalog, 'iron', 'en', 3)[0]!.name).to.equal('Iron');
  });

  it('on the real catalog: "warfarina" finds Warfarina and "vitamina d" Vitamina D in Spanish, with every topic that lists them', async () => {
    const { topics } = (await (await fetch(new URL('../../src/data/topics/index.json', import.meta.url))).json()) as { topics: CatalogTopic[] };
    const es = namesOf(topics, 'es');
    expect(names(suggest(es, 'warfarina', 'es'))[0]).to.equal('Warfarina');
    expect(names(suggest(es, 'vitamina d', 'es'))[0]).to.equal('Vitamina D');
    const listing = (name: string) => topics.filter((t) => (t.names.es ?? t.names.en ?? []).includes(name)).map((t) => t.slug);
    expect(es.get(normalize('warfarina'))!.slugs).to.have.members(listing('Warfarina'));
    expect(es.get(normalize('Vitamina D'))!.slugs).to.have.members(listing('Vitamina D'));
    expect(listing('Warfarina')).to.include('vitk-warfarin');
    // English names for the English list.
    expect(names(suggest(namesOf(topics, 'en'), 'warf', 'en'))[0]).to.equal('Warfarin');
  });
});
