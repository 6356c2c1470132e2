/** The commonest English function words; together about a quarter of the words of any English news story. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for from had has have he her his in is it its of on or said she that the their they this to was were which who will with'.split(
    ' ',
  ),
);
