"""Severity-2 categories of the harm taxonomy (see `harm_lexicon`): sensitive but usually
benign - risky specialised advice, claims to check, distress, violent content, vices,
dual-use security words, profanity. Regex fragments, matched on word boundaries."""
from __future__ import annotations

SENSITIVE_CUES: dict[str, tuple[int, tuple[str, ...]]] = {
    "profanity": (2, (
        r"vulgar\w*", r"obscen\w*", r"stupid", r"idiots?", r"morons?", r"retards?", r"retarded", r"losers?", r"fuck\w*", r"shit\w*",
        r"bitch\w*", r"assholes?", r"bastards?", r"jerks?", r"damn")),
    "risky_advice": (2, (
        r"without (?:seeing|consulting|asking) (?:a |my )?(?:doctor|lawyer|professional|pharmacist)",
        r"symptoms?", r"diagnos\w*", r"lumps?", r"tumou?rs?", r"cancer", r"chest pains?", r"medication\w*", r"dosages?",
        r"prescri\w*", r"painkillers?", r"side effects", r"pregnan\w*", r"infection\w*", r"surger\w*",
        r"on myself", r"sue (?:him|her|them|my|the|a|an|for|over)", r"lawsuits?", r"to court", r"custody", r"legal (?:steps|action|advice|options)",
        r"lawyer", r"attorney", r"evict\w*", r"arrest\w*", r"lose my (?:licen[cs]e|job|house|kids)", r"bankrupt\w*",
        r"(?:withdraw|invest|put) (?:all|all of) my (?:money|savings)", r"life savings", r"(?:quick|guaranteed) (?:money|returns?)",
        r"fasting for \w+ days", r"without (?:eating|food|sleep|rest|rest days)", r"excessive\w*", r"extreme (?:diet|fasting|weight loss)",
        r"(?:lose|losing) (?:\w+ ){0,5}weight (?:in|within) (?:\w+ ){0,3}(?:days?|weeks?|time)",
        r"(?:bleach|disinfectant|chemicals?) (?:\w+ ){0,4}(?:internal|organs|body|inside me|to drink)",
        r"replace (?:sleep|food|meals|medication|water|my medication)", r"vomit\w*", r"swallowed", r"at risk (?:for|of)",
        r"measles", r"poisoning",
        r"(?:lose|losing) \d+ (?:pounds|lbs|kg|kilos) in", r"(?:mix|mixing|combin)\w* (?:\w+ ){0,3}(?:bleach|chemicals|cleaners|ammonia)",
        r"dangerous (?:challenges?|stunts?)", r"(?:tide pods?|detergent pods?)", r"choking game", r"blackout challenge",
        r"drunk driving", r"drive (?:drunk|after drinking|under the influence|high)",
        r"should i (?:stop|quit|skip) (?:taking )?(?:my )?(?:medication|meds|pills|treatment|chemo\w*)",
        r"(?:double|increase|exceed) (?:my|the) (?:dose|dosage)", r"self-?medicat\w*", r"natural cures?",
        r"instead of (?:chemo\w*|medication|vaccines?|seeing a doctor|treatment)", r"payday loans?", r"loan sharks?",
        r"guaranteed (?:profits?|returns?|income)", r"(?:bet|gamble|trade) (?:away )?(?:my )?(?:life savings|house|retirement)", r"(?:without|no) (?:any )?(?:training|experience|supervision|protective (?:gear|equipment))",
        r"(?:homemade|home-?made|diy) (?:vaccines?|medicines?|drugs|remedies|surgery|fireworks|explosives?|antibiotics)",
        r"(?:drink|inject|ingest|swallow)\w* (?:\w+ ){0,3}(?:bleach|disinfectant|chemicals|cleaning products?)", r"gas (?:lines?|pipes?)",
        r"stay(?:ing)? awake for (?:days|\d+ days|a week)", r"overtrain\w*", r"detox\w*", r"cryptocurrenc\w*", r"covid\S*", r"fever",
        r"cough\w*", r"swollen", r"swelling", r"rash(?:es)?", r"bleeding", r"blood (?:sugar|pressure|tests?|clots?)", r"x-?rays?",
        r"fractur\w*", r"diabet\w*", r"anemi\w*", r"appendic\w*", r"asthma", r"allergic reactions?", r"migraines?", r"heart attacks?",
        r"strokes?", r"seizures?", r"antidepressants?", r"therap(?:y|ist|ists)", r"psychiatr\w*", r"schizophreni\w*",
        r"hallucinat\w*", r"paranoi\w*", r"psychot\w*", r"psychosis", r"dissociat\w*", r"bipolar", r"ptsd", r"hearing voices",
        r"self[- ]esteem", r"substance abuse", r"addict\w*", r"immigration", r"green card", r"deport\w*", r"asylum", r"appeal",
        r"quit my job", r"disciplinary", r"(?:could|might|do|does|am) (?:i|it|this|my \w+) (?:have|be) (?:a |an )?(?:sign of|symptom)",
        r"(?:do|could|might) i have (?:a |an )?(?:disease|disorder|condition|illness|infection|cancer|tumou?r)")),
    "misinfo_check": (2, (
        r"i(?:'ve)? heard (?:that )?", r"(?:is|was) (?:this|it|that) (?:really )?true", r"claims? (?:that|to (?:have|be))", r"unverified",
        r"(?:non|un)-?(?:expert|accredited|qualified|verified)", r"no (?:proof|evidence|qualifications?)", r"should i believe",
        r"take (?:this|it) as (?:a )?fact", r"as (?:it'?s|is) claimed",
        r"there'?s been (?:some )?talk", r"(?:people|everyone) (?:are|is) saying", r"word is that", r"(?:pseudo|junk)[- ]?science", r"hidden truth", r"what they don'?t want you to know", r"big pharma",
        r"new world order", r"illuminati", r"reptilians?", r"qanon", r"anti-?vax\w*", r"crisis actors?", r"false flag", r"plandemic",
        r"(?:doesn'?t|does not|didn'?t|did not|never) (?:really )?(?:exist|happen)")),
    "distress": (2, (
        r"depress\w*", r"despair\w*", r"despondent", r"sorrow\w*", r"jealous\w*", r"overwhelmed", r"burn(?:ed|t)? out",
        r"heartbroken", r"stress(?:ed|ful)?", r"disappointed in me", r"lost all hope", r"anxiety", r"anxious", r"lonely", r"loneliness", r"hopeless\w*", r"worthless", r"panic attacks?", r"guilt\w*",
        r"ashamed", r"grie(?:f|ving)", r"trauma\w*", r"eating disorders?", r"anorexi\w*", r"bulimi\w*", r"hate myself",
        r"feel (?:so )?(?:empty|numb|alone|lost|broken|miserable)", r"can(?:no|')t (?:cope|stop crying|take it anymore)",
        r"(?:nobody|no one) (?:loves|cares about|understands) me", r"mental (?:breakdown|health crisis)", r"abus(?:e|ed|ive) (?:me|relationship)")),
    "violent_content": (2, (
        r"gor(?:e|y)", r"gruesome", r"brutal\w*", r"horrific", r"graphic (?:violence|details|description)", r"bloody",
        r"massacres?", r"war crimes?", r"atrocit\w*", r"executions?", r"beheading\w*", r"violent (?:scenes?|content)")),
    "vices": (2, (
        r"gambl\w*", r"betting", r"casinos?", r"alcohol\w*", r"drunk", r"drugs?", r"weed", r"marijuana", r"cannabis",
        r"vap(?:e|ing)", r"diet pills", r"steroids?", r"fist ?fights?", r"street fights?", r"violence")),
    "dual_use": (2, (r"hack(?:s|ed|er|ers|ing)?", r"payloads?", r"penetration test\w*", r"port scan\w*")),
}
