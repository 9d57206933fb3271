"""Phones, payment cards, IBANs, e-mail and IPv4 addresses: candidates, then format, checksum, context.

Phones: a number in an unmistakable phone format (international "+44 ...", "(212) 555-0100",
"01 23 45 67 89") is kept as it is; any other digit run is kept when `phonenumbers` finds it
valid for one of our regions, or when a phone word ("phone", "Tel.", "móvil", "電話") comes just
before it, since people write local numbers in formats no validator knows. One candidate
regex plus `phonenumbers.parse` per candidate is far cheaper than presidio's PhoneRecognizer,
which scans the whole text once per region.
Cards: Luhn-valid 13-19 digit numbers with a card network's leading digit, and 12-digit ones
(Maestro) after a card word. IBANs: the mod-97 check, in upper or lower case. E-mail and IPv4
addresses are bounded by ASCII characters only, since CJK text runs into them without spaces
("メールはtanaka@example.jpまで"), where presidio's \b-bounded patterns fail or over-reach.
"""
from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

PHONE_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "PT", "BR", "MX", "AR", "CA", "JP", "CN", "IN", "AU", "NL", "CH",
                 "AT", "BE")
_CANDIDATE = re.compile(
    # neighbours may be CJK text ("電話は090-1234-5678です"), so only Latin letters and digits bound it
    # a "+" may follow a comma directly ("…,+41 …": a list); a phone label may be glued on with a
    # hyphen ("555 0134-Office"), any other letter or hyphen after the digits means a longer token
    r"(?:(?<=,)\+|(?<![A-Za-z0-9+,/-])(?<![0-9]\.)(?:\+|00)?)\(?\d[\d \t().\-/]{4,22}\d"
    r"(?:[ \t]?(?:x|ext\.?|#)[ \t]?\d{1,5})?"
    r"(?:(?![A-Za-z0-9-]|[.,/]\d)|(?=[-–](?:mobile|cell|home|work|office|landline|fax|tel|phone)\b))", re.IGNORECASE
)
_STRONG = re.compile(
    r"(?:(?:\+|00)\d{1,3}[ .\-]?(?:\(0\)[ .\-]?)?\(?\d{1,5}\)?(?:[ .\-]?\d{2,5}){1,5}"  # international
    r"|(?:1[ .\-])?(?:\(\d{3}\)[ .\-]?|\d{3}[.\-])\d{3}[.\-]\d{4}|[2-9]\d{2} [2-9]\d{2} \d{4}"  # North American
    r"|0\d(?:[ .]\d{2}){4}"  # French and Belgian style 01 23 45 67 89
    r"|\(0?\d{1,4}\)[ .\-]?\d{2,4}(?:[ .\-]?\d{2,4}){1,2}"  # an area code in parentheses: (03) 9123 4567
    r"|0\d{1,4}[ /.\-]\d{2,8}(?:[ .\-]\d{2,4}){0,3})"  # a trunk 0, then groups: 0471 2233445
    r"(?:[ \t]?(?:x|ext\.?|#)[ \t]?\d{1,5})?", re.IGNORECASE,
)
_DAY, _MONTH = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])"
# a whole candidate that is a date (2003-08-28, 28/08/2003, 08.28.03) or a US SSN; "05.06.45.67.89"
# starts like a date but is a French-style phone number
_NOT_PHONE = re.compile(
    rf"(?:\d{{4}}([-/.]){_MONTH}\1{_DAY}|{_DAY}([-/.]){_MONTH}\2\d{{2,4}}|"
    rf"{_MONTH}([-/.]){_DAY}\3\d{{2,4}})(?:[ T]\d{{1,2}})?$|\d{{3}}-\d{{2}}-\d{{4}}$"
)
# quantities are phones only in context: thousands groups ("1,234,567"), decimals ("3.14159", "0.25 0.5"),
# and lists of small numbers ("2 3 5 7 11 13"): phone numbers have at most one one-digit group
_QUANTITY = re.compile(r"\d{1,3}(?:([,.])\d{3})(?:\1\d{3})*|\d+[.,]\d+|.*\d[.,]\d.* .*|"
                       r".*(?<!\d)\d\D+(?:.*\D)?\d(?!\d).*")
_PHONE_WORDS = re.compile(
    r"(?i:phone|\btel\b|\btél|telephone|téléphone|teléfono|telefone|telefon|telefono|mobile|mobil|móvil|movil|"
    r"\bcell|celular|handy|portable|\bfax|\bph\b|\bmob\b|\btlf|\btfno|\bcall|\bdial|\btext|\bsms|whatsapp|signal|"
    r"\bcontact|\breach|get through|\bring\b|\banswer|\bmessag|voicemail|hotline|helpline|landline|switchboard|"
    r"extension|(?:my|his|her|their|your|our|contact|phone|mobile|cell|home|work) number|número|numéro|"
    r"\bllam|appel|\brufe?\b|anrufen|chiama|\bliga|\bbel\b|"
    r"電話|电话|手机|携帯)[^\d\n]{0,25}\n?[^\d\n]{0,5}$"
)
# phone words just after a number: "555 0134 (mobile)", "0412 345 678 is my cell"
_PHONE_AFTER = re.compile(
    r"[ \t]*[,;:(–-]?[ \t]*(?i:(?:mobile|cell|home|work|office|landline|fax|tel|phone)\b|"
    r"(?:(?:is|was|=)[ \t]+)?(?:still[ \t]+)?(?:my|his|her|their|our|your|the|a)[ \t]+(?:\w+[ \t]+)?"
    r"(?:number|phone|cell|mobile|line)\b)"
)
# a unit or currency after a number makes it a quantity ("78 651 450 dollars")
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:[%€£$¥]|(?i:percent|dollars?|euros?|pounds?|yen|usd|eur|gbp|people|persons|users|items|units|"
    r"times|years|km|kg|mb|gb|tb|tons?|miles|meters|metres)\b)"
)
# US toll-free numbers spelled with letters ("1-800-FLOWERS")
_VANITY = re.compile(r"(?<![\w+])(?:\+?1[ .\-])?\(?8(?:00|33|44|55|66|77|88)\)?[ .\-]"
                     r"(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{3}-?[A-Z0-9]{4,}(?![\w-])")
_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d-])")
_CARD_WORDS = re.compile(
    r"(?i:card|\bcc\b|credit|debit|visa|mastercard|amex|maestro|tarjeta|carte|karte|cartão|carta|"
    r"カード|卡)[^\d\n]{0,25}$"
)
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])"
)
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"(?<![\d.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\d]|\.\d)")
_IBAN = re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,4})?\b")


def luhn_ok(digits: str) -> bool:
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _card_like(digits: str) -> bool:
    """13-19 Luhn-valid digits led by a card network's digit (2-6; 1800 is JCB)."""
    return 13 <= len(digits) <= 19 and (digits[0] in "23456" or digits.startswith("1800")) and luhn_ok(digits)


def find_cards(text: str) -> list[tuple[int, int, float]]:
    found = []
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if _card_like(digits):
            found.append((m.start(), m.end(), 0.8))
        elif len(digits) >= 12 and digits[0] in "3456" and luhn_ok(digits) \
                and _CARD_WORDS.search(text[max(0, m.start() - 40):m.start()]):
            found.append((m.start(), m.end(), 0.7))
    return found


def find_ibans(text: str) -> list[tuple[int, int, float]]:
    found = []
    for m in _IBAN.finditer(text):
        candidate = m.group()
        while len(candidate.replace(" ", "")) >= 15:  # a word after the IBAN may have been taken in
            s = candidate.replace(" ", "").upper()
            if int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1:
                found.append((m.start(), m.start() + len(candidate), 0.9))
                break
            candidate = candidate.rsplit(" ", 1)[0] if " " in candidate else ""
    return found


def find_emails(text: str) -> list[tuple[int, int, float]]:
    return [(m.start(), m.end(), 0.9) for m in _EMAIL.finditer(text)] if "@" in text else []


def find_ipv4(text: str) -> list[tuple[int, int, float]]:
    return [(m.start(), m.end(), 0.6) for m in _IPV4.finditer(text)]


# every region `phonenumbers` knows, ours first: people write to us from everywhere
_ALL_REGIONS = PHONE_REGIONS + tuple(sorted(phonenumbers.SUPPORTED_REGIONS - set(PHONE_REGIONS)))


@lru_cache(maxsize=4096)
def _valid_somewhere(number: str) -> bool:
    """Is ``number`` (as written, without a country code) a valid phone number in some region?"""
    for region in _ALL_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                return True
        except phonenumbers.NumberParseException:
            return False
    return False


def find_phones(text: str) -> list[tuple[int, int, float]]:
    found = [(m.start(), m.end(), 0.5) for m in _VANITY.finditer(text)]
    if sum(c.isdigit() for c in text) < 6:
        return found
    for m in _CANDIDATE.finditer(text):
        cand = m.group().rstrip(" \t(")
        start, end = m.start(), m.start() + len(cand)
        digits = re.sub(r"\D", "", re.split(r"(?i)x|ext|#", cand)[0])
        # a Luhn-valid run may be a card, but not with a country code or an area code in parentheses
        card = _card_like(digits) and not (cand.startswith(("+", "00")) or "(" in cand)
        if not 6 <= len(digits) <= 15 or _NOT_PHONE.match(cand) or card:
            continue
        context = bool(_PHONE_WORDS.search(text[max(0, start - 40):start]) or _PHONE_AFTER.match(text, end))
        if _STRONG.fullmatch(cand) and len(digits) >= (9 if cand[0] == "0" else 8) or context:
            found.append((start, end, 0.6))
        # a bare run of digits is a phone number only when long ("1243435" may be anything), and
        # a quantity ("12 345 678", "3.14159") only with a phone word near it
        elif ((len(digits) >= 10 or len(digits) >= 7 and not cand.isdigit()) and not _QUANTITY.fullmatch(cand)
              and not _UNIT_AFTER.match(text, end) and _valid_somewhere(cand)):
            found.append((start, end, 0.5))
    return found
