"""Custom presidio recognizers that need no spaCy model: street addresses and person names."""
from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

from clio_assets.logic.names_gazetteer import NOT_NAMES, is_first_name

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+"
_STREET_EN = r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Terrace|Way|Place|Pl|Parkway|Square|Sq|Highway|Hwy)"
ADDRESS_PATTERNS = [
    # 742 Evergreen Terrace(, Apt 4)(, Springfield)
    Pattern("address_en", rf"\b\d{{1,5}}\s+(?:{_CAP}\s+){{1,3}}{_STREET_EN}\b\.?(?:,?\s+(?:Apt|Suite|Unit)\.?\s*\w+)?(?:,\s*{_CAP}(?:\s{_CAP})?)?", 0.7),
    # Calle Mayor 12 / Avenida de la Paz, 45
    Pattern("address_es_it_pt", rf"\b(?:Calle|Avenida|Avda\.?|Plaza|Paseo|Camino|Carrer|Via|Viale|Piazza|Rua|Travessa)\s+(?:(?:de|del|la|las|los|da|do|dos|di|della)\s+)*(?:{_CAP}\s*){{1,3}},?\s*(?:n[ºo°]\.?\s*)?\d{{1,4}}\b", 0.7),
    # 12 rue de Rivoli(, 75001 Paris)
    Pattern("address_fr", rf"\b\d{{1,4}}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|cours)\s+(?:(?:de|du|des|la|le|l'|d')\s*)*{_CAP}(?:[\s-]{_CAP}){{0,3}}(?:,\s*\d{{5}}\s+{_CAP})?", 0.7),
    # Hauptstraße 5(, 10115 Berlin)
    Pattern("address_de", rf"\b[A-ZÄÖÜ][a-zäöüß-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm)\s+\d{{1,4}}[a-z]?\b(?:,\s*\d{{5}}\s+{_CAP})?", 0.7),
    # 東京都港区六本木1-2-3 / 大阪市北区梅田3丁目1-1
    Pattern("address_ja", r"(?:東京都|北海道|京都府|大阪府|[^\s、。]{2,3}県)?[^\s、。]{1,6}?[市区町村][^\s、。]{0,8}?\d{1,4}(?:丁目|-|－)\d{1,4}(?:[-－]\d{1,4})?(?:号)?", 0.6),
    # 北京市朝阳区建国路88号
    Pattern("address_zh", r"[^\s，。]{2,4}[省市][^\s，。]{1,8}?[区县][^\s，。]{1,10}?[路街道巷][^\s，。]{0,6}?\d{1,5}号", 0.6),
    # any "<postal code> <City>" after a comma, a strong address tail
    Pattern("postal_tail", rf"\b\d{{1,5}}\s+{_CAP}(?:\s{_CAP}){{0,2}},\s*(?:[A-Z]{{2}}\s+)?\d{{4,5}}\b", 0.5),
]

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sr|Sra|Srta|Mme|Mlle|M|Herr|Frau|Dott|Sig|Sig\.ra)\.?"
_INTRO = (
    r"(?:my name is|i am|i'm|call me|name's|dear|hi|hello|to|from|for|with|landlord|boss|"
    r"colleague|friend|neighbor|neighbour|wife|husband|son|daughter|mother|father|"
    r"me llamo|mi nombre es|soy|querid[oa]|estimad[oa]|je m'appelle|je suis|cher|chère|"
    r"ich heiße|ich bin|mein name ist|liebe[rs]?|sehr geehrte[rs]?|mi chiamo|sono|caro|cara|"
    r"meu nome é|eu sou)"
)
_CONTEXT_RE = re.compile(rf"\b(?i:{_INTRO})[ \t]+({_CAP}(?:[ \t]+{_CAP}){{0,2}})")
_TITLE_RE = re.compile(rf"\b{_TITLE}[ \t]+({_CAP}(?:[ \t]+{_CAP}){{0,2}})")
# names never span lines: "Song\nConversations" is two lines, not a person
_FULLNAME_RE = re.compile(rf"\b({_CAP})((?:[ \t]+{_CAP}){{1,2}})")
_CJK_INTRO_RE = re.compile(r"(?:我叫|我的名字是|我是|私の名前は|私は)([\u4e00-\u9fff\u3040-\u30ff]{2,4}?)(?:です|と申します|，|。|,|\s|$)")


class StreetAddressRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        # presidio compiles patterns case-insensitively by default; capitalisation is our signal
        super().__init__(
            supported_entity="STREET_ADDRESS", patterns=ADDRESS_PATTERNS, name="StreetAddressRecognizer",
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )


class PersonNameRecognizer(EntityRecognizer):
    """Person names from a first-name gazetteer plus titles and introductions."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="PersonNameRecognizer")

    def load(self) -> None:  # the gazetteer loads lazily on first use
        pass

    def analyze(self, text: str, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []

        def add(start: int, end: int, score: float) -> None:
            results.append(RecognizerResult("PERSON", start, end, score))

        for m in _TITLE_RE.finditer(text):
            add(m.start(), m.end(1), 0.85)
        for m in _CONTEXT_RE.finditer(text):
            words = m.group(1).split()
            # after an introduction one capitalised word is enough if it is a known first name
            if words[0].lower() not in NOT_NAMES and (is_first_name(words[0]) or len(words) > 1):
                add(m.start(1), m.end(1), 0.8)
        for m in _FULLNAME_RE.finditer(text):
            rest = m.group(2).split()
            if is_first_name(m.group(1)) and rest[0].lower() not in NOT_NAMES:
                add(m.start(), m.end(), 0.75)
        for m in _CJK_INTRO_RE.finditer(text):
            add(m.start(1), m.end(1), 0.7)
        return results
