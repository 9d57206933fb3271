"""Vocabulary and tokens of the person-name rules: introductions, titles, particles, cue verbs.

Kept apart from the rules (`pii_person.py`) so each file stays readable; every list is general
language (titles, introductions in several languages, verbs whose subject is a person).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS

from clio_assets.privacy.pii.address_words import english_country_names
from clio_assets.privacy.pii.names.gazetteer import (
    NOT_NAMES,
    SURNAME_SUFFIXES,
    looks_like_surname,
    name_weight,
    uncommon_surname,
)
from clio_assets.privacy.pii.text import stop_words

# prefixes after which a name has a second capital ("McPherson", "DeVito", "LeBlanc", "FitzGerald")
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Lo|Van|Von|St|Fitz|Ben|Abu|Al|El)(?=[A-Z])")
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ag|an|ar|as|ash|at|az|bin|ibn|abu|abd)-[A-ZÀ-Þ][^\W\d_]+")
TOKEN = re.compile(r"[^\W\d_]+(?:['’-](?![sS]\b)[^\W\d_]+)*\.?")
PARTICLES = frozenset("van von de der den da di du del della dos das le la ten ter bin ibn al el zu af av".split())
STRONG_INTRO = re.compile(
    r"(?i:\b(?:my name is|my name's|name is|name[:?]|named(?: him| her| it| them| me)?|call me|i am called|signed|"
    r"under the name|under my name|name (?:on|in) the (?:card|account) is|me llamo|mi nombre es|je m'appelle|"
    r"mon nom est|ich heiße|ich heisse|mein name ist|mi chiamo|il mio nome è|meu nome é|chamo-me|mijn naam is|ik heet|"
    # form fields that hold only a name: "Surname: Brandt", "Prénom : Ilse", "Vorname ist Ilse"
    r"(?:sur|first|last|family|given|full|middle|maiden|user)[ \t]?name[ \t]*(?::|is)|(?:apellidos?|prénom|vorname|"
    r"nachname|cognome|sobrenome|nome completo|nombre completo)[ \t]*(?::|es|est|ist|è|é)))[ \t]*"
)
WEAK_INTRO = re.compile(
    r"(?i:\b(?:dear|hi|hello|hey|to|from|for|with|by|and|or|under|told|asked|tell|ask|met|meet|thanks|"
    r"thank you|attn|attention|i'm|i am|this is|it's|said|says|named|is|me|him|her|"
    # verbs and roles whose object or holder is a person: "email Tamsin", "invite Ilse Brandt", "patient: ..."
    r"call|called|email|emailed|text|texted|ping|message|remind|invite|invited|thank|congratulate|introduce|"
    r"hire|hired|fire|fired|visit|visited|marry|married|miss|kiss|hug|date|dating|pay|paid|sue|"
    r"contact|sender|recipient|customer|client|patient|author|owner|holder|cardholder|beneficiary|payee|"
    r"employee|applicant|candidate|guest|passenger|"
    r"querid[oa]|estimad[oa]|hola|cher|chère|bonjour|liebe[rs]?|hallo|caro|cara|ciao|olá|con|avec|mit))[ \t,:]*"
)
# A greeting makes even an ambiguous first name a name ("Dear Grace", "Hi Will" is not: NOT_NAMES).
SALUTATION = re.compile(r"(?i:\b(?:dear|hi|hello|hey|querid[oa]|estimad[oa]|hola|cher|chère|bonjour|liebe[rs]?|hallo|"
                        r"caro|cara|ciao|olá))[ \t,]*")
TITLE = re.compile(
    r"(?:\b(?i:mr|mrs|ms|mx|miss|dr|prof|professor|sir|madam|dame|lady|lord|sra|srta|mme|mlle|herr|herrn|frau|dott|"
    r"sig|sig\.ra|signor|signora)\.?|\b(?:Sr|Don|Doña|M|Hr|Fr|Sen|Gov|Rep|Det|Sgt|Capt|Lt|Rev)\."
    # offices and kinship used as titles, capitalised only: "Senator Mitt Romney", "Uncle Bob"
    r"|\b(?:Senator|Governor|Congressman|Congresswoman|Representative|Judge|Officer|Detective|"
    r"Sergeant|Captain|Lieutenant|President|Chancellor|Minister|Mayor|Pastor|Rabbi|Imam|Reverend|"
    r"Uncle|Aunt|Auntie|Grandma|Grandpa|Tío|Tía|Onkel|Tante|Oncle|Zio|Zia|Doktor|Docteur|Doctor|Maître))[ \t]+"
)
VERB_CUE = frozenset(
    """is was has had said says told asked lives lived works worked went wrote called wants wanted
    thinks thought loves loved likes liked will would can could did does gave got took made and or who whose""".split()
)
# Verbs whose subject is a person: an unknown capitalised word before one is a name.
PERSON_VERBS = frozenset(
    """said says told asked replied answered lives lived married wrote writes thinks believes
    wants feels felt loves hates smiled laughed cried shouted yelled whispered screamed exclaimed
    insisted died graduated retired resigned divorced emailed texted phoned messaged apologized apologised
    sighed nodded dijo dit sagte disse""".split()
)
# What only a person has: after "X's" these make X a name ("Tamsin's husband", "Okonkwo's resume").
PERSON_NOUNS = frozenset(
    """mother father mom mum dad wife husband son daughter brother sister boyfriend girlfriend fiancé
    fiancée parents kids children grandmother grandfather grandma grandpa uncle aunt cousin niece
    nephew birthday wedding funeral pregnancy salary resume résumé cv diagnosis surgery passport
    biography childhood""".split()
)
# Street types that are rarely surnames ("Hill", "Park", "Wells" are common surnames).
STREET_WORDS = frozenset("street st avenue ave road rd boulevard blvd lane ln drive square terrace highway parkway "
                         "plaza alley".split())
SPEECH = re.compile(r"(?i:\b(?:says|said|asks|asked|replied|added|wrote|writes|explained|continued))[ \t]+")
ARTICLES = frozenset("the a an der die das le la les el los las il lo gli".split())
HEADER_WORDS = frozenset(
    """name date time phone tel mobile cell fax desk email mail address website web url subject re cc
    bcc note notes user bot assistant system human ai question answer title company position city
    country state street zip status summary input output example error warning step total price
    description comment comments reply response agent customer client support admin info q a""".split()
)
CJK_INTRO = re.compile(r"(?:我叫|我的名字是|我是|私の名前は|私は)([\u4e00-\u9fff\u3040-\u30ff]{2,4}?)(?:です|"
                       r"と申します|，|。|,|\s|$)")
NAME_LIST = re.compile(r"[^\W\d_]+(?:[ \t]*,[ \t]*[^\W\d_]+)*,?[ \t]+(?:and|&|und|et|y|e)[ \t]+[^\W\d_]+")


@dataclass
class Tok:
    start: int
    end: int
    word: str
    inline: bool  # joined to the previous token by spaces only

    @property
    def cap(self) -> bool:
        """Capitalised like a name: "Müller", "O'Neil", "McPherson", "Jean-Pierre" — not "APIs", "iPhone"."""
        word = self.word
        if not (word[:1].isupper() and not word.isupper() and len(word) > 1):
            return False
        return all(not any(c.isupper() for c in _NAME_PREFIX.sub("", part)[1:]) for part in re.split(r"['’-]", word))

    @property
    def arabic_article(self) -> bool:
        """"al-Rashid", "el-Amin", "bin-Laden": a lower-case article joined to a capitalised name."""
        return bool(_ARTICLE_NAME.fullmatch(self.word))

    @property
    def initial(self) -> bool:
        return len(self.word) == 1 and self.word.isalpha()


def tokens(text: str) -> list[Tok]:
    toks: list[Tok] = []
    for m in TOKEN.finditer(text):
        word, end = m.group(), m.end()
        if word.endswith(".") and len(word) > 2:  # a sentence end, not an initial
            word, end = word[:-1], end - 1
        gap = text[toks[-1].end if toks else 0:m.start()]
        toks.append(Tok(m.start(), end, word.rstrip("."), bool(toks) and bool(re.fullmatch(r"[ \t]+", gap))))
    return toks


def plain(word: str, streets: bool = True) -> bool:
    """A word that is not a name part: function word, country, street word (unless after a
    title or an introduction, where "Dr. Wells" is a name). A capitalised function word of another
    language is plain unless it is also a first name ("Meine" is, "Ella" and "Sara" are not)."""
    low = word.lower()
    if low in NOT_NAMES or low in EN_STOP_WORDS or low in english_country_names() or streets and low in STREET_WORDS:
        return True
    return low in stop_words() and (word.islower() or name_weight(word) == 0)


def surname_ok(word: str, evidence: str) -> bool:
    """May ``word`` end a name? "any": any name-like word; "census": a known or surname-shaped
    word; "shape": a surname ending or a known surname that is not a common word; "suffix": only
    the ending of the word says surname."""
    if plain(word):
        return False
    if evidence == "any":
        return True
    if evidence == "census":
        return looks_like_surname(word, world=True)
    if evidence == "suffix":
        return looks_like_surname(word, world=True) and bool(SURNAME_SUFFIXES.search(word.lower()))
    # "shape": a typical surname ending, or a known surname that is not also a common word (in lower
    # case, where nothing else marks a name, not a short one either: "tom yum")
    known = uncommon_surname(word) and (len(word) > 3 or not word.islower())
    return looks_like_surname(word, world=True) and (bool(SURNAME_SUFFIXES.search(word.lower())) or known)
