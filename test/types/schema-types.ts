// Compile-time check (npm run typecheck): the plain object types published in the package's types are exactly the types
// valibot infers from the schema the element validates with. Any difference, in either direction, fails the type check.
import type * as Plain from '../../src/data/schema.js';
import type * as Inferred from '../../tools/content/schema-valibot.js';

/** True only when A and B are the same type (not merely assignable one way). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

export type Checks = [
  Assert<Equal<Plain.Text, Inferred.Text>>,
  Assert<Equal<Plain.Claim, Inferred.Claim>>,
  Assert<Equal<Plain.Finding, Inferred.Finding>>,
  Assert<Equal<Plain.Dose, Inferred.Dose>>,
  Assert<Equal<Plain.Reference, Inferred.Reference>>,
  Assert<Equal<Plain.Rating, Inferred.Rating>>,
  Assert<Equal<Plain.Summary, Inferred.Summary>>,
  Assert<Equal<Plain.Change, Inferred.Change>>,
  // The check itself: a field more, a field less or an optional field made required is a difference.
  Assert<Equal<Equal<Plain.Text & { extra: string }, Inferred.Text>, false>>,
  Assert<Equal<Equal<Omit<Plain.Summary, 'lang'>, Inferred.Summary>, false>>,
  Assert<Equal<Equal<Plain.Reference & { pmid: string }, Inferred.Reference>, false>>,
];
