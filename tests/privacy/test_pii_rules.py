"""One test per person-name and phone rule of the scrubber, in several languages, and the
ordinary text each rule must leave alone. Names and numbers here are made up for the tests."""
from __future__ import annotations

import pytest

from clio_assets.privacy.pii.names.gazetteer import is_first_name, looks_like_surname, name_weight
from clio_assets.privacy.pii.names.world import common_words, world_gendered, world_names
from clio_assets.privacy.pii.scrub import detect


def _found(text: str, kind: str) -> list[str]:
    return [text[s:e] for s, e, k in detect(text) if k == kind]


def _covers(text: str, secret: str, kind: str) -> bool:
    start = text.index(secret)
    return any(s <= start and start + len(secret) <= e for s, e, k in detect(text) if k == kind)


@pytest.mark.parametrize("text,secret", [
    # world gazetteer: first names and surnames no curated list holds
    ("The invoice went to Csilla Vörösmarty last week.", "Csilla Vörösmarty"),
    ("Please forward this to Eero Kallioniemi.", "Kallioniemi"),
    # a person's pronoun after an unknown capitalised word; the other members of a list of names
    ("Cowley finished his career in Ottawa.", "Cowley"),
    ("Guests were Howard Sattler, Bob Maumill and Graham Mabury.", "Bob Maumill"),
    ("The cast: Victoria Justice, Pierson Fode und Matthew Daddario.", "Pierson Fode"),
    # relation nouns, English and others
    ("My friend Tamsin is coming over tonight.", "Tamsin"),
    ("Mi amiga Lucía vive en Sevilla.", "Lucía"),
    ("Mon frère Paul habite à Lyon.", "Paul"),
    ("Meine Kollegin Petra Lindner ist krank.", "Petra Lindner"),
    ("Il mio amico Marco arriva domani.", "Marco"),
    ("Can you scan my ex-wife, Tamsin's letter?", "Tamsin"),
    # sign-offs on the next line
    ("Thanks for the help.\nBest regards,\nAnna Brandt", "Anna Brandt"),
    ("Merci pour tout.\nCordialement,\nJean Dupont", "Jean Dupont"),
    ("Danke!\nViele Grüße,\nIlse Brandt", "Ilse Brandt"),
    # names of address
    ("See you at the station, Ilse!", "Ilse"),
    ("Grace, can you check the numbers?", "Grace"),
    # initials before a surname; particles and double-barrelled surnames
    ("Contact J. Okafor in accounting.", "J. Okafor"),
    ("She met Ahmed al-Rashid yesterday.", "al-Rashid"),
    ("Send it to María García-López, please.", "García-López"),
    # names in capitals, and a surname in capitals after a first name
    ("PLEASE CALL JOHN SMITH TOMORROW", "JOHN SMITH"),
    ("Dear MR. ANDERSON, your order shipped.", "ANDERSON"),
    ("Anna OKAFOR a appelé ce matin.", "OKAFOR"),
    # a surname first, as in lists and forms
    ("Attendees:\nOkafor, Tamsin\nBrandt, Ilse", "Okafor, Tamsin"),
    ("Surname: Lindqvist", "Lindqvist"),
    # an e-mail's display name, and the words that spell its local part
    ("From: Tamsin Okonkwo <t.okonkwo@example.com>", "Tamsin Okonkwo"),
    ("Write to Xalu Quert at xaluquert@example.com", "Xalu Quert"),
    # what only a person has or does
    ("I forgot Okonkwo's birthday again.", "Okonkwo"),
    ("Orsolya was born in 1990.", "Orsolya"),
    # titles of office
    ("Can you draft a letter to Senator Lindqvist?", "Lindqvist"),
    ("Die Besprechung mit Herrn Müller ist morgen.", "Müller"),
    # all lower case: a first name after a cue, a first name and an uncommon surname
    ("text johanna that i'm late", "johanna"),
    ("follow up with patricia lindqvist next week", "patricia lindqvist"),
])
def test_person_rules(text: str, secret: str) -> None:
    assert _covers(text, secret, "PERSON"), (text, detect(text))


@pytest.mark.parametrize("text", [
    "We visited Paris, London and Berlin last spring.",   # a list of places is no list of people
    "Use Python, Java and Rust for the backend.",
    "i need a pto request for the dates jan 15th to jan 20th",  # a month before a day, not "Jan"
    "book me an uber to olive garden",                     # a place type after a first name: a place
    "Python has its quirks.",
    "Write me a poem about Hong Kong and Buenos Aires.",   # places named like people
    "Have you been to Atlanta, Georgia?",                  # a comma between places is no name of address
    "Paris, I love you.",
    "What are the top APIs for maps?",                     # inner capitals: not a name
    "The Elder Scrolls is a game series.",                 # a name that is a frequent word needs a surname after it
    "Thousands of Americans died in the war.",             # a person verb after a frequent word
    "I need to change my PIN ASAP.",                       # acronyms in capitals
    "QUARTERLY SALES REPORT FOR EUROPE",
    "my friend said hi",                                   # a relation noun before an ordinary word
    "can i substitute oregano for basil",                  # a lower-case first name without a person cue
    "i want to edit the language",
    "Meine Kollegin ist krank.",
    "I got an A. Good job though.",
])
def test_person_rules_leave_ordinary_text(text: str) -> None:
    assert _found(text, "PERSON") == []


def test_world_gazetteer_keeps_gendered_names_and_drops_words() -> None:
    first, last, _ = world_names()
    assert len(first) > 15_000 and len(last) > 15_000
    assert is_first_name("Chukwuemeka", world=True) and not is_first_name("Chukwuemeka")  # only the world list knows it
    assert "happy" not in first and "mango" not in first                          # words, not names
    assert "thiago" in common_words() and world_gendered("thiago")                # a frequent word, still a name
    assert name_weight("Thiago", world=True) == 1                                 # ... that never stands alone
    assert looks_like_surname("Vestergaard", world=True) and not looks_like_surname("Vestergaard")


@pytest.mark.parametrize("text,secret", [
    ("Phone: 05.06.45.67.89", "05.06.45.67.89"),            # starts like a date, is a French number
    ("They are not answering at 78 651 450", "78 651 450"),  # a phone word before it
    ("0412 345 678 is my cell", "0412 345 678"),             # a phone word after it
    ("Tel.+41 44 123 45 67", "+41 44 123 45 67"),
    ("Llámame al 612 34 56 78 mañana", "612 34 56 78"),
    ("Ruf mich unter 030 1234567 an", "030 1234567"),
    ("Appelle-moi au +33 6 12 34 56 78", "+33 6 12 34 56 78"),
    ("Numer: +48 512 345 678", "+48 512 345 678"),           # a region beyond our main ones
    ("Desk +49(0)7229262193", "+49(0)7229262193"),           # Luhn-valid, but a country code: not a card
    ("Call 1-800-FLOWERS now", "1-800-FLOWERS"),
    ("Mobile (06)12/345-6789", "(06)12/345-6789"),
    ("Contacts: 0161 496 0732-Office, 07700 900 461-Mobile", "0161 496 0732"),  # a label glued on
    ("Contacts: 0161 496 0732-Office, 07700 900 461-Mobile", "07700 900 461"),
    ("Lines: 030 1234567,+44 (0)20 7946 0018", "+44 (0)20 7946 0018"),             # "+" right after a comma
])
def test_phone_rules(text: str, secret: str) -> None:
    start = text.index(secret)
    spans = [(s, e) for s, e, k in detect(text) if k == "PHONE_NUMBER"]
    assert any(s <= start + len(secret) // 2 < e for s, e in spans), (text, detect(text))


@pytest.mark.parametrize("text", [
    "Timestamp 2023-10-05 14:32:11 in the log",
    "Population: 1,234,567 in 2019",
    "weights 0.25 0.5 0.25",
    "prime numbers 2 3 5 7 11 13 17 19",
    "Order number 123456789 shipped",
    "pi is about 3.14159265",
    "It costs 78 651 450 dollars",
    "Part 1234-5678-ABCD is back in stock",  # letters after a hyphen: a longer token, not a phone
    "ISBN 978-3-16-148410-0",
])
def test_phone_rules_leave_numbers_alone(text: str) -> None:
    assert _found(text, "PHONE_NUMBER") == []
