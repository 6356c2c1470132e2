// What widely reported bodies, products and events are, for a card the article gives no noun phrase. Read for
// descriptions only: entity finding and typing keep their own lexicon (lexicon/known-names.ts), so a line here
// changes what a card says and nothing else. Each line is "Name|alias>Kind"; only names with one common meaning.
import type { EntityType } from '../dictionary/schema';

const BODIES = `
Mozilla>Nonprofit maker of the Firefox browser
GitHub>Code-hosting platform
GitLab>Code-hosting platform
Red Hat>Open-source software company
Oracle>Database software company
Adobe>Software company
Salesforce>Business software company
Dell>Computer maker
Hewlett-Packard|HP>Computer maker
Cisco>Networking equipment maker
Nokia>Finnish telecoms equipment maker
Ericsson>Swedish telecoms equipment maker
Tesla>Electric carmaker
SpaceX>Rocket maker and launch company
Blue Origin>Rocket company
Reddit>Online discussion site
Wikimedia Foundation>Nonprofit that runs Wikipedia
Apache Software Foundation>Open-source software foundation
Linux Foundation>Open-source software consortium
Free Software Foundation>Free software advocacy group
Electronic Frontier Foundation|EFF>Digital rights group
DeepMind>Google’s artificial intelligence lab
Twitch>Live-streaming site
Dropbox>File-hosting service
Pinterest>Image-sharing site
Yahoo>Internet company
AOL>Internet company
WebMD>Health information website
TMZ>Celebrity news website
American Heart Association>Heart health charity
American Cancer Society>Cancer charity
American Diabetes Association>Diabetes charity
Mayo Clinic>US academic medical center
Cleveland Clinic>US academic medical center
American Academy of Pediatrics>Professional body of US pediatricians
American Medical Association>US doctors’ association
National Cancer Institute>US cancer research agency
European Space Agency|ESA>European space agency
Roscosmos>Russian space agency
JAXA>Japanese space agency
ISRO>Indian space agency
Jet Propulsion Laboratory|JPL>NASA laboratory
Metropolitan Police|Met Police>London police force
Ofcom>British communications regulator
Ofgem>British energy regulator
Financial Conduct Authority>British financial regulator
Crown Prosecution Service|CPS>Prosecutor for England and Wales
Sky News>British news channel
Channel 4>British broadcaster
Evening Standard>London newspaper
Daily Mirror>British newspaper
London Stock Exchange>Stock exchange in London
New York Stock Exchange|NYSE>Stock exchange in New York
Nasdaq>US stock exchange
Moody’s|Moody's>Credit rating agency
Fitch Ratings>Credit rating agency
Zillow>Real estate listings website
Redfin>Real estate brokerage
WeWork>Office-space company
CoStar>Real estate data company
Real Estate Board of New York|REBNY>New York real estate trade group
HBO>US premium television network
Hulu>Streaming service
Warner Bros.|Warner Bros>Film studio
Paramount>Film studio
Variety>Entertainment trade magazine
Vogue>Fashion magazine
Rolling Stone>Music magazine
ESPN>Sports network
ACLU|American Civil Liberties Union>Civil liberties group
NAACP>Civil rights group
National Rifle Association|NRA>Gun rights group
Planned Parenthood>Reproductive health provider
Heritage Foundation>Conservative think tank
Brookings Institution>Think tank
Israel Defense Forces|IDF>Israeli military
Palestinian Authority>Palestinian governing body
Islamic Revolutionary Guard Corps|IRGC>Iran’s elite military force
UNESCO|Unesco>UN cultural agency
Arab League>Bloc of Arab states
PGA Tour>Professional golf tour
`;

const THINGS = `
Firefox>Web browser
Google Chrome>Web browser
Windows>Microsoft operating system
macOS>Apple computer operating system
iOS>Apple mobile operating system
ChatGPT>OpenAI chatbot
Gmail>Google email service
Siri>Apple voice assistant
Kindle>Amazon e-reader
Photoshop>Adobe image editor
JavaScript>Programming language
GNOME>Linux desktop environment
Debian>Linux distribution
Ubuntu>Linux distribution
Fedora>Linux distribution
Kubernetes>Container orchestration software
WordPress>Website publishing software
Bluetooth>Wireless standard
International Space Station|ISS>Orbiting space laboratory
Hubble Space Telescope|Hubble>NASA space telescope
James Webb Space Telescope>NASA space telescope
S&P 500>Index of large US shares
Dow Jones Industrial Average>Index of 30 US blue-chip shares
FTSE 100>Index of leading London shares
Academy Awards|Oscars>Film awards
Grammy Awards|Grammys>Music awards
Emmy Awards|Emmys>Television awards
Golden Globes>Film and television awards
Super Bowl>NFL championship game
Ozempic>Diabetes drug
Wegovy>Weight-loss drug
Tylenol>Painkiller
Advil>Painkiller
Prozac>Antidepressant
COVID-19|Covid-19>Disease caused by the coronavirus
`;

/** What a known name is, and the type it has. */
export interface KnownKind {
  type: EntityType;
  kind: string;
}

function lines(block: string, type: EntityType): Array<[string, KnownKind]> {
  return block
    .split('\n')
    .map((l) => l.trim().split('>'))
    .filter((parts) => parts.length === 2)
    .flatMap(([forms, kind]) => forms!.split('|').map((f) => [f, { type, kind: kind! }] as [string, KnownKind]));
}

/** Every form of a described name -> what it is. */
export const DESCRIBED_NAMES: ReadonlyMap<string, KnownKind> = new Map([
  ...lines(BODIES, 'organization'),
  ...lines(THINGS, 'other'),
]);

/** What a name is, when the entity's type fits: a thing typed a body ("Firefox" as a company) is still the thing. */
export function describedKind(forms: Iterable<string>, type: EntityType): string {
  for (const form of forms) {
    const known = DESCRIBED_NAMES.get(form);
    if (known && (known.type === type || (known.type === 'other' && type === 'organization'))) return known.kind;
  }
  return '';
}
