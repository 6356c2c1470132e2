// General knowledge about widely reported organisations, institutions and events whose names carry no cue word
// ("Hamas", "the Fed", "9/11"). Each line is "Name|alias|alias"; the first form is the canonical name.
import type { EntityType } from '../../dictionary/schema';

const ORGANIZATIONS = `
United Nations|UN|U.N.
European Union|EU|E.U.
African Union|AU
Nato|NATO
World Health Organization|WHO
World Bank
International Monetary Fund|IMF
World Trade Organization|WTO
Opec|OPEC
Red Cross
Amnesty International
Human Rights Watch
Hamas
Hezbollah
Taliban
al-Qaida|al-Qaeda|Al Qaeda
Islamic State|Isis|ISIS|ISIL|Daesh
Houthis|Houthi
Federal Reserve|Fed
Congress
Senate
House of Representatives|House
Parliament
Pentagon
Kremlin
Supreme Court
Scotland Yard
Interpol
FBI|F.B.I.
CIA|C.I.A.
NASA
BBC
CNN
Reuters
Associated Press|AP
Agence France-Presse|AFP
Bloomberg
Google
Apple
Microsoft
Amazon
Meta
Facebook
Twitter
Instagram
YouTube
TikTok
OpenAI
Nvidia
Samsung
Huawei
Boeing
Airbus
Netflix
Uber
Toyota
Volkswagen
Goldman Sachs
Morgan Stanley
JPMorgan|JPMorgan Chase|JP Morgan
Citigroup|Citi
Wells Fargo
BlackRock
HSBC
Barclays
Deutsche Bank
UBS
Alibaba
Tencent
Walmart
ExxonMobil|Exxon
Shell
Pfizer
Moderna
`;

const OTHER = `
September 11 attacks|9/11|September 11
World War I|First World War|WWI
World War II|Second World War|WWII
Cold War
Great Depression
Great Recession
Holocaust
Brexit
Arab Spring
Medicaid
Medicare
Obamacare|Affordable Care Act
Social Security
Olympics|Olympic Games
World Cup
Christmas
Easter
Ramadan
Thanksgiving
`;

// Party members and adjectives -> the party they name.
const PARTIES = `
Republican Party|Republicans|Republican|GOP
Democratic Party|Democrats|Democrat
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
    .map((l) => l.split('|'));
}

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
  add(OTHER, 'other');
  return map;
})();

/** Party member words ("Democrat", "Republicans") -> the party's canonical name. */
export const PARTY_WORDS: ReadonlyMap<string, string> = new Map(
  entries(PARTIES).flatMap(([name, ...forms]) => [
    [name!, name!] as [string, string],
    ...forms.map((f) => [f, name!] as [string, string]),
  ]),
);
