import { SPEECH_VERBS } from './lexicon/cues';
import { COUNTRY_NAMES } from './lexicon/gazetteer';
import { genderOf, pronounFits } from './gender';
import { roleHolder } from './roles';
import type { QuoteSpan } from './quotes';
import type { EntityDraft, Mention, Paragraph } from './types';

const VERB = `(?:${[...SPEECH_VERBS].join('|')})`;
const AFTER_VERB_FIRST = new RegExp(`^[\\s,.;:!?—–-]*${VERB}\\b`, 'i');
const AFTER_PRONOUN = new RegExp(`^[\\s,.;:!?—–-]*(he|she)\\s+(?:\\w+ly\\s+)?${VERB}\\b`, 'i');
// "…,” it said in a statement: the organisation named last; "they said" names nobody in particular.
const AFTER_IT = new RegExp(`^[\\s,.;:!?—–-]*(it|they)\\s+(?:\\w+ly\\s+)?${VERB}\\b`, 'i');
// "…,” her father, Tomas, said / Arden’s deputy director of planning, Ines Moreau, said: a role with a possessive or
// article, then the name.
const ROLE_GAP =
  /^[\s,.;:!?—–-]*(?:(?:his|her|their|its|the|a|an)\s+|\p{Lu}[\p{L}.]*[’']s\s+)(?:[\p{Ll}’'-]+\s+){0,4}[\p{Ll}’'-]+\s*,\s*$/u;
const NAME_THEN_VERB = new RegExp(
  `^\\s*(?:,[^,“”"]{0,80},\\s*|,\\s*)?(?:\\w+ly\\s+)?(?:${VERB}|reported|reports|put it|puts it)\\b`,
);
// "…,” White House Press Secretary Ines Moreau said: up to five capitalised words of a title before the name.
// A surname's particle may stand between ("…,” de Miranda writes).
const TITLE_GAP =
  /^[\s,.;:!?—–-]*(?:as\s+|according to\s+)?(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,5}(?:(?:de|van|von|da|di|du|del|der|den|le|al|el|bin|ibn)\s+)?$/u;
const PRONOUN = /\b(he|she)\b/i;
const ROLE_SUBJECT = new RegExp(`^(?:[^,]*,\\s*)?the\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{Ll}-]+\\s+(?:${VERB})\\b`, 'iu');
const ANONYMOUS = new RegExp(`^[\\s,.;:!?—–-]*${VERB}\\s+(?:one|an?|another|two|three|several|some)\\s+\\p{Ll}`, 'iu');
const ROLE_AFTER = new RegExp(
  `^[\\s,.;:!?—–-]*${VERB}\\s+(?:the|a|an)\\s+((?:[\\p{L}’'-]+\\s+){0,3}[\\p{Ll}-]+)`,
  'iu',
);
const ROLE_BEFORE_VERB = new RegExp(
  `^[\\s,.;:!?—–-]*(?:the|a|an)\\s+((?:[\\p{L}’'-]+\\s+){0,3}?[\\p{Ll}-]+)\\s+${VERB}\\b`,
  'iu',
);
// How many paragraphs on a speaker's voice may be carried to a quotation that names nobody.
const MAX_VOICE_GAP = 12;
const SENTENCE_END = /[.!?]["”’)]*\s*$/;
// “…,” as Reuters reported, “…” / according to the ministry, “…”: the source named just before the quotation.
const SOURCE_BEFORE = new RegExp(
  `(?:^|[\\s,(—–-])(?:as|according to)\\s+[^,;:“”"]{1,60}?(?:\\s+(?:${VERB}|reported|reports|put it|puts it))?\\s*[,:]\\s*["“”’']?\\s*$`,
  'iu',
);

// Between a name and its quotation: a speech verb ("said", "told the council"), "’s words", or a colon.
const SAYS_BEFORE = new RegExp(
  `\\b(?:${VERB}|reported|reports|put it|puts it|saying|adding|calling it|called it|phrase)\\b|^[’']s\\s+(?:own\\s+)?words\\b|:\\s*["“‘']?\\s*$`,
  'iu',
);
const saysBefore = (gap: string) => SAYS_BEFORE.test(gap);
// A country's name right before its verb of speech and the quotation: "China has warned that “…”".
const COUNTRY_SAYS = new RegExp(
  `^\\s+(?:(?:has|have|had)\\s+)?(?:\\w+ly\\s+)?(?:${VERB.slice(3, -1)}|urged|warned)\\b[^.;“”"]{0,60}[“"‘']?$`,
  'u',
);
// The last verb of speech before a nested quotation, inside the outer one.
const INNER_VERB = new RegExp(
  `\\b(${VERB.slice(3, -1)}|ask|say|tell|reply|asking|saying|telling|adding)\\b(?![\\s\\S]*\\b(?:${VERB.slice(3, -1)}|ask|say|tell|reply|asking|saying|telling|adding)\\b)`,
  'iu',
);
// The clause closing a sentence: "he said.", "said Ada Brook on Monday.", "Ada Brook said in a statement."
const CLOSING_PRONOUN = new RegExp(`^\\s*(he|she)\\s+(?:\\w+ly\\s+)?${VERB}\\b[^,;:]*$`, 'i');
const CLOSING_VERB = new RegExp(`^\\s*${VERB}\\s`);
const CLOSING_VERB_FIRST = new RegExp(`^\\s*${VERB}\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.]*\\s+){0,5}$`, 'u');
const CLOSING_NAME_VERB = new RegExp(`^\\s*(?:\\w+ly\\s+)?${VERB}\\b[^,;:]*$`);

/** Finds who said each quotation: explicit attributions first, then the quote's neighbours, then context. */
export function attributeQuotes(
  quotes: QuoteSpan[],
  paragraphs: Paragraph[],
  mentions: Mention[],
  entities: EntityDraft[],
): Array<number | null> {
  const byPara = new Map<number, Mention[]>();
  for (const m of mentions) if (m.cluster >= 0) (byPara.get(m.para) ?? byPara.set(m.para, []).get(m.para)!).push(m);
  for (const list of byPara.values()) list.sort((a, b) => a.start - b.start);
  const inQuote = (m: Mention) => quotes.some((q) => q.para === m.para && m.start >= q.start && m.end <= q.end);
  // "Parliament’s Joint Committee": the owner of the name after it is not who speaks.
  const owner = (m: Mention) =>
    /^[’']/.test(paragraphs[m.para]!.text.slice(m.end, m.end + 1)) &&
    (byPara.get(m.para) ?? []).some((x) => x !== m && x.start > m.end && x.start <= m.end + 3);
  const speakerLike = (m: Mention, people = true) => {
    const t = entities[m.cluster]!.type;
    return !m.modifier && !inQuote(m) && (t === 'person' || (!people && t === 'organization')) && !owner(m);
  };
  const speakers: Array<number | null> = quotes.map(() => null);
  const genders = entities.map(genderOf);

  const sentenceStart = (para: number, offset: number) => {
    const s = paragraphs[para]!.sentences.find((x) => offset >= x.start && offset <= x.end);
    return s ? s.start : 0;
  };
  const sentenceEnd = (para: number, offset: number) => {
    const s = paragraphs[para]!.sentences.find((x) => offset >= x.start && offset < x.end);
    return s ? s.end : paragraphs[para]!.text.length;
  };
  const inRange = (para: number, from: number, to: number, people = true) =>
    (byPara.get(para) ?? []).filter((m) => m.start >= from && m.end <= to && speakerLike(m, people));

  // Who "he" or "she" at this point most likely is: the subject nearby, or the last speaker.
  const resolve = (para: number, offset: number, pronoun = ''): number | null => {
    const fits = (m: Mention) => pronounFits(pronoun, genders[m.cluster]!);
    const start = sentenceStart(para, offset);
    const own = inRange(para, start, offset).filter(fits);
    if (own.length) return own[0]!.cluster;
    const p = paragraphs[para]!;
    for (const s of [...p.sentences].reverse()) {
      if (s.end > start) continue;
      const subj = inRange(para, s.start, s.end).filter(fits);
      if (subj.length) return subj[0]!.cluster;
    }
    for (let k = para - 1; k >= Math.max(0, para - 4); k--) {
      const q = quotes
        .map((x, i) => [x, speakers[i]] as const)
        .filter(([x, sp]) => x.para === k && sp !== null && sp !== undefined && pronounFits(pronoun, genders[sp]!));
      if (q.length) return q[q.length - 1]![1] ?? null;
      for (const s of [...paragraphs[k]!.sentences].reverse()) {
        const subj = inRange(k, s.start, s.end).filter(fits);
        if (subj.length) return subj[0]!.cluster;
      }
    }
    return null;
  };

  // What "it" is: the organisation of the nearest sentence before the point that names one, in its paragraph or the
  // two before, when that sentence names no other organisation or opens with it (its subject). Otherwise nobody.
  const lastOrganisation = (para: number, offset: number): number | null => {
    for (let k = para; k >= Math.max(0, para - 2); k--) {
      for (const s of [...paragraphs[k]!.sentences].reverse()) {
        if (k === para && s.start >= offset) continue;
        const orgs = (byPara.get(k) ?? []).filter(
          (m) =>
            m.start >= s.start &&
            m.end <= Math.min(s.end, k === para ? offset : s.end) &&
            !inQuote(m) &&
            entities[m.cluster]!.type === 'organization',
        );
        if (!orgs.length) continue;
        const first = orgs[0]!;
        const opens = /^\s*(?:the\s+)?$/i.test(paragraphs[k]!.text.slice(s.start, first.start));
        return new Set(orgs.map((m) => m.cluster)).size === 1 || opens ? first.cluster : null;
      }
    }
    return null;
  };

  // "The crisis is “growing fast” and reaches every town, Ada Brook said.": a said-clause closing the quotation's
  // sentence reports the whole sentence, the words quoted inside it too. `rest` runs from after the quotation to the
  // sentence's end and holds no other quotation.
  const closingSaid = (q: QuoteSpan, rest: string, restStart: number): number | null => {
    if (/[“”"]/.test(rest)) return null;
    const text = paragraphs[q.para]!.text;
    const end = restStart + rest.length;
    const commas = [...rest.matchAll(/,/g)].map((c) => c.index).reverse();
    for (const [k, comma] of commas.slice(0, 3).entries()) {
      const clauseStart = restStart + comma + 1;
      const clause = rest.slice(comma + 1);
      const pron = k === 0 ? CLOSING_PRONOUN.exec(clause) : null;
      if (pron) return resolve(q.para, q.start, pron[1]);
      // "…, said another witness, former adviser Ada Brook.": the name that closes a said-clause opening the clause.
      const verbFirst = CLOSING_VERB.test(clause);
      for (const m of inRange(q.para, clauseStart, end, false)) {
        const gap = text.slice(clauseStart, m.start);
        if (verbFirst && (CLOSING_VERB_FIRST.test(gap) || /^[\s.]*$/.test(text.slice(m.end, end)))) return m.cluster;
        if (!verbFirst && TITLE_GAP.test(gap) && CLOSING_NAME_VERB.test(text.slice(m.end, end))) return m.cluster;
        if (!verbFirst) break;
      }
      if (!verbFirst && k === 0) continue;
      break;
    }
    return null;
  };

  const byRole = (phrase: string, para: number, offset: number) => roleHolder(phrase, para, offset, mentions, entities);
  const unsaid = new Set<number>();
  const explicit = (qi: number): number | null => {
    const q = quotes[qi]!;
    const p = paragraphs[q.para]!;
    const next = quotes.find((x, i) => i > qi && x.para === q.para && x.start > q.end);
    const afterStart = Math.min(q.end + 1, p.text.length);
    const afterEnd = next ? next.start - 1 : p.text.length;
    const after = p.text.slice(afterStart, afterEnd);
    const pron = AFTER_PRONOUN.exec(after);
    if (pron) return resolve(q.para, q.start, pron[1]);
    const it = AFTER_IT.exec(after);
    if (it) {
      const body = it[1]!.toLowerCase() === 'it' ? lastOrganisation(q.para, q.start) : null;
      if (body === null) unsaid.add(qi);
      return body;
    }
    const verb = AFTER_VERB_FIRST.exec(after);
    if (verb) {
      const clauseEnd = Math.min(afterEnd, sentenceEnd(q.para, afterStart + verb[0].length));
      const who = inRange(q.para, afterStart + verb[0].length, clauseEnd, false);
      if (who.length) return who[0]!.cluster;
      const late = PRONOUN.exec(after.slice(verb[0].length, verb[0].length + 12));
      if (late) return resolve(q.para, q.start, late[1]);
    }
    // "…,” the president said." / "said the minister": the person the article gave that role.
    const role = ROLE_AFTER.exec(after) ?? ROLE_BEFORE_VERB.exec(after);
    const holder = role ? byRole(role[1]!, q.para, q.start) : null;
    if (holder !== null) return holder;
    // "said one official, who asked not to be named": somebody the article does not name.
    if (ANONYMOUS.test(after)) {
      unsaid.add(qi);
      return null;
    }
    for (const m of inRange(q.para, afterStart, afterEnd, false)) {
      const gap = p.text.slice(afterStart, m.start);
      if (!TITLE_GAP.test(gap) && !(ROLE_GAP.test(gap) && !gap.split(/\s+/).some((w) => SPEECH_VERBS.has(w)))) break;
      if (NAME_THEN_VERB.test(p.text.slice(m.end, afterEnd))) return m.cluster;
    }
    const rest = p.text.slice(afterStart, sentenceEnd(q.para, afterStart));
    const according = /according to\s/i.exec(rest);
    if (according) {
      const who = inRange(q.para, afterStart + according.index, afterStart + rest.length, false);
      if (who.length) return who[0]!.cluster;
    }
    const closing = closingSaid(q, rest, afterStart);
    if (closing !== null) return closing;
    // Before the quotation: "X said:" or a quote inside X's sentence ("X called it “…”").
    const prevEnd = quotes.filter((x, i) => i < qi && x.para === q.para && x.end <= q.start).pop()?.end ?? 0;
    const before = p.text.slice(prevEnd, Math.max(prevEnd, q.start - 1));
    if (before.trim() && !SENTENCE_END.test(before)) {
      const from = Math.max(prevEnd, sentenceStart(q.para, q.start - 1));
      const clause = p.text.slice(from, q.start);
      const source = SOURCE_BEFORE.exec(clause);
      if (source) {
        const who = inRange(q.para, from + source.index, q.start, false);
        if (who.length) return who[who.length - 1]!.cluster;
      }
      // "Ada Brook, according to the ministry, went in for a “routine check”": with no said-clause of its own, the
      // sentence is the source's account, its quoted words too.
      const per = /\baccording to\s+/i.exec(clause);
      if (per && !clause.split(/\s+/).some((w) => SPEECH_VERBS.has(w.toLowerCase().replace(/[^a-z]/g, '')))) {
        const source = inRange(q.para, from + per.index + per[0].length, q.start, false)[0];
        if (source && /^(?:the\s+)?$/i.test(p.text.slice(from + per.index + per[0].length, source.start)))
          return source.cluster;
      }
      // "Brook’s report cites an official who called it “…”": a possessor is not the one who speaks, unless the
      // words are theirs ("in Brook’s phrase").
      const speaks = (m: Mention) =>
        !/^[’']s?\s(?!(?:own\s+)?(?:words|phrase)\b)/.test(p.text.slice(m.end, m.end + 16));
      const people = inRange(q.para, from, q.start).filter(speaks);
      const pronoun = PRONOUN.exec(clause);
      if (pronoun && (!people.length || from + pronoun.index < people[0]!.start))
        return resolve(q.para, from + pronoun.index, pronoun[1]);
      // Only a said-clause between the name and the quotation makes the name its speaker.
      const says = (m: Mention) => saysBefore(p.text.slice(m.end, q.start));
      if (people.length) return says(people[0]!) ? people[0]!.cluster : null;
      const orgs = inRange(q.para, from, q.start, false).filter(speaks);
      if (orgs.length) return says(orgs[0]!) ? orgs[0]!.cluster : null;
      // "Britain has urged an “end to …”": a country that speaks is its government.
      const country = (byPara.get(q.para) ?? []).find(
        (m) =>
          m.start >= from &&
          m.end <= q.start &&
          !inQuote(m) &&
          entities[m.cluster]!.type === 'place' &&
          COUNTRY_NAMES.has(entities[m.cluster]!.name) &&
          COUNTRY_SAYS.test(p.text.slice(m.end, q.start)),
      );
      if (country) return country.cluster;
      const roleHolder = byRole(clause.split(/\s+/).slice(0, 8).join(' '), q.para, q.start);
      if (roleHolder !== null && ROLE_SUBJECT.test(clause)) return roleHolder;
      // Words quoted inside a sentence that names nobody are not somebody else's words.
      unsaid.add(qi);
      return null;
    }
    return null;
  };

  // The headline's quoted words are not speech: a name beside them there is no said-clause. A headline quote gets
  // a speaker only by repeating the words of a quote the body attributes.
  // A quotation nested in another: the person the outer words report speaking ("I heard Ada Brook ask, ‘…’");
  // after "adding that …" the one who spoke the quotation before it inside the same outer words; else nobody.
  const nestedSpeaker = (qi: number): number | null => {
    const q = quotes[qi]!;
    const p = paragraphs[q.para]!;
    const outer = quotes.find((x) => !x.nested && x.para === q.para && x.start < q.start && x.end >= q.end);
    if (!outer) return null;
    const lead = p.text.slice(outer.start, q.start);
    const verb = INNER_VERB.exec(lead);
    if (!verb) return null;
    const verbAt = outer.start + verb.index;
    const who = (byPara.get(q.para) ?? []).filter(
      (m) => m.start >= outer.start && m.end <= verbAt && entities[m.cluster]!.type === 'person' && !m.modifier,
    );
    const last = who[who.length - 1];
    if (last && /^[\s,]*$/.test(p.text.slice(last.end, verbAt))) return last.cluster;
    if (!/ing$/i.test(verb[1]!)) return null;
    for (let k = qi - 1; k >= 0; k--) {
      const x = quotes[k]!;
      if (!x.nested || x.para !== q.para || x.start < outer.start) break;
      return speakers[k] ?? null;
    }
    return null;
  };

  const headline = (i: number) => paragraphs[quotes[i]!.para]!.headline;
  quotes.forEach((q, i) => {
    if (q.nested) {
      speakers[i] = nestedSpeaker(i);
      if (speakers[i] === null) unsaid.add(i);
    } else speakers[i] = headline(i) ? null : explicit(i);
  });
  // A quote split around its attribution, or a second quote in the paragraph, shares the speaker.
  quotes.forEach((q, i) => {
    if (speakers[i] !== null || unsaid.has(i) || headline(i)) return;
    const same = quotes.map((x, k) => [x, speakers[k]] as const).filter(([x, sp]) => x.para === q.para && sp !== null);
    if (same.length) speakers[i] = same[0]![1] ?? null;
  });
  // A quotation left open at a paragraph's end goes on in the next paragraph, whose attribution it shares.
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i]!;
    const next = quotes[i + 1]!;
    if (speakers[i] === null && q.open && next.para === q.para + 1 && next.start <= 1)
      speakers[i] = speakers[i + 1] ?? null;
  }
  // Words repeated from another quote (headlines, headings) belong to that quote's speaker; other quotes
  // with no attribution continue the voice of what came before them.
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const echoOf = quotes.map((q, i) => {
    const k = quotes.findIndex((x, j) => j !== i && norm(x.text).includes(norm(q.text)));
    return k >= 0 ? k : quotes.findIndex((x, j) => j !== i && sharesRun(norm(q.text), norm(x.text), 4));
  });
  const fromEcho = () =>
    quotes.forEach((_, i) => {
      const k = echoOf[i]!;
      if (speakers[i] === null && k >= 0 && speakers[k] !== null) speakers[i] = speakers[k]!;
    });
  fromEcho();
  const carried = (i: number) => continuedVoice(i, quotes, speakers, paragraphs, mentions, entities, inQuote, unsaid);
  quotes.forEach((_, i) => {
    if (speakers[i] === null && !unsaid.has(i) && !headline(i) && echoOf[i]! < 0) speakers[i] = carried(i);
  });
  fromEcho();
  quotes.forEach((_, i) => {
    if (speakers[i] === null && !unsaid.has(i) && !headline(i)) speakers[i] = carried(i);
  });
  return speakers;
}

/**
 * The speaker a quotation with no attribution of its own goes on from: the speaker of the quotation before it when
 * no other person is named in between; a person already quoted whom the paragraph just before names alone; or the
 * one person named in a paragraph that ends with a colon just before it ("Ines Moreau told the council:").
 * Anything else leaves it unattributed.
 */
function continuedVoice(
  i: number,
  quotes: QuoteSpan[],
  speakers: Array<number | null>,
  paragraphs: Paragraph[],
  mentions: Mention[],
  entities: EntityDraft[],
  inQuote: (m: Mention) => boolean,
  unsaid: Set<number>,
): number | null {
  const q = quotes[i]!;
  const at = (para: number, offset: number) => para * 1e6 + offset;
  const people = (from: number, to: number) =>
    new Set(
      mentions
        .filter((m) => m.cluster >= 0 && !inQuote(m) && entities[m.cluster]!.type === 'person')
        .filter((m) => at(m.para, m.start) >= from && at(m.para, m.start) < to)
        .map((m) => m.cluster),
    );
  const only = (set: Set<number>, who: number) => set.size === 1 && set.has(who);
  const reported = reporterJustBefore(q, paragraphs[q.para]!, mentions, entities, inQuote);
  if (reported !== null) return reported;
  const before = paragraphs[q.para - 1];
  // Quotations nobody is given yet are passed over; one said by somebody unnamed ends the voice.
  let j = i - 1;
  while (j >= 0 && speakers[j] === null && !unsaid.has(j)) j--;
  const prev = quotes[j];
  const last = speakers[j] ?? null;
  if (prev && last !== null) {
    const between = people(at(prev.para, prev.end), at(q.para, q.start));
    if (q.para - prev.para <= MAX_VOICE_GAP && (between.size === 0 || only(between, last))) return last;
    // The paragraph just before names one person alone, somebody already quoted: the voice returns to them.
    const lead = q.start <= 1 && before ? people(at(before.index, 0), at(q.para, 0)) : new Set<number>();
    const one = lead.size === 1 ? [...lead][0]! : null;
    if (one !== null && speakers.slice(0, i).includes(one)) return one;
    return null;
  }
  if (q.start <= 1 && before && /:\s*$/.test(before.text)) {
    const s = before.sentences[before.sentences.length - 1]!;
    const named = people(at(before.index, s.start), at(before.index, s.end));
    if (named.size === 1) return [...named][0]!;
  }
  return null;
}

// A speech verb right after a name ("Ada Brook said", "Brook, 54, told") or right before it ("said Ada Brook").
const VERB_AFTER_NAME = new RegExp(
  `^\\s*(?:,[^,“”"]{0,90},\\s*)?(?:(?:\\w+ly|once|also|then|later|again)\\s+)?${VERB}\\b`,
  'u',
);
const VERB_BEFORE_NAME = new RegExp(`\\b${VERB}\\s+(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,3}$`, 'u');

/**
 * "The port will open, Ada Brook said. “We are ready.”": a quotation opening a sentence of its own, right after a
 * sentence of the same paragraph that reports one person's words in a said-clause, goes on in that person's voice.
 */
function reporterJustBefore(
  q: QuoteSpan,
  p: Paragraph,
  mentions: Mention[],
  entities: EntityDraft[],
  inQuote: (m: Mention) => boolean,
): number | null {
  const opening = q.start - 1;
  if (!SENTENCE_END.test(p.text.slice(0, opening))) return null;
  const s = [...p.sentences].reverse().find((x) => x.start < opening && x.end <= opening + 1);
  if (!s || /[“”"]/.test(p.text.slice(s.start, opening))) return null;
  const people = mentions.filter(
    (m) =>
      m.para === p.index &&
      m.cluster >= 0 &&
      m.start >= s.start &&
      m.end <= s.end &&
      !m.modifier &&
      !inQuote(m) &&
      entities[m.cluster]!.type === 'person',
  );
  if (new Set(people.map((m) => m.cluster)).size !== 1) return null;
  const says = people.some(
    (m) => VERB_AFTER_NAME.test(p.text.slice(m.end, s.end)) || VERB_BEFORE_NAME.test(p.text.slice(s.start, m.start)),
  );
  return says ? people[0]!.cluster : null;
}

/** True if a short quotation repeats a run of at least `n` consecutive words of another ("to encourage more drivers"). */
export function sharesRun(short: string, long: string, n: number): boolean {
  const a = short.split(' ');
  if (a.length < n || a.length > 12) return false;
  const padded = ` ${long} `;
  for (let i = 0; i + n <= a.length; i++) if (padded.includes(` ${a.slice(i, i + n).join(' ')} `)) return true;
  return false;
}
