import { SPEECH_VERBS } from './lexicon/cues';
import { genderOf, pronounFits } from './gender';
import { roleHolder } from './roles';
import type { QuoteSpan } from './quotes';
import type { EntityDraft, Mention, Paragraph } from './types';

const VERB = `(?:${[...SPEECH_VERBS].join('|')})`;
const AFTER_VERB_FIRST = new RegExp(`^[\\s,.;:!?—–-]*${VERB}\\b`, 'i');
const AFTER_PRONOUN = new RegExp(`^[\\s,.;:!?—–-]*(he|she)\\s+(?:\\w+ly\\s+)?${VERB}\\b`, 'i');
const NAME_THEN_VERB = new RegExp(
  `^\\s*(?:,[^,“”"]{0,80},\\s*)?(?:\\w+ly\\s+)?(?:${VERB}|reported|reports|put it|puts it)\\b`,
);
const TITLE_GAP = /^[\s,.;:!?—–-]*(?:as\s+|according to\s+)?(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}$/u;
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
const SENTENCE_END = /[.!?]["”’)]*\s*$/;
// “…,” as Reuters reported, “…” / according to the ministry, “…”: the source named just before the quotation.
const SOURCE_BEFORE = new RegExp(
  `(?:^|[\\s,(—–-])(?:as|according to)\\s+[^,;:“”"]{1,60}?(?:\\s+(?:${VERB}|reported|reports|put it|puts it))?\\s*[,:]\\s*["”’']?\\s*$`,
  'iu',
);

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
  const speakerLike = (m: Mention, people = true) => {
    const t = entities[m.cluster]!.type;
    return !m.modifier && !inQuote(m) && (t === 'person' || (!people && t === 'organization'));
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

  const byRole = (phrase: string, para: number, offset: number) => roleHolder(phrase, para, offset, mentions, entities);
  const unsaid = new Set<number>();
  const explicit = (qi: number): number | null => {
    const q = quotes[qi]!;
    const p = paragraphs[q.para]!;
    const next = quotes.find((x, i) => i > qi && x.para === q.para);
    const afterStart = Math.min(q.end + 1, p.text.length);
    const afterEnd = next ? next.start - 1 : p.text.length;
    const after = p.text.slice(afterStart, afterEnd);
    const pron = AFTER_PRONOUN.exec(after);
    if (pron) return resolve(q.para, q.start, pron[1]);
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
      if (!TITLE_GAP.test(p.text.slice(afterStart, m.start))) break;
      if (NAME_THEN_VERB.test(p.text.slice(m.end, afterEnd))) return m.cluster;
    }
    const rest = p.text.slice(afterStart, sentenceEnd(q.para, afterStart));
    const according = /according to\s/i.exec(rest);
    if (according) {
      const who = inRange(q.para, afterStart + according.index, afterStart + rest.length, false);
      if (who.length) return who[0]!.cluster;
    }
    // Before the quotation: "X said:" or a quote inside X's sentence ("X called it “…”").
    const prevEnd = quotes.filter((x, i) => i < qi && x.para === q.para).pop()?.end ?? 0;
    const before = p.text.slice(prevEnd, Math.max(prevEnd, q.start - 1));
    if (before.trim() && !SENTENCE_END.test(before)) {
      const from = Math.max(prevEnd, sentenceStart(q.para, q.start - 1));
      const clause = p.text.slice(from, q.start);
      const source = SOURCE_BEFORE.exec(clause);
      if (source) {
        const who = inRange(q.para, from + source.index, q.start, false);
        if (who.length) return who[who.length - 1]!.cluster;
      }
      const people = inRange(q.para, from, q.start);
      const pronoun = PRONOUN.exec(clause);
      if (pronoun && (!people.length || from + pronoun.index < people[0]!.start))
        return resolve(q.para, from + pronoun.index, pronoun[1]);
      if (people.length) return people[0]!.cluster;
      const orgs = inRange(q.para, from, q.start, false);
      if (orgs.length) return orgs[0]!.cluster;
      const roleHolder = byRole(clause.split(/\s+/).slice(0, 8).join(' '), q.para, q.start);
      if (roleHolder !== null && ROLE_SUBJECT.test(clause)) return roleHolder;
      // Words quoted inside a sentence that names nobody are not somebody else's words.
      unsaid.add(qi);
      return null;
    }
    if (before.trim() && SENTENCE_END.test(before)) {
      const who = inRange(q.para, sentenceStart(q.para, Math.max(0, q.start - 3)), q.start);
      if (who.length) return who[0]!.cluster;
    }
    return null;
  };

  quotes.forEach((_, i) => (speakers[i] = explicit(i)));
  // A quote split around its attribution, or a second quote in the paragraph, shares the speaker.
  quotes.forEach((q, i) => {
    if (speakers[i] !== null || unsaid.has(i)) return;
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
  quotes.forEach((q, i) => {
    if (speakers[i] === null && !unsaid.has(i) && echoOf[i]! < 0) speakers[i] = resolve(q.para, q.start);
  });
  fromEcho();
  quotes.forEach((q, i) => {
    if (speakers[i] === null && !unsaid.has(i)) speakers[i] = resolve(q.para, q.start);
  });
  return speakers;
}

/** True if a short quotation repeats a run of at least `n` consecutive words of another ("to encourage more drivers"). */
export function sharesRun(short: string, long: string, n: number): boolean {
  const a = short.split(' ');
  if (a.length < n || a.length > 12) return false;
  const padded = ` ${long} `;
  for (let i = 0; i + n <= a.length; i++) if (padded.includes(` ${a.slice(i, i + n).join(' ')} `)) return true;
  return false;
}
