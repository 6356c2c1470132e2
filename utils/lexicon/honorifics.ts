/** Titles that say nothing about who someone is: "Mr Johnson" and "Johnson" are the same key. Lower case. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'prof',
  'professor',
]);
