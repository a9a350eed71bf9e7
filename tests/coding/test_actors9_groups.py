"""Who a group phrase or a sent force names (coding/phrases.py, coding/arguments.py).

- "seven countries, including Chile and Peru": the members named after "including" are the
  group's actors, and a numbered group never includes the source itself.
- "offered troops", "deployed soldiers": a force with no owner named is the source's own, not a
  target resolved from the text's last country ("sent Russian troops" still names Russia).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events


def _targets_of(coder, text: str, source: str, root: str) -> set[str | None]:
    return {t for s, t, c in _events(coder, text) if s.startswith(source) and c[:2] == root}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "root", "members"),
    [
        (
            "Venezuela held an election in July. The government expelled diplomats from seven "
            "Latin American countries, including Argentina, Chile and Peru.",
            "VEN",
            "16",
            {"ARG", "CHL", "PER"},
        ),
        (
            "Nicaragua ordered envoys of several European states, including Spain and Germany, "
            "to leave the country on Monday.",
            "NIC",
            "16",
            {"ESP", "DEU"},
        ),
        (
            "Ghana recalled its ambassadors from three neighbouring countries, including Togo "
            "and Benin.",
            "GHA",
            "16",
            {"TGO", "BEN"},
        ),
    ],
)
def test_the_members_named_after_including_are_the_group(coder, text, source, root, members):
    targets = _targets_of(coder, text, source, root)
    assert members <= {t[:3] for t in targets if t}, targets
    assert not any(t and t.startswith(source) for t in targets), targets


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Papua New Guinea said it would send 34 peacekeepers, and Fiji also offered troops.",
        "Chile said it would send aid, and Uruguay also pledged soldiers.",
        "Spain criticised the plan. Portugal deployed troops on Monday.",
    ],
)
def test_an_unowned_force_is_not_a_target(coder, text):
    events = _events(coder, text)
    assert not any(
        t and t.endswith(("MIL", "COP")) for _, t, c in events if c[:2] in ("03", "15")
    ), events


@pytest.mark.slow
def test_an_owned_force_still_names_its_country(coder):
    events = _events(coder, "Mali's junta expelled French troops in 2022.")
    assert any(t == "FRAMIL" for _, t, _ in events), events
