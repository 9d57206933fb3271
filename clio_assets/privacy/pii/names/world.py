"""World-wide first names and surnames (names-dataset), compacted once and cached.

gender-guesser's first names and the US census surnames miss much of the world (Hungarian,
Finnish, Slovene, Arabic, Turkish names...). `names-dataset` (MIT) ships ~730k first names and
~980k surnames with popularity ranks in 105 countries — aggregate counts, no individual records
(its author extracted them from a 2021 leak of a social network; see the README). Its pickles
take ~7 s and ~2 GB to load, so we keep only what the person rules need: Latin-script names in
the top `MAX_RANK` of some country that are not also common words, and cache that (a few MB)
under ``$XDG_CACHE_HOME/clio`` keyed by the package version. Nothing is downloaded.

Common words come from `wordfreq` (frequency lists shipped in its wheel): a word at or above
Zipf 3.5 (about once in 300,000 words) in a language we see is a word first and a name only
with context ("Happy", "Bora", "Leone" — lion in Italian). Frequent names are frequent words
too, so a first name nearly only one gender bears (95 %) is kept all the same ("Thiago").
"""
from __future__ import annotations

import gzip
import os
import pickle
import re
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

MAX_RANK = 5000  # of the ~20k names each country's list holds: names that are common somewhere
COMMON_ZIPF = 3.5
COMMON_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl")
GENDERED = 0.95
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]{3,}")  # one word, Latin letters with any diacritic
_FORMAT = 3  # bump when the cached content changes


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case words frequent in any of COMMON_LANGUAGES (names frequent in text count too:
    callers use this only for names no curated list knows)."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError:
        return frozenset()
    floor = 10 ** (COMMON_ZIPF - 9)
    return frozenset(w for lang in COMMON_LANGUAGES for w, f in get_frequency_dict(lang, "small").items() if f >= floor)


def _cache_path(version: str) -> Path:
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "clio" / f"names-world-{version}-r{MAX_RANK}-z{COMMON_ZIPF}-f{_FORMAT}.pkl.gz"


WorldNames = tuple[dict[str, int], dict[str, int], frozenset[str]]


def _derive(package_dir: Path) -> WorldNames:
    """(first names, surnames, gendered first names): lower-cased name -> its best rank in any country,
    and the first names borne (95 %) by one gender."""
    common = common_words()
    out: list = []
    gendered_names: set[str] = set()
    for kind in ("first_names", "last_names"):
        with gzip.open(package_dir / "v3" / f"{kind}.pkl.gz", "rb") as fh:
            raw = pickle.load(fh)  # trusted: the installed package's own data
        names: dict[str, int] = {}
        for name, info in raw.items():
            if not info.get("rank") or not _LATIN_NAME.fullmatch(name):
                continue
            rank, low = min(info["rank"].values()), name.lower()
            # a frequent word is still a given name when nearly only one gender bears it ("Thiago",
            # "Andrzej"): words people put in the name field ("Happy", "Peace", "Mango") are not so
            gendered = max((info.get("gender") or {}).values(), default=0) >= GENDERED
            if rank <= MAX_RANK and (low not in common or kind == "first_names" and gendered):
                names[low] = min(rank, names.get(low, rank))
                if kind == "first_names" and gendered:
                    gendered_names.add(low)
        del raw
        out.append(names)
    return out[0], out[1], frozenset(gendered_names)


@lru_cache(maxsize=1)
def world_names() -> WorldNames:
    """(first names, surnames) -> best rank, and the gendered first names; empty when names-dataset
    is not installed."""
    try:
        import names_dataset

        version = metadata.version("names-dataset")
    except (ImportError, metadata.PackageNotFoundError):
        return {}, {}, frozenset()
    path = _cache_path(version)
    try:
        with gzip.open(path, "rb") as fh:
            return pickle.load(fh)  # our own cache file
    except (OSError, EOFError, pickle.UnpicklingError):
        pass
    names = _derive(Path(names_dataset.__file__).parent)
    try:  # write atomically: processes started together may derive at the same time
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as raw_fh, gzip.open(raw_fh, "wb") as fh:
            pickle.dump(names, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: derive again next time
    return names


def world_first_rank(low: str) -> int:
    """Best rank of ``low`` as a first name in any country, 0 when unknown or a common word."""
    return world_names()[0].get(low, 0)


def world_surname_rank(low: str) -> int:
    return world_names()[1].get(low, 0)


def world_gendered(low: str) -> bool:
    """Is ``low`` a first name nearly only one gender bears (a given name, not a word put in a name field)?"""
    return low in world_names()[2]
