import type { Token } from './types';

// Words that open a photo credit: "© Provided by Business Insider Inc Nintendo/Apple", "Photo by Jane Doe/Reuters".
const CREDIT_LEADS = new Set(['by', '©', 'Photo', 'Image', 'Credit', 'Photograph']);
// Company suffixes: a name ends there, so capitalised words after one belong to something else.
const COMPANY_SUFFIXES = new Set(['Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'Corp', 'Corp.', 'plc', 'PLC']);

function glued(a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

// A slash with a capitalised word glued on both sides ("Hardawar/AOL"): how photo credits join a name to an agency.
function creditSlash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t?.text === '/' && glued(tokens[k - 1], t) && glued(t, tokens[k + 1]) && !!tokens[k + 1]?.cap;
}

/**
 * Trims photo credits out of name runs. A credit is a run of at least two words glued by a slash to the next
 * capitalised word, opening its paragraph or following a credit word ("by", "©"). The run ends at a company
 * suffix inside it ("Business Insider Inc Nintendo" -> "Business Insider Inc"), and the word after the slash is
 * dropped when more capitalised words follow it, since a caption glued to the text runs straight on into the
 * article ("…Nintendo/Apple Nintendo and Apple shocked…"). "Apple/Google" (one word before) is left alone.
 */
export function trimCredits(
  tokens: Token[],
  runs: Array<[number, number]>,
  opensParagraph: boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let afterCredit = -1;
  for (const [a, b] of runs) {
    let start = a;
    let end = b;
    if (start === afterCredit && end - start >= 2) start++;
    const lead = tokens[start - 1]?.text ?? '';
    if (creditSlash(tokens, end) && end - start >= 2 && ((start === 0 && opensParagraph) || CREDIT_LEADS.has(lead))) {
      afterCredit = end + 1;
      const suffix = tokens.slice(start, end - 1).findIndex((t) => COMPANY_SUFFIXES.has(t.text));
      if (suffix >= 0) end = start + suffix + 1;
    }
    out.push([start, end]);
  }
  return out;
}
