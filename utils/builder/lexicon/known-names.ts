// General knowledge about widely reported organisations, institutions and events whose names carry no cue word
// ("Hamas", "the Fed", "9/11"). Each line is "Name|alias|alias", the first form the canonical name, and may end in
// ">Kind": what the name is, for a card the article gives no description ("US central bank").
import type { EntityType } from '../../dictionary/schema';

const ORGANIZATIONS = `
United Nations|UN|U.N.>Intergovernmental organization
European Union|EU|E.U.>Union of European countries
African Union|AU>Union of African countries
Nato|NATO>Western military alliance
World Health Organization|WHO>UN health agency
World Bank>International development lender
International Monetary Fund|IMF>International lender to governments
World Trade Organization|WTO>Global trade body
Opec|OPEC>Cartel of oil-producing countries
Red Cross>Humanitarian organization
Amnesty International>Human rights group
Human Rights Watch>Human rights group
Hamas>Palestinian militant group
Hezbollah>Lebanese militant group
Taliban>Afghan insurgent group
al-Qaida|al-Qaeda|Al Qaeda>Islamist militant network
Islamic State|Isis|ISIS|ISIL|Daesh>Jihadist militant group
Houthis|Houthi>Yemeni rebel movement
Federal Reserve|Fed>US central bank
Congress>US legislature
Senate>Upper house of the legislature
House of Representatives|House>Lower house of the legislature
Parliament>Legislature
Pentagon>US Department of Defense
Kremlin>Office of the Russian president
Supreme Court>Highest court
Scotland Yard>London police headquarters
Interpol>International police organization
FBI|F.B.I.>US federal police agency
CIA|C.I.A.>US intelligence agency
NASA>US space agency
BBC>British public broadcaster
CNN>US news network
Reuters>News agency
Associated Press|AP>US news agency
Agence France-Presse|AFP>French news agency
Bloomberg>Financial news company
Google>Technology company
Apple>Technology company
Microsoft>Software company
Amazon>Online retailer and technology company
Meta>Parent company of Facebook
Facebook>Social network
Twitter>Social network
Instagram>Photo-sharing app
YouTube>Video-sharing site
TikTok>Video-sharing app
OpenAI>Artificial intelligence company
Nvidia>Chipmaker
Samsung>South Korean electronics maker
Huawei>Chinese telecoms equipment maker
Boeing>US aircraft maker
Airbus>European aircraft maker
Netflix>Streaming service
Uber>Ride-hailing company
Toyota>Japanese carmaker
Volkswagen>German carmaker
Goldman Sachs>Investment bank
Morgan Stanley>Investment bank
JPMorgan|JPMorgan Chase|JP Morgan>US bank
Citigroup|Citi>US bank
Wells Fargo>US bank
BlackRock>Asset manager
HSBC>British bank
Barclays>British bank
Deutsche Bank>German bank
UBS>Swiss bank
Alibaba>Chinese e-commerce company
Tencent>Chinese technology company
Walmart>US retailer
ExxonMobil|Exxon>Oil company
Shell
Pfizer>Drugmaker
Moderna>Drugmaker
State Department|Department of State>US foreign ministry
Justice Department|Department of Justice|DOJ>US federal justice department
Department of Homeland Security|Homeland Security Department|DHS>US homeland security department
Department of Defense|Defense Department>US defence ministry
Commerce Department|Department of Commerce>US trade department
Energy Department|Department of Energy>US energy department
Education Department|Department of Education>US education department
National Security Council|NSC>US president’s national security council
Congressional Budget Office|CBO>Nonpartisan budget office of Congress
Government Accountability Office|GAO>Audit office of Congress
Food and Drug Administration|FDA>US food and drug regulator
Centers for Disease Control and Prevention|CDC>US public health agency
National Institutes of Health|NIH>US medical research agency
Environmental Protection Agency|EPA>US environmental regulator
Securities and Exchange Commission>US securities regulator
Federal Aviation Administration|FAA>US aviation regulator
Federal Communications Commission|FCC>US communications regulator
Federal Trade Commission|FTC>US competition and consumer regulator
Internal Revenue Service|IRS>US tax agency
National Transportation Safety Board|NTSB>US transport accident investigator
Drug Enforcement Administration|DEA>US drug enforcement agency
Immigration and Customs Enforcement>US immigration enforcement agency
Customs and Border Protection>US border agency
Secret Service>US protective service
National Guard>US military reserve force
Home Office>British interior ministry
Foreign Office>British foreign ministry
Ministry of Defence|MoD>British defence ministry
National Health Service|NHS>British public health service
MI5>British domestic intelligence agency
MI6>British foreign intelligence agency
Bank of England>British central bank
European Commission>Executive of the European Union
European Parliament>Legislature of the European Union
European Central Bank|ECB>Central bank of the eurozone
UN Security Council|Security Council>UN body for international peace and security
UNICEF|Unicef>UN children’s agency
UNHCR>UN refugee agency
International Atomic Energy Agency|IAEA>UN nuclear watchdog
International Court of Justice>Top UN court
World Food Programme|WFP>UN food aid agency
Doctors Without Borders|Médecins Sans Frontières|MSF>Medical aid charity
Greenpeace>Environmental group
Oxfam>Anti-poverty charity
New York Times|NYT>US newspaper
Washington Post>US newspaper
Wall Street Journal|WSJ>US newspaper
Los Angeles Times>US newspaper
USA Today>US newspaper
Financial Times>British newspaper
Daily Mail>British newspaper
Daily Telegraph>British newspaper
Fox News>US news network
MSNBC>US news network
NPR>US public radio network
PBS>US public broadcaster
Politico>Political news organization
Al Jazeera>Qatari news network
Xinhua>Chinese state news agency
TASS>Russian state news agency
Interfax>Russian news agency
Intel>Chipmaker
AMD>Chipmaker
Qualcomm>Chipmaker
IBM>Technology company
Sony>Japanese electronics company
Nintendo>Japanese video game company
Electronic Arts>Video game publisher
Disney>Entertainment company
Comcast>US cable company
Verizon>US telecoms company
AT&T>US telecoms company
Spotify>Music streaming service
Airbnb>Home-rental platform
Lyft>Ride-hailing company
WhatsApp>Messaging app
Snapchat>Messaging app
LinkedIn>Professional networking site
General Motors>US carmaker
General Electric>US industrial company
Lockheed Martin>US defence company
Raytheon>US defence company
Northrop Grumman>US defence company
Chevron>Oil company
Saudi Aramco|Aramco>Saudi state oil company
Gazprom>Russian state gas company
Unilever>Consumer goods company
Procter & Gamble>Consumer goods company
Johnson & Johnson>Healthcare company
Coca-Cola>Beverage company
PepsiCo>Beverage company
Starbucks>Coffee chain
Home Depot>US home improvement retailer
Costco>US retailer
Ikea|IKEA>Furniture retailer
Mastercard>Payments company
PayPal>Online payments company
eBay>Online marketplace
Lenovo>Chinese computer maker
Xiaomi>Chinese electronics maker
ByteDance>Chinese technology company
Baidu>Chinese search company
SoftBank>Japanese technology investor
Honda>Japanese carmaker
Nissan>Japanese carmaker
BMW>German carmaker
Renault>French carmaker
NFL|National Football League>US professional football league
NBA|National Basketball Association>US professional basketball league
Major League Baseball|MLB>US professional baseball league
National Hockey League|NHL>North American ice hockey league
NCAA>US college sports body
Premier League>English football league
FIFA|Fifa>World football’s governing body
UEFA|Uefa>European football’s governing body
International Olympic Committee|IOC>Body that runs the Olympic Games
Democratic National Committee|DNC>Governing body of the US Democratic Party
Republican National Committee|RNC>Governing body of the US Republican Party
Met Office>British weather service
Mossad>Israeli intelligence agency
FSB>Russian security service
Muslim Brotherhood>Islamist movement
Boko Haram>Nigerian jihadist group
al-Shabab|al-Shabaab|Al-Shabaab>Somali jihadist group
OECD>Intergovernmental economic organization
G20|Group of 20>Forum of major economies
G7|Group of Seven>Forum of seven large democracies
ASEAN|Asean>Bloc of Southeast Asian countries
World Economic Forum>Organizer of the Davos meeting
ITV>British broadcaster
NBC>US television network
ABC News>US news network
NBC News>US news network
`;

// Products known by name: a device, a system or a service.
const PRODUCTS = `
iPhone>Apple smartphone
iPad>Apple tablet
MacBook>Apple laptop
AirPods>Apple wireless earbuds
Apple Watch>Apple smartwatch
Android>Google’s mobile operating system
PlayStation>Sony video game console
Xbox>Microsoft video game console
Nintendo Switch>Nintendo video game console
Linux>Open-source operating system
Wikipedia>Online encyclopedia
Bitcoin>Cryptocurrency
`;

const OTHER = `
September 11 attacks|9/11|September 11>Terrorist attacks on the United States in 2001
World War I|First World War|WWI>War of 1914 to 1918
World War II|Second World War|WWII>War of 1939 to 1945
Cold War
Great Depression>Economic slump of the 1930s
Great Recession>Economic slump of 2007 to 2009
Holocaust
Brexit>Britain’s exit from the European Union
Arab Spring
Medicaid>US health programme for people on low incomes
Medicare>US health programme for older people
Obamacare|Affordable Care Act>US health care law
Social Security>US state pension programme
Olympics|Olympic Games
World Cup
Christmas
Easter
Ramadan
Thanksgiving
`;

// Party members and adjectives -> the party they name.
const PARTIES = `
Republican Party|Republicans|Republican|GOP>US political party
Democratic Party|Democrats|Democrat>US political party
Labour Party|Labour
Conservative Party|Conservatives|Tories|Tory
Liberal Democrats|Lib Dems
Green Party|Greens
`;

function entries(block: string): string[][] {
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.split('>')[0]!.split('|'));
}

/** Canonical name -> what it is, for the names whose line gives a kind. */
export const KNOWN_KINDS: ReadonlyMap<string, string> = new Map(
  [ORGANIZATIONS, PRODUCTS, OTHER, PARTIES].flatMap((block) =>
    block
      .split('\n')
      .map((l) => l.trim().split('>'))
      .filter((parts) => parts.length === 2)
      .map(([forms, kind]) => [forms!.split('|')[0]!, kind!] as [string, string]),
  ),
);

/** A known name: canonical form, type and the other forms it goes by. */
export interface KnownName {
  name: string;
  type: EntityType;
  aliases: readonly string[];
}

/** Every form of a known organisation, event or programme -> its entry. */
export const KNOWN_NAMES: ReadonlyMap<string, KnownName> = (() => {
  const map = new Map<string, KnownName>();
  const add = (block: string, type: EntityType) => {
    for (const [name, ...aliases] of entries(block)) {
      const entry = { name: name!, type, aliases };
      for (const form of [name!, ...aliases]) if (!map.has(form)) map.set(form, entry);
    }
  };
  add(ORGANIZATIONS, 'organization');
  add(PRODUCTS, 'other');
  add(OTHER, 'other');
  return map;
})();

/** Canonical names of known products ("iPhone", "Xbox"): a line of models may open with one. */
export const KNOWN_PRODUCTS: ReadonlySet<string> = new Set(entries(PRODUCTS).map(([name]) => name!));

/** Party member words ("Democrat", "Republicans") -> the party's canonical name. */
export const PARTY_WORDS: ReadonlyMap<string, string> = new Map(
  entries(PARTIES).flatMap(([name, ...forms]) => [
    [name!, name!] as [string, string],
    ...forms.map((f) => [f, name!] as [string, string]),
  ]),
);
