import { ORG_KINDS, PERSON_NOUNS } from './kinds';
import { ROLE_NOUNS, SPEECH_VERBS, TITLES } from './lexicon/cues';
import { roleHolder } from './roles';
import {
  DOCUMENT_NOUNS,
  DOCUMENT_VERBS,
  documentIssuer,
  inRange,
  lastOrganisation,
  resolvePronoun,
  sentenceEnd,
  VERB,
  type Found,
  type Scene,
} from './attribution-scene';

// Words between a speaker and the verb: "she later said", "Ines Moreau has since said", "he quietly added".
const ADVERBS = '(?:(?:\\w+ly|also|later|then|again|once|since|earlier|previously|often|has|had|would|will)\\s+){0,2}';
const AFTER_VERB_FIRST = new RegExp(`^[\\s,.;:!?—–-]*${VERB}\\b`, 'i');
const AFTER_PRONOUN = new RegExp(`^[\\s,.;:!?—–-]*(he|she)\\s+${ADVERBS}${VERB}\\b`, 'i');
// "…,” it said in a statement: the organisation named last; "they said" names nobody in particular.
const AFTER_IT = new RegExp(`^[\\s,.;:!?—–-]*(it|they)\\s+${ADVERBS}${VERB}\\b`, 'i');
// "…,” her father, Tomas, said / Arden’s deputy director of planning, Ines Moreau, said / Ada Brook’s lawyer, Tomas
// Berg, said: a role with a possessive or article, then the name.
const ROLE_GAP =
  /^[\s,.;:!?—–-]*(?:(?:his|her|their|its|the|a|an)\s+|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.]*[’']s\s+)(?:[\p{Ll}’'-]+\s+){0,4}[\p{Ll}’'-]+\s*,\s*$/u;
// "Ada Brook, a fellow at the Arden Institute in Lorne, Velska, and co-author of the study, said": an appositive of up
// to five comma-separated parts between the name and the verb.
const NAME_THEN_VERB = new RegExp(
  `^\\s*(?:(?:,[^,“”"]{0,80}){1,5},\\s*|,\\s*)?${ADVERBS}(?:${VERB}|reported|reports|put it|puts it)\\b`,
);
// "…,” White House Press Secretary Ines Moreau said: up to five capitalised words of a title before the name.
// A surname's particle may stand between ("…,” de Miranda writes).
// "the 14th-ranked", "the embattled": a modifier or two after "the" may stand before the name too.
const TITLE_GAP =
  /^[\s,.;:!?—–-]*(?:as\s+|according to\s+)?(?:the\s+(?:[\p{Ll}\d][\p{L}\d’'-]*(?:[\d-]\p{L}+|ed|est)\s+){0,2})?(?:[\p{Lu}][\p{L}.]*\s+){0,5}(?:(?:de|van|von|da|di|du|del|der|den|le|al|el|bin|ibn)\s+)?$/u;
const PRONOUN = /\b(he|she)\b/i;
const ANONYMOUS = new RegExp(`^[\\s,.;:!?—–-]*${VERB}\\s+(?:one|an?|another|two|three|several|some)\\s+\\p{Ll}`, 'iu');
const ROLE_AFTER = new RegExp(
  `^[\\s,.;:!?—–-]*${VERB}\\s+(?:the|a|an)\\s+((?:[\\p{L}’'-]+\\s+){0,3}[\\p{Ll}-]+)`,
  'iu',
);
const ROLE_BEFORE_VERB = new RegExp(
  `^[\\s,.;:!?—–-]*(?:the|a|an)\\s+((?:[\\p{L}’'-]+\\s+){0,3}?[\\p{Ll}-]+)\\s+${VERB}\\b`,
  'iu',
);
// "…,” the 54-year-old said: the person "he" or "she" would be.
const AGE_SAYS = new RegExp(`^[\\s,.;:!?—–-]*the\\s+\\d{1,3}-year-old\\s+${ADVERBS}${VERB}\\b`, 'i');
// The clause closing a sentence: "he said.", "said Ada Brook on Monday.", "Ada Brook said in a statement."
const CLOSING_PRONOUN = new RegExp(`^\\s*(he|she)\\s+${ADVERBS}${VERB}\\b[^,;:]*$`, 'i');
const CLOSING_VERB = new RegExp(`^\\s*${VERB}\\s`);
const CLOSING_VERB_FIRST = new RegExp(`^\\s*${VERB}\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.]*\\s+){0,5}$`, 'u');
const CLOSING_NAME_VERB = new RegExp(`^\\s*${ADVERBS}${VERB}\\b[^,;:]*$`);

/** The text after a quotation up to the next quotation of its paragraph, and where it starts and ends. */
interface After {
  qi: number;
  start: number;
  end: number;
  text: string;
}

type AfterStep = (scene: Scene, a: After) => Found;

/**
 * The speaker a said-clause after the quotation names, trying each kind of clause in turn; undefined when none
 * follows, so the text before the quotation is read next.
 */
export function speakerAfter(scene: Scene, qi: number): Found {
  const q = scene.quotes[qi]!;
  const p = scene.paragraphs[q.para]!;
  const next = scene.quotes.find((x, i) => i > qi && x.para === q.para && x.start > q.end);
  const start = Math.min(q.end + 1, p.text.length);
  const end = next ? next.start - 1 : p.text.length;
  const after: After = { qi, start, end, text: p.text.slice(start, end) };
  for (const step of STEPS) {
    const found = step(scene, after);
    if (found !== undefined) return found;
  }
  return undefined;
}

// "…,” she said.
const pronounSays: AfterStep = (scene, a) => {
  const q = scene.quotes[a.qi]!;
  const pron = AFTER_PRONOUN.exec(a.text);
  return pron ? resolvePronoun(scene, q.para, q.start, pron[1]) : undefined;
};

// "…,” it said: an organisation; "they said": nobody in particular.
const bodySays: AfterStep = (scene, a) => {
  const q = scene.quotes[a.qi]!;
  const it = AFTER_IT.exec(a.text);
  if (!it) return undefined;
  const body = it[1]!.toLowerCase() === 'it' ? lastOrganisation(scene, q.para, q.start) : null;
  if (body === null) scene.unsaid.add(a.qi);
  return body;
};

// "…,” said Ada Brook / "…,” said, he …: the first speaker in the rest of the clause, or a pronoun just after.
const verbFirst: AfterStep = (scene, a) => {
  const q = scene.quotes[a.qi]!;
  const verb = AFTER_VERB_FIRST.exec(a.text);
  if (!verb) return undefined;
  const clauseEnd = Math.min(a.end, sentenceEnd(scene, q.para, a.start + verb[0].length));
  const who = inRange(scene, q.para, a.start + verb[0].length, clauseEnd, false);
  if (who.length) return who[0]!.cluster;
  const late = PRONOUN.exec(a.text.slice(verb[0].length, verb[0].length + 12));
  return late ? resolvePronoun(scene, q.para, q.start, late[1]) : undefined;
};

// "…,” the president said." / "said the minister": the person the article gave that role.
const roleSays: AfterStep = (scene, a) => {
  const q = scene.quotes[a.qi]!;
  if (AGE_SAYS.test(a.text)) return resolvePronoun(scene, q.para, q.start) ?? undefined;
  const role = ROLE_AFTER.exec(a.text) ?? ROLE_BEFORE_VERB.exec(a.text);
  const holder = role ? roleHolder(role[1]!, q.para, q.start, scene.mentions, scene.entities) : null;
  if (holder !== null || !role) return holder ?? undefined;
  // "…,” the company said: the organisation "it" would be.
  const head = role[1]!.split(/\s+/).at(-1)!.toLowerCase();
  if (role[1]!.split(/\s+/).length === 1 && ORG_KINDS.has(head))
    return lastOrganisation(scene, q.para, q.start) ?? undefined;
  return undefined;
};

// "…,” the statement said / "…,” the report states: the body that issued it, when the text before names it alone.
const DOCUMENT_SAYS = new RegExp(
  `^[\\s,.;:!?—–-]*(?:the|its|this)\\s+(?:(?:[\\p{Ll}-]+)\\s+)?${DOCUMENT_NOUNS}\\s+(?:\\w+ly\\s+)?${DOCUMENT_VERBS}\\b`,
  'iu',
);
const documentSays: AfterStep = (scene, a) => {
  if (!DOCUMENT_SAYS.test(a.text)) return undefined;
  const q = scene.quotes[a.qi]!;
  const issuer = documentIssuer(scene, q.para, q.start);
  if (issuer === null) scene.unsaid.add(a.qi);
  return issuer;
};

// "…,” a spokeswoman for the ferry company said / "…,” Ada Brook’s lawyer said: somebody the article does not
// name, given by a role, perhaps somebody's.
const UNNAMED_BEFORE_VERB = new RegExp(
  `^[\\s,.;:!?—–-]*(?:(?:an?|one|another)\\s+|(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}.’'-]*[’']s\\s+)(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+(?:\\s+(?:for|at|with|of)\\s+[^.;:“”",]{1,50}?)?\\s+(?:\\w+ly\\s+)?${VERB}\\b`,
  'u',
);
const unnamedSays: AfterStep = (scene, a) => {
  const verb = UNNAMED_BEFORE_VERB.exec(a.text);
  if (!verb) return undefined;
  const role = /[\p{Ll}-]+(?=\s+(?:for|at|with|of)\s|\s+(?:\w+ly\s+)?\S+$)/u.exec(verb[0].trim());
  if (!role || !(ROLE_NOUNS.has(role[0]) || PERSON_NOUNS.has(role[0]))) return undefined;
  scene.unsaid.add(a.qi);
  return null;
};

// "said one official, who asked not to be named": somebody the article does not name.
const anonymousSays: AfterStep = (scene, a) => {
  if (!ANONYMOUS.test(a.text)) return undefined;
  scene.unsaid.add(a.qi);
  return null;
};

// "…,” Ada Brook said / "…,” her father, Tomas, said: a name after a title or role, then the verb.
const nameThenVerb: AfterStep = (scene, a) => {
  const q = scene.quotes[a.qi]!;
  const text = scene.paragraphs[q.para]!.text;
  for (const m of inRange(scene, q.para, a.start, a.end, false)) {
    const gap = text.slice(a.start, m.start);
    const roleGap = ROLE_GAP.test(gap) && !gap.split(/\s+/).some((w) => SPEECH_VERBS.has(w));
    if (!TITLE_GAP.test(gap) && !roleGap && !lowerRoleGap(gap)) break;
    if (NAME_THEN_VERB.test(text.slice(m.end, a.end))) return m.cluster;
  }
  return undefined;
};

// Players' positions, which name a role before a player's name as "coach" does ("Lions defensive tackle Ada Brook").
const POSITIONS = new Set(
  'tackle end guard lineman linebacker cornerback safety receiver back tailback fullback halfback centre center winger wingback keeper catcher shortstop outfielder infielder pitcher batsman bowler fielder'.split(
    ' ',
  ),
);

// "…,” fire chief Dara Quill said / "…,” local councillor Ada Brook said / "…,” Lions defensive tackle Ada Brook
// said: a role in lower case right before the name.
function lowerRoleGap(gap: string): boolean {
  const words = gap
    .replace(/^[\s,.;:!?—–-]+/, '')
    .trim()
    .split(/\s+/);
  // "spokesman Colonel Ada Brook", "spokesman Col. Ada Brook": a rank between the role and the name.
  while (words.length > 1 && TITLES.has(words.at(-1)!)) words.pop();
  const last = words.at(-1)!;
  return (
    words.length <= 4 &&
    /^\p{Ll}/u.test(last) &&
    (ROLE_NOUNS.has(last) || PERSON_NOUNS.has(last) || POSITIONS.has(last)) &&
    words.every((w) => /^[\p{L}’'-]+$/u.test(w) && !SPEECH_VERBS.has(w.toLowerCase()))
  );
}

// "“We knew it would happen” — Ada Brook, a local resident.": a person credited after a dash, with nothing more
// than an appositive after the name.
const dashCredit: AfterStep = (scene, a) => {
  const dash = /^\s*[—–]\s*/.exec(a.text);
  if (!dash) return undefined;
  const q = scene.quotes[a.qi]!;
  const who = inRange(scene, q.para, a.start, a.end)[0];
  if (!who || who.start !== a.start + dash[0].length) return undefined;
  const tail = scene.paragraphs[q.para]!.text.slice(who.end, sentenceEnd(scene, q.para, who.start));
  return /^\s*(?:[.!?]|,[^.;“”"]*[.!?]?)?\s*$/.test(tail) ? who.cluster : undefined;
};

// The rest of the quotation's sentence, from after it to the sentence's end.
const restOf = (scene: Scene, a: After) => {
  const q = scene.quotes[a.qi]!;
  return scene.paragraphs[q.para]!.text.slice(a.start, sentenceEnd(scene, q.para, a.start));
};

// "…,” according to Ada Brook.
const accordingAfter: AfterStep = (scene, a) => {
  const rest = restOf(scene, a);
  const according = /according to\s/i.exec(rest);
  if (!according) return undefined;
  const who = inRange(scene, scene.quotes[a.qi]!.para, a.start + according.index, a.start + rest.length, false);
  return who.length ? who[0]!.cluster : undefined;
};

const closingSays: AfterStep = (scene, a) => closingSaid(scene, a.qi, restOf(scene, a), a.start) ?? undefined;

// "“I'm done,” tweeted @velden_fan": a said-clause opening right after the words names their speaker, and when
// nobody the article knows stands in it, the voice before does not go on.
const unknownAfterVerb: AfterStep = (scene, a) => {
  const verb = AFTER_VERB_FIRST.exec(a.text);
  if (!verb || !/^\s*(?:[@#\p{Lu}]|the\s|a\s|an\s)/u.test(a.text.slice(verb[0].length))) return undefined;
  scene.unsaid.add(a.qi);
  return null;
};

// "“…,” the report by Ada Brook said": a said-clause whose subject is a noun phrase the steps above could not read
// names somebody or something unknown; the voice before does not go on, and no guess is made.
const UNKNOWN_SUBJECT = new RegExp(
  `^["”’']?[\\s,]*(?:the|a|an|one|another|his|her|their|its)\\s+[^“”".;:!?]{1,60}?\\s+(?:\\w+ly\\s+)?${VERB}\\b`,
  'iu',
);
const unknownSubjectSays: AfterStep = (scene, a) => {
  if (!UNKNOWN_SUBJECT.test(a.text)) return undefined;
  scene.unsaid.add(a.qi);
  return null;
};

const STEPS: AfterStep[] = [
  pronounSays,
  bodySays,
  verbFirst,
  documentSays,
  roleSays,
  unnamedSays,
  anonymousSays,
  nameThenVerb,
  accordingAfter,
  closingSays,
  dashCredit,
  unknownAfterVerb,
  unknownSubjectSays,
];

/**
 * "The crisis is “growing fast” and reaches every town, Ada Brook said.": a said-clause closing the quotation's
 * sentence reports the whole sentence, the words quoted inside it too. `rest` runs from after the quotation to the
 * sentence's end and holds no other quotation.
 */
function closingSaid(scene: Scene, qi: number, rest: string, restStart: number): number | null {
  if (/[“”"]/.test(rest)) return null;
  const q = scene.quotes[qi]!;
  const text = scene.paragraphs[q.para]!.text;
  const end = restStart + rest.length;
  const commas = [...rest.matchAll(/,/g)].map((c) => c.index).reverse();
  for (const [k, comma] of commas.slice(0, 3).entries()) {
    const clauseStart = restStart + comma + 1;
    const clause = rest.slice(comma + 1);
    const pron = k === 0 ? CLOSING_PRONOUN.exec(clause) : null;
    if (pron) return resolvePronoun(scene, q.para, q.start, pron[1]);
    // "…, said another witness, former adviser Ada Brook.": the name that closes a said-clause opening the clause.
    const verbFirst = CLOSING_VERB.test(clause);
    for (const m of inRange(scene, q.para, clauseStart, end, false)) {
      const gap = text.slice(clauseStart, m.start);
      if (verbFirst && (CLOSING_VERB_FIRST.test(gap) || /^[\s.]*$/.test(text.slice(m.end, end)))) return m.cluster;
      if (!verbFirst && TITLE_GAP.test(gap) && CLOSING_NAME_VERB.test(text.slice(m.end, end))) return m.cluster;
      if (!verbFirst) break;
    }
    if (!verbFirst && k === 0) continue;
    break;
  }
  return null;
}
