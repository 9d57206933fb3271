"""Street-address vocabulary: street types, unit designators, address context, countries.

General postal grammar, not a list of places: street type words of many languages (USPS
Publication 28 suffixes for English), the compound endings of Germanic, Nordic, Finnish,
Dutch and Hungarian street names, unit/apartment designators, and country names in many
languages from `phonenumbers`' own locale table (already a dependency).
"""
from __future__ import annotations

import re
from functools import lru_cache

# English street types, after the name ("742 Evergreen Terrace"); USPS standard suffixes.
EN_TYPES = """alley allee annex arcade avenue ave av bayou beach bend bluff bluffs bottom boulevard blvd
    branch bridge brook brooks burg burgs bypass camp canyon cape causeway center centre centers
    circle circles cir cliff cliffs club common commons corner corners course court courts ct cove
    coves creek crescent cres crest crossing crossroad crossroads curve dale dam divide drive drives
    dr estate estates expressway expy extension extensions falls ferry field fields flat flats ford
    fords forest forge forges fork forks fort freeway fwy garden gardens gateway glen glens green
    greens grove groves harbor harbors harbour haven heights hts highway hwy hill hills hollow inlet
    island islands isle junction junctions key keys knoll knolls lake lakes landing lane ln light
    lights loaf lock locks lodge loop mall manor manors meadow meadows mews mill mills mission
    motorway mount mountain mountains neck orchard oval overpass park parks parkway parkways pkwy
    pass passage path pike pine pines place pl plain plains plaza point points port ports prairie
    radial ramp ranch rapid rapids rest ridge ridges river road roads rd route row run shoal shoals
    shore shores skyway spring springs spur spurs square squares sq station stravenue stream street
    streets st str summit terrace ter throughway trace track trafficway trail trailer tunnel
    turnpike tpke underpass union unions valley valleys viaduct view views village villages ville
    vista walk walks wall way ways well wells close parade esplanade promenade quay embankment rise
    wynd gate""".split()
# Types that come before the name ("Calle Mayor 12", "rue de Rivoli", "ul. Miła 53").
PRE_TYPES = """calle c/ avenida avda av av. paseo plaza camino carretera ronda travesía travesia
    glorieta carrer passeig rua travessa largo praça praca estrada alameda rue avenue boulevard bd
    bld place chemin allée allee impasse quai cours route via viale piazza corso vicolo strada
    piazzale lungomare ul ul. ulica al. aleja os. osiedle pl. plac ulitsa ул. улица проспект
    пр. prospekt náměstí nám. třída trg cesta odos οδός οδος λεωφόρος λεωφ. πλατεία leoforos
    str. strada bulevardul calea sokak cadde caddesi jalan jl. jln. rúa""".split()
# Endings of one-word street names ("Hauptstraße", "Nørregade", "Hämeenkatu", "Drottninggatan").
SUFFIXES = """straße strasse str. gasse weg allee platz ring damm ufer chaussee steig pfad markt gade
    vej vænget allé gata gatan vägen väg gränd torget veien vegen vei veg gate stræti vegur braut
    katu tie kuja polku tori raitti straat laan gracht plein kade singel dreef utca út útja tér
    körút u. ulica ulice cesta tänav maantee puiestee iela gatvė prospektas""".split()
# Separate words that act as street types in those languages ("Stensås terrasse 38").
SUFFIX_WORDS = {"terrasse", "allé", "gate", "vei", "vej", "veien", "gata", "vegur", "tie", "katu",
                "utca", "út", "útja", "tér", "u.", "ul.", "str.", "straße", "strasse", "weg", "cesta",
                "tänav", "tee", "maantee", "puiestee", "iela", "gatvė", "prospektas"}
UNITS = (r"(?:apartment|apt|apto|suite|ste|unit|flat|floor|fl|room|rm|bldg|building|block|blk|box|piso|puerta|"
         r"planta|depto|dpto|dept|étage|etage|bâtiment|escalier|wohnung|whg|lgh|kv|#)")
CONTEXT = re.compile(
    r"(?:address|adresse|dirección|direccion|indirizzo|endereço|anschrift|住所|地址|"
    r"\blive[sd]?\s+(?:at|on|in)|\bliving\s+(?:at|on)|located\s+(?:at|on)|based\s+at|"
    r"\bsen[dt]\s+(?:\w+\s+)?to|ship(?:ped)?\s+(?:\w+\s+)?to|deliver(?:ed)?\s+(?:\w+\s+)?to|"
    r"mail(?:ed)?\s+(?:\w+\s+)?to|return(?:ed)?\s+(?:\w+\s+)?to|drops?\s+(?:\w+\s+)?off\s+at|"
    r"pick\s+(?:\w+\s+)?up\s+at|meet\s+(?:\w+\s+)?at|office\s+is\s+(?:at|on)|moved\s+to|"
    r"\b(?:house|home|flat|apartment)\s+(?:is\s+)?(?:at|on)|side\s+of|vivo\s+en|vive\s+en|"
    r"habite|wohne|wohnt|abito|moro\s+na)[^.!?\n]{0,25}$",
    re.IGNORECASE,
)


def alternation(words: list[str] | set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-cased country and territory names in the ~100 languages of phonenumbers' table."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    return frozenset(v.lower() for langs in LOCALE_DATA.values() for v in langs.values()
                     if not v.startswith("*") and len(v) > 3)


@lru_cache(maxsize=1)
def english_country_names() -> frozenset[str]:
    """Lower-cased English country names only: other languages' names collide with given names
    (French "Maurice" is Mauritius)."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    return frozenset(langs.get("en", "*").lower() if not langs.get("en", "*").startswith("*") else langs["aa"].lower()
                     for langs in LOCALE_DATA.values() if "aa" in langs)


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-cased names of places: the cities and regions of `phonenumbers`' geocoder (in the
    languages it has) and all country names. Two capitalised words that name a place ("Santa Clara",
    "Hong Kong") are not a person although each could be a name."""
    from phonenumbers.geodata import GEOCODE_DATA

    places = {part.strip().lower()
              for names in GEOCODE_DATA.values() for name in names.values() for part in name.split(", ")}
    continents = {"africa", "america", "americas", "antarctica", "asia", "europe", "oceania", "australia"}
    return frozenset(places | country_names() | english_country_names() | continents)
