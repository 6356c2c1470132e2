/** French and Italian elisions after which a name may start behind an apostrophe ("l’Iran", "d’Ormesson"). */
export const ELISIONS: ReadonlySet<string> = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'dell',
  'all',
  'nell',
  'sull',
  'dall',
]);
