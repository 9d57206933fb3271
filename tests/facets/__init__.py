"""Tests of the facet extractors and their lexicon data."""
