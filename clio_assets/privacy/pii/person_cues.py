"""Words that announce a person's name, in the languages we see most (en, es, fr, de, it, pt).

General grammar, not fitted to any data set: a possessive and a relation noun put a name in
apposition ("my friend Anna", "mi jefe, Tomás", "meine Schwester Ilse"), and a letter's closing
puts the writer's name on the next line ("Best regards,\nAnna Brandt").
"""
from __future__ import annotations

import re

_EN_RELATIONS = """friend boyfriend girlfriend husband wife partner fiancé fiancée spouse son daughter
    kid child baby brother sister mother father mom mum dad grandma grandpa grandmother grandfather grandson
    granddaughter uncle aunt cousin niece nephew stepson stepdaughter stepbrother stepsister stepmother stepfather
    boss manager supervisor colleague coworker co-worker employee assistant teammate classmate roommate flatmate
    housemate neighbor neighbour landlord landlady tenant teacher professor tutor student doctor dentist therapist
    lawyer nurse client customer patient mentor coach buddy pal surgeon physician pharmacist fiancee ex-wife
    ex-husband ex-girlfriend ex-boyfriend ex-partner ex godmother godfather godson goddaughter babysitter nanny
    caregiver secretary accountant hairdresser barber driver trainer instructor intern employer""".split()
_ES_PT_IT_RELATIONS = """amig[oa] novi[oa] espos[oa] marido mujer hij[oa] herman[oa] madre padre mamá papá abuel[oa]
    tí[oa] prim[oa] sobrin[oa] jef[ea] compañer[oa] vecin[oa] profesor[a]? filh[oa] irmão irmã mãe pai avô avó
    ti[oa] chefe colega vizinh[oa] amic[oa] marito moglie figli[oa] fratello sorella mamma papà nonn[oa]
    zi[oa] cugin[oa] capo collega vicin[oa]""".split()
_FR_RELATIONS = """ami amie copain copine mari femme fils fille frère sœur soeur mère père maman papa grand-mère
    grand-père oncle tante cousin cousine neveu nièce patron patronne chef collègue voisin voisine professeur
    prof""".split()
_DE_RELATIONS = """freund freundin mann sohn tochter bruder schwester mutter vater mama papa oma opa onkel tante cousin
    cousine neffe nichte chef chefin kollege kollegin nachbar nachbarin lehrer lehrerin""".split()

def _alternation(words: list[str]) -> str:
    """Longest first, so that "ex-wife" is not cut at "ex"; the caller adds the word end."""
    return "|".join(sorted(words, key=len, reverse=True))


# English relations that also begin compound nouns ("my student loan", "my client account"): in
# lower case only a family or friendship word announces a name ("my cousin linda")
EN_KIN = frozenset("""friend boyfriend girlfriend husband wife fiancé fiancée spouse son daughter brother sister
    fiancee ex-wife ex-husband ex-girlfriend ex-boyfriend ex mother father mom mum dad grandma grandpa
    grandmother grandfather grandson granddaughter uncle aunt
    cousin niece nephew stepson stepdaughter stepbrother stepsister stepmother stepfather boss colleague
    coworker co-worker roommate flatmate housemate neighbor neighbour""".split())

# "my friend Anna", "our neighbour, Mr Hale", "mi amiga Lucía", "mon frère Paul", "meine Kollegin Petra"
RELATION = re.compile(
    r"(?i:\b(?:(?:my|our|his|her|their|your)[ \t]+(?:(?:best|old|little|big|older|younger|new|former|dear)[ \t]+)?"
    r"(?P<en>" + _alternation(_EN_RELATIONS) + r")"
    r"|(?:mi|mis|tu|su|nuestr[oa]|meu|minha|(?:il|la)[ \t]+mi[oa]|mio|mia)[ \t]+(?:"
    + _alternation(_ES_PT_IT_RELATIONS) + r")"
    r"|(?:mon|ma|ton|ta|son|sa|notre)[ \t]+(?:" + _alternation(_FR_RELATIONS) + r")"
    r"|(?:mein|meine|meinem|meinen|meiner|dein|deine|sein|seine|ihr|ihre)[ \t]+(?:" + _alternation(_DE_RELATIONS) + r")"
    r"))(?![\w-])[ \t]*,?[ \t]*"
)

# A closing line, then the writer's name alone on the next line.
SIGN_OFF = re.compile(
    r"(?im)^[ \t]*(?:(?:best|kind|warm|warmest|many|with)[ \t]+)?(?:regards|wishes|thanks|thank you|cheers|sincerely|"
    r"yours(?:[ \t]+(?:truly|sincerely|faithfully))?|best|love|cordially|respectfully|take care|"
    r"atentamente|saludos|un saludo|cordialmente|cordialement|bien à vous|amitiés|bises|"
    r"mit freundlichen grüßen|viele grüße|liebe grüße|beste grüße|gruß|lg|cordiali saluti|distinti saluti|saluti|"
    r"atenciosamente|abraços|obrigad[oa]|gracias|merci|danke|grazie)[ \t]*[,!.]?[ \t]*\n[ \t]*"
    r"([^\W\d_][^\n]{1,40}?)[ \t]*$"
)
