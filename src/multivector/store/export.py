"""The store's exports are :mod:`multivector.formats` (kept so that imports from before the move
keep working): every format is built there from the one declaration of the event's fields."""

from __future__ import annotations

from multivector.formats import (
    CONTRACT_COLUMNS,
    FLAT_COLUMNS,
    GDELT_COLUMNS,
    GDELT_EXTRA_COLUMNS,
    PLOVER_FIELDS,
    STORE_COLUMNS,
    flatten,
    format_table,
    gdelt_row,
    plover_record,
    write_csv,
    write_gdelt,
    write_jsonl,
    write_parquet,
    write_plover,
)

__all__ = [
    "CONTRACT_COLUMNS",
    "FLAT_COLUMNS",
    "GDELT_COLUMNS",
    "GDELT_EXTRA_COLUMNS",
    "PLOVER_FIELDS",
    "STORE_COLUMNS",
    "flatten",
    "format_table",
    "gdelt_row",
    "plover_record",
    "write_csv",
    "write_gdelt",
    "write_jsonl",
    "write_parquet",
    "write_plover",
]
