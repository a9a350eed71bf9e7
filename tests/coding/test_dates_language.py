"""The date patterns are built from the language bundle's ``dates.yaml``."""

import datetime as dt
from pathlib import Path

from multivector.coding import dates, lang
from multivector.coding.dates import parse_date_expression

DOC = dt.date(2024, 5, 17)  # a Friday


def test_every_entry_of_dates_yaml_is_read_by_the_date_module():
    here = Path(dates.__file__).parent  # dates.py and the modules of its phrases
    source = "".join(
        (here / name).read_text(encoding="utf-8")
        for name in ("dates.py", "story_days.py", "weekends.py")
    )
    for name in lang.load("dates.yaml"):
        assert f'"{name}"' in source or f"'{name}'" in source, name


def test_count_units_map_plural_and_singular_to_one_unit():
    assert dates.COUNT_UNITS["weeks"] == dates.COUNT_UNITS["week"] == "week"
    assert parse_date_expression("three weeks ago", DOC).iso == "2024-04-26"
    assert parse_date_expression("a week ago", DOC).iso == "2024-05-10"


def test_shifts_read_from_the_bundle():
    assert parse_date_expression("earlier this week", DOC).iso == "2024-05-15"
    assert parse_date_expression("later this week", DOC).iso == "2024-05-19"
    assert parse_date_expression("June last year", DOC).iso == "2023-06"
    base = parse_date_expression("March 2001")
    assert parse_date_expression("two years later", DOC, narrative=base).iso == "2003"
    assert parse_date_expression("the previous year", DOC, narrative=base).iso == "2000"


def test_next_weekday_wins_over_a_last_one_in_the_same_phrase():
    assert parse_date_expression("next Monday", DOC).iso == "2024-05-20"
    assert parse_date_expression("last Friday", DOC).iso == "2024-05-10"
    assert parse_date_expression("Friday", DOC).iso == "2024-05-17"


def test_missed_day_needs_the_preposition_in_either_case():
    assert dates.MISSED_DAY.search("On 27 May soldiers seized the town")
    assert dates.MISSED_DAY.search("and on 27 May soldiers seized it")
    assert not dates.MISSED_DAY.search("ON 27 May soldiers seized it")
