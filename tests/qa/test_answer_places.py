"""The question box's place names come from the actor table: "Russia" is a place."""

from __future__ import annotations

from multivector.qa.answer import Gazetteer, _country_names


def test_russia_and_the_soviet_union_are_places():
    names = _country_names()
    assert names["russia"] == "RUS" and names["russian federation"] == "RUS"
    assert names["soviet union"] == "USR"
    assert "us" not in names  # abbreviations would match words case-blind
    found = Gazetteer(dict(names)).find("What did Russia do with the Soviet Union?")
    assert [code for _, code in found] == ["RUS", "USR"]
