import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const speakers = (text: string, title = 'Report') => {
  const { result, nameOf } = entitiesOf(title, text);
  return result.quotes.map((q) => `${q.text.slice(0, 12)}=${nameOf(q.speaker)}`);
};

describe('speakers on articles no rule was written against', () => {
  it('reads the speaker across an appositive of several comma-separated parts before "said"', () => {
    expect(
      speakers(
        '“The numbers grew,” Dylan Nerson, a fellow at the Arden Institute in Lorne, Velska, and co-author of the study, said in a statement. “We saw it.”',
      ),
    ).toEqual(['The numbers =Dylan Nerson', 'We saw it.=Dylan Nerson']);
  });

  it('does not reach over a second name that speaks', () => {
    expect(speakers('“It is late,” Ada Brook, who met Tomas Berg, Ines Moreau and others, said. Berg agreed.')).toEqual(
      ['It is late,=Ada Brook'],
    );
  });

  it('reads "according to" a role and the name set beside it as the source of the words after', () => {
    expect(
      speakers('According to his aunt, Jane Starnel, “He was brilliant from the start.” He played chess.'),
    ).toEqual(['He was brill=Jane Starnel']);
  });

  it('reads a name after "the" and a modifier or two before "said" as the speaker', () => {
    expect(
      speakers('Diego Scharzman won. “It was the best match,” the 14th-ranked Scharzman said. “It was fun.”'),
    ).toEqual(['It was the b=Diego Scharzman', 'It was fun.=Diego Scharzman']);
  });

  it('does not take a name inside a noun phrase for the speaker', () => {
    expect(speakers('“It was the best match,” the report by Ada Brook said.')).toEqual(['It was the b=null']);
  });

  it('does not take a body or a person whose role is named for the speaker', () => {
    expect(speakers('“We are ready,” said the Velden Bank chief.')).toEqual(['We are ready=null']);
    expect(speakers('“We are ready,” said a Velden Bank spokeswoman.')).toEqual(['We are ready=null']);
    expect(speakers('Tomas Berg was charged. “We are ready,” said Tomas Berg’s lawyer.')).toEqual([
      'We are ready=null',
    ]);
  });

  it('reads the name set beside a role after the role’s owner as the speaker', () => {
    expect(speakers('“We are ready,” said the Velden Bank chief executive, Ines Moreau.')).toEqual([
      'We are ready=Ines Moreau',
    ]);
    expect(speakers('“We are ready,” said Velden Bank’s chief executive, Ines Moreau.')).toEqual([
      'We are ready=Ines Moreau',
    ]);
    expect(speakers('“We are ready,” Ines Moreau’s spokesman, Tomas Berg, said.')).toEqual(['We are ready=Tomas Berg']);
  });
});

describe('speakers named in ways the rules first missed', () => {
  it('knows a surname alone as the person a title named in full', () => {
    expect(speakers('Gov. Ada Brook defended the plan. “It works,” Brook told reporters.')).toEqual([
      'It works,=Ada Brook',
    ]);
  });

  it('reads a said-clause set off by commas inside the sentence', () => {
    expect(speakers('Ines Moreau led the study. The findings, Moreau said, were “surprising and important.”')).toEqual([
      'surprising a=Ines Moreau',
    ]);
  });

  it('reads a short quotation whose speaker has an appositive before the verb', () => {
    expect(speakers('“It’s awful,” Tomas Berg, a teacher from Lorne, told reporters. “We can’t go on.”')).toEqual([
      'It’s awful,=Tomas Berg',
      'We can’t go =Tomas Berg',
    ]);
  });

  it('gives a document’s words to the one body or person that issued it, and to nobody when that is unclear', () => {
    expect(speakers('The Velden Trust issued a statement. “We are saddened,” the statement read.')).toEqual([
      'We are sadde=Velden Trust',
    ]);
    expect(speakers('The Harbour Safety Board met. The report states: “The pumps failed twice.”')).toEqual([
      'The pumps fa=Harbour Safety Board',
    ]);
    expect(
      speakers('Tomas Berg was sacked by the Velden Lions. “We thank him for his service,” the statement said.'),
    ).toEqual(['We thank him=null']);
  });
});

describe('a quotation that opens a paragraph after a said-clause', () => {
  it('goes on in the voice of the one person whose said-clause closes the paragraph before', () => {
    expect(speakers('Tomas Berg said the plan would cost jobs.\n“Nobody asked us. Nobody asked the workers.”')).toEqual(
      ['Nobody asked=Tomas Berg'],
    );
  });

  it('names nobody when the paragraph before only reports words about that person, or names two', () => {
    expect(speakers('Police said Tomas Berg was arrested.\n“He is a danger to everyone in this town.”')).toEqual([
      'He is a dang=null',
    ]);
    expect(
      speakers('Tomas Berg said the plan, drawn up by Ines Moreau, would cost jobs.\n“Nobody asked us at all.”'),
    ).toEqual(['Nobody asked=null']);
  });
});

describe('a said-clause whose subject the rules cannot read', () => {
  it('names nobody, and the voice before does not go on after it', () => {
    expect(
      speakers('“We won,” said Ada Brook. “It was the best match,” the report by Tomas Berg said. “It was close.”'),
    ).toEqual(['We won,=Ada Brook', 'It was the b=null', 'It was close=null']);
  });
});

describe('quotations nested in others', () => {
  it('gives words somebody else said inside a quotation nobody, and the outer speaker’s own words to them', () => {
    expect(speakers('“He told me, ‘You are fired,’ and walked away,” Tomas Berg said.')).toEqual([
      'He told me, =Tomas Berg',
      'You are fire=null',
    ]);
    expect(speakers('“I told them, ‘We are not leaving this town,’ and they left,” Tomas Berg said.')).toEqual([
      'I told them,=Tomas Berg',
      'We are not l=Tomas Berg',
    ]);
  });
});

describe('a player’s position before the name', () => {
  it('reads the name after a team and a position as the speaker', () => {
    const text = 'The Velden Lions lost on Sunday. “He asked for it,” Lions defensive tackle Tomas Berg said.';
    expect(speakers(text)).toEqual(['He asked for=Tomas Berg']);
  });
});

describe('quotations in British marks and joined by a participle', () => {
  it('gives a second quotation joined by "adding" the speaker of the first', () => {
    expect(speakers('Mara Olsen called it “a disgrace”, adding: “The fans deserve better.”')).toEqual([
      'a disgrace=Mara Olsen',
      'The fans des=Mara Olsen',
    ]);
  });

  it('takes a short sentence in single marks right after a said-clause as the same speaker’s', () => {
    expect(speakers("'We are done,' said Ana Lind. 'It's over.'")).toEqual([
      'We are done,=Ana Lind',
      "It's over.=Ana Lind",
    ]);
  });

  it('takes words closed before a comma and a said-clause as a quotation, of nobody named', () => {
    expect(speakers('Tomas Berg ‘will not quit’, his agent says.')).toEqual(['will not qui=null']);
  });
});

describe('"the company said" after outside analysts', () => {
  it('passes over the firm of analysts who comment from outside', () => {
    expect(
      speakers(
        'Kestrel Foods said profits rose. Analysts at Orbix Capital had expected less. “This was a strong quarter,” the company said.',
      ),
    ).toEqual(['This was a s=Kestrel Foods']);
  });
});

describe('a speaker given by a role and named later', () => {
  it('gives the words to the one person named with that role soon after', () => {
    expect(
      speakers(
        '“The talks are over,” a spokeswoman for the ministry said. The spokeswoman, Ines Moreau, declined to say more.',
      ),
    ).toEqual(['The talks ar=Ines Moreau']);
    expect(speakers('“We lost,” a spokesman said.\nSpokesman Tomas Berg added that the club would appeal.')).toEqual([
      'We lost,=Tomas Berg',
    ]);
  });

  it('gives them to nobody when no one is named with the role', () => {
    expect(speakers('“We lost,” a spokesman said. Tomas Berg, the coach, was angry.')).toEqual(['We lost,=null']);
  });
});

describe('ranks and show titles', () => {
  it('reads a rank between a role and the name as part of the said-clause', () => {
    expect(speakers('“It is under investigation,” Velden Army spokesman Col. Tomas Berg said.')).toEqual([
      'It is under =Tomas Berg',
    ]);
  });

  it('takes a show’s title closed by "!" in the body for no quotation', () => {
    expect(speakers('Ada Brook mocked it on Velden’s “Brook Tonight Live!” on Monday.')).toEqual([]);
  });
});

describe('words a sign carries', () => {
  it('takes a sign’s short text for a quotation of nobody named', () => {
    expect(speakers('Tomas Berg marched at the front. The sign read: “No entry.”')).toEqual(['No entry.=null']);
  });
});

describe('said-clauses a rule had not met', () => {
  it('reads the speaker across an appositive of five comma-separated parts', () => {
    expect(
      speakers(
        '“Water is rare,” Ines Varlo, a geologist at the Arden Survey in Lorne, Velska, and Kestrel College in Brisk, Ore., said in a statement.',
      ),
    ).toEqual(['Water is rar=Ines Varlo']);
  });

  it('takes less common verbs of speech ("assures", "retorted") as said', () => {
    expect(speakers('Tomas Berg left early. “I was never there,” he assures the reader.')).toEqual([
      'I was never =Tomas Berg',
    ]);
    expect(speakers('“Not today,” Ada Brook retorted.')).toEqual(['Not today,=Ada Brook']);
  });
});

describe('fragments quoted after a participle or a second "that"', () => {
  it('gives a fragment after "Name warning of" to that name', () => {
    expect(
      speakers('Two towns objected, with the mayor, Ada Brook, warning of “a dangerous precedent for every town”.'),
    ).toEqual(['a dangerous =Ada Brook']);
  });

  it('gives the second of two that-clauses to the speaker of the first', () => {
    expect(
      speakers(
        'The Velden Port Authority says that the harbour “handles most of the grain” and that “the river carries the rest of it.”',
      ),
    ).toEqual(['handles most=Velden Port Authority', 'the river ca=Velden Port Authority']);
  });
});

describe('two fragments of one sentence', () => {
  it('gives the first fragment the speaker of the said-clause after the second', () => {
    expect(
      speakers('Ada Okoro runs the dam. It was “never once inspected in years” and “left to rot,” Okoro said.'),
    ).toEqual(['never once i=Ada Okoro', 'left to rot,=Ada Okoro']);
  });
});
