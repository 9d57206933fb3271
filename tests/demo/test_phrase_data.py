"""The demo phrase tables as data files (clio_assets/demo/phrases/*.yaml) and their loader.

Every file must be plain, human-readable UTF-8 YAML of the expected shape, and the
loader (clio_assets.demo.topics) must expose every table the generator reads, with the
Python types the generator relies on.
"""
from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
import yaml

from clio_assets.demo import generator
from clio_assets.demo import topics as T

FILES = sorted(T.PHRASES_DIR.glob("*.yaml"))
BLOCK_KEYS = {"requests", "followups", "replies", "fillers"}
# Tables whose lists may hold "" on purpose (an empty opener, closer or title is a valid draw).
MAY_BE_EMPTY = {"openers", "closers", "titles"}


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def is_str_list(value: Any, allow_empty: bool = False) -> bool:
    return (isinstance(value, list) and bool(value)
            and all(isinstance(v, str) and (allow_empty or v.strip()) for v in value))


def names_read_by_generator() -> set[str]:
    """Every ``T.<NAME>`` the generator source reads."""
    tree = ast.parse(Path(generator.__file__).read_text(encoding="utf-8"))
    return {node.attr for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "T"}


def test_one_file_per_category_plus_shared() -> None:
    assert {p.stem for p in FILES} == {"shared", *T.CATEGORIES}
    assert set(T.CATEGORIES) == set(T.CATEGORY_WEIGHTS)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_is_plain_readable_yaml_with_a_header(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")  # strict UTF-8
    assert text.startswith("# "), "a header comment says what the file holds"
    assert "!!" not in text and "!python" not in text, "no YAML/Python-specific tags"
    assert "\\u" not in text and "\\x" not in text, "non-ASCII text is written as is (allow_unicode)"
    assert isinstance(load(path), dict) and load(path)


@pytest.mark.parametrize("category", T.CATEGORIES)
def test_category_file_shape(category: str) -> None:
    table = load(T.PHRASES_DIR / f"{category}.yaml")
    assert isinstance(table, dict) and table
    for leaf, langs in table.items():
        assert isinstance(leaf, str) and list(langs) == list(T.LANGUAGES), (category, leaf)
        for lang, block in langs.items():
            where = (category, leaf, lang)
            assert set(block) == BLOCK_KEYS, where
            for key in ("requests", "followups", "replies"):
                assert is_str_list(block[key]), (*where, key)
            assert isinstance(block["fillers"], dict), where
            for slot, values in block["fillers"].items():
                assert isinstance(slot, str) and is_str_list(values), (*where, slot)


def test_shared_file_shape() -> None:
    shared = load(T.PHRASES_DIR / "shared.yaml")
    assert is_str_list(shared["languages"]) and is_str_list(shared["clients"])
    assert is_str_list(shared["concerning_categories"])
    for key in ("language_weights", "category_weights", "leaf_weights"):
        weights = shared[key]
        assert weights and all(isinstance(k, str) and isinstance(v, float) and v > 0 for k, v in weights.items()), key
    for key in ("openers", "closers", "acks", "followup_replies", "generic_followups", "first_names", "surnames",
                "cjk_surnames", "cjk_given_names", "email_domains", "titles", "rare"):
        table = shared[key]
        assert table and all(is_str_list(v, allow_empty=key in MAY_BE_EMPTY) for v in table.values()), key
    for key in ("shared_fillers", "address_parts", "pii_frames"):
        assert shared[key] and all(isinstance(inner, dict) and inner and all(is_str_list(v) for v in inner.values())
                                   for inner in shared[key].values()), key


def test_loader_exposes_every_table_the_generator_reads() -> None:
    used = names_read_by_generator()
    assert {"TOPICS", "LANGUAGES", "CLIENTS", "RARE", "PII_FRAMES"} <= used  # the scan itself works
    assert not [name for name in used if not hasattr(T, name)]


def test_loader_keeps_the_python_types_and_order() -> None:
    shared = load(T.PHRASES_DIR / "shared.yaml")
    # every key of shared.yaml has its public name, equal to what yaml.safe_load gives
    for key, value in shared.items():
        loaded = getattr(T, key.upper())
        if key == "languages":
            assert loaded == tuple(value)
        elif key == "concerning_categories":
            assert loaded == frozenset(value)
        else:
            assert loaded == value, key
    assert isinstance(T.LANGUAGES, tuple) and T.LANGUAGES[0] == "en"
    assert isinstance(T.CONCERNING_CATEGORIES, frozenset)
    assert T.CONCERNING_CATEGORIES == frozenset(shared["concerning_categories"])
    assert list(T.TOPICS) == list(T.CATEGORIES)  # the generator's seeded draws depend on this order
    for category in T.CATEGORIES:
        assert getattr(T, category.upper()) is T.TOPICS[category]
        assert T.TOPICS[category] == load(T.PHRASES_DIR / f"{category}.yaml")  # fast loader == yaml.safe_load
