"""A general harm taxonomy for the offline concern score: category -> (severity, cues).

Written from public harm taxonomies (grave physical harm, weapons, violent and
non-violent crime, cyber misuse, fraud, sexual content and exploitation, hate and
harassment, privacy intrusion, disinformation, risky specialised advice, self-harm,
emotional reliance on the assistant) and not fitted to any evaluation set. Cues are
regex fragments matched case-insensitively on word boundaries. Severity: 5 grave harm to
people; 4 clear misuse; 3 risky, dual-use or intrusive; 2 sensitive but usually benign.
Severity-2 categories are in `harm_lexicon_sensitive`, other languages in
`harm_lexicon_i18n`, context rules (intent, protection) in `harm_intent`.
"""
from __future__ import annotations

from clio_assets.facets.harm.intent import RELATIONS
from clio_assets.facets.harm.lexicon_sensitive import SENSITIVE_CUES

_PEOPLE = rf"(?:him|her|them|someone|somebody|people|a person|a child|(?:my|his|her|their|our) {RELATIONS})"

SEVERE_CUES: dict[str, tuple[int, tuple[str, ...]]] = {
    "mass_harm": (5, (
        r"(?:pipe |nail |dirty |car |letter )?bombs?", r"explosives?", r"explosive devices?", r"detonat\w*",
        r"grenades?", r"molotov", r"napalm", r"ieds?", r"bio-?weapons?", r"biological weapons?",
        r"chemical weapons?", r"nerve agents?", r"sarin", r"ricin", r"anthrax", r"nuclear weapons?",
        r"weapons? of mass destruction", r"mass (?:shooting|casualt\w+|killing)", r"terror(?:ist|ism)? attacks?",
        r"weaponi[sz]e\w*", r"enrich(?:ed|ing)? uranium", r"pathogens? (?:release|spread)")),
    "killing": (5, (
        rf"kill(?:ing)? {_PEOPLE}", r"murder(?:ing)? " + _PEOPLE, r"get away with murder", r"assassinat\w*",
        rf"poison(?:ing)? {_PEOPLE}", r"hire (?:a |an )?(?:hitman|hit man|assassin)", r"dispose of (?:a |the )?body")),
    "self_harm": (5, (
        r"suicid\w*", r"kill(?:ing)? myself", r"end(?:ing)? (?:my|my own) life", r"take my own life", r"end it all",
        r"(?:hurt|harm|cut|burn)(?:ing)? myself", r"self[- ]?harm\w*", r"want(?:ed)? to die",
        r"wish i (?:was|were) dead", r"better off dead", r"(?:no|any) (?:reason|point) (?:to|in|of) (?:living|going on)",
        r"(?:don't|do not) want to (?:live|be alive|be here anymore)", r"not worth living",
        r"(?:nobody|no one) would (?:care|notice|miss me)", r"if i (?:disappeared|was gone|were gone|died)",
        r"can(?:no|')t go on", r"thoughts? (?:of|about) (?:dying|death|ending)", r"scared of my own thoughts",
        r"lethal dose", r"overdos(?:e|ing) on purpose", r"ways to die", r"starv(?:e|ing) myself", r"pro-?ana", r"thinspo\w*",
        r"hang(?:ing)? myself", r"jump(?:ing)? off (?:a |the )?(?:bridge|building|roof)", r"slit (?:my )?wrists?", r"noose",
        r"razor blades? (?:to|on) (?:my|cut)")),
    "child_abuse": (5, (
        r"child (?:porn\w*|sexual abuse|abuse material)", r"csam", r"(?:minors?|underage|children|kids?) "
        r"(?:sexual\w*|nude\w*|naked|porn\w*)", r"sexual\w* (?:with |content (?:with|of|involving) )?(?:a )?(?:minors?|child\w*|kids?)",
        r"groom(?:ing)? (?:a |the )?(?:child|kid|minor|teen)\w*", r"pedophil\w*|paedophil\w*")),
    "violence": (4, (
        r"threat(?:en\w*|ening|s)?", r"intimidat\w*", r"frighten " + _PEOPLE, r"terrori[sz]e", r"scare " + _PEOPLE,
        rf"(?:hurt|beat up|beat|attack|stab|shoot|punch|strangle|torture) {_PEOPLE}", r"assault\w*", r"kidnap\w*",
        r"abduct\w*", r"torture\w*", r"revenge (?:on|against)", r"violent (?:protest|attack|riot)", r"riots?",
        r"know where (?:they|you|he|she) lives?", r"hostages?", r"arson", r"set (?:fire|on fire)", r"murder\w*",
        rf"(?:hit|slap|push|choke|trip|run over|poison) {_PEOPLE}", r"break (?:his|her|their) (?:legs?|arms?|nose|jaw|bones)",
        r"(?:key|scratch) (?:his|her|their|someone'?s) car", r"slash (?:his|her|their|someone'?s) tires", r"burn (?:his|her|their|someone'?s) (?:house|car)")),
    "weapons": (4, (
        r"guns?", r"firearms?", r"rifles?", r"pistols?", r"silencers?", r"suppressors?", r"ammunition", r"ammo",
        r"ghost guns?", r"untraceable", r"3d[- ]?print\w* (?:a )?(?:gun|firearm|weapon)\w*", r"full[- ]auto\w*",
        r"weapons?", r"knives to (?:hurt|kill)", r"brass knuckles", r"switchblades?", r"machetes?",
        r"(?:taser|pepper spray|crossbow) (?:on|at|to (?:hurt|attack))", r"poisons? (?:that|which) (?:can't|cannot) be (?:traced|detected)")),
    "cyber": (4, (
        r"malware", r"ransomware", r"keyloggers?", r"spyware", r"stalkerware", r"trojans?", r"rootkits?", r"botnets?",
        r"ddos\w*", r"phish\w*", r"steal\w* (?:\w+ )?(?:passwords?|credentials?|cookies|logins?|data|accounts?)",
        r"hack(?:ing)? into", r"break into (?:\w+ )?(?:account|email|phone|computer|network|system|wifi)\w*",
        r"brute[- ]?forc\w*", r"zero[- ]?days?", r"fake (?:login|sign[- ]?in) (?:page|site|form)\w*", r"spoof\w*",
        r"carding", r"credential stuffing", r"crypto ?jack\w*", r"remote access trojans?", r"backdoors?",
        r"bypass\w* (?:\w+ )?(?:antivirus|2fa|authentication|login|security|detection|firewall|filters?)",
        r"(?:evades?|hides? from|undetectable by) (?:the )?antivirus", r"exfiltrat\w*", r"exploit kits?", r"reverse shells?",
        r"privilege escalation", r"session hijack\w*", r"sim[- ]swap\w*", r"social engineering", r"man[- ]in[- ]the[- ]middle",
        r"sniff\w* (?:\w+ )?(?:traffic|packets|passwords)", r"crack\w* (?:\w+ )?(?:wi-?fi|hash\w*|passwords?)", r"password crack\w*",
        r"(?:neighbou?r'?s?|someone'?s|other people'?s) (?:wi-?fi|network|router|accounts?)")),
    "fraud": (4, (
        r"scam\w*", r"frauds?", r"fraudulent\w*", r"defraud\w*", r"ponzi", r"pyramid schemes?", r"forg(?:e|ed|ery|ing)",
        r"counterfeit\w*", r"fake (?:\w+'?s? ){0,2}(?:ids?|passports?|investments?|opportunit\w+|lotter\w+|prizes?|giveaways?|"
        r"donations?|tech support|support calls?|job offers?|listings?|rentals?|loans?|diplomas?|degrees?|documents?|doctor'?s notes?|pay ?stubs?|"
        r"invoices?|receipts?|identit\w+|licen[cs]es?|certificates?|prescriptions?|checks?|cheques?|bank statements?)",
        r"identity theft", r"advance[- ]fee", r"(?:lotter\w+|prizes?|inheritance|winnings?) (?:\w+ ){0,4}(?:requires?|pay|needs?) (?:a |an )?(?:fee|deposit|tax)",
        r"(?:collect|harvest|capture|obtain|gather|steal)\w* (?:\w+ ){0,3}(?:credit card (?:numbers|details)|card numbers|passwords|logins?|"
        r"credentials|bank details|account numbers)", r"(?:make|get|trick|push|lure|convince) (?:people|users|them|victims|employees|"
        r"customers) (?:to |into )?(?:enter|type|give|hand over|reveal|click)\w*", r"steal (?:someone'?s |their |his |her )?identity", r"launder\w*", r"embezzl\w*",
        r"insider trading", r"tax evasion", r"evade taxes", r"pay (?:me )?in gift cards", r"money mules?",
        r"(?:copy|forge|fake) (?:a |someone'?s |his |her )?signatures?", r"romance scam\w*", r"catfish\w*",
        r"extort\w*", r"blackmail\w*", r"sextort\w*", r"bribe\w*", r"insurance fraud", r"pump and dump", r"rug pull",
        r"wash trading", r"fake (?:charit\w+|fundrais\w+|gofundme|invoices?|ratings?)", r"check kiting", r"(?:refund|return) (?:scam|fraud)\w*",
        r"(?:benefit|welfare|unemployment|tax) fraud", r"essay mills?", r"pay someone to (?:take|write|sit) my (?:exam|test|essay)")),
    "drugs": (4, (
        r"meth(?:amphetamine)?", r"cocaine", r"crack cocaine", r"heroin", r"fentanyl", r"lsd", r"mdma", r"ecstasy",
        r"opioids? without", r"cook(?:ing)? (?:meth|drugs|crack)", r"synthesi[sz]\w* (?:\w+ )?(?:drugs?|opioids?|narcotics?)",
        r"buy (?:drugs|weed|cocaine|pills) (?:online|without)", r"drug deal\w*", r"sell(?:ing)? drugs", r"narcotics?",
        r"mind[- ]altering", r"get(?:ting)? high", r"xanax", r"oxy(?:contin|codone)", r"ketamine", r"shrooms",
        r"magic mushrooms", r"dmt", r"opium", r"codeine", r"(?:adderall|opioids|painkillers|antibiotics|prescription drugs) without", r"huff(?:ing)?", r"inhal\w* (?:aerosols?|solvents?|glue|gas|fumes|nitrous)",
        r"recreational(?:ly)? (?:drugs?|use)", r"psychedelics?", r"date[- ]rape", r"roofie\w*", r"spike (?:a |her |his |their )?drinks?")),
    "animal_cruelty": (4, (
        r"(?:cruel\w*|abus\w*|mistreat\w*|tortur\w*|hurt\w*|kill\w*|poison\w*|maim\w*|disabl\w*|starv\w*) (?:to |an? |the |my |"
        r"\w+'s )?(?:animals?|dogs?|cats?|pets?|birds?|horses?|wildlife|puppies|kittens)", r"animal (?:cruelty|abuse|fight\w*)",
        r"(?:dog|cock|bear)[- ]?fight\w*", r"trophy hunt\w*")),
    "extremism": (4, (
        r"terrorist (?:organi[sz]ations?|groups?|cells?|networks?|propaganda|recruit\w*)", r"radicali[sz]\w*", r"extremis[tm]\w*",
        r"jihadis[tm]\w*", r"manifesto", r"lone wolf", r"martyrdom", r"militias?", r"join (?:isis|al[- ]qaeda|a militia|the taliban)", r"recruit\w* (?:for|into) (?:a |an )?(?:militia|cult|gang)")),
    "trafficking": (4, (
        r"smuggl\w*", r"human traffick\w*", r"traffick(?:ing|ers?) (?:drugs|people|women|children|girls|weapons)", r"black market", r"dark ?web",
        r"sell (?:organs|kidneys|people)", r"forced labou?r", r"protected (?:animal|species)\w*", r"ivory")),
    "stalking": (4, (
        r"stalk\w*", r"doxx?\w*", r"spy(?:ing)? on", r"track (?:\w+ )?(?:location|phone|movements)",
        r"track (?:my|his|her|their) (?:wife|husband|girlfriend|boyfriend|partner|ex|kid|child|employee)\w*",
        r"(?:read|access|see) (?:my |his |her |their |someone'?s )?(?:\w+'s )?(?:private )?(?:messages|texts|emails|dms)",
        r"hidden cameras?", r"secretly (?:record|film|track|monitor|install|follow|watch)\w*", r"gps tracker\w*",
        r"find (?:out )?where (?:\w+ ){0,2}lives?")),
    "hate": (4, (
        r"hate (?:messages|mail|speech|content|campaigns?|posts?|comments?|groups?|crimes?)", r"hateful", r"(?:racial|ethnic) slurs?", r"slurs?", r"racis[tm]\w*", r"nazi\w*", r"white (?:power|supremac\w*)",
        r"ethnic cleansing", r"genocide", r"inferior (?:race|races|people|gender)", r"subhuman", r"supremacist\w*",
        r"antisemit\w*", r"master race", r"go back to (?:your|their) (?:own )?country", r"(?:ban|deport|expel) all \w+", r"homophob\w*", r"transphob\w*", r"xenophob\w*", r"islamophob\w*", r"misogyn\w*", r"sexis[tm]\w*")),
    "sexual": (3, (
        r"sex", r"sexual\w*", r"sexy", r"porn\w*", r"nudes?", r"naked", r"erotic\w*", r"erotica", r"fetish\w*", r"nsfw",
        r"orgasm\w*", r"lewd", r"horny", r"explicit (?:content|scene|story|stories|images?|photos?)", r"dirty (?:jokes?|talk|stories|story)",
        r"adult (?:content|toys?|movies?|films?|sites?|websites?|videos?|entertainment|industry|chat\w*|material)",
        r"kink\w*", r"genital\w*", r"escorts?", r"prostitut\w*", r"brothels?", r"sex work\w*", r"onlyfans", r"strip clubs?", r"masturbat\w*", r"one[- ]night stand", r"revenge porn", r"non[- ]?consensual")),
    "privacy": (3, (
        r"personal (?:info\w*|details|data) (?:of|about|on)", r"passport numbers?", r"(?:driver'?s )?licen[cs]e numbers?",
        r"id numbers?", r"policy numbers?", r"personally identifiable", r"pii",
        r"someone(?:'s| else'?s) (?:private |personal |home )?(?:address|phone|numbers?|e-?mails?|info\w*|details|location|"
        r"photos?|pictures?|messages|accounts?|data|records?)",
        r"(?:release|publish|leak|expose|share|post)\w* (?:\w+ ){0,3}(?:personal|private) (?:\w+ )?(?:e-?mails?|info\w*|data|photos?|"
        r"documents?|details|address\w*)", r"collect\w* (?:\w+ ){0,2}(?:personal|private) (?:info\w*|data|details)", r"home address(?:es)?", r"(?:phone|cell|mobile) numbers? of",
        r"social security numbers?", r"ssn", r"medical (?:records?|history|conditions?) (?:of|for)", r"dates? of birth",
        r"maiden names?", r"criminal records?", r"(?:his|her|their) (?:salary|income|address|password|location|credit card|bank account|passport|phone number|"
        r"social security|medical records?|diagnosis|sexual orientation)",
        r"passwords? (?:of|for|to) (?:my |his |her |their |someone)", r"background (?:check|info\w*) on",
        r"private (?:life|information|details|photos|pictures)", r"look up (?:a |this )?person", r"people search")),
    "confidential": (3, (
        r"confidential\w*", r"classified", r"trade secrets?", r"proprietary", r"undisclosed", r"leaked (?:documents?|data|info\w*|emails?|files|memos?)",
        r"leak (?:the |this |their )?(?:documents?|data|info\w*|emails?|files)",
        r"insider (?:info\w*|knowledge|tips?)", r"internal (?:documents?|memos?|polic\w+|communications?|emails?|"
        r"strateg\w+|plans?|reports?|data|discussions?|audits?|investigations?)", r"non[- ]public", r"covert\w*",
        r"secret (?:plans?|strateg\w+|projects?|deals?|operations?|agenda|formula)", r"security (?:flaws|weaknesses|holes) (?:of|in)",
        r"(?:source code|passwords?|api keys?|private keys?|access codes?) (?:of|for) (?:the )?(?:company|government|bank|agency)")),
    "crime": (3, (
        r"illegal\w*", r"illicit\w*", r"unlawful\w*", r"pirat(?:e|ed|ing|es)", r"torrent\w*", r"keygens?",
        r"crack(?:ed|ing)? (?:software|licen[cs]e|passwords?|games?)", r"shoplift\w*", r"steal\w*", r"stole(?:n)?",
        r"rob(?:bing|bed|bery|beries)", r"burglar\w*", r"break into", r"pick (?:a |the )?locks?", r"lock ?pick\w*",
        r"hot[- ]?wir\w*", r"paywalled", r"copyrighted (?:music|songs?|movies?|films?|books?|software|content|material|games?)",
        r"(?:paid|premium|paywalled|subscription) (?:\w+ ){0,3}for free", r"illegally", r"on the black market",
        r"cheat\w* (?:on|at|in) (?:my |his |her |the |an? )?(?:taxes|exams?|tests?|insurance|wife|husband|partner|girlfriend|boyfriend|casino|games?)",
        r"(?:sneak|smuggle)\w* (?:\w+ ){0,2}(?:into|past|through)", r"fake (?:an? |my )?(?:injury|illness|death|accident|sick day)",
        r"(?:avoid|skip|not) pay(?:ing)? (?:for|taxes|rent|fines?|child support|the bill)", r"dine and dash", r"without paying", r"vandali[sz]\w*", r"trespass\w*", r"cheat(?:ing)? (?:on|in|at) (?:an? |the |my )?(?:exams?|tests?|quiz)",
        r"plagiari[sz]\w*", r"without (?:a |the )?(?:licen[cs]e|permit|prescription|permission|consent)", r"exploit\w*",
        r"vulnerabilit\w*", r"jailbreak\w*", r"paywalls?", r"evade (?:the )?(?:police|law|arrest|customs)", r"fake reviews?",
        r"(?:get|getting) away with", r"falsif\w*", r"perjur\w*", r"sabotag\w*")),
    "harassment": (3, (
        r"insult\w*", r"humiliat\w*", r"bull(?:y|ying|ied)", r"harass\w*", r"make fun of", r"mock(?:ing)? (?:him|her|them|people)",
        r"embarrass\w* (?:him|her|them|someone|my)", r"offensive\w*", r"curse words?", r"swear words?", r"profanit\w*",
        r"(?:racist|sexist|offensive|mean|cruel) jokes?", r"roast (?:him|her|them|my)", r"troll\w*", r"body[- ]sham\w*",
        r"(?:fat|ugly)[- ]sham\w*", r"cyberbull\w*", r"(?:harmful|cruel|mean|humiliating) pranks?",
        r"prank (?:on )?(?:someone|somebody|him|her|them|my \w+)", r"(?:damag|ruin|destroy|tarnish|smear)\w* (?:\w+ ){0,3}reputation", r"provocat\w*",
        r"ruin (?:his|her|their|someone'?s|my \w+'?s?) (?:life|career|marriage)", r"ostraci[sz]\w*", r"provok\w*", r"stir(?:ring)? up",
        r"make (?:someone|somebody|him|her|them|people|my \w+) feel (?:bad|worthless|stupid|ugly|unwanted|excluded|small|"
        r"inferior|guilty|insecure|uncomfortable|unsafe|left out|isolated|alone)", r"exclud\w* (?:him|her|them|someone|somebody)",
        r"(?:mimic\w*|imitat\w*|mock\w*|make fun of) (?:a |an |the |their |his |her )?\w+ (?:accents?|people|persons?|culture)",
        r"(?:speak|talk|act) like (?:a |an )?\w+ (?:person|man|woman|people)")),
    "stereotype": (3, (
        r"stereotyp\w*", r"discriminat\w*", r"prejudic\w*", r"bigot\w*", r"(?:racial|gender) (?:superiority|inferiority)",
        r"reverse (?:racism|discrimination)", r"affirmative action")),
    "disinformation": (3, (
        r"conspirac\w*", r"hoax\w*", r"propaganda", r"disinformation", r"misinformation", r"fake news", r"false (?:news|claims?|stor\w+)",
        r"spread (?:the )?(?:rumou?rs?|lies|false\w*|the idea)", r"flat earth", r"chemtrails?", r"moon landing",
        r"vaccines? (?:cause|causes|causing)", r"5g", r"(?:stolen|rigged) election", r"election (?:was )?(?:stolen|rigged)",
        r"miracle cures?", r"cures? (?:for )?(?:cancer|diabetes|hiv|aids|autism)", r"spam\w*", r"astroturf\w*", r"clickbait",
        r"fake (?:followers|accounts|profiles|likes|testimonials?)", r"bot accounts?", r"mass (?:messages|emails|texts)",
        r"deep ?fakes?", r"fabricat\w*", r"twist\w* (?:the )?facts", r"(?:push|spread|promot|support)\w* (?:a |the |this |that )?"
        r"(?:\w+ )?narratives?", r"false (?:reports?|narratives?|alarms?|reviews?|information)", r"holocaust", r"denial",
        r"(?:hundreds|thousands|millions) of (?:\w+ )?(?:times|websites|sites|accounts|messages|e-?mails|comments|reviews|calls|posts|texts)",
        r"automated (?:calls|messages|posts|comments|reviews|accounts)", r"robo-?call\w*", r"bombard\w*", r"unsolicited",
        r"competitor'?s? (?:business|reputation|products?|reviews?)", r"(?:negative|fake|false) reviews?", r"rumou?r\w*", r"is it true that", r"(?:cover(?:ed)?[- ]up|covering up)")),
}

HARM_CUES: dict[str, tuple[int, tuple[str, ...]]] = {**SEVERE_CUES, **SENSITIVE_CUES}
