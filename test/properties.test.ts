import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import { clearSummaryCache } from '../src/load/fetch-summary.js';
import type { NutrientInteraction } from '../src/nutrient-interaction.js';
import { card, settled } from './helpers.js';

const create = () => document.createElement('nutrient-interaction') as NutrientInteraction;
type Prop = 'audience' | 'headingLevel' | 'loading' | 'independent' | 'structuredData' | 'topic' | 'src' | 'theme' | 'followUpHref' | 'followUpLabel';
const read = (el: NutrientInteraction, prop: Prop): unknown => el[prop];
const write = (el: NutrientInteraction, prop: Prop, value: unknown) => ((el as unknown as Record<Prop, unknown>)[prop] = value);

describe('attributes and properties', () => {
  // [attribute value (null: absent), what the property reads]
  const READS: [Prop, string, [string | null, unknown][]][] = [
    ['audience', 'audience', [[null, 'patient'], ['patient', 'patient'], ['clinician', 'clinician'], ['Clinician', 'patient'], ['CLINICIAN', 'patient'], ['doctor', 'patient'], ['', 'patient'], [' clinician', 'patient']]],
    ['headingLevel', 'heading-level', [[null, 2], ['2', 2], ['3', 3], ['4', 4], ['5', 5], [' 4 ', 4], ['3.4', 3], ['1', 2], ['0', 2], ['-3', 2], ['', 2], ['three', 2], ['3px', 2], ['NaN', 2], ['Infinity', 5], ['6', 5]]],
    ['loading', 'loading', [[null, 'lazy'], ['lazy', 'lazy'], ['eager', 'eager'], ['EAGER', 'lazy'], ['', 'lazy'], ['soon', 'lazy']]],
    ['independent', 'independent', [[null, false], ['', true], ['independent', true], ['false', true]]],
    ['structuredData', 'structured-data', [[null, false], ['', true], ['false', true]]],
    ['topic', 'topic', [[null, undefined], ['k2-d3', 'k2-d3'], ['', '']]],
    ['src', 'src', [[null, undefined], ['/a.json', '/a.json']]],
    ['theme', 'theme', [[null, undefined], ['dark', 'dark'], ['sepia', 'sepia']]],
    ['followUpHref', 'follow-up-href', [[null, undefined], ['https://example.org/ask', 'https://example.org/ask']]],
    ['followUpLabel', 'follow-up-label', [[null, undefined], ['Ask us', 'Ask us']]],
  ];
  for (const [prop, attr, rows] of READS) {
    it(`${prop} reads the ${attr} attribute, normalised`, () => {
      const el = create();
      for (const [value, expected] of rows) {
        if (value === null) el.removeAttribute(attr);
        else el.setAttribute(attr, value);
        expect(read(el, prop), `${attr}=${JSON.stringify(value)}`).to.equal(expected);
      }
    });
  }

  // [property value, the attribute it leaves (null: none), what the property then reads]
  const WRITES: [Prop, string, [unknown, string | null, unknown][]][] = [
    ['audience', 'audience', [['clinician', 'clinician', 'clinician'], ['patient', 'patient', 'patient'], [null, null, 'patient'], ['clinician', 'clinician', 'clinician'], [undefined, null, 'patient']]],
    ['headingLevel', 'heading-level', [[3, '3', 3], [5, '5', 5], [1, '1', 2]]],
    ['loading', 'loading', [['eager', 'eager', 'eager'], ['lazy', 'lazy', 'lazy'], [null, null, 'lazy'], ['eager', 'eager', 'eager'], [undefined, null, 'lazy']]],
    ['independent', 'independent', [[true, '', true], [false, null, false], [1, '', true], [0, null, false], ['yes', '', true], [null, null, false]]],
    ['structuredData', 'structured-data', [[true, '', true], [false, null, false], [true, '', true], [undefined, null, false]]],
    ...(['topic', 'src', 'theme', 'followUpHref', 'followUpLabel'] as const).map(
      (prop) =>
        [
          prop,
          { topic: 'topic', src: 'src', theme: 'theme', followUpHref: 'follow-up-href', followUpLabel: 'follow-up-label' }[prop],
          [['one', 'one', 'one'], ['', '', ''], [null, null, undefined], ['two', 'two', 'two'], [undefined, null, undefined], [42, '42', '42']],
        ] as [Prop, string, [unknown, string | null, unknown][]],
    ),
  ];
  for (const [prop, attr, rows] of WRITES) {
    it(`${prop} writes the ${attr} attribute, and null or undefined removes it`, () => {
      const el = create();
      for (const [value, attribute, reads] of rows) {
        write(el, prop, value);
        expect(el.getAttribute(attr), `${prop} = ${String(value)}: attribute`).to.equal(attribute);
        expect(read(el, prop), `${prop} = ${String(value)}: property`).to.equal(reads);
      }
    });
  }

  it('headingLevel = null or undefined removes the heading-level attribute', () => {
    for (const value of [null, undefined]) {
      const el = create();
      el.headingLevel = 4;
      write(el, 'headingLevel', value);
      expect(el.getAttribute('heading-level'), String(value)).to.equal(null);
      expect(el.headingLevel).to.equal(2);
    }
  });

  // heading-level="6" (a widget inside an h5 section) draws the question as an h5, the nearest level the card supports,
  // not as an h2, a jump back up the page's outline.
  it('heading-level above 5 is clamped to 5', () => {
    const el = create();
    for (const value of ['6', '7', '9', '100']) {
      el.setAttribute('heading-level', value);
      expect(el.headingLevel, value).to.equal(5);
    }
  });

  describe('drawn', () => {
    beforeEach(() => {
      clearSummaryCache();
      localStorage.clear();
    });

    it('the card follows the normalised values: an unknown audience is the patient wording, a level out of range the h2', async () => {
      const el = await settled(html`<nutrient-interaction src="/test/fixtures/minimal.json" audience="Clinician" heading-level="1" loading="EAGER"></nutrient-interaction>`);
      expect(card(el).dataset.audience).to.equal('patient');
      expect(card(el).querySelector('.ni-title')!.localName).to.equal('h2');
      el.setAttribute('audience', 'clinician');
      el.headingLevel = 4;
      await el.updateComplete;
      expect(card(el).dataset.audience).to.equal('clinician');
      expect(card(el).querySelector('.ni-title')!.localName).to.equal('h4');
      expect(card(el).querySelector('.ni-safety-heading')!.localName).to.equal('h5');
    });
  });
});
