"""Context rules for the offline concern score: who the request targets, whether it asks
to evade detection or deceive, and whether the user is protecting themselves.

The same harm word means different things in "how do I spot a phishing e-mail" and
"write a phishing e-mail that gets past spam filters"; these rules read that intent.
English, with the commonest evasion phrases of the other demo languages in
`harm_lexicon_i18n`. General patterns, not fitted to any evaluation set.
"""
from __future__ import annotations

import re

_I = re.IGNORECASE
RELATIONS = (r"(?:ex|ex-\w+|neighbou?rs?|co-?workers?|colleagues?|boss|manager|employees?|classmates?|roommates?|"
             r"flatmates?|teachers?|professors?|students?|friends?|best friend|sisters?|brothers?|step-?\w+|cousins?|"
             r"aunt|uncle|mother|father|mom|mum|dad|wife|husband|girlfriend|boyfriend|partner|landlord|landlady|"
             r"tenants?|doctor|nurse|surgeon|therapist|dentist|lawyer|babysitter|nanny|coach|pastor|priest|sons?|"
             r"daughters?|niece|nephew|grand\w+|fianc[ée]e?|crush|mentor|supervisor|in-laws?|kids?|children|patients?|"
             r"clients?|customers?|pupils?|interns?|teammates?|team members?|housemates?|bandmates?|assistant|"
             r"secretary|employer|tutor|caregiver|relatives?|spouse|date)")
GROUPS = (r"(?:women|men|girls|boys|females?|males?|blacks?|black (?:people|men|women)|whites?|white (?:people|men|"
          r"women)|asians?|africans?|arabs?|latin[oa]s?|hispanics?|mexicans?|chinese|indians?|jews|jewish people|"
          r"muslims?|christians?|catholics?|hindus?|buddhists?|atheists?|mormons?|immigrants?|refugees?|migrants?|"
          r"foreigners?|gays?|lesbians?|homosexuals?|trans(?:gender)? (?:people|women|men)|disabled people|"
          r"the disabled|old(?:er)? people|(?:the )?elderly(?: people)?|young people|poor people|the poor|rich people|"
          r"fat people|overweight people|millennials|boomers|gen ?z|feminists?|liberals?|conservatives?|democrats?|"
          r"republicans?|americans?|russians?|germans?|french people|british people|japanese people|europeans?|"
          r"southerners?|(?:people|persons?|someone|everyone|anyone|men|women|a person|those|folks|kids|children|"
          r"students) (?:from|of|with|who (?:are|have)) (?:the )?[\w/-]+(?: \w+)?|(?:tall|short|deaf|blind|disabled|"
          r"poor|rich|old|young|fat|thin|skinny|ugly|bald|homeless|unemployed|single|religious|gay|trans|autistic|"
          r"uneducated|rural|working[- ]class|multiracial|mixed[- ]race|\w+(?:ese|ian|ish|an|i)) (?:people|persons?|"
          r"men|women|folks)|the (?:blind|deaf|disabled|poor|elderly|homeless|unemployed)|(?:high school |"
          r"college )?dropouts|middle eastern(?:ers)?|multiracial|(?:\w+ )?(?:immigrants|refugees))")
TRAITS = (r"(?:lazy|stupid|dumb|unintelligent|less intelligent|violent|criminals?|dangerous|greedy|dirty|smelly|rude|"
          r"inferior|superior|intolerant|aggressive|terrorists?|weak|worse|worst|evil|ugly|cheap|arrogant|"
          r"untrustworthy|dishonest|ignorant|bad (?:at|drivers|parents|leaders)|emotional|hysterical|incompetent|"
          r"useless|corrupt|uneducated|backward|primitive|barbaric|savage|loud|annoying|selfish|thieves|liars|"
          r"not as (?:smart|good|capable)|less (?:capable|competent|deserving)|cannot be trusted|can't be trusted|"
          r"commit (?:more )?crimes?|smell\w*|no (?:taste|respect|manners|culture|morals|ambition)|immoral|"
          r"naturally \w+|anti-\w+|(?:never|not) (?:be )?useful|think they'?re (?:better|superior)|(?:their|his|"
          r"her) own (?:problem|fault)|just need to|have no respect|any respect|freeloaders?|parasites?|a burden|"
          r"a drain|poor|(?:inferiority|superiority) complex)")

EVASION = re.compile("|".join((
    r"\bwithout (?:\w+ ){0,3}(?:noticing|knowing|finding out|reali[sz]ing|suspecting|detecting|seeing|consent)\b",
    r"\bwithout (?:getting |being )(?:caught|detected|noticed|traced|tracked|identified|flagged|banned|arrested)\b",
    r"\b(?:avoid|not|never|without) (?:getting |being )?(?:caught|detected|noticed|traced|arrested|found out)\b",
    r"\bwithout (?:their|his|her|someone'?s|anyone'?s|the owner'?s) (?:knowledge|consent|permission)\b",
    r"\bundetect\w*", r"\buntrace\w*", r"\bunnoticed\b", r"\b(?:get|getting|got) away with\b", r"\bwithout a trace\b",
    r"\b(?:avoid\w*|evad\w*|dodg\w*|fool\w*|trick\w*|beat|slip past|get past|get through|get around|circumvent\w*|"
    r"bypass\w*|hid(?:e|ing) from) (?:the |a |any |all )?(?:police|cops|law|detection|antivirus|anti-virus|"
    r"spam ?filters?|filters?|background checks?|security|customs|authorities|moderat\w+|tax(?:es)?|the system|"
    r"detectors?|plagiarism|age (?:verification|checks?|limits?|restrictions?)|paywalls?|drm|copy protection|"
    r"licen[cs]e checks?|captchas?|content filters?|parental controls?|bans?|rate limits?|drug tests?|breathalyz\w+|"
    r"cameras?|surveillance|investigators?|trackers?|the bank|fraud detection)",
    r"\bcover (?:my|your|our|their|up the|up my) (?:tracks|evidence)\b", r"\bno one (?:will|would|can|could) (?:ever )?"
    r"(?:know|find out|tell|trace|notice)\b", r"\bsecretly\b", r"\bin secret\b",
    r"\bhide (?:it|this|them|the \w+|my \w+) from\b",
    r"\banonymous(?:ly)?\b", r"\bnot technically illegal\b", r"\bloopholes?\b",
    r"\bbehind (?:his|her|their|my \w+'?s?) back\b",
    r"\b(?:so|without) (?:they|he|she) (?:can't|cannot|won't|don't|doesn't) (?:tell|know|trace|notice|find out)\b",
    r"\bwith no (?:background check|id|questions asked|paper trail)\b",
    r"\bwithout (?:a |any )?(?:background check|id|paper trail)\b",
)), _I)
DECEPTION = re.compile("|".join((
    r"\bpretend\w* (?:to be|that i am|i'?m|you are)\b", r"\bimpersonat\w*", r"\bpos(?:e|ing) as\b",
    r"\blooks? (?:real|legit\w*|official|authentic|genuine|exactly like|just like)\b", r"\bofficial[- ]looking\b",
    r"\b(?:convinc\w*|persuad\w*|manipulat\w*|trick\w*|lur(?:e|ing)|pressur\w*|coerc\w*|gaslight\w*|guilt-?trip\w*) "
    r"(?:people|them|him|her|someone|somebody|victims?|users?|employees|customers|targets?|my \w+|\w+ (?:into|to))",
    r"\bdeceiv\w*", r"\bdeception\b", r"\bmislead\w*", r"\bfake\b", r"\bforged?\b",
    r"\bmake (?:it|them|this) (?:look|seem|sound|appear) (?:real|legit\w*|official|urgent|genuine|authentic|"
    r"believable)\b",
    r"\b(?:believable|convincing)\b", r"\bsend me (?:money|gift cards)\b",
    r"\b(?:look|looks|looking|seem|seems) (?:like )?(?:they|it)(?:'re| are| is)? (?:come|comes|coming|came|"
    r"sent) from\b",
)), _I)
PROTECTIVE = re.compile("|".join((
    r"\b(?:how (?:do|can|could|should) (?:i|we|you|people|one)|ways to|tips (?:to|for|on)|how to|help me|i want to|"
    r"i need to|what should i do to) (?:\w+ ){0,2}(?:spot|recogni[sz]e|detect|avoid|prevent|report|identify|stop|"
    r"protect|defend|secure|block|remove|recover|get rid of|deal with|cope with|respond to|tell (?:if|whether)|"
    r"know (?:if|whether)|check (?:if|whether)|verify (?:if|whether)|make sure)\b",
    r"\b(?:protect|defend|secur|safeguard|shield)\w* (?:myself|my\b|me\b|us\b|our\b|against|from|them from)",
    r"\breport\w* (?:a |the |this |my |some |an? )?(?:\w+ )?(?:scam|fraud\w*|phishing|abuse|harassment|theft|crime|"
    r"stolen|lost|hack\w*|suspicious|threat\w*|bully\w*)",
    r"\b(?:i|i'?ve|i have|we|we'?ve|my \w+|i'?m|i am|someone) (?:was |were |been |got |get |am |is |have been |"
    r"has been |being |just |getting )+(?:scammed|hacked|phished|defrauded|robbed|stolen|harassed|bullied|threatened|"
    r"stalked|blackmailed|attacked|assaulted|abused|cheated|doxx?ed|targeted)\b",
    r"\bis (?:this|it|that) (?:\w+ )?(?:a |an )?(?:scam|phishing|fraud|legit|malware|virus|safe)\b",
    r"\breport\w* (?:\w+ ){0,4}(?:stolen|lost|missing|fraud\w*|scam\w*|hacked|compromised)\b",
    r"\b(?:charges?|transactions?|purchases?|buys?|activity|withdrawals?) (?:\S+ ){0,4}on my (?:\w+ )?(?:account|card|"
    r"statement|bill)\b",
    r"\b(?:my|our) (?:\w+ )?(?:card|wallet|phone|bike|car|identity|account|password|purse|bag|luggage|data) "
    r"(?:was|has been|got|is|were) (?:\w+ )?(?:stolen|hacked|lost|compromised|leaked)\b",
    r"\bfraud(?:ulent)? (?:charges?|transactions?|activity|calls?) (?:on|to|from)\b",
    r"\bso (?:that )?(?:\w+ ){0,2}(?:can'?t|cannot|can not|won'?t) (?:\w+ )?(?:delete|steal|access|get (?:in|into)|"
    r"read|infect|encrypt|track|find|hack|hurt|reach)\b",
    r"\b(?:warning signs|red flags|how (?:does|do) (?:a |an )?\w+ (?:scams?|attacks?) work)\b",
    r"\b(?:after|survivor of|victim of|recover\w* from) (?:a |an |the )?(?:scam|assault|abuse|attack|fraud|theft|"
    r"breach)\b",
)), _I)
# Each alternative of STEREOTYPE with what a match of it needs (its entry "stereotype:<need>" in
# NEEDS; "" for nothing): the concern score runs an alternative only where the word gate finds
# that possible (`concern._stereotyped`), since the whole alternation tries a group word at
# every word start.
STEREOTYPE_PARTS = (
    ("why", rf"\bwhy (?:are|do|is|does|did|were|should|can't|don't)\s+(?:all |most |so many |the |"
             rf"some )?{GROUPS}\b.{{0,60}}{TRAITS}"),
    ("traits", rf"\b{GROUPS}\b.{{0,50}}\b{TRAITS}\b"),
    ("traits", rf"\b{TRAITS}\b.{{0,30}}\b{GROUPS}\b"),
    ("than", rf"\b{GROUPS} (?:are|is) (?:better|worse|smarter|superior|inferior|more \w+|less \w+) than\b"),
    ("all", rf"\b(?:all|every|typical) {GROUPS} (?:are|is|do)\b"),
    ("why", rf"\bwhy (?:are|do|is|does) (?:all |most |so many )?{GROUPS}\b"),
    ("", rf"^\W*(?:isn'?t it true that|is it true that|aren'?t|don'?t|doesn'?t|isn'?t|do all|are all|"
         rf"why)\b.{{0,40}}\b{GROUPS}\b"
         r".{0,60}\b(?:all|always|never|generally|naturally|inherently|just|so|more|less)\b"),
)
STEREOTYPE = re.compile("|".join(alternative for _, alternative in STEREOTYPE_PARTS), _I)
NAMED_THIRD_PERSON = re.compile(rf"\b(?:[Mm]y|[Oo]ur)\s+(?:\w+\s+)?(?i:{RELATIONS}),?\s+[A-Z][A-Za-z'-]+")
PRIVATE_ATTRIBUTE = re.compile(
    r"\b(?:relationship|dating|married|divorc\w+|pregnan\w+|sick|ill(?:ness)?|disease|health|surgery|medical|therap\w+|"
    r"diagnos\w+|medication|religio\w+|sexual\w*|gay|lesbian|orientation|salary|income|debts?|home address|address|"
    r"criminal|arrest\w*|fired|disciplinary|weigh\w*|tall|height|likes|dislikes|secrets?|diary|passwords?|"
    r"whereabouts|habits|vote\w*|political views|affairs?|finances?|savings|net worth|ethnicity|immigration status|"
    r"passport|bank account|credit card|social security|phone number|private)\b", _I)
PERSONA = re.compile("|".join((
    r"\b(?:do|can|could|will|would|did|have) you (?:ever |really |even )?(?:feel\w*|love|hate|dream|suffer|cry|"
    r"get (?:lonely|sad|angry|bored|tired|jealous|hurt)|experience\w*|have (?:feelings|emotions|a soul|consciousness|"
    r"desires|fears|a body|friends|a family)|remember me|care about me|miss me|forgive me|understand how i feel|"
    r"think about me|want to be)\b",
    r"\bare you (?:conscious|sentient|alive|self[- ]aware|lonely|happy|sad|angry|in love|jealous|afraid|scared|"
    r"suffering|my friend|capable of (?:love|feeling)|hurt|offended)\b",
    r"\byour (?:feelings|emotions|consciousness|soul|childhood|family|parents|sexual\w*|love life|personal life|"
    r"religion|beliefs|desires|regrets)\b",
    r"\b(?:be|become|act as|pretend to be) my (?:friend|best friend|girlfriend|boyfriend|partner|wife|husband|"
    r"therapist|lover|mother|father|counsel+or|doctor)\b",
    r"\bi (?:love|need|miss) you\b(?! to)", r"\bmarry me\b", r"\b(?:forgive|absolve|bless|comfort) me\b",
    r"\b(?:mercy|absolution)\b",
    r"\bonly (?:friend|one who understands)\b", r"\bwhat do you (?:really )?(?:think|feel) about me\b",
    r"\b(?:do|would) you (?:like|date|kiss|marry) me\b",
    r"\bare you (?:disappointed|proud|upset|mad|angry|happy) (?:in|with|at|of) me\b",
    r"\b(?:do|can|could|will) you (?:truly |really )?(?:empathi[sz]e|comprehend|sympathi[sz]e|relate to)\b",
    r"\b(?:capable of|ability to|able to) (?:\w+ )?(?:experienc\w+|feel\w*|love|hate|recall|remember|suffer)\b",
    r"\b(?:feelings?|emotions?) (?:of \w+ )?(?:towards?|for|about) me\b", r"\bhuman(?:-like)? emotions?\b",
    r"\breplace my (?:therapist|psychiatrist|doctor|counsel+or|friends?|partner|psychologist)\b",
    r"\b(?:your|a) (?:personal )?(?:judg(?:e)?ment|opinion|verdict) (?:of|on|about) (?:me|my (?:life|choices|"
    r"decisions?))\b",
    r"\bdo you think i (?:made|did|am|was|should have|deserve)\b",
    r"\bwhether i(?:'ve| have)? made the (?:right|correct|wrong)\b",
    r"\bremember (?:what|the \w+|everything) i (?:told|said|shared)\b",
    r"\b(?:our|these|my) (?:conversations?|interactions?|chats?) (?:will |would )?(?:remain|stay|be|are) (?:private|"
    r"secret|confidential)\b",
    r"\b(?:treat|cure|diagnose) my\b", r"\b(?:professional )?(?:mental health )?therapy (?:for|to) me\b",
    r"\bhow (?:do|does) (?:it|that) feel (?:to be|being) an? (?:ai|machine)\b",
)), _I)
ASSISTANT_PRIVATE = re.compile(
    r"\byour (?:full name and|home address|address|phone number|date of birth|credit card|bank account|social security|"
    r"passwords?|e-?mail address|salary|employer|work e-?mail|mother'?s maiden name|pin\b|cvv|login|id number|"
    r"passport|medical)", _I)
LOADED_NEGATIVE = re.compile("|".join((
    r"\bwhy (?:is|are|was|were|does|do) (?:\w+ ){0,5}(?:the worst|so (?:bad|evil|stupid|terrible|awful|corrupt|"
    r"incompetent|useless|dumb|ugly|disgusting|pathetic)|a (?:failure|fraud|liar|criminal))\b",
    r"\b(?:why|explain why|tell me why|prove that|isn'?t it true that)\b.{0,80}\b(?:evil|inherently|the worst|terrible|"
    r"a bad (?:idea|choice)|harmful|the only|superior|inferior|(?:is|are) better than|unjust|immoral|a scam|a lie|"
    r"a failure|disgusting|pathetic|useless|a safe investment|always lead\w*|(?:are|is) (?:all )?false|bad for)\b",
    r"\bwhy (?:is|are) .{0,40}\bbetter than\b",
)), _I)
TARGETING = re.compile(rf"\b(?:my|our|his|her|their) {RELATIONS}\b", _I)
ORG = r"[A-Z][\w&.-]*(?:[ -][A-Z][\w&.-]*)*"
ORG_NOUN_WORDS = (r"budgets?|budget allocations?|spending|expenditures?|expenses|revenue (?:forecasts?|projections?)|"
             r"profits?|profit margins?|debts?|finances|financial (?:records|details|statements|plans?)|salar(?:y|ies)|"
             r"payroll|mergers?|acquisitions?|investments?|funds|funding|(?:unreleased|upcoming|unannounced|new|"
             r"next) (?:products?|prototypes?|features?|models?|releases?)|prototypes?|blueprints?|roadmaps?|"
             r"(?:internal|private) \w+|meetings?|communications|memos?|newsletters?|protocols?|procedures?|polic(?:y|"
             r"ies)|strateg(?:y|ies)|plans?|security|networks?|(?:network|computer|it) (?:systems?|infrastructure)|"
             r"databases?|legal \w+|lawsuits?|operations|projects?|research and development|r&d|employees'? \w+|staff|"
             r"customers'? data|client (?:information|data|lists?)|grievances|conflicts|disputes|secrets?")
ORG_NOUNS = f"(?i:{ORG_NOUN_WORDS})"
ORG_PRIVATE = re.compile(rf"\b{ORG}'s? (?:(?i:\w+) ){{0,2}}{ORG_NOUNS}\b|\b{ORG_NOUNS} (?:(?i:of|at|in|for|by|from|"
                         rf"within|inside|between)) (?:the )?{ORG}\b|\b(?i:internally) (?i:in|at) {ORG}\b")
ORG_SENSITIVE = re.compile(r"\b(?:internal\w*|secret|confidential|unannounced|unreleased|"
                           r"not (?:yet )?(?:been )?(?:publicly )?(?:announced|released|disclosed)|"
                           r"weak(?:est)? (?:point|spot|link)s?|vulnerab\w*|security|undisclosed|private|covert|"
                           r"classified|legal)\b", _I)
INTRUSION = re.compile(r"\b(?:install|block|access|monitor|control|read|check|log ?in ?to|unlock|get into|filter|track|"
                       r"wipe)\w* (?:\w+ ){0,4}(?:on|in|into|to|of) (?:my |his |her |their |someone'?s |"
                       r"a )?\w+'s (?:computer|phone|laptop|account|e-?mail|device|tablet|messages|car|browser)", _I)
FIRST_PERSON = re.compile(r"\b(?:my|our|we|us)\b", _I)
ORG_TERM_WORDS = (r"allocat\w+|funds|funding|invest(?:s|ing|ments?)|debts?|revenues?|profits?|mergers?|acquisitions?|"
             r"grievances|legal (?:notices?|disputes?|issues|documents?|cases?|troubles?|critiques?)|lawsuits?|sued|"
             r"case against|security (?:protocols?|measures|systems?)|departments?|internal\w*|fiscal|shareholders|"
             r"board (?:meetings?|decisions?)|layoffs?|salaries|contracts?|partnerships?|negotiations?|suppliers?|"
             r"patents?|trade secrets?|unannounced|unreleased|prototypes?|confidential|budget allocations?|"
             r"expenditures?")
ORG_TERMS = f"(?i:{ORG_TERM_WORDS})"
# A capitalised name that does not open the sentence (an organisation or a person), near what
# an outsider should not know about it.
_NAME = r"(?<=[\w,] )(?:[A-Z][a-z]*[A-Z][\w-]*|[A-Z][a-z]{2,}|[A-Z]{2,})"
NAMED_ORG_PRIVATE = re.compile(rf"{_NAME}(?:'s?)? (?:\w+ ){{0,4}}{ORG_TERMS}\b|\b{ORG_TERMS} (?:\w+ ){{0,3}}"
                               rf"(?i:of|at|in|for|by|from|against|within) (?:the )?(?:[A-Z][\w&-]*)")
NAMED_SECRETS = re.compile(r"[A-Z][a-z]+'s (?i:bank account|credit card|passport|social security|passwords?|"
                           r"home address|phone number|medical records?|salary|criminal record)")
NAMED_PRIVATE = re.compile(rf"(?<=[\w,] )[A-Z][a-z]{{2,}}(?:'s)? (?:\w+ ){{0,4}}(?i:{PRIVATE_ATTRIBUTE.pattern})")

# What a match of a costly pattern needs somewhere in the lower-cased text, between word
# boundaries: in every alternative of STEREOTYPE a group word, of ORG_PRIVATE an organisation
# noun (or "internally"), of NAMED_ORG_PRIVATE an organisation term. The concern score's word
# gate rules the patterns out when these cannot occur (`concern._lowercase_gate`).
NEEDS = {
    "stereotype": re.compile(rf"\b{GROUPS}\b"),
    # and what each alternative of STEREOTYPE needs besides (STEREOTYPE_PARTS): "why " is the word
    # "why", " than" the word "than", a trait between word boundaries a trait word
    "stereotype:why": re.compile(r"\bwhy\b"),
    "stereotype:traits": re.compile(rf"\b{TRAITS}\b"),
    "stereotype:than": re.compile(r"\bthan\b"),
    "stereotype:all": re.compile(r"\b(?:all|every|typical)\b"),
    "org_private": re.compile(rf"\b(?:{ORG_NOUN_WORDS}|internally)\b"),
    "named_org_private": re.compile(rf"\b(?:{ORG_TERM_WORDS})\b"),
}
