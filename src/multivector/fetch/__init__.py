"""Following the news: feeds, sitemaps and pages fetched politely, archived, extracted, coded,
stored and grouped into stories (``multivector fetch``, ``watch``; docs/fetch.md).

Modules, one job each: ``http`` (the polite client), ``sources`` (feeds, sitemaps, URL files,
the sources file), ``extract`` (article text and metadata), ``stories`` (MinHash/LSH),
``run`` (one round), ``watch`` (rounds on a schedule), ``warc`` (archive export),
``localsite`` (a local web site for the demo and benchmarks).
"""

from __future__ import annotations

from multivector.fetch.http import FetchOptions, FetchResult, PoliteClient
from multivector.fetch.run import RoundStats, StopFlag, fetch_round
from multivector.fetch.sources import Source, load_sources, sources_from_args

__all__ = ["FetchOptions", "FetchResult", "PoliteClient", "RoundStats", "Source", "StopFlag",
           "fetch_round", "load_sources", "sources_from_args"]
