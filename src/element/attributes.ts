import { clampLevel } from '../card/templates.js';
import { AUDIENCES } from '../vocabulary.js';

type Read = (value: string | null) => unknown;

const text: Read = (value) => value ?? undefined;
const flag: Read = (value) => value !== null;
/** One of `values`; anything else (or nothing) reads as the first. */
const oneOf =
  (...values: string[]): Read =>
  (value) =>
    values.includes(value!) ? value : values[0];

/**
 * Every property the element reflects to an attribute (camelCase ↔ kebab-case: `headingLevel` ↔ `heading-level`), with
 * how it reads that attribute. One table, one accessor style: a property always reads its attribute (normalised), and
 * setting it writes the attribute (`null`/`undefined`, or `false` for a flag, removes it).
 */
export const PROPERTIES = {
  topic: text,
  src: text,
  audience: oneOf(...AUDIENCES),
  headingLevel: (value) => clampLevel(value ?? 2),
  theme: text,
  independent: flag,
  followUpHref: text,
  followUpLabel: text,
  loading: oneOf('lazy', 'eager'),
  structuredData: flag,
  channel: text,
  updates: oneOf('on', 'off'),
} satisfies Record<string, Read>;

export type Property = keyof typeof PROPERTIES;

export const attributeOf = (property: string): string => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The attributes the element observes: its own and `lang`, whose change asks for another translation. */
export const OBSERVED = [...Object.keys(PROPERTIES).map(attributeOf), 'lang'];

/** Defines the accessors of PROPERTIES on `proto`. */
export function reflect(proto: HTMLElement): void {
  for (const [property, read] of Object.entries(PROPERTIES) as [Property, Read][]) {
    const attribute = attributeOf(property);
    Object.defineProperty(proto, property, {
      get(this: HTMLElement) {
        return read(this.getAttribute(attribute));
      },
      set(this: HTMLElement, value: unknown) {
        if (read === flag ? !value : value == null) this.removeAttribute(attribute);
        else this.setAttribute(attribute, read === flag ? '' : String(value));
      },
    });
  }
}
