// Cue words: small closed lists that tell what a capitalised phrase is, or what a word around it does.

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Titles and honorifics written before a person's name, stripped from it ("Maj Gen", "Sen.", "President"). */
export const TITLES = set(`
Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Rev Rev. Reverend Fr Fr. Father
Sister Brother Sheikh Sheik Imam Rabbi Pope Cardinal Bishop Archbishop King Queen Prince Princess Duke Duchess
Emperor Sultan Emir Ayatollah President Vice Premier Chancellor Minister Secretary Senator Sen Sen. Rep Rep.
Representative Congressman Congresswoman Governor Gov Gov. Mayor Judge Justice Ambassador Commissioner Speaker
General Gen Gen. Lt Lt. Lieutenant Col Col. Colonel Maj Maj. Major Capt Capt. Captain Cmdr Commander Sgt Sgt.
Sergeant Admiral Adm Adm. Brig Brig. Brigadier Marshal Field Private Cpl Cpl. Corporal Officer Detective Inspector
Chief Deputy Prime Foreign Defence Defense Interior Finance Health Home Attorney Solicitor Supreme Leader Crown
Former Late St St. Saint Coach Dean Chairman Chairwoman Chair CEO First Administrator Superintendent Sheriff Treasurer
`);

/** Titles that only ever precede a person (so a following capitalised word is a person). */
export const PERSON_HONORIFICS = set(`
Mr Mr. Mrs Mrs. Ms Ms. Mx Dr Dr. Sir Dame Sen Sen. Rep Rep. Gov Gov. Senator Congressman Congresswoman Maj Maj.
Gen Gen. Lt Lt. Col Col. Capt Capt. Sgt Sgt. Adm Adm. Brig Brig. President Professor Prof Prof. Rev Rev. Judge
Governor Mayor Ambassador Ayatollah Sheikh Imam Rabbi Pope Cardinal Bishop Archbishop Chancellor Premier Speaker
`);

/** Last (or any) words that mark an organisation. */
export const ORG_CUES = set(`
Department Ministry Office Bureau Agency Administration Authority Commission Committee Council Board Cabinet
Institute Institutes Institution Center Centre Centers Centres University College School Academy Foundation Fund Trust Society Association
Federation League Union Party Movement Front Alliance Coalition Organization Organisation Group Company Corporation
Corp Corp. Inc Inc. Ltd Ltd. LLC PLC Co Co. Bank Reserve Exchange Corps Army Navy Force Forces Guard Guards Police
Service Services Court Tribunal Senate Congress Parliament Assembly Legislature Network Times Post Journal News
Herald Tribune Telegraph Guardian Gazette Chronicle Observer Independent Express Mail Press Radio Television TV
Studios Records Airlines Airways Motors Industries Holdings Partners Capital Labs Laboratories Systems Technologies
Media Brigade Brigades Militia Army Command Secretariat Caucus Club Church Mosque Hospital Clinic Project
Initiative Programme Program Unit Team Panel Taskforce Watch Network Research Securities Analytics Consulting Bancorp Insurance Energy Pharmaceuticals Electronics
Chamber Diocese Archdiocese
Semiconductor Semiconductors Software Robotics Aerospace Therapeutics Biosciences Biotech Entertainment Interactive
Ventures Logistics Communications Telecom Solutions Enterprises Investments Microsystems Instruments Petroleum
Chemicals Pharma Automotive Power Utilities United Rovers Athletic Wanderers FC AFC
Networks Brands Foods Beverages Pictures Films Productions Publishing Publishers Healthcare Financial Dynamics
Associates Properties Realty Railways Railroad Shipping Wireless Broadcasting Aviation Mining Resources Minerals
Technology Digital Mobility Motorsports Hotels Resorts Restaurants Stores Apparel Cosmetics Pharmaceutical Chemical
Lab Studio Agencies Airline Manufacturing Construction Engineering Advisors Advisers Management
`);

/** Last words that mark a place. */
export const PLACE_CUES = set(`
Island Islands Isle Beach Coast River Lake Mountain Mountains Mount Mt Valley Bay Harbour Harbor Port Sea Ocean
Gulf Strait Straits Peninsula Desert Canyon Falls Forest Park Square Street Avenue Road Bridge Airport County
Province State Region District City Town Village Heights Hills Highlands Plains Delta Basin Cape Point Sound
Reef Glacier Springs Borough Territory Palace Castle Cathedral Abbey Stadium Tower Temple Fort Canal Museum
Gallery Strip Wharf Quay Boulevard Plaza Pier Marina
`);

/** Last words that mark another kind of named thing: laws, agreements, events, prizes. */
export const OTHER_CUES = set(`
Act Acts Bill Law Treaty Agreement Accord Accords Pact Convention Protocol Charter Declaration Doctrine Plan
War Wars Revolution Crisis Depression Recession Election Elections Summit Games Olympics Cup Championship
Championships Open Prize Award Awards Festival Day Week Marathon Conference Expo Fair Show Series Attack Attacks
Massacre Bombing Uprising Spring Affair Scandal Storm Hurricane Typhoon Cyclone Virus Pandemic Disease
Exposition Exhibition Biennale Olympiad
`);

/** Lower-case nouns that, after a name, make a named agreement or event ("the Iran nuclear deal"). */
export const OTHER_HEADS = set(`deal agreement accord accords treaty pact ceasefire truce`);

/** Connectors allowed inside an organisation or event name ("Council of Economic Advisers"). */
export const NAME_CONNECTORS = set(
  `of for and on the a an de del della di da do dos das du des van von der den la le al bin ibn y &`,
);

/** Particles that may open or sit inside a person's name ("Abu", "al-", "van"). */
export const NAME_PARTICLES = set(
  `de del della di da do dos das du van von der den la le al el bin ibn ben abu ter te`,
);

/** Speech and statement verbs used to attribute a quotation. */
export const SPEECH_VERBS = set(`
said says say added adds told tells wrote writes asked asks explained explains continued continues noted notes
argued argues insisted insists warned warns recalled recalls replied replies stated states declared declares
claimed claims posted posts tweeted tweets acknowledged acknowledges admitted admits conceded concedes suggested
suggests observed observes concluded concludes announced announces answered answers remarked remarks responded
responds confirmed confirms cautioned cautions predicted predicts pointed points urged urges vowed vows
complained complains joked jokes quipped quips shouted shouts whispered whispers mused muses laughed laughs
lamented laments stressed stresses emphasised emphasized emphasizes emphasises agreed agrees countered counters
called calls described describes testified testifies maintained maintains contended contends reiterated
reiterates summed sums wondered wonders instructed instructs exclaimed exclaims yelled yells screamed screams
pleaded pleads demanded demands boasted boasts recounted recounts muttered mutters murmured murmurs sighed sighs
texted emailed revealed reveals disclosed discloses promised promises pledged pledges confessed confesses confided
confides bragged brags gushed gushes raved raves teased teases snapped fumed hinted hints proclaimed proclaims
protested protests interjected elaborated clarified echoed echoes affirmed affirms asserted asserts alleged alleges
captioned penned reassured cried chanted assured assures commented comments retorted retorts opined opines reckoned
reckons scoffed scoffs griped gripes advised advises
`);

/** Role nouns that describe a person ("a senior fellow", "the president", "ranger Jamie Werner"). */
export const ROLE_NOUNS = set(`
president minister secretary senator governor mayor ambassador spokesman spokeswoman spokesperson director chief
executive founder cofounder co-founder leader chairman chairwoman chair head editor correspondent reporter
journalist analyst economist professor fellow researcher scientist expert commander general officer lawyer
attorney judge prosecutor candidate lawmaker legislator representative congressman congresswoman adviser advisor
aide official diplomat envoy activist campaigner author writer historian ranger whisperer elder chief member
owner manager ceo chancellor premier king queen prince princess son daughter wife husband father mother brother
sister partner student teacher doctor surgeon nurse officer soldier pilot captain coach player striker
president-elect vice-president deputy speaker strategist consultant pollster organizer organiser volunteer
commissioner inspector detective sheriff mp mep chef artist singer actor actress musician designer architect
engineer entrepreneur investor banker trader broker farmer fisherman tribe spokesman insider
rapper comedian star quarterback pitcher goalkeeper defender midfielder forward astronaut physicist biologist
chemist astronomer novelist poet playwright filmmaker director producer photographer councilman councilwoman
trooper pastor priest physician psychologist psychiatrist epidemiologist spokesperson superintendent
councillor councilor alderman assemblyman assemblywoman
`);

/** Lower-case words after a name that show the name is an organisation ("the Tesla executive"). */
export const ORG_CONTEXT_AFTER = set(`
founder cofounder co-founder executive executives chief ceo spokesman spokeswoman spokesperson board shareholders
employees staff workers headquarters company group organisation organization tribe network website app platform
shares stock chairman boss subsidiary officials researchers scientists engineers investors manager coach midfielder
striker defender goalkeeper quarterback linebacker lineman receiver cornerback pitcher outfielder shortstop winger
fullback teammates roster`);

/** Lower-case words before a name that show it is an organisation ("organizations Hamas and Hezbollah"). */
export const ORG_CONTEXT_BEFORE = set(`
company companies firm firms group groups organization organizations organisation organisations network agency
charity party parties startup start-up militia militias movement broadcaster newspaper publisher tribe union
bank lender carrier airline automaker club maker manufacturer chipmaker retailer insurer utility`);

/** Lower-case words after a person's name that mark it as a modifier, not the subject ("Obama administration"). */
export const PERSON_MODIFIER_HEADS = set(`
administration campaign era government presidency family camp team aides allies supporters loyalists
associates voters foundation cabinet doctrine years`);

/** Months, weekdays and other capitalised time words that are never entities. */
export const TIME_WORDS = set(`
January February March April May June July August September October November December Jan Jan. Feb Feb. Mar
Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec. Monday Tuesday Wednesday
Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun Today Tomorrow Yesterday AM PM BC AD GMT UTC EST EDT
PST PDT BST CET
`);

/** Abbreviations that end with a full stop without ending the sentence. */
export const ABBREVIATIONS = set(`
Mr Mrs Ms Dr Prof Sr Jr St Sen Rep Gov Gen Lt Col Maj Capt Sgt Adm Brig Cmdr Rev Fr Inc Ltd Co Corp vs etc No
Nos Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mt Ft Ave Blvd approx est dept Univ
`);

/** Words that can never be (part of) a name even when capitalised. */
export const NEVER_NAMES = set(`
I I'm I’m I've I’ve I'd I’d I'll I’ll A An The This That These Those It Its He She We They You His Her Our Their
My Your Him Them Us Me There Here Who What When Where Why How Which Whether If But And Or Nor So Yet For As At By
In On Of To From With Without About Above After Before Under Over Into Onto Upon Also Then Than Though Although
Because While Since Until Unless However Meanwhile Still Even Just Only Not No Yes Some Any All Every Each Many
Much More Most Few Several Both Either Neither Such Other Another Mr Mrs Ms Dr OK Ok
`);

/** Generic trailing words that an organisation's short name may carry ("BBC News" for "BBC"). */
export const ORG_SUFFIXES = set(`News Group Inc Inc. Ltd Ltd. Corp Corp. Co Co. Company Corporation PLC LLC Online`);

/** Common first names outside the English-speaking world, to recognise people in international news. */
export const WORLD_FIRST_NAMES = set(`
Abdel Abdul Abdullah Abu Ahmad Ahmed Ali Amir Anwar Ashraf Ayman Bashar Faisal Fatima Hamid Hassan Hossein Hussein
Ibrahim Ismail Jamal Khalid Mahmoud Mohamed Mohammad Mohammed Muhammad Mustafa Nasser Omar Osama Qassem Rashid
Said Salman Tariq Walid Yasser Youssef Yusuf Zaid Reza Javad Ebrahim Hassan Masoud Mahmoud Ruhollah Ali-Akbar
Recep Ekrem Ahmet Mehmet Kemal Vladimir Volodymyr Dmitry Sergei Sergey Alexei Alexey Oleksandr Oleksiy Andriy
Yulia Viktor Petro Mykola Yevgeny Igor Ivan Boris Mikhail Nikolai Pavel Olga Svetlana Tatiana Natalia Anatoly
Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Hu Jin Kim Park Lee Moon Shinzo Fumio Yoshihide Naruto
Narendra Rahul Sonia Indira Amit Arvind Imran Nawaz Shehbaz Benazir Sheikh Hasina Aung San Jacinda Chris
Emmanuel Angela Olaf Friedrich Giorgia Mario Matteo Silvio Pedro Luiz Inácio Jair Javier Alberto Andrés Nicolás
Evo Gustavo Cristina Mauricio Claudia Enrique Felipe Juan José Jose Jesús Luis Carlos Miguel Rafael Alejandro
Elon Barack Kamala Donald Walter Joe Hillary Bernie Nancy Chuck Mitch Kevin Ron Nikki Vivek Pete Alexandria Jared Ivanka
Benjamin Yair Naftali Isaac Yitzhak Ehud Mahmoud Ismail Yahya Hassan Mohammed
Volker Ursula Josep Charles Mette Jens Mark Rishi Keir Boris Theresa Liz Nicola Humza Ayatollah Seyyed Sayyid
Abiy Uhuru William Cyril Jacob Nelson Thabo Paul Yoweri Muhammadu Bola Goodluck Olusegun Ellen George Kofi Nana
Ed Ngozi Akinwumi Jomo Raila Samia Julius Robert Kwame Hage Emmerson Hakainde Félix Joseph Denis
`);

/** Words that make one title with the title after them, not part of the body before it ("White House Press
 * Secretary", "BART Police Chief"). */
export const TITLE_PARTS = set(`Press Police Fire Communications Campaign`);

/** Lower-case nouns after a name that make one place with it ("Hoa Lo prison", "the Ecuadorean embassy"). */
export const PLACE_HEAD_NOUNS = set(`embassy consulate prison jail hospital airport station stadium`);

/** Lower-case nouns after a name that make one organisation with it ("the Haqqani network", "Kestrel magazine"). */
export const ORG_HEAD_NOUNS = set(`network magazine newspaper police militia`);

/** Prefixes written with a hyphen before a word ("anti-war", "neo-liberal"): no part of a name. */
export const WORD_PREFIXES = set(`
anti pro pre post co ex mid neo non multi semi sub super inter intra ultra mega micro macro mini para pseudo quasi
re un de dis over under self all
`);

/** Collective nouns whose possessive opens or carries on a name ("People’s Liberation Army", "Women’s March"). */
export const COLLECTIVE_POSSESSORS = set(`People Peoples Workers Women Children Veterans Farmers Citizens`);

/** Name heads besides the cue words that "of"/"for" may follow inside a name or title. */
export const CONNECTABLE_HEADS = set(`
Secretary Minister Director Commissioner Chancellor Ambassador Chairman House Republic Kingdom Statue Isle Gulf Bay
Cape Sea States Prince Princess Duke Bank Friends Sisters Daughters Sons Knights
`);

/** Generic technical and economic abbreviations that name no particular thing ("a USB port", "the GDP"). */
export const GENERIC_ACRONYMS = set(`
TV TVs HDTV USB CPU CPUs GPU GPUs HDMI HDR PC PCs VR AR FPS RAM ROM SSD HDD LED LEDs LCD OLED DVD DVDs CD CDs GPS
SIM SMS URL PDF API APIs OS UI IR AC DC GDP CPI LNG SUV SUVs ATM ATMs IPO IPOs PIN QR ID IDs DIY FAQ
`);

/** Roles written as acronyms ("Mara Olsen, CFO at Velden"): a job, never a name on its own. */
export const ROLE_ACRONYMS = set(`
CEO CFO COO CTO CIO CMO CISO CSO CPO CRO CHRO VP SVP EVP MP MEP MSP MLA MPP
`);

/** Capitalised heads a possessive name runs on into: "Lou’s Market", "St. Mary’s Hospital". */
export const OWNED_PLACES = set(`
Market Hospital Museum Church Cathedral Chapel School College Academy Store Shop Restaurant Diner Cafe Café Bakery
Pub Tavern Bar Grill Kitchen Deli Garage Pharmacy Hotel Inn Theatre Theater Clinic Farm Vineyard Brewery`);
