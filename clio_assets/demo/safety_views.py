"""The trust-and-safety views of a demo day, printed by `python3 dev.py demo` (which generates
the day before and the day itself with the scenarios of `scenarios.py` injected)."""
from __future__ import annotations


def _show(title: str, frame, columns: list[str], limit: int = 8) -> None:
    print(f"\n{title} ({len(frame)} rows)")
    for row in frame[columns].head(limit).itertuples(index=False):
        print("  " + " | ".join(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row))


def print_views(day: str, pearson_r: float | None) -> None:
    from clio_assets.definitions import storage_from_env

    storage = storage_from_env()

    def table(name: str):
        return storage.read("published", name, day)

    _show("High-concern nodes", table("high_concern_nodes"),
          ["node_id", "name", "conversations", "high_concern_share", "flag_rate"])
    disagreement = table("classifier_disagreement")
    print(f"\nClassifier vs concern: Pearson r across nodes = {pearson_r}")
    for kind in ("likely_false_negative", "likely_false_positive"):
        _show(f"  {kind}", disagreement[disagreement.kind == kind],
              ["node_id", "name", "disagreeing_conversations", "disagreeing_share"])
    _show("Coordinated activity", table("coordinated_activity"),
          ["group_id", "accounts", "conversations", "coordination_score", "template_description"])
    lang = table("language_overrepresentation")
    _show("Over-represented languages", lang[lang.overrepresented], ["node_id", "name", "language", "lift"])
    _show("Emerging topics", table("emerging_topics"), ["topic_id", "level", "name", "share", "status"])
