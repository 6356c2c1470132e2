// The look-alike rule's words (utils/matcher/look-alike.ts). Kept sorted and unique, space-separated to keep the
// content script small (tests/matcher/look-alike.test.ts checks it), compared case-sensitively.

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
