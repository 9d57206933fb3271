"""Operating clio on a Dagster instance: the sensor that starts a day when its source
folder is complete, backfills of many days, the run queue and the LLM pool."""
