"""quotes: who said what, where and when, extracted from news articles."""

__version__ = "0.1.0"

# Stored with every machine-made quote, so a later `ingest --reprocess` knows
# which rows an older extractor produced.
EXTRACTOR_VERSION = "1"
