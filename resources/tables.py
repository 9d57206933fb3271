"""The IO manager that hands an asset its upstream tables as `PartitionTable` handles."""

import dagster as dg

from clio_assets.shared.tables import PartitionTable
from resources.storage import ClioStorage


class PartitionTables(dg.ConfigurableIOManager):
    """Loads an upstream asset as a handle on its LanceDB table (tier from the upstream's
    `privacy_tier` metadata, partitions from the dependency's partition mapping). clio's
    assets write their own tables and return `MaterializeResult`, so no value ever comes
    back to be stored here."""

    storage: ClioStorage

    def handle_output(self, context: dg.OutputContext, obj: object) -> None:
        if obj is not None:
            raise TypeError(f"{context.asset_key.to_user_string()} returned a value: clio assets write their own "
                            "tables and return dg.MaterializeResult")

    def load_input(self, context: dg.InputContext) -> PartitionTable:
        upstream = context.upstream_output
        metadata = upstream.definition_metadata if upstream is not None else {}
        tier = str(metadata.get("privacy_tier", "restricted"))
        partitions = tuple(context.asset_partition_keys) if context.has_asset_partitions else ()
        return PartitionTable(self.storage, tier, context.asset_key.path[-1], partitions)
