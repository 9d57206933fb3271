"""One LLM budget across runs: the LLM steps are in the pool `clio_llm`, and on clio's
instance a step of one run holding the pool's slot blocks the LLM step of another run
until it frees the slot (the claim path every executor takes before an LLM step)."""
from __future__ import annotations

import dagster as dg
from dagster._core.execution.plan.instance_concurrency_context import InstanceConcurrencyContext
from dagster._core.test_utils import create_run_for_test

from clio_assets.shared.assets import LLM_POOL
from tests.operations.conftest import MOCKED_LAUNCHER, clio_instance

LLM_STEPS = {"facet_extraction", "named_clusters", "hierarchy_building"}


def test_the_llm_steps_and_only_they_are_in_the_pool() -> None:
    from clio_assets.definitions import defs

    pooled = {a.op.name for a in defs.assets or [] if isinstance(a, dg.AssetsDefinition) and a.is_executable
              and a.op.pool == LLM_POOL}
    assert pooled == LLM_STEPS
    uses_llm = {a.op.name for a in defs.assets or [] if isinstance(a, dg.AssetsDefinition) and a.is_executable
                and "llm" in a.required_resource_keys}
    assert uses_llm == LLM_STEPS  # a new LLM step must join the pool


def test_an_llm_step_waits_for_another_runs_llm_step() -> None:
    with clio_instance(MOCKED_LAUNCHER) as instance:
        first, second = create_run_for_test(instance, "clio_daily"), create_run_for_test(instance, "clio_daily")
        with InstanceConcurrencyContext(instance, first) as a, InstanceConcurrencyContext(instance, second) as b:
            assert a.claim(LLM_POOL, "facet_extraction")
            assert not b.claim(LLM_POOL, "facet_extraction")  # the other run's step waits
            storage = instance.event_log_storage
            assert storage.get_concurrency_info(LLM_POOL).slot_count == 1  # the pool's default limit
            storage.free_concurrency_slot_for_step(first.run_id, "facet_extraction")  # the first step ends
            # the waiting step asks again (the context does so at its next poll) and gets the slot
            assert storage.claim_concurrency_slot(LLM_POOL, second.run_id, "facet_extraction").is_claimed
