"""Custom facets in facet_breakdowns: the same K/M thresholds as the built-in facets."""
from __future__ import annotations

import pandas as pd

from checks.schemas import facet_breakdowns_schema
from clio_assets.publish.breakdowns import breakdowns

K, M = 10, 20


def day(rows: list[tuple[str, int, int, str | None, int | None]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(members, facets) from (node, users, conversations each, goal, files) groups: every
    group has its own users, each with `conversations each` distinct requests."""
    members, facets = [], []
    for g, (node, users, each, goal, files) in enumerate(rows):
        for u in range(users):
            for c in range(each):
                cid = f"g{g}-u{u}-c{c}"
                members.append({"conversation_id": cid, "node_id": node, "user_id": f"g{g}-u{u}",
                                "request_key": cid})
                facets.append({"conversation_id": cid, "languages": ["en"], "concern": 1, "turns": 1, "task": "ask",
                               "custom_goal": goal, "custom_files_shared": files})
    frame = pd.DataFrame(facets)
    frame["custom_files_shared"] = frame.custom_files_shared.astype("Int64")
    return pd.DataFrame(members), frame


def test_a_value_held_by_fewer_than_k_users_is_withheld() -> None:
    members, facets = day([("n1", 25, 2, "learn", 1),  # 25 users, 50 requests: shown
                           ("n1", 3, 4, "fix", 2),  # 12 requests but 3 users: withheld
                           ("n1", 4, 1, "other", 2)])  # abstentions: pooled with the small cells
    out = breakdowns(members, facets, K, M)
    goal = out[out.facet == "custom_goal"]
    assert goal.value.tolist() == ["learn"] and goal.conversations.tolist() == [50]
    # "fix" + "other" pool to 16 conversations of 7 users: below both thresholds, suppressed too
    assert "fix" not in set(out.value) and not ((out.facet == "custom_goal") & (out.value == "other")).any()
    files = out[out.facet == "custom_files_shared"]
    assert files.value.tolist() == ["1"]  # 2 is held by 7 users: withheld
    assert facet_breakdowns_schema(["custom_goal", "custom_files_shared"]).validate(out) is not None


def test_small_cells_and_abstentions_pool_into_one_other() -> None:
    members, facets = day([("n1", 30, 1, "learn", None),
                           ("n1", 6, 2, "fix", None),  # 6 users: below K alone
                           ("n1", 8, 2, "other", None)])  # with fix: 14 users, 28 requests
    out = breakdowns(members, facets, K, M)
    goal = out[out.facet == "custom_goal"].set_index("value").conversations.to_dict()
    assert goal == {"learn": 30, "other": 28}  # one "other" row: no duplicate (node, facet, value)
    assert "custom_files_shared" not in set(out.facet)  # a facet with no value at all is not broken down


def test_custom_facets_share_the_dp_budget() -> None:
    """With differential privacy every facet broken down spends part of the budget: two custom
    facets make each cell's noise 6/4 as large (the same draws, a larger scale)."""
    from clio_assets.privacy.dp import DPSettings

    members, facets = day([("n1", 60, 2, "learn", 3), ("n1", 40, 2, "fix", 4)])
    dp = DPSettings(epsilon=4.0, max_conversations_per_user=5, key=b"k" * 32)

    def language_noise(frame: pd.DataFrame) -> int:
        out = breakdowns(members, frame, K, M, dp=dp, partition="2026-11-25")
        return int(out[(out.facet == "language") & (out.value == "en")].conversations.iloc[0]) - 200

    with_custom, without = language_noise(facets), language_noise(facets.drop(columns=["custom_goal",
                                                                                       "custom_files_shared"]))
    assert without != 0 and abs(with_custom - 1.5 * without) <= 1.5
