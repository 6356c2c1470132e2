// Word lists are kept sorted and unique, space-separated to keep the content script small (tests/matcher/look-alike.test.ts checks it), compared case-sensitively.

/**
 * Titles and honorifics that may stand right before a name ("President Trump", "Mr Trump"), anywhere in a sentence;
 * heads whose "of" ties them to the place after it ("the Government of Iran"); and "The" of a known name that is longer
 * ("The Washington Post" when "Washington Post" is known). A word before a full stop never counts ("Sen. Graham", "said
 * Biden. Trump"), nor the lower-case end of a hyphenated word ("President-elect Trump").
 */
export const TITLES =
  'Ambassador Army Chancellor Dr Embassy Gen General Government Governor Judge Justice King Leader Mayor Minister Mr Mrs Ms People Pope President Prince Queen Republic Secretary Senator Speaker State The'.split(
    ' ',
  );

/** Words capitalised only because they open a sentence; they may stand before a name only there ("After Trump said"). */
export const OPENERS =
  'A About After Against All Also Although Amid Among An And As Asked At Because Before Between Both But By Despite During Each Earlier Eight Even Eventually Every Finally First Five Following For Four From Here How However If In Including Instead Last Later Like Many Meanwhile Most Next Nine No Nor Not Now On Once One Only Or Perhaps Previously Recently Seven Several Shortly Since Six So Some Still That Then There These This Those Though Three Thus Today Tomorrow Two Under Unlike Until What When Whereas Whether Which While Who Why With Without Yesterday Yet'.split(
    ' ',
  );

/**
 * Days and months, by their first three letters, that may follow a name right after it ("in Paris Monday", "Iran
 * Jan. 3", "Iran March 3").
 */
export const FOLLOWERS = 'Apr Aug Dec Feb Fri Jan Jul Jun Mar May Mon Nov Oct Sat Sep Sun Thu Tue Wed'.split(' ');

/**
 * Whether most words of the text are capitalised: a Title Case headline, where case tells nothing. (In an all-caps line
 * no neighbour looks like a name, so nothing is left alone there.)
 */
export function isTitleCase(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const [word] of text.matchAll(/\p{L}+/gu)) {
    if (/^\p{Lu}/u.test(word)) upper++;
    // Short words stay in lower case in Title Case ("of", "and", "the").
    else if (!/^(a|an|and|for|in|of|on|or|the|to)$/.test(word)) lower++;
  }
  return upper >= 4 && lower * 10 <= upper;
}

/** A capitalised word with lower case after its capital ("Melania", not "EU" nor "and"): one that may start a name. */
const nameLike = (word = '') => /^\p{Lu}.*\p{Ll}/u.test(word);

/**
 * Whether a match of `alias` at [start, end) is only part of a longer capitalised name that means something else
 * ("Melania Trump", "Latin America", "The Washington Post", "Trump Tower", "Bank of America"): a capitalised word stands
 * next to it, across a single space or "of", that is no title before it, no sentence opener, no day or month after it.
 * Abbreviations in capitals ("U.S.", "EU") are modifiers wherever they stand, and do not count as neighbours either, so
 * a run of capitalised words is kept or left alone as a whole and annotating again finds nothing new. On a Title Case
 * line (`titleCase`, asked only when needed) case tells nothing, so only a name joined by "of" is left alone there.
 */
export function isLookAlike(
  text: string,
  start: number,
  end: number,
  alias: string,
  titleCase = () => isTitleCase(text),
): boolean {
  if (!/\p{Ll}/u.test(alias)) return false;
  // The word before, and whether only quotes or brackets stand between it and a sentence end (or the text's start).
  const [, stop, before = '', of] =
    /([.?!:]\s+)?[^\s\p{L}\p{M}]*([\p{L}\p{M}]+)(\sof)?\s$/u.exec('. ' + text.slice(0, start)) ?? [];
  const [, after = ''] = /^\s([\p{L}\p{M}]+)/u.exec(text.slice(end)) ?? [];
  const named = nameLike(before) && !TITLES.includes(before) && !(stop && OPENERS.includes(before));
  return (named && !!of) || ((named || (nameLike(after) && !FOLLOWERS.includes(after.slice(0, 3)))) && !titleCase());
}
