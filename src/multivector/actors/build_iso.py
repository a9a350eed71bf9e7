"""Data-building script: write ``data/iso3166.yaml`` (ISO 3166-1 codes and their names).

    python -m multivector.actors.build_iso

The only place that reads ``pycountry``; the package reads the YAML it writes. The names are
the standard's (name, official name, common name); multivector's own names, adjectives and
historical CAMEO codes are in ``countries.yaml``.
"""

from __future__ import annotations

from pathlib import Path

import yaml

OUT = Path(__file__).with_name("data") / "iso3166.yaml"
HEADER = """\
# ISO 3166-1 alpha-3 codes and the standard's names for each country: written by
# `python -m multivector.actors.build_iso` (from pycountry); do not edit by hand.
# Keys: name, and official_name / common_name where the standard gives them.
"""


def build() -> dict[str, dict[str, str]]:
    """Every ISO 3166-1 country: alpha-3 code -> its names."""
    import pycountry

    out: dict[str, dict[str, str]] = {}
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        entry = {"name": c.name}
        for attr in ("official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                entry[attr] = value
        out[c.alpha_3] = entry
    return out


def main() -> None:
    text = yaml.safe_dump(build(), allow_unicode=True, sort_keys=False, width=100)
    OUT.write_text(HEADER + text, encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
