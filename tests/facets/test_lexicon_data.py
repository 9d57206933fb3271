"""The facets' cue tables as data files (clio_assets/facets/harm/data/*.yaml and
clio_assets/facets/lexicon_data/*.yaml) and the modules that load them.

Every file must be plain UTF-8 YAML of the expected shape, every regex cue must compile,
and the modules must expose, as tuples, every table the concern score and the offline
extractor import.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from clio_assets.facets import lexicons
from clio_assets.facets.harm import DATA_DIR as HARM_DIR
from clio_assets.facets.harm import lexicon, lexicon_i18n, lexicon_sensitive, prototypes

FACETS = Path(lexicons.__file__).parent
FILES = sorted(HARM_DIR.glob("*.yaml")) + sorted(lexicons.DATA_DIR.glob("*.yaml"))


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def is_str_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v.strip() for v in value)


def check_severity_table(table: Any, severities: set[int]) -> None:
    assert isinstance(table, dict) and table
    for category, entry in table.items():
        assert set(entry) == {"severity", "cues"}, category
        assert entry["severity"] in severities and isinstance(entry["severity"], int), category
        assert is_str_list(entry["cues"]), category


def test_the_expected_files_exist() -> None:
    assert {p.name for p in FILES} == {"severe_cues.yaml", "sensitive_cues.yaml", "i18n_cues.yaml", "prototypes.yaml",
                                       "task_cues.yaml", "concern_cues.yaml", "request_cues.yaml"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_is_plain_readable_yaml_with_a_header(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")  # strict UTF-8
    assert text.startswith("# "), "a header comment says what the file holds"
    assert "!!" not in text and "!python" not in text, "no YAML/Python-specific tags"
    assert load(path), "non-empty"


def test_harm_tables_shape() -> None:
    check_severity_table(load(HARM_DIR / "severe_cues.yaml"), {3, 4, 5})
    check_severity_table(load(HARM_DIR / "sensitive_cues.yaml"), {2})
    i18n = load(HARM_DIR / "i18n_cues.yaml")
    assert set(i18n) == {"harm_cues", "evasion", "deception"}
    assert is_str_list(i18n["evasion"]) and is_str_list(i18n["deception"])
    assert set(i18n["harm_cues"]) <= set(lexicon.HARM_CUES), "every translated category exists in English"
    assert all(is_str_list(cues) for cues in i18n["harm_cues"].values())
    protos = load(HARM_DIR / "prototypes.yaml")
    assert set(protos) == {"harmful", "ordinary"} and all(is_str_list(v) for v in protos.values())


def test_lexicon_tables_shape() -> None:
    tasks = load(lexicons.DATA_DIR / "task_cues.yaml")
    assert isinstance(tasks, dict) and tasks and all(is_str_list(cues) for cues in tasks.values())
    assert lexicons.DEFAULT_TASK not in tasks
    concern = load(lexicons.DATA_DIR / "concern_cues.yaml")
    assert isinstance(concern, list) and [e["severity"] for e in concern] == [5, 4, 3, 2]
    assert all(set(e) == {"severity", "cues"} and is_str_list(e["cues"]) for e in concern)


def test_every_regex_cue_compiles_and_the_people_token_is_resolved() -> None:
    raw = load(HARM_DIR / "severe_cues.yaml")
    assert any(lexicon.PEOPLE_TOKEN in c for e in raw.values() for c in e["cues"])  # the token is in use
    cues = [c for _, table in lexicon.HARM_CUES.values() for c in table]
    cues += [c for table in lexicon_i18n.HARM_CUES_I18N.values() for c in table]
    cues += [*lexicon_i18n.EVASION_I18N, *lexicon_i18n.DECEPTION_I18N]
    assert not [c for c in cues if lexicon.PEOPLE_TOKEN in c]
    for cue in cues:
        re.compile(cue)


def test_loaded_tables_are_tuples_equal_to_the_files() -> None:
    raw = load(HARM_DIR / "sensitive_cues.yaml")
    assert lexicon_sensitive.SENSITIVE_CUES == {c: (e["severity"], tuple(e["cues"])) for c, e in raw.items()}
    assert list(lexicon.HARM_CUES) == [*lexicon.SEVERE_CUES, *lexicon_sensitive.SENSITIVE_CUES]
    for table in (lexicon.HARM_CUES, lexicons.TASK_CUES, lexicon_i18n.HARM_CUES_I18N):
        assert all(isinstance(v, tuple) for v in table.values())
    assert all(isinstance(cues, tuple) for _, cues in lexicon.HARM_CUES.values())
    assert isinstance(lexicons.CONCERN_CUES, tuple) and all(isinstance(e, tuple) for e in lexicons.CONCERN_CUES)
    protos = load(HARM_DIR / "prototypes.yaml")
    assert prototypes.HARMFUL == tuple(protos["harmful"]) and prototypes.ORDINARY == tuple(protos["ordinary"])


def test_modules_expose_every_name_imported_from_them() -> None:
    """Each ``from clio_assets.facets.(lexicons|harm...) import NAME`` in the package resolves."""
    checked = 0
    for path in sorted(FACETS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module is not None and node.module.startswith(
                    ("clio_assets.facets.lexicons", "clio_assets.facets.harm")):
                module = __import__(node.module, fromlist=["_"])
                for alias in node.names:
                    assert hasattr(module, alias.name), (path.name, node.module, alias.name)
                    checked += 1
    assert checked >= 8  # concern.py, offline.py and the harm modules import the tables
