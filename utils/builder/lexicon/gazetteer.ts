// General geographic knowledge: countries, US states, large cities, continents and regions, with the short forms
// and demonyms news writing uses. Each line is "Name|alias|alias"; the first form is the canonical name.

const COUNTRIES = `
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei
Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Costa Rica|Croatia|Cuba
Cyprus|Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia
Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana
Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan
Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania
Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia
Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria
North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru
Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles
Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan
Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Turkmenistan
Tuvalu|Uganda|Ukraine|United Arab Emirates|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia
Zimbabwe|Gaza|West Bank|Greenland|Puerto Rico|Hong Kong|Scotland|Wales|England|Northern Ireland|Crimea|Tibet
`;

const COUNTRY_ALIASES = `
United States|US|U.S.|USA|U.S.A.|America|United States of America
United Kingdom|UK|U.K.|Britain|Great Britain
European Union|EU|E.U.
United Arab Emirates|UAE|U.A.E.
Democratic Republic of the Congo|DRC|DR Congo
Republic of the Congo|Congo
Ivory Coast|Côte d’Ivoire|Cote d'Ivoire
Czech Republic|Czechia
Myanmar|Burma
Netherlands|Holland
`;

const US_STATES = `
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana
Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana
Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia
Wisconsin|Wyoming
`;

const CITIES = `
Washington|Washington DC|Washington, DC|New York|New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia
San Antonio|San Diego|Dallas|San Francisco|Seattle|Boston|Miami|Atlanta|Detroit|Denver|Las Vegas|New Orleans
Baltimore|Pittsburgh|Minneapolis|Cleveland|Nashville|Austin|Portland|Sacramento|Honolulu|Anchorage|Charleston
London|Paris|Berlin|Madrid|Rome|Milan|Vienna|Brussels|Amsterdam|Geneva|Zurich|Stockholm|Oslo|Copenhagen|Helsinki
Dublin|Edinburgh|Glasgow|Manchester|Liverpool|Birmingham|Lisbon|Athens|Warsaw|Prague|Budapest|Bucharest|Kyiv|Kiev
Moscow|St Petersburg|Minsk|Istanbul|Ankara|Tehran|Baghdad|Damascus|Beirut|Jerusalem|Tel Aviv|Amman|Riyadh|Jeddah
Dubai|Abu Dhabi|Doha|Cairo|Tripoli|Tunis|Algiers|Rabat|Casablanca|Lagos|Abuja|Nairobi|Addis Ababa|Kampala|Kinshasa
Johannesburg|Cape Town|Pretoria|Harare|Khartoum|Mogadishu|Dakar|Accra|Kabul|Islamabad|Karachi|Lahore|Delhi
New Delhi|Mumbai|Kolkata|Chennai|Bangalore|Dhaka|Colombo|Kathmandu|Beijing|Shanghai|Hong Kong|Shenzhen|Guangzhou
Wuhan|Taipei|Tokyo|Osaka|Seoul|Pyongyang|Bangkok|Hanoi|Ho Chi Minh City|Manila|Jakarta|Kuala Lumpur|Singapore
Sydney|Melbourne|Brisbane|Perth|Canberra|Auckland|Wellington|Christchurch|Toronto|Montreal|Vancouver|Ottawa
Mexico City|Havana|Bogotá|Caracas|Lima|Santiago|Buenos Aires|São Paulo|Rio de Janeiro|Brasília|Gaza City
Kharkiv|Odesa|Donetsk|Luhansk|Mariupol|Aleppo|Mosul|Sanaa|Hebron|Ramallah|Rafah|Khan Younis
Jacksonville|Fort Worth|Indianapolis|San Jose|El Paso|Memphis|Oklahoma City|Louisville|Milwaukee|Albuquerque|Tucson
Fresno|Omaha|Colorado Springs|Long Beach|Virginia Beach|Oakland|Tulsa|Tampa|Wichita|Bakersfield|Anaheim
Corpus Christi|St. Louis|St Louis|Cincinnati|Newark|Greensboro|Plano|Jersey City|Lubbock|Laredo|Scottsdale|Boise
Spokane|Baton Rouge|Des Moines|Salt Lake City|Little Rock|Hartford|Albany|Harrisburg|Annapolis|Tallahassee|Topeka
Santa Fe|Juneau|Montpelier|Carson City|Jefferson City|Sioux Falls|Rapid City|Fargo|Ann Arbor|Grand Rapids|Dearborn
Pasadena|Palo Alto|Cupertino|Mountain View|Menlo Park|Santa Clara|Sunnyvale|Santa Monica|Malibu|Beverly Hills
Miami Beach|Fort Lauderdale|Calgary|Edmonton|Winnipeg|Marseille|Toulouse|Bordeaux|Strasbourg|Munich|Hamburg
Frankfurt|Cologne|Stuttgart|Düsseldorf|Dresden|Leipzig|Barcelona|Seville|Naples|Turin|Venice|Bologna|Genoa
Rotterdam|The Hague|Antwerp|Basel|Krakow|Kraków|Gdansk|Gdańsk|Novosibirsk|Vladivostok|Yekaterinburg|Lviv|Belfast
Cardiff|Leeds|Bristol|Nottingham|Brighton|Southampton|Chengdu|Chongqing|Tianjin|Hangzhou|Nanjing|Harbin|Urumqi
Kyoto|Yokohama|Nagoya|Hiroshima|Busan|Incheon|Ahmedabad|Pune|Srinagar|Kandahar|Herat|Peshawar|Quetta|Rawalpindi
Basra|Erbil|Kirkuk|Fallujah|Homs|Idlib|Raqqa|Benghazi|Giza|Haifa|Mecca|Medina|Mashhad|Isfahan|Shiraz|Tabriz|Izmir
Antalya|Tbilisi|Yerevan|Baku|Almaty|Tashkent|Ulaanbaatar|Phnom Penh|Yangon|Mandalay|Surabaya|Durban|Mombasa
Dar es Salaam|Kano|Port Harcourt|Timbuktu|Goma|Juba|Kigali|Lusaka|Maputo|Luanda|Bamako|Niamey|Ouagadougou|Conakry
Freetown|Monrovia|Windhoek|Gaborone|Antananarivo|Asmara|Guadalajara|Monterrey|Tijuana|Ciudad Juárez|Ciudad Juarez
Cancún|Cancun|Acapulco|Medellín|Medellin|Quito|Guayaquil|La Paz|Asunción|Asuncion|Montevideo|Valparaíso|Valparaiso
Recife|Manaus|Port-au-Prince|Managua|Tegucigalpa|Guatemala City|San Salvador|Santo Domingo
`;

// Where each city of the list above is: "City>where" for a city in a country or US state, "City>where>capital" for
// a country's capital. A city that shares its name with a country, a state or another place has no line.
const CITY_LINES = `
Washington|Washington DC|Washington, DC>United States>capital
New York|New York City>New York
Los Angeles>California
Chicago>Illinois
Houston>Texas
Phoenix>Arizona
Philadelphia>Pennsylvania
San Antonio>Texas
San Diego>California
Dallas>Texas
San Francisco>California
Seattle>Washington State
Boston>Massachusetts
Miami>Florida
Atlanta>Georgia
Detroit>Michigan
Denver>Colorado
Las Vegas>Nevada
New Orleans>Louisiana
Baltimore>Maryland
Pittsburgh>Pennsylvania
Minneapolis>Minnesota
Cleveland>Ohio
Nashville>Tennessee
Austin>Texas
Sacramento>California
Honolulu>Hawaii
Anchorage>Alaska
London>United Kingdom>capital
Paris>France>capital
Berlin>Germany>capital
Madrid>Spain>capital
Rome>Italy>capital
Milan>Italy
Vienna>Austria>capital
Brussels>Belgium>capital
Amsterdam>Netherlands>capital
Geneva>Switzerland
Zurich>Switzerland
Stockholm>Sweden>capital
Oslo>Norway>capital
Copenhagen>Denmark>capital
Helsinki>Finland>capital
Dublin>Ireland>capital
Edinburgh>Scotland>capital
Glasgow>Scotland
Manchester>England
Liverpool>England
Lisbon>Portugal>capital
Athens>Greece>capital
Warsaw>Poland>capital
Prague>Czech Republic>capital
Budapest>Hungary>capital
Bucharest>Romania>capital
Kyiv|Kiev>Ukraine>capital
Moscow>Russia>capital
St Petersburg>Russia
Minsk>Belarus>capital
Istanbul>Turkey
Ankara>Turkey>capital
Tehran>Iran>capital
Baghdad>Iraq>capital
Damascus>Syria>capital
Beirut>Lebanon>capital
Tel Aviv>Israel
Amman>Jordan>capital
Riyadh>Saudi Arabia>capital
Jeddah>Saudi Arabia
Dubai>United Arab Emirates
Abu Dhabi>United Arab Emirates>capital
Doha>Qatar>capital
Cairo>Egypt>capital
Tripoli>Libya>capital
Tunis>Tunisia>capital
Algiers>Algeria>capital
Rabat>Morocco>capital
Casablanca>Morocco
Lagos>Nigeria
Abuja>Nigeria>capital
Nairobi>Kenya>capital
Addis Ababa>Ethiopia>capital
Kampala>Uganda>capital
Kinshasa>Democratic Republic of the Congo>capital
Johannesburg>South Africa
Cape Town>South Africa
Pretoria>South Africa>capital
Harare>Zimbabwe>capital
Khartoum>Sudan>capital
Mogadishu>Somalia>capital
Dakar>Senegal>capital
Accra>Ghana>capital
Kabul>Afghanistan>capital
Islamabad>Pakistan>capital
Karachi>Pakistan
Lahore>Pakistan
Delhi>India
New Delhi>India>capital
Mumbai>India
Kolkata>India
Chennai>India
Bangalore>India
Dhaka>Bangladesh>capital
Colombo>Sri Lanka
Kathmandu>Nepal>capital
Beijing>China>capital
Shanghai>China
Shenzhen>China
Guangzhou>China
Wuhan>China
Taipei>Taiwan
Tokyo>Japan>capital
Osaka>Japan
Seoul>South Korea>capital
Pyongyang>North Korea>capital
Bangkok>Thailand>capital
Hanoi>Vietnam>capital
Ho Chi Minh City>Vietnam
Manila>Philippines>capital
Jakarta>Indonesia>capital
Kuala Lumpur>Malaysia>capital
Sydney>Australia
Melbourne>Australia
Brisbane>Australia
Canberra>Australia>capital
Auckland>New Zealand
Wellington>New Zealand>capital
Christchurch>New Zealand
Toronto>Canada
Montreal>Canada
Vancouver>Canada
Ottawa>Canada>capital
Mexico City>Mexico>capital
Havana>Cuba>capital
Bogotá>Colombia>capital
Caracas>Venezuela>capital
Lima>Peru>capital
Buenos Aires>Argentina>capital
São Paulo>Brazil
Rio de Janeiro>Brazil
Brasília>Brazil>capital
Gaza City>Gaza
Kharkiv>Ukraine
Odesa>Ukraine
Donetsk>Ukraine
Luhansk>Ukraine
Mariupol>Ukraine
Aleppo>Syria
Mosul>Iraq
Sanaa>Yemen>capital
Hebron>West Bank
Ramallah>West Bank
Rafah>Gaza
Khan Younis>Gaza
Jacksonville>Florida
Fort Worth>Texas
Indianapolis>Indiana
San Jose>California
El Paso>Texas
Memphis>Tennessee
Oklahoma City>Oklahoma
Louisville>Kentucky
Milwaukee>Wisconsin
Albuquerque>New Mexico
Tucson>Arizona
Fresno>California
Omaha>Nebraska
Colorado Springs>Colorado
Long Beach>California
Virginia Beach>Virginia
Oakland>California
Tulsa>Oklahoma
Tampa>Florida
Wichita>Kansas
Bakersfield>California
Anaheim>California
Corpus Christi>Texas
St. Louis|St Louis>Missouri
Cincinnati>Ohio
Newark>New Jersey
Greensboro>North Carolina
Plano>Texas
Jersey City>New Jersey
Lubbock>Texas
Laredo>Texas
Scottsdale>Arizona
Boise>Idaho
Spokane>Washington State
Baton Rouge>Louisiana
Des Moines>Iowa
Salt Lake City>Utah
Little Rock>Arkansas
Hartford>Connecticut
Albany>New York
Harrisburg>Pennsylvania
Annapolis>Maryland
Tallahassee>Florida
Topeka>Kansas
Santa Fe>New Mexico
Juneau>Alaska
Montpelier>Vermont
Carson City>Nevada
Jefferson City>Missouri
Sioux Falls>South Dakota
Rapid City>South Dakota
Fargo>North Dakota
Ann Arbor>Michigan
Grand Rapids>Michigan
Dearborn>Michigan
Pasadena>California
Palo Alto>California
Cupertino>California
Mountain View>California
Menlo Park>California
Santa Clara>California
Sunnyvale>California
Santa Monica>California
Malibu>California
Beverly Hills>California
Miami Beach>Florida
Fort Lauderdale>Florida
Calgary>Canada
Edmonton>Canada
Winnipeg>Canada
Marseille>France
Toulouse>France
Bordeaux>France
Strasbourg>France
Munich>Germany
Hamburg>Germany
Frankfurt>Germany
Cologne>Germany
Stuttgart>Germany
Düsseldorf>Germany
Dresden>Germany
Leipzig>Germany
Barcelona>Spain
Seville>Spain
Naples>Italy
Turin>Italy
Venice>Italy
Bologna>Italy
Genoa>Italy
Rotterdam>Netherlands
The Hague>Netherlands
Antwerp>Belgium
Basel>Switzerland
Krakow|Kraków>Poland
Gdansk|Gdańsk>Poland
Novosibirsk>Russia
Vladivostok>Russia
Yekaterinburg>Russia
Lviv>Ukraine
Belfast>Northern Ireland>capital
Cardiff>Wales>capital
Leeds>England
Bristol>England
Nottingham>England
Brighton>England
Southampton>England
Chengdu>China
Chongqing>China
Tianjin>China
Hangzhou>China
Nanjing>China
Harbin>China
Urumqi>China
Kyoto>Japan
Yokohama>Japan
Nagoya>Japan
Hiroshima>Japan
Busan>South Korea
Incheon>South Korea
Ahmedabad>India
Pune>India
Srinagar>India
Kandahar>Afghanistan
Herat>Afghanistan
Peshawar>Pakistan
Quetta>Pakistan
Rawalpindi>Pakistan
Basra>Iraq
Erbil>Iraq
Kirkuk>Iraq
Fallujah>Iraq
Homs>Syria
Idlib>Syria
Raqqa>Syria
Benghazi>Libya
Giza>Egypt
Haifa>Israel
Mecca>Saudi Arabia
Medina>Saudi Arabia
Mashhad>Iran
Isfahan>Iran
Shiraz>Iran
Tabriz>Iran
Izmir>Turkey
Antalya>Turkey
Tbilisi>Georgia>capital
Yerevan>Armenia>capital
Baku>Azerbaijan>capital
Almaty>Kazakhstan
Tashkent>Uzbekistan>capital
Ulaanbaatar>Mongolia>capital
Phnom Penh>Cambodia>capital
Yangon>Myanmar
Mandalay>Myanmar
Surabaya>Indonesia
Durban>South Africa
Mombasa>Kenya
Dar es Salaam>Tanzania
Kano>Nigeria
Port Harcourt>Nigeria
Timbuktu>Mali
Goma>Democratic Republic of the Congo
Juba>South Sudan>capital
Kigali>Rwanda>capital
Lusaka>Zambia>capital
Maputo>Mozambique>capital
Luanda>Angola>capital
Bamako>Mali>capital
Niamey>Niger>capital
Ouagadougou>Burkina Faso>capital
Conakry>Guinea>capital
Freetown>Sierra Leone>capital
Monrovia>Liberia>capital
Windhoek>Namibia>capital
Gaborone>Botswana>capital
Antananarivo>Madagascar>capital
Asmara>Eritrea>capital
Guadalajara>Mexico
Monterrey>Mexico
Tijuana>Mexico
Ciudad Juárez|Ciudad Juarez>Mexico
Cancún|Cancun>Mexico
Acapulco>Mexico
Medellín|Medellin>Colombia
Quito>Ecuador>capital
Guayaquil>Ecuador
La Paz>Bolivia>capital
Asunción|Asuncion>Paraguay>capital
Montevideo>Uruguay>capital
Valparaíso|Valparaiso>Chile
Recife>Brazil
Manaus>Brazil
Port-au-Prince>Haiti>capital
Managua>Nicaragua>capital
Tegucigalpa>Honduras>capital
Guatemala City>Guatemala>capital
San Salvador>El Salvador>capital
Santo Domingo>Dominican Republic>capital
`;

const REGIONS = `
Africa|Asia|Europe|North America|South America|Latin America|Central America|Antarctica|Oceania|Australasia
Middle East|Near East|Far East|Southeast Asia|South Asia|East Asia|Central Asia|Eastern Europe|Western Europe
Balkans|Caucasus|Scandinavia|Sahel|Horn of Africa|Sub-Saharan Africa|West Africa|East Africa|North Africa
Arctic|Caribbean|Pacific|Atlantic|Mediterranean|Persian Gulf|Gulf of Mexico|Red Sea|Black Sea|Baltic|Baltics
South China Sea|Indian Ocean|Pacific Ocean|Atlantic Ocean|Arctic Ocean|Silicon Valley|Wall Street|White House
Capitol Hill|Downing Street|Westminster|Gulf
`;

// What each region above is, and provinces, states and regions of other countries: "Name|alias>kind". A region
// whose bounds or standing are disputed, or whose name is also a person's, has no line.
const REGION_LINES = `
Africa>Continent
Middle East>Region of western Asia and North Africa
Near East>Region of western Asia
Far East>Region of eastern Asia
Caucasus>Region between the Black Sea and the Caspian Sea
Caribbean>Region of the Americas
Oceania>Region of the Pacific
Australasia>Region of the Pacific
Arctic>Polar region
Mediterranean>Sea
Persian Gulf>Arm of the Indian Ocean
Gulf of Mexico>Arm of the Atlantic Ocean
Wall Street>Financial district of New York City
Capitol Hill>Seat of the US Congress
Downing Street>Seat of the British prime minister
Westminster>Seat of the British parliament
White House>Residence and office of the US president
Asia>Continent
Europe>Continent
North America>Continent
South America>Continent
Antarctica>Continent
Latin America>Region of the Americas
Central America>Region of the Americas
Southeast Asia>Region of Asia
South Asia>Region of Asia
East Asia>Region of Asia
Central Asia>Region of Asia
Eastern Europe>Region of Europe
Western Europe>Region of Europe
Balkans>Region of Europe
Scandinavia>Region of Europe
Baltics>Region of Europe
Sahel>Region of Africa
Horn of Africa>Region of Africa
Sub-Saharan Africa>Region of Africa
West Africa>Region of Africa
East Africa>Region of Africa
North Africa>Region of Africa
Indian Ocean>Ocean
Pacific Ocean>Ocean
Atlantic Ocean>Ocean
Arctic Ocean>Ocean
Red Sea>Sea
Black Sea>Sea
South China Sea>Sea
Mediterranean Sea>Sea
Silicon Valley>Region of California
Siberia>Region of Russia
Chechnya>Region of Russia
Inner Mongolia>Region of China
Xinjiang>Region of China
Sichuan>Province of China
Guangdong>Province of China
Hubei>Province of China
Yunnan>Province of China
Zhejiang>Province of China
Fujian>Province of China
Ontario>Province of Canada
Quebec>Province of Canada
British Columbia>Province of Canada
Alberta>Province of Canada
Manitoba>Province of Canada
Saskatchewan>Province of Canada
Nova Scotia>Province of Canada
New South Wales>State of Australia
Queensland>State of Australia
Tasmania>State of Australia
Bavaria>State of Germany
Catalonia>Region of Spain
Andalusia>Region of Spain
Lombardy>Region of Italy
Sicily>Region of Italy
Sardinia>Region of Italy
Tuscany>Region of Italy
Brittany>Region of France
Normandy>Region of France
Corsica>Region of France
Flanders>Region of Belgium
Wallonia>Region of Belgium
Kerala>State of India
Maharashtra>State of India
Uttar Pradesh>State of India
Tamil Nadu>State of India
Hokkaido>Island of Japan
Okinawa>Region of Japan
Donbas>Region of Ukraine
Patagonia>Region of South America
Hong Kong>Special administrative region of China
Macau>Special administrative region of China
Puerto Rico>US territory
Greenland>Autonomous territory of Denmark
Gaza>Palestinian territory
West Bank>Palestinian territory
Manhattan>Borough of New York City
Brooklyn>Borough of New York City
Bronx>Borough of New York City
Staten Island>Borough of New York City
San Francisco Bay Area|Bay Area>Region of California
Southern California>Region of California
Northern California>Region of California
Midwest>Region of the United States
New England>Region of the United States
Pacific Northwest>Region of the United States
`;

// Demonym (singular|plural) -> place. Demonyms are not entities themselves, but they tell what a quote is about.
const DEMONYM_LINES = `
American|Americans>United States
British|Briton|Britons>United Kingdom
Iranian|Iranians>Iran
Iraqi|Iraqis>Iraq
Israeli|Israelis>Israel
Palestinian|Palestinians>Palestine
Ukrainian|Ukrainians>Ukraine
Russian|Russians>Russia
Chinese>China
Japanese>Japan
Korean|Koreans>South Korea
North Korean|North Koreans>North Korea
Indian|Indians>India
Pakistani|Pakistanis>Pakistan
Afghan|Afghans>Afghanistan
Syrian|Syrians>Syria
Lebanese>Lebanon
Saudi|Saudis>Saudi Arabia
Egyptian|Egyptians>Egypt
Turkish|Turks>Turkey
German|Germans>Germany
French>France
Italian|Italians>Italy
Spanish|Spaniards>Spain
Portuguese>Portugal
Dutch>Netherlands
Belgian|Belgians>Belgium
Swiss>Switzerland
Austrian|Austrians>Austria
Polish|Poles>Poland
Hungarian|Hungarians>Hungary
Greek|Greeks>Greece
Swedish|Swedes>Sweden
Norwegian|Norwegians>Norway
Danish|Danes>Denmark
Finnish|Finns>Finland
Irish>Ireland
Scottish|Scots>Scotland
Welsh>Wales
English>England
Canadian|Canadians>Canada
Mexican|Mexicans>Mexico
Cuban|Cubans>Cuba
Brazilian|Brazilians>Brazil
Argentine|Argentinian|Argentinians>Argentina
Venezuelan|Venezuelans>Venezuela
Colombian|Colombians>Colombia
Chilean|Chileans>Chile
Peruvian|Peruvians>Peru
Australian|Australians>Australia
New Zealander|New Zealanders>New Zealand
Kenyan|Kenyans>Kenya
Nigerian|Nigerians>Nigeria
Ethiopian|Ethiopians>Ethiopia
Somali|Somalis>Somalia
Sudanese>Sudan
South African|South Africans>South Africa
Libyan|Libyans>Libya
Moroccan|Moroccans>Morocco
Algerian|Algerians>Algeria
Tunisian|Tunisians>Tunisia
Yemeni|Yemenis>Yemen
Qatari|Qataris>Qatar
Emirati|Emiratis>United Arab Emirates
Jordanian|Jordanians>Jordan
Kuwaiti|Kuwaitis>Kuwait
Taiwanese>Taiwan
Vietnamese>Vietnam
Thai>Thailand
Filipino|Filipinos>Philippines
Indonesian|Indonesians>Indonesia
Malaysian|Malaysians>Malaysia
Belarusian|Belarusians>Belarus
Georgian|Georgians>Georgia
Armenian|Armenians>Armenia
Azerbaijani|Azerbaijanis>Azerbaijan
Serbian|Serbs>Serbia
Croatian|Croats>Croatia
Bosnian|Bosnians>Bosnia and Herzegovina
Romanian|Romanians>Romania
Bulgarian|Bulgarians>Bulgaria
Czech|Czechs>Czech Republic
Slovak|Slovaks>Slovakia
Estonian|Estonians>Estonia
Latvian|Latvians>Latvia
Lithuanian|Lithuanians>Lithuania
Icelandic|Icelanders>Iceland
European|Europeans>Europe
African|Africans>Africa
Asian|Asians>Asia
Texan|Texans>Texas
Californian|Californians>California
Floridian|Floridians>Florida
Virginian|Virginians>Virginia
Londoner|Londoners>London
Parisian|Parisians>Paris
Muscovite|Muscovites>Moscow
Gazan|Gazans>Gaza
`;

// Adjectives for peoples, faiths and schools of thought that are not places: never entities on their own.
const ADJECTIVE_LINES = `
Arab|Arabs|Arabic|Jewish|Jews|Muslim|Muslims|Christian|Christians|Catholic|Catholics|Protestant|Protestants
Islamic|Islamist|Islamists|Sunni|Sunnis|Shia|Shiite|Shiites|Hindu|Hindus|Sikh|Sikhs|Buddhist|Buddhists|Kurdish|Kurds
Persian|Latino|Latinos|Latina|Hispanic|Hispanics|Black|White|Indigenous|Aboriginal|Māori|Maori|Western
Eastern|Northern|Southern|Central|Keynesian|Marxist|Soviet|Nazi|Nazis|Communist|Communists|Socialist|Socialists
Anglo|Caucasian|Celtic|Nordic|Slavic|Transatlantic|Hebrew|Orthodox|Evangelical|Evangelicals
`;

function lines(block: string): string[] {
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Canonical place name -> its other names (e.g. "United States" -> ["US", "America", …]). */
export const PLACE_ALIASES: ReadonlyMap<string, readonly string[]> = new Map(
  lines(COUNTRY_ALIASES).map((l) => {
    const [name, ...aliases] = l.split('|');
    return [name!, aliases];
  }),
);

/** Region, province or continent -> what it is ("Region of Russia", "Continent"); its other forms after "|". */
const REGION_FORMS = lines(REGION_LINES).map((l) => {
  const [forms, kind] = l.split('>') as [string, string];
  return { forms: forms.split('|'), kind };
});
const REGION_KINDS: ReadonlyMap<string, string> = new Map(REGION_FORMS.map((r) => [r.forms[0]!, r.kind]));

/** Every known place form (canonical names and aliases) -> canonical name. */
export const PLACES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const block of [COUNTRIES, US_STATES, CITIES, REGIONS])
    for (const l of lines(block)) for (const p of l.split('|')) map.set(p, p);
  for (const { forms } of REGION_FORMS) for (const f of forms) map.set(f, forms[0]!);
  map.set('Washington State', 'Washington State');
  for (const [name, aliases] of PLACE_ALIASES) {
    map.set(name, name);
    for (const a of aliases) map.set(a, name);
  }
  return map;
})();

// The abbreviations of US states news agencies write after a city ("HAYWARD, Calif.", "SIOUX FALLS, S.D.").
const STATE_ABBREVIATIONS_LINES = `
Alabama|Ala, Arizona|Ariz, Arkansas|Ark, California|Calif, Colorado|Colo, Connecticut|Conn, Delaware|Del
Florida|Fla, Georgia|Ga, Illinois|Ill, Indiana|Ind, Kansas|Kan, Kentucky|Ky, Louisiana|La, Maryland|Md
Massachusetts|Mass, Michigan|Mich, Minnesota|Minn, Mississippi|Miss, Missouri|Mo, Montana|Mont, Nebraska|Neb
Nevada|Nev, New Hampshire|N.H, New Jersey|N.J, New Mexico|N.M, New York|N.Y, North Carolina|N.C, North Dakota|N.D
Oklahoma|Okla, Oregon|Ore, Pennsylvania|Pa, Rhode Island|R.I, South Carolina|S.C, South Dakota|S.D, Tennessee|Tenn
Vermont|Vt, Virginia|Va, Washington State|Wash, West Virginia|W.Va, Wisconsin|Wis, Wyoming|Wyo
`;

/** A state's abbreviation after a city, with or without its full stop -> the state's name. */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  lines(STATE_ABBREVIATIONS_LINES)
    .flatMap((l) => l.split(/,\s*/))
    .map((pair) => pair.split('|'))
    .flatMap(([state, short]) => [
      [short!, state!],
      [`${short}.`, state!],
    ]),
);

/** Canonical names of countries and territories (for "the country" in a quotation). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  ...lines(COUNTRIES).flatMap((l) => l.split('|')),
  ...PLACE_ALIASES.keys(),
]);

// Places on the country list that are not sovereign countries, or whose standing is disputed: no kind is given.
const NOT_PLAINLY_COUNTRIES = new Set(
  'Gaza|West Bank|Greenland|Puerto Rico|Hong Kong|Crimea|Tibet|Taiwan|Palestine|Kosovo|Vatican'.split('|'),
);

// Country names that read with "the" in a phrase ("Capital of the Netherlands").
const WITH_THE = /^(?:United |Czech |Democratic |Netherlands|Philippines|West Bank)/;

/** City -> where it is and whether it is that country's capital. */
const CITY_WHERE: ReadonlyMap<string, { where: string; capital: boolean }> = new Map(
  lines(CITY_LINES).flatMap((l) => {
    const [forms, where, capital] = l.split('>');
    return forms!.split('|').map((f) => [f, { where: where!, capital: capital === 'capital' }] as const);
  }),
);

/** The kind the gazetteer knows a place to be ("Country", "US state", "City in Texas"), or null when it is unsure.
 * A city is described by where it is, never by its kind alone (that it is a city is seldom what a story needs said of
 * it); a capital gets nothing, since its name mostly stands for the country's government ("Moscow said …"). */
export function placeKind(name: string): string | null {
  const on = (block: string) => lines(block).some((l) => l.split('|').includes(name));
  const city = CITY_WHERE.get(name);
  if (city) return city.capital ? null : `City in ${WITH_THE.test(city.where) ? `the ${city.where}` : city.where}`;
  const region = REGION_KINDS.get(name);
  if (region) return region;
  const country = (on(COUNTRIES) && !NOT_PLAINLY_COUNTRIES.has(name)) || PLACE_ALIASES.has(name);
  const state = on(US_STATES);
  if (on(CITIES) || country === state) return null;
  return country ? 'Country' : 'US state';
}

/** The country a city is the capital of ("Oslo": Norway), or null. */
export function capitalOf(name: string): string | null {
  const city = CITY_WHERE.get(name);
  return city?.capital ? city.where : null;
}

/** A capital's card: "Capital of Norway", "Capital of the Netherlands". */
export function capitalPhrase(country: string): string {
  return `Capital of ${WITH_THE.test(country) ? `the ${country}` : country}`;
}

/** Names in the gazetteer that are organisations rather than places although they sound like places. */
export const PLACE_LIKE_ORGANIZATIONS: ReadonlySet<string> = new Set(['European Union']);

/** Demonym (any number) -> the place it refers to. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  lines(DEMONYM_LINES).flatMap((l) => {
    const [forms, place] = l.split('>');
    return forms!.split('|').map((f) => [f, place!] as [string, string]);
  }),
);

/** Capitalised adjectives for peoples, faiths and doctrines, never names on their own. */
export const OTHER_ADJECTIVES: ReadonlySet<string> = new Set(lines(ADJECTIVE_LINES).flatMap((l) => l.split('|')));
