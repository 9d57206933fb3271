"""Readable names on real traffic: do the hierarchy's names say what their members ask?

    python3 dev.py bench names [--sets arena,oasst,hh,demo,clinc150,banking77] [--limit N] [--no-show]

Each data set is staged as one day of source files in a temporary clio home (the real
files; CLINC150 `test` and BANKING77 `test.csv` as JSONL of single user turns without user
ids; the demo generator's day), then the real assets run through Dagster, raw_conversations
to hierarchy_nodes, on the default (offline) backend. Figures, from the restricted tables:

  fidelity   share of conversations whose own deepest-level node name is, of all
             deepest-level node names (published or not, "Other" excluded), the nearest to
             the conversation's user text (all user turns, first 2,000 characters) under a
             judge model the pipeline uses for neither clustering nor naming (wordllama);
             chance = 1 / deepest-level nodes; names = distinct deepest-level names (nodes
             sharing a name share a candidate, so fidelity is trivially high when few are
             distinct); major = share of conversations under the most common name (what
             always guessing that one name would score)
  central    the same with every node named by its most central member's request summary
             (closest to the node's mean request embedding): how separable the clusters are
  generic    share of non-Other nodes (all levels) named by the "Mixed requests: …"
             fallback or by one word (both also apart); dup p/c and dup sib: parent/child and
             sibling pairs with the same name; withheld: names replaced by the privacy audit's
             "Name withheld by privacy audit"; mixlang: names whose terms mix scripts or
             confidently detected languages (bench/names_metrics.py)
  words      mean / p90 words of the request summaries; pasted: share of summaries that
             look like pasted material (code, letters, role-play set-ups, placeholders,
             > 40 words: `names_metrics.pasted_reasons`)
  agree/nmi  CLINC150 and BANKING77: share of deepest-level nodes whose name is nearer to
             the intent name of its majority gold label than to any other intent name;
             leaf NMI against the gold labels
  wall_s     staging, pipeline and measures

With --show (default) it also prints the top two levels with counts and three sampled
request summaries per node: restricted data, for a developer's eyes only. Data are read
from ../shared/data and never copied into the repository. Ends with one name=value line.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import importlib.machinery
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

# This file's name shadows the PyPI package `names` (the scrubber's surname list,
# clio_assets/privacy/pii/names/gazetteer.py) for every script in bench/, whose folder is
# sys.path[0]. Imported as the top-level `names`, it puts the real package in its place (the
# import statement returns what sys.modules holds once the module has run; the rest of this
# file then only defines functions in a module nobody keeps); run as a script, it takes its
# own folder off sys.path first.
_HERE = os.path.dirname(os.path.abspath(__file__))
if __name__ == "__main__":
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]
if __name__ == "names":
    _spec = importlib.machinery.PathFinder.find_spec(
        "names", [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE])
    if _spec is None or _spec.loader is None:
        del sys.modules["names"]
        raise ImportError("the `names` package is not installed (bench/names.py is not it)")
    _real = importlib.util.module_from_spec(_spec)
    sys.modules["names"] = _real
    _spec.loader.exec_module(_real)

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
DAY = "2026-10-10"
SETS = ("arena", "oasst", "hh", "demo", "clinc150", "banking77")
LABELLED = ("clinc150", "banking77")
DEMO_CONVERSATIONS, DEMO_USERS_PER = 5000, 5
CORE = ["raw_conversations", "quarantine", "conversation_facets", "llm_failures", "facet_embeddings", "base_clusters",
        "named_clusters", "cluster_hierarchy", "hierarchy_membership", "hierarchy_nodes"]
LOCATIONS = {"CLIO_HOME": "", "CLIO_SOURCE_ROOT": "source", "CLIO_RESTRICTED_URI": "lancedb/restricted",
             "CLIO_PUBLISHED_URI": "lancedb/published", "CLIO_EXPORT_DIR": "exports"}
COLUMNS = [("convs", "conversations", "{:>7.0f}"), ("leaves", "deepest_nodes", "{:>7.0f}"),
           ("names", "distinct_names", "{:>6.0f}"), ("fid", "fidelity", "{:>7.3f}"), ("chance", "chance", "{:>7.3f}"),
           ("major", "majority_baseline", "{:>6.3f}"),
           ("central", "central_fidelity", "{:>8.3f}"),
           ("generic", "generic_share", "{:>8.3f}"), ("fallbk", "fallback_share", "{:>7.3f}"),
           ("1word", "one_word_share", "{:>7.3f}"), ("dup_pc", "duplicate_parent_child", "{:>7.0f}"),
           ("dup_sib", "duplicate_siblings", "{:>8.0f}"), ("withheld", "withheld_names", "{:>9.0f}"),
           ("mixlang", "mixed_language_names", "{:>8.0f}"),
           ("words", "summary_words_mean", "{:>7.1f}"), ("p90", "summary_words_p90", "{:>6.0f}"),
           ("pasted", "pasted_share", "{:>7.3f}"), ("agree", "label_agreement", "{:>7.3f}"),
           ("nmi", "leaf_nmi", "{:>6.3f}"), ("wall_s", "wall_s", "{:>7.0f}")]

from bench import names_metrics as nm  # noqa: E402

# ---------------------------------------------------------------- staging


def _write_jsonl(path: Path, records) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def _first_lines(path: Path, limit: int) -> list[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [line for _, line in zip(range(limit), fh)]


def _oasst_trees(path: Path, limit: int) -> list[str]:
    """Whole message trees in file order while their root-to-leaf paths (the pipeline's
    conversations) stay within `limit` (at least one tree)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    has_child = {r["parent_id"] for r in records if r.get("parent_id")}
    trees: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        trees.setdefault(r["message_tree_id"], []).append(i)
    kept: list[str] = []
    paths = 0
    for rows in trees.values():
        leaves = sum(records[i]["message_id"] not in has_child for i in rows)
        if kept and paths + leaves > limit:
            break
        kept += [lines[i] for i in rows]
        paths += leaves
    return kept


def _labelled(name: str) -> list[tuple[str, str]]:
    if name == "clinc150":
        return [(t, y) for t, y in json.loads((DATA / "clinc150" / "data_full.json").read_text())["test"]]
    with (DATA / "banking77" / "test.csv").open(encoding="utf-8") as fh:
        return [(r["text"], r["category"]) for r in csv.DictReader(fh)]


def stage(name: str, source: Path, limit: int | None) -> dict[str, str]:
    """Write the set as the source files of DAY under `source`; returns gold labels by
    conversation id (empty for unlabelled sets)."""
    day = source / DAY
    day.mkdir(parents=True, exist_ok=True)
    files = {"arena": DATA / "arena-even" / "conversations.jsonl",
             "oasst": DATA / "oasst1-en-validation" / "en-validation.jsonl",
             "hh": DATA / "hh-rlhf-harmless-test" / "test.jsonl.gz"}
    if name in files:
        if limit is None:
            shutil.copy(files[name], day / files[name].name)
        else:
            lines = _oasst_trees(files[name], limit) if name == "oasst" else _first_lines(files[name], limit)
            (day / f"{name}.jsonl").write_text("".join(x if x.endswith("\n") else x + "\n" for x in lines),
                                              encoding="utf-8")
        return {}
    if name == "demo":
        from clio_assets.demo.generator import generate_day

        n = min(limit or DEMO_CONVERSATIONS, DEMO_CONVERSATIONS)
        generate_day(source, DAY, n, max(1, n // DEMO_USERS_PER), seed=0)
        return {}
    rows = _labelled(name)
    order = np.arange(len(rows)) if limit is None else np.sort(np.random.default_rng(0).permutation(len(rows))[:limit])
    gold = {f"{name}-{i:05d}": rows[i][1] for i in order}
    _write_jsonl(day / f"{name}.jsonl", ({"conversation_id": cid, "messages": [{"role": "user", "content": rows[i][0]}]}
                                         for cid, i in zip(gold, order)))
    return gold


# ---------------------------------------------------------------- pipeline


def run_pipeline(home: Path):
    """Materialise CORE for DAY with every location under `home`; returns the storage."""
    import dagster as dg

    from clio_assets import definitions
    from resources.storage import ClioStorage

    environ = {**os.environ, **{var: str(home / sub) for var, sub in LOCATIONS.items()}}
    result = dg.materialize(definitions.all_assets, partition_key=DAY, resources=definitions.build_resources(environ),
                            selection=CORE, raise_on_error=False)
    if not result.success:
        failed = [e.step_key for e in result.all_events if e.is_step_failure]
        raise SystemExit(f"pipeline failed in {home}: {failed}")
    return ClioStorage(restricted_uri=environ["CLIO_RESTRICTED_URI"], published_uri=environ["CLIO_PUBLISHED_URI"],
                       export_dir=environ["CLIO_EXPORT_DIR"])


def read_tables(storage) -> dict:
    from clio_assets.embeddings.assets import vectors_of

    read = lambda table, columns=None: storage.read("restricted", table, DAY, columns)  # noqa: E731
    facets = read("conversation_facets", ["conversation_id", "request"])
    clusters = read("base_clusters", ["conversation_id", "cluster_id"])
    raw = read("raw_conversations", ["conversation_id", "messages_json"])
    vectors = storage.read_arrow("restricted", "facet_embeddings", DAY, ["conversation_id", "vector"])
    row_of = {cid: i for i, cid in enumerate(vectors.column("conversation_id").to_pylist())}
    convs = facets.merge(clusters, on="conversation_id").merge(raw, on="conversation_id")
    convs = convs.sort_values("conversation_id").reset_index(drop=True)
    return {"convs": convs, "vectors": vectors_of(vectors)[[row_of[c] for c in convs.conversation_id]],
            "hierarchy": read("cluster_hierarchy"),
            "membership": read("hierarchy_membership", ["node_id", "conversation_id"])}


# ---------------------------------------------------------------- measures


def measure(tables: dict, gold: dict[str, str]) -> dict[str, float]:
    from clio_assets.hierarchy.audit import WITHHELD_NAME

    convs, hierarchy = tables["convs"], tables["hierarchy"]
    depth = int(hierarchy.level.max())
    named = nm.named_nodes(hierarchy)
    deepest = named[named.level == depth]
    convs["node"] = nm.deepest_node_ids(convs.cluster_id, depth)
    # the published deepest-level memberships must agree with the mapping from base clusters
    member = tables["membership"].set_index("conversation_id").node_id
    published_deep = member[member.isin(deepest.node_id)]
    mapped = convs.set_index("conversation_id").node.reindex(published_deep.index)
    mismatched = int((mapped != published_deep).sum())
    unknown = sorted(set(convs.node) - set(deepest.node_id))
    if mismatched or unknown:
        raise SystemExit(f"deepest-level node ids do not follow base cluster ids: {mismatched} memberships differ, "
                         f"nodes missing from cluster_hierarchy: {unknown[:5]}")
    name_of = dict(zip(deepest.node_id, deepest.name))
    text_vectors = nm.judge_embed([nm.user_text(json.loads(m)) for m in convs.messages_json])
    own = [name_of[n] for n in convs.node]
    central = nm.central_requests(tables["vectors"], convs.node.tolist(), convs.request.tolist())
    generic = nm.generic_counts(named.name.tolist())
    duplicates = nm.duplicate_pairs(named)
    summaries = nm.summary_figures(convs.request.tolist())
    out = {"conversations": len(convs), "deepest_nodes": len(deepest), "named_nodes": len(named),
           "fidelity": nm.nearest_fidelity(text_vectors, own, list(name_of.values())),
           "chance": 1 / max(1, len(deepest)), "distinct_names": len(set(name_of.values())),
           "majority_baseline": max(Counter(own).values()) / len(own),
           "central_fidelity": nm.nearest_fidelity(text_vectors, [central[n] for n in convs.node],
                                                   list(central.values())),
           **{f"{k}_share": v / max(1, len(named)) for k, v in generic.items()},
           "duplicate_parent_child": duplicates["parent_child"], "duplicate_siblings": duplicates["siblings"],
           "mixed_language_names": sum(nm.mixes_languages(n) for n in named.name),
           "withheld_names": int((named.name == WITHHELD_NAME).sum()),
           "summary_words_mean": summaries["words_mean"], "summary_words_p90": summaries["words_p90"],
           **{k: v for k, v in summaries.items() if k.startswith("pasted_")},
           "published_deepest": int(deepest.published.sum()), "memberships_checked": len(published_deep)}
    if gold:
        from sklearn.metrics import normalized_mutual_info_score

        labels = [gold[c] for c in convs.conversation_id]
        out["label_agreement"] = nm.label_agreement(convs.node.tolist(), labels, name_of)
        out["label_chance"] = 1 / len(set(labels))
        out["leaf_nmi"] = float(normalized_mutual_info_score(labels, convs.cluster_id))
    return out


def show_top_levels(name: str, tables: dict, per_node: int = 3) -> None:
    """Levels 1 and 2 with counts and sampled request summaries (restricted: print only)."""
    convs, hierarchy = tables["convs"], tables["hierarchy"]
    named = nm.named_nodes(hierarchy).set_index("node_id")
    lineage = nm.ancestors(hierarchy, convs.node.tolist())
    rng = np.random.default_rng(0)
    print(f"\n== {name}: top two levels (restricted request summaries, for developers only: never publish) ==")

    def node_line(nid: str, level: int) -> None:
        members = convs.request[(lineage[f"l{level}"] == nid).to_numpy()]
        mark = "" if named.at[nid, "published"] else "  [withheld]"
        note = str(named.at[nid, "name_note"]) if "name_note" in named.columns else ""
        mark += f"  [{note}]" if note and note != "nan" else ""
        print(f"{'  ' * (level - 1)}{nid}  {named.at[nid, 'name']!s}  ({len(members)} conversations){mark}")
        for text in rng.choice(members.to_numpy(), min(per_node, len(members)), replace=False):
            print(f"{'  ' * level}  - {' '.join(str(text).split())[:110]}")

    tops = named[named.level == 1].sort_values("conversations", ascending=False)
    for top in tops.index:
        node_line(top, 1)
        children = named[(named.level == 2) & (named.parent_id == top)].sort_values("conversations", ascending=False)
        for child in children.index:
            node_line(child, 2)


# ---------------------------------------------------------------- main


def evaluate(name: str, limit: int | None, show: bool) -> dict[str, float]:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"clio-names-{name}-") as tmp:
        home = Path(tmp)
        gold = stage(name, home / "source", limit)
        tables = read_tables(run_pipeline(home))
        figures = measure(tables, gold)
        if show:
            show_top_levels(name, tables)
    figures["wall_s"] = time.perf_counter() - started
    return figures


def table(results: dict[str, dict[str, float]]) -> str:
    widths = [len(fmt.format(0.0)) for _, _, fmt in COLUMNS]
    rows = [f"{'set':<10}" + "".join(f"{label:>{w}}" for (label, _, _), w in zip(COLUMNS, widths))]
    for name, figures in results.items():
        rows.append(f"{name:<10}" + "".join(fmt.format(figures[key]) if key in figures else f"{'-':>{w}}"
                                            for (_, key, fmt), w in zip(COLUMNS, widths)))
    return "\n".join(rows)


def figure(value: float) -> str:
    return str(int(value)) if isinstance(value, int | np.integer) else str(round(float(value), 4))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--limit", type=int, default=None, help="at most N conversations / texts per set")
    parser.add_argument("--show", action=argparse.BooleanOptionalAction, default=True,
                        help="print the top two levels with sampled request summaries (restricted data)")
    args = parser.parse_args(argv)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        parser.error(f"unknown sets {unknown}; choose from {', '.join(SETS)}")
    if any(s != "demo" for s in sets) and not DATA.exists():
        raise SystemExit(f"{DATA} is missing: this bench reads the public data sets from ../shared/data")
    from clio_assets.models.embedding import DEFAULT_MODEL, parts_of

    if nm.JUDGE_MODEL in parts_of(DEFAULT_MODEL):
        raise SystemExit(f"the judge ({nm.JUDGE_MODEL}) is part of the pipeline's embedding model ({DEFAULT_MODEL}): "
                         "choose another CLIO_EMBEDDING_MODEL for this bench")
    os.environ.pop("DAGSTER_HOME", None)  # an ephemeral instance per run
    results: dict[str, dict[str, float]] = {}
    for name in sets:
        results[name] = evaluate(name, args.limit, args.show)
        print(f"[{name}] done in {results[name]['wall_s']:.0f}s", file=sys.stderr, flush=True)
    print(f"\njudge: {nm.JUDGE_MODEL}; pipeline embedding: {DEFAULT_MODEL}; day {DAY}; limit {args.limit or 'none'}")
    print(table(results))
    print("pasted cues (share of summaries; one may carry several): " + "; ".join(
        f"{name} " + " ".join(f"{cue}={figures[f'pasted_{cue}_share']:.3f}" for cue in nm.PASTED_REASONS)
        for name, figures in results.items()))
    print(" ".join(f"{name}_{key}={figure(value)}"
                   for name, figures in results.items() for key, value in figures.items()))


if __name__ == "__main__":
    main()
