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
Teamsters>US labor union
AFL-CIO>Federation of US labor unions
United Auto Workers|UAW>US autoworkers’ union
Con Edison>New York energy utility
Pacific Gas and Electric|PG&E>California energy utility
Mashable>Technology news website
TechCrunch>Technology news website
Wired>Technology magazine
Engadget>Technology news website
The Verge>Technology news website
Ars Technica>Technology news website
PolitiFact>Fact-checking website
Snopes>Fact-checking website
Zeiss>German optics maker
MSCI>Index provider
RSPCA>Animal welfare charity
ASIO>Australian domestic intelligence agency
Australian Broadcasting Corporation>Australian public broadcaster
Canadian Broadcasting Corporation|CBC>Canadian public broadcaster
Royal Canadian Mounted Police|RCMP>Canadian federal police
Australian Federal Police>Australian federal police force
Delta Air Lines>US airline
United Airlines>US airline
American Airlines>US airline
Southwest Airlines>US airline
British Airways>British airline
Lufthansa>German airline
Ryanair>Irish budget airline
Qantas>Australian airline
Ford Motor|Ford Motor Company>US carmaker
Stellantis>Carmaker
Hyundai>South Korean carmaker
Kia>South Korean carmaker
Volvo>Swedish carmaker
Ferrari>Italian sports-car maker
Porsche>German sports-car maker
Rivian>US electric carmaker
Kroger>US grocery chain
Whole Foods>US grocery chain
Best Buy>US electronics retailer
Tesco>British supermarket chain
Sainsbury’s|Sainsbury's>British supermarket chain
McDonald’s|McDonald's>Fast-food chain
Burger King>Fast-food chain
KFC>Fast-food chain
Nike>Sportswear maker
Adidas>Sportswear maker
American Express>Payments company
Berkshire Hathaway>Warren Buffett’s holding company
Bank of America>US bank
Charles Schwab>US brokerage
Fidelity Investments>US asset manager
Vanguard>US asset manager
Coinbase>Cryptocurrency exchange
Binance>Cryptocurrency exchange
Robinhood>US trading app
Shopify>E-commerce software company
Stripe>Online payments company
X Corp>Twitter’s parent company
Alphabet>Parent company of Google
Anthropic>Artificial intelligence company
Mistral AI>French artificial intelligence company
Hugging Face>Artificial intelligence platform
TSMC>Taiwanese chipmaker
ASML>Dutch chip-equipment maker
Micron>US memory-chip maker
Broadcom>US chipmaker
Foxconn>Taiwanese electronics manufacturer
Panasonic>Japanese electronics company
LG>South Korean electronics company
Philips>Dutch health technology company
Siemens>German industrial company
Bayer>German drug and chemicals maker
Novartis>Swiss drugmaker
Roche>Swiss drugmaker
AstraZeneca>British-Swedish drugmaker
GlaxoSmithKline|GSK>British drugmaker
Merck>US drugmaker
Eli Lilly>US drugmaker
AbbVie>US drugmaker
Novo Nordisk>Danish drugmaker
Bristol Myers Squibb|Bristol-Myers Squibb>US drugmaker
Gilead>US drugmaker
Regeneron>US biotechnology company
BioNTech>German biotechnology company
CVS>US pharmacy chain
Walgreens>US pharmacy chain
UnitedHealth|UnitedHealth Group>US health insurer
Kaiser Permanente>US health care provider
World Anti-Doping Agency|WADA>Global anti-doping body
International Criminal Court|ICC>International war crimes court
European Court of Human Rights>Human rights court of the Council of Europe
Council of Europe>European human rights organization
OPCW>Chemical weapons watchdog
Transparency International>Anti-corruption group
Committee to Protect Journalists>Press freedom group
Reporters Without Borders>Press freedom group
Southern Poverty Law Center>US civil rights group
Anti-Defamation League|ADL>Jewish civil rights group
Sierra Club>US environmental group
World Wildlife Fund|WWF>Conservation group
Salvation Army>Christian charity
Gates Foundation|Bill & Melinda Gates Foundation>Philanthropic foundation
Wikileaks|WikiLeaks>Website that publishes leaked documents
Proud Boys>Far-right group
Black Lives Matter>Movement against racism and police violence
Hells Angels>Motorcycle club
Bundesliga>German football league
La Liga>Spanish football league
Serie A>Italian football league
Major League Soccer|MLS>North American soccer league
WNBA>US women’s basketball league
PGA>Professional golf body
Wimbledon>Tennis championship
Axios>US news website
The Hill>US political news website
BuzzFeed News>US news website
HuffPost|Huffington Post>US news website
Newsweek>US news magazine
The Atlantic>US magazine
New Yorker>US magazine
Forbes>US business magazine
Fortune>US business magazine
Business Insider>US business news website
CNBC>US business news network
ProPublica>US investigative newsroom
Daily Beast>US news website
New York Post>US newspaper
Chicago Tribune>US newspaper
Boston Globe>US newspaper
San Francisco Chronicle>US newspaper
Houston Chronicle>US newspaper
Miami Herald>US newspaper
Seattle Times>US newspaper
Denver Post>US newspaper
Detroit News>US newspaper
Detroit Free Press>US newspaper
Dallas Morning News>US newspaper
Philadelphia Inquirer>US newspaper
Star Tribune>US newspaper
Times Union>US newspaper
Guardian>British newspaper
Telegraph>British newspaper
Independent>British newspaper
Daily Express>British newspaper
Evening Standard>London newspaper
Sky Sports>British sports channel
CBS News>US news network
CBS>US television network
Fox>US television network
Harvard>US university
Stanford>US university
Yale>US university
Princeton>US university
MIT>US university
Johns Hopkins>US university
Arizona Cardinals>NFL team
Atlanta Falcons>NFL team
Baltimore Ravens>NFL team
Buffalo Bills>NFL team
Carolina Panthers>NFL team
Chicago Bears>NFL team
Cincinnati Bengals>NFL team
Cleveland Browns>NFL team
Dallas Cowboys>NFL team
Denver Broncos>NFL team
Detroit Lions>NFL team
Green Bay Packers>NFL team
Houston Texans>NFL team
Indianapolis Colts>NFL team
Jacksonville Jaguars>NFL team
Kansas City Chiefs>NFL team
Las Vegas Raiders>NFL team
Los Angeles Chargers>NFL team
Los Angeles Rams>NFL team
Miami Dolphins>NFL team
Minnesota Vikings>NFL team
New England Patriots>NFL team
New Orleans Saints>NFL team
New York Giants>NFL team
New York Jets>NFL team
Philadelphia Eagles>NFL team
Pittsburgh Steelers>NFL team
San Francisco 49ers>NFL team
Seattle Seahawks>NFL team
Tampa Bay Buccaneers>NFL team
Tennessee Titans>NFL team
Washington Commanders>NFL team
Oakland Raiders>NFL team
San Diego Chargers>NFL team
Washington Redskins>NFL team
Atlanta Hawks>NBA team
Boston Celtics>NBA team
Brooklyn Nets>NBA team
Charlotte Hornets>NBA team
Chicago Bulls>NBA team
Cleveland Cavaliers>NBA team
Dallas Mavericks>NBA team
Denver Nuggets>NBA team
Detroit Pistons>NBA team
Golden State Warriors>NBA team
Houston Rockets>NBA team
Indiana Pacers>NBA team
Los Angeles Clippers>NBA team
Los Angeles Lakers>NBA team
Memphis Grizzlies>NBA team
Miami Heat>NBA team
Milwaukee Bucks>NBA team
Minnesota Timberwolves>NBA team
New Orleans Pelicans>NBA team
New York Knicks>NBA team
Oklahoma City Thunder>NBA team
Orlando Magic>NBA team
Philadelphia 76ers>NBA team
Phoenix Suns>NBA team
Portland Trail Blazers>NBA team
Sacramento Kings>NBA team
San Antonio Spurs>NBA team
Toronto Raptors>NBA team
Utah Jazz>NBA team
Washington Wizards>NBA team
Arizona Diamondbacks>Major League Baseball team
Atlanta Braves>Major League Baseball team
Baltimore Orioles>Major League Baseball team
Boston Red Sox>Major League Baseball team
Chicago Cubs>Major League Baseball team
Chicago White Sox>Major League Baseball team
Cincinnati Reds>Major League Baseball team
Cleveland Guardians>Major League Baseball team
Cleveland Indians>Major League Baseball team
Colorado Rockies>Major League Baseball team
Detroit Tigers>Major League Baseball team
Houston Astros>Major League Baseball team
Kansas City Royals>Major League Baseball team
Los Angeles Angels>Major League Baseball team
Los Angeles Dodgers>Major League Baseball team
Miami Marlins>Major League Baseball team
Milwaukee Brewers>Major League Baseball team
Minnesota Twins>Major League Baseball team
New York Mets>Major League Baseball team
New York Yankees>Major League Baseball team
Oakland Athletics>Major League Baseball team
Philadelphia Phillies>Major League Baseball team
Pittsburgh Pirates>Major League Baseball team
San Diego Padres>Major League Baseball team
San Francisco Giants>Major League Baseball team
Seattle Mariners>Major League Baseball team
St. Louis Cardinals>Major League Baseball team
Tampa Bay Rays>Major League Baseball team
Texas Rangers>Major League Baseball team
Toronto Blue Jays>Major League Baseball team
Washington Nationals>Major League Baseball team
Anaheim Ducks>NHL team
Boston Bruins>NHL team
Buffalo Sabres>NHL team
Calgary Flames>NHL team
Carolina Hurricanes>NHL team
Chicago Blackhawks>NHL team
Colorado Avalanche>NHL team
Columbus Blue Jackets>NHL team
Dallas Stars>NHL team
Detroit Red Wings>NHL team
Edmonton Oilers>NHL team
Florida Panthers>NHL team
Los Angeles Kings>NHL team
Minnesota Wild>NHL team
Montreal Canadiens>NHL team
Nashville Predators>NHL team
New Jersey Devils>NHL team
New York Islanders>NHL team
New York Rangers>NHL team
Ottawa Senators>NHL team
Philadelphia Flyers>NHL team
Pittsburgh Penguins>NHL team
San Jose Sharks>NHL team
Seattle Kraken>NHL team
St. Louis Blues>NHL team
Tampa Bay Lightning>NHL team
Toronto Maple Leafs>NHL team
Vancouver Canucks>NHL team
Vegas Golden Knights>NHL team
Washington Capitals>NHL team
Winnipeg Jets>NHL team
Arsenal>Football club
Aston Villa>Football club
Chelsea>Football club
Everton>Football club
Liverpool FC>Football club
Manchester City>Football club
Manchester United>Football club
Newcastle United>Football club
Tottenham Hotspur>Football club
West Ham United>Football club
Leicester City>Football club
Leeds United>Football club
Wolverhampton Wanderers>Football club
Crystal Palace>Football club
Brighton & Hove Albion>Football club
Real Madrid>Football club
Barcelona FC>Football club
FC Barcelona>Football club
Bayern Munich>Football club
Juventus>Football club
Paris Saint-Germain>Football club
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
Microsoft Windows>Microsoft operating system
Android Auto>Google in-car software
Apple Music>Music streaming service
Apple TV>Apple streaming service
Prime Video>Amazon streaming service
Disney+|Disney Plus>Streaming service
YouTube TV>Streaming television service
Google Maps>Google mapping service
Google Drive>Google file-storage service
Google Play>Google app store
App Store>Apple app store
Microsoft Office>Office software
Microsoft Teams>Workplace chat and video app
Zoom Video>Video-calling app
Bluesky>Social network
Mastodon>Decentralised social network
Telegram>Messaging app
Python>Programming language
TypeScript>Programming language
PostgreSQL>Database
MySQL>Database
SQLite>Database
Raspberry Pi>Small single-board computer
Game Boy>Nintendo handheld game console
Steam Deck>Valve handheld gaming PC
Minecraft>Video game
Fortnite>Video game
Roblox>Online game platform
Pokémon>Nintendo game franchise
Ethereum>Cryptocurrency
Dogecoin>Cryptocurrency
Tinder>Dating app
Venmo>Payments app
Zelle>Payments service
Airbus A320>Airbus airliner
Boeing 737 Max|737 Max>Boeing airliner
Boeing 737>Boeing airliner
Boeing 787|787 Dreamliner>Boeing airliner
Falcon 9>SpaceX rocket
Starship>SpaceX rocket
Crew Dragon>SpaceX crew capsule
Artemis>NASA moon programme
Apollo 11>First crewed moon landing mission
Mars Perseverance|Perseverance rover>NASA Mars rover
Voyager 1>NASA space probe
Lyme disease>Tick-borne disease
Ebola>Viral disease
Zika>Mosquito-borne virus
HIV>Virus that causes AIDS
AIDS>Disease caused by HIV
Alzheimer’s|Alzheimer's>Brain disease
Parkinson’s|Parkinson's>Brain disease
Lipitor>Cholesterol drug
Xanax>Anti-anxiety drug
Adderall>ADHD drug
Humira>Arthritis drug
Botox>Botulinum toxin injection
Narcan>Overdose-reversal drug
Mounjaro>Diabetes drug
Paxlovid>Covid-19 drug
Remdesivir>Antiviral drug
Roe v. Wade>US Supreme Court abortion ruling
Paris Agreement|Paris climate agreement>Global climate pact
Geneva Conventions>Treaties on the conduct of war
Coachella>Music festival
Glastonbury>Music festival
Burning Man>Desert arts festival
Tour de France>Cycling race
Kentucky Derby>Horse race
Wimbledon Championships>Tennis championship
US Open>Tennis championship
Stanley Cup>NHL championship trophy
World Series>Major League Baseball championship
NBA Finals>NBA championship series
March Madness>College basketball tournament
Champions League>European club football competition
Eurovision Song Contest|Eurovision>European song contest
Met Gala>Fashion fundraising gala
Black Friday>Shopping day after Thanksgiving
Cyber Monday>Online shopping day
Tony Awards|Tonys>Theatre awards
Pulitzer Prize>US journalism and arts award
Nobel Prize>International prize
Booker Prize>Literary prize
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

/**
 * What a name is, when the entity's type fits: a thing typed a body ("Firefox" as a company) is still the thing, and a
 * body typed a thing (a lone name the article says nothing else of, "Dropbox") still the body.
 */
export function describedKind(forms: Iterable<string>, type: EntityType): string {
  const either = (a: EntityType, b: EntityType) =>
    (a === 'other' && b === 'organization') || (a === 'organization' && b === 'other');
  for (const form of forms) {
    const known = DESCRIBED_NAMES.get(form);
    if (known && (known.type === type || either(known.type, type))) return known.kind;
  }
  return '';
}
