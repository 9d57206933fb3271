"""An independent PII scanner for text that is about to be published.

Deliberately a different implementation from the scrubber (`pii.py`, presidio-based):
plain regexes with checksums and `phonenumbers`' own matcher, so a blind spot in one
is less likely to be a blind spot in both. Placeholders like "[EMAIL]" are not findings.
"""
from __future__ import annotations

import re

import phonenumbers

from clio_assets.privacy.pii.names.gazetteer import NOT_NAMES, is_first_name
from clio_assets.privacy.pii.numbers import luhn_ok  # a checksum is arithmetic, not detection logic

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_IPV4 = re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")
_SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")
_CARD = re.compile(r"\b(?:\d[ -]?){13,19}\b")
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{3,}")
_STREET = re.compile(r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}"
                     r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Drive|Terrace|Boulevard|Way)\b"
                     r"|\b(?:rue|calle|via|rua)\s+\w+[^.,;]{0,30}\d{1,4}\b"
                     r"|\b\w+(?:straße|strasse)\s+\d{1,4}\b", re.IGNORECASE)
_CAPPED_PAIR = re.compile(r"\b(?=([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)\b)")  # lookahead: overlapping pairs
SCAN_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "JP", "CN", "BR", "IN")


def _iban_ok(candidate: str) -> bool:
    s = candidate.replace(" ", "")
    rearranged = s[4:] + s[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return len(s) >= 15 and int(number) % 97 == 1


def find_pii(text: str) -> list[tuple[str, str]]:
    """(kind, matched text) for everything that looks personal; empty means clean."""
    found: list[tuple[str, str]] = []
    found += [("EMAIL", m.group()) for m in _EMAIL.finditer(text)]
    found += [("URL", m.group()) for m in _URL.finditer(text)]
    found += [("IP", m.group()) for m in _IPV4.finditer(text)]
    found += [("SSN", m.group()) for m in _SSN.finditer(text)]
    found += [("HANDLE", m.group()) for m in _HANDLE.finditer(text)]
    found += [("ADDRESS", m.group()) for m in _STREET.finditer(text)]
    found += [("IBAN", m.group()) for m in _IBAN.finditer(text) if _iban_ok(m.group())]
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            found.append(("CREDIT_CARD", m.group()))
    for region in SCAN_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region):
            found.append(("PHONE", match.raw_string))
    for m in _CAPPED_PAIR.finditer(text):
        if is_first_name(m.group(1)) and m.group(2).lower() not in NOT_NAMES:
            found.append(("PERSON", f"{m.group(1)} {m.group(2)}"))
    return sorted(set(found))
