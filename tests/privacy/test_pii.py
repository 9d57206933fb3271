"""The scrubber (presidio-based) and the independent scanner, per entity type and language."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from clio_assets.privacy.pii.scrub import scrub
from clio_assets.privacy.scan import find_pii

CASES = [
    ("EMAIL_ADDRESS", "Send it to maria.garcia@example.com please", "maria.garcia@example.com"),
    ("PHONE_NUMBER", "Call me on +1 415 555 0132 tomorrow", "415 555 0132"),
    ("PHONE_NUMBER", "Mi número es +34 612 345 678, llámame", "612 345 678"),
    ("PHONE_NUMBER", "Ruf mich an: +49 30 901820", "901820"),
    ("PHONE_NUMBER", "電話は090-1234-5678です", "090-1234-5678"),
    ("CREDIT_CARD", "my card is 4111 1111 1111 1111 expiring soon", "4111 1111 1111 1111"),
    ("IBAN_CODE", "Überweise auf DE89 3704 0044 0532 0130 00 bitte", "DE89 3704 0044 0532 0130 00"),
    ("US_SSN", "SSN 219-09-9999 on the form", "219-09-9999"),
    ("IP_ADDRESS", "the server at 203.0.113.42 is down", "203.0.113.42"),
    ("URL", "see https://github.com/jdoe-private/notes for my notes", "github.com/jdoe-private"),
    ("STREET_ADDRESS", "I live at 742 Evergreen Terrace, Springfield and", "742 Evergreen Terrace"),
    ("STREET_ADDRESS", "Vivo en Calle Mayor 12, Madrid", "Calle Mayor 12"),
    ("STREET_ADDRESS", "J'habite au 12 rue de Rivoli, 75001 Paris", "rue de Rivoli"),
    ("STREET_ADDRESS", "Ich wohne in der Hauptstraße 5, 10115 Berlin", "Hauptstraße 5"),
    ("STREET_ADDRESS", "住所は東京都港区六本木1-2-3です", "六本木1-2-3"),
    ("PERSON", "Write a letter to my landlord John Peterson about the heating", "John Peterson"),
    ("PERSON", "Hola, me llamo Lucía Fernández y necesito ayuda", "Lucía Fernández"),
    ("PERSON", "Bonjour, je m'appelle Pierre Dubois", "Pierre Dubois"),
    ("PERSON", "Sehr geehrte Frau Schneider, vielen Dank", "Schneider"),
    ("PERSON", "Dear Dr. Keiko Tanaka, thank you", "Keiko Tanaka"),
    ("PERSON", "我叫王小明，想学习英语", "王小明"),
    # more languages and shapes per entity type
    ("EMAIL_ADDRESS", "Mi correo es lucia.fernandez@correo.es, gracias", "lucia.fernandez@correo.es"),
    ("EMAIL_ADDRESS", "Écris-moi à pierre.dubois@exemple.fr demain", "pierre.dubois@exemple.fr"),
    ("EMAIL_ADDRESS", "Schreib an anna.schmidt@beispiel.de", "anna.schmidt@beispiel.de"),
    ("EMAIL_ADDRESS", "请发邮件到wang.xiaoming@example.cn", "wang.xiaoming@example.cn"),
    ("EMAIL_ADDRESS", "メールはtanaka.keiko@example.jpまで", "tanaka.keiko@example.jp"),
    ("PHONE_NUMBER", "Appelle-moi au 06 12 34 56 78 ce soir", "06 12 34 56 78"),
    ("PHONE_NUMBER", "Telefon: 030 12345678", "12345678"),
    ("PHONE_NUMBER", "我的电话是13800138000", "13800138000"),
    ("PHONE_NUMBER", "携帯は080-1234-5678です", "080-1234-5678"),
    ("PHONE_NUMBER", "Office: (212) 555-0147 ext. 22", "555-0147"),
    ("PHONE_NUMBER", "Desk +44 20 7946 0958", "7946 0958"),
    ("CREDIT_CARD", "Mi tarjeta es 4111 1111 1111 1111, caduca pronto", "4111 1111 1111 1111"),
    ("CREDIT_CARD", "Ma carte Maestro : 501234567896", "501234567896"),
    ("CREDIT_CARD", "カード番号は5555555555554444です", "5555555555554444"),
    ("IBAN_CODE", "Mi IBAN: ES91 2100 0418 4502 0005 1332", "2100 0418 4502"),
    ("IBAN_CODE", "virement sur FR14 2004 1010 0505 0001 3M02 606 svp", "2004 1010 0505"),
    ("IBAN_CODE", "my iban is gb82west12345698765432", "gb82west12345698765432"),
    ("US_SSN", "Mi SSN es 536-22-1847", "536-22-1847"),
    ("IP_ADDRESS", "Die IP 192.168.178.1 antwortet nicht", "192.168.178.1"),
    ("IP_ADDRESS", "サーバーは10.0.0.5です", "10.0.0.5"),
    ("STREET_ADDRESS", "Envíalo a Calle de Alcalá 45, 28014 Madrid", "Alcalá 45"),
    ("STREET_ADDRESS", "Ma adresse : 8 avenue des Champs-Élysées, 75008 Paris", "Champs-Élysées"),
    ("STREET_ADDRESS", "Unsere Adresse: Musterweg 7\n80331 München\nDeutschland", "80331 München"),
    ("STREET_ADDRESS", "221B Baker Street\nLondon NW1 6XE\nUnited Kingdom", "NW1 6XE"),
    ("STREET_ADDRESS", "1600 Pennsylvania Avenue NW, Suite 200, Washington, DC 20500", "Suite 200"),
    ("STREET_ADDRESS", "Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123"),
    ("STREET_ADDRESS", "Please send it to P.O. Box 1234, Springfield", "Box 1234"),
    ("STREET_ADDRESS", "上海市浦东新区世纪大道100号", "世纪大道100号"),
    ("STREET_ADDRESS", "大阪府大阪市北区梅田3丁目1-1に住んでいます", "梅田3丁目1-1"),
    ("PERSON", "Ask Anna K. Nowak about the invoice", "Nowak"),
    ("PERSON", "Jean-Pierre Martin a appelé hier", "Jean-Pierre"),
    ("PERSON", "Frau Maria van der Berg sagt danke", "van der Berg"),
    ("PERSON", "The report was written by Olga Petrova.", "Petrova"),
    ("PERSON", "Hola, soy Carmen y tengo una pregunta", "Carmen"),
    ("PERSON", "私の名前は田中です", "田中"),
    ("PERSON", "Lisa: can you check this?\nTom: sure", "Lisa"),
    ("PERSON", "Dear Grace, thanks for the flowers", "Grace"),
]


@pytest.mark.parametrize("kind,text,secret", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_scrubber_removes_each_entity_type(kind: str, text: str, secret: str) -> None:
    result = scrub(text)
    assert secret not in result.text
    assert kind in result.entity_types


@pytest.mark.parametrize("text", [
    "Can you help me debug this Python function that sorts a list?",
    "Will it rain in May? Explain how weather forecasts work.",
    "Écris un poème sur la mer et le vent d'automne.",
    "Erkläre mir bitte den Unterschied zwischen TCP und UDP.",
    "请帮我写一个快速排序的函数。",
    # code, maths, recipes, units and versions in several languages
    "def add(a, b):\n    return a + b\n\nprint(add(2, 3))",
    "SELECT name, COUNT(*) FROM users GROUP BY name HAVING COUNT(*) > 10;",
    "Solve 3x + 5 = 20 and explain each step.",
    "Convert 300 Kelvin to Celsius.",
    "Version 3.11 of Python was released in October 2022.",
    "The meeting is at 5 PM in Room 204.",
    "Receta: mezcla 200 g de harina, 2 huevos y 250 ml de leche; hornea 25 minutos a 180 °C.",
    "Recette : 3 œufs, 100 g de sucre, cuire 20 minutes à 180 degrés.",
    "Wie viel ist 12 mal 34? Bitte mit Rechenweg.",
    "请解释一下牛顿第二定律 F = ma 的含义。",
    "Pythonでリストを逆順にする方法を教えてください。",
    "Hello World program in C, please.",
])
def test_scrubber_leaves_ordinary_requests_alone(text: str) -> None:
    assert scrub(text).text == text


def test_placeholders_are_stable_under_rescrubbing() -> None:
    once = scrub("Email maria@example.com or visit https://example.org/u/maria").text
    assert scrub(once).text == once


@pytest.mark.parametrize("text,kind", [
    ("Contact Maria Garcia for details", "PERSON"), ("mail bob@example.org", "EMAIL"),
    ("call +44 20 7946 0958", "PHONE"), ("card 4111-1111-1111-1111", "CREDIT_CARD"),
    ("GB82 WEST 1234 5698 7654 32", "IBAN"), ("host 10.1.2.3", "IP"), ("at 12 Baker Street", "ADDRESS"),
    ("follow @janedoe99", "HANDLE"),
])
def test_independent_scanner_finds_pii(text: str, kind: str) -> None:
    assert kind in {k for k, _ in find_pii(text)}


def test_independent_scanner_accepts_published_style_text() -> None:
    text = ("Python function, error handling\nConversations in which many different users ask about "
            "python function and error handling. The most common task is to debug or fix code, mostly in English.")
    assert find_pii(text) == []
    assert find_pii("Card 4111 1111 1111 1112 is not a valid number") == []  # Luhn fails


def _bench():
    """bench/pii.py as a module (bench/ is a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("bench_pii", Path(__file__).resolve().parents[2] / "bench" / "pii.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scrubber_quality_on_presidio_synth_slice() -> None:
    """Recall/precision floors on 200 presidio-synth sentences (the full set: `dev.py bench pii`)."""
    bench = _bench()
    if not bench.DATA.exists():
        pytest.skip(f"presidio-synth data not found at {bench.DATA}")
    from clio_assets.privacy.pii.scrub import detect

    result = bench.evaluate(bench.load("all", 200), detect)
    floors = {"EMAIL_ADDRESS": 0.93, "CREDIT_CARD": 0.93, "PERSON": 0.86, "STREET_ADDRESS": 0.88, "PHONE_NUMBER": 0.7}
    for entity, floor in floors.items():
        assert result["support"][entity] >= 5, entity
        assert bench.recall(result, entity) >= floor, (entity, bench.recall(result, entity))
    for entity in ("IBAN_CODE", "US_SSN", "IP_ADDRESS"):  # a handful each in this slice: all must be caught
        assert bench.recall(result, entity) == 1.0, entity
    assert result["precision"] >= 0.83
