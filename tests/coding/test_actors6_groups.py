"""Who "the parties", "the two countries" and an adjunct's object pronoun are, through the
coder (coding/groups.py, coding/generic.py ``countries_in_focus``, coding/phrases.py).

- "The parties signed ...": the two sides in focus, not political parties (PTY).
- "the two countries signed" with one country named in its sentence: that one and the
  document's own country, not an earlier pair of countries.
- "detained three sailors, accusing them of ...": "them" is the sailors, not the police's side.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from multivector.model import Document


def _events(coder, text: str) -> set[tuple[str, str | None, str]]:
    """(source, target, code) of the events of the text's last sentence."""
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-05-01")]))
    last = text.rstrip(".").rsplit(". ", 1)[-1]
    return {
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coded.events
        if last in (e.sentence or "")
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        # "the parties" after a two-country meeting
        (
            "The foreign ministers of Chile and Bolivia met in La Paz on Monday. The parties "
            "signed an agreement on water sharing.",
            "05",
            {"CHL", "BOL"},
        ),
        (
            "Vietnamese and Laotian officials held two days of talks in Hanoi. Both parties "
            "signed a protocol on border markers.",
            "05",
            {"VNM", "LAO"},
        ),
        (
            "Hungary's prime minister received the Serbian president in Budapest. The parties "
            "signed a memorandum on gas storage.",
            "05",
            {"HUN", "SRB"},
        ),
        # "the two countries" with one named: it and the document's country
        (
            "Ghana's cocoa exports rose last year. Ghana signed a loan deal with China in May. "
            "Trade with Brazil grew too, and the two countries signed a trade agreement in March.",
            "05",
            {"GHA", "BRA"},
        ),
        (
            "Norway is building ties across Asia. Norway signed a fisheries pact with Japan in "
            "2019. Relations with India warmed as well, and the two governments signed a shipping "
            "accord in 2021.",
            "05",
            {"NOR", "IND"},
        ),
        (
            "Senegal expanded its diplomacy last year. Senegal signed a loan deal with France in "
            "June. Ties with Morocco deepened later, and the two countries signed a fishing "
            "accord in October.",
            "05",
            {"SEN", "MAR"},
        ),
        # an adjunct's object pronoun
        (
            "Peruvian police detained three Chilean fishermen near Ilo on Friday, accusing them "
            "of fishing illegally.",
            "11",
            {"PER", "CHL"},
        ),
        (
            "Ghanaian soldiers detained two Togolese traders at the border, accusing them of "
            "smuggling fuel.",
            "11",
            {"GHA", "TGO"},
        ),
        (
            "Estonian border guards stopped a Latvian lorry driver at the crossing, accusing him "
            "of carrying forged papers.",
            "11",
            {"EST", "LVA"},
        ),
    ],
)
def test_group_phrases_and_adjunct_pronouns_name_the_right_pair(coder, text, root, pair):
    events = [(s, t) for s, t, c in _events(coder, text) if c[:2] == root]
    assert events, _events(coder, text)
    for s, t in events:
        assert t is not None and {s[:3], t[:3]} == pair, events
