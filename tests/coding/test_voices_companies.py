"""Companies named with their country, and what refers back to them (coding/companies.py).

"its Australian owner, Koala Metals", "Danish shipper Nordlys Line", "Cerrado Foods, a
Brazilian company": from then on the name and "the company" are that country's business, not a
business of the country the story is about; "the Chilean company" keeps its own owner, and
"the company" with no firm introduced before it is left to the generic rules.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples as _events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an apposition; "the company" as the target
            "Mongolia took control of a copper mine on Monday from its Australian owner, Koala "
            "Metals. Mongolia's president accused the company of hiding profits.",
            ("MNGGOV", "AUSBUS", "112"),
        ),
        (  # a title before the name; the bare first word of the name later
            "Danish shipper Nordlys Line halted its service to Ghana last week. Ghana's "
            "president criticised Nordlys on Tuesday.",
            ("GHAGOV", "DNKBUS", "111"),
        ),
        (  # the name after the noun; "the firm" as the source
            "Peru fined Cerrado Foods, a Brazilian company, $5 million on Monday. The firm "
            "accused Peru of bias.",
            ("BRABUS", "PER", "112"),
        ),
    ],
)
def test_a_company_keeps_the_country_it_was_introduced_with(coder, text, expected):
    events = _events(coder, text)
    assert expected in events


@pytest.mark.slow
def test_a_company_with_its_own_owner_and_no_introduced_company_are_left_alone(coder):
    events = _events(
        coder,
        "Mongolia took control of a copper mine from its Australian owner, Koala Metals. "
        "Mongolia's president criticised the Chinese company on Tuesday.",
    )
    assert ("MNGGOV", "CHNBUS", "111") in events
    events = _events(coder, "Kenya's president criticised the company on Tuesday.")
    assert not any(t and t.endswith("BUS") and t != "KENBUS" for _s, t, _c in events)


@pytest.mark.slow
def test_a_longer_name_must_match_whole(coder):
    # "National" alone is the firm; "the National Guard" is not
    events = _events(
        coder,
        "Fiji's National Oil Company, a Fijian firm, signed a deal with Samoa. Samoa accused "
        "National of cheating. The National Guard of Tonga accused Samoa of spying.",
    )
    assert ("WSM", "FJIBUS", "112") in events
    assert not any(s == "FJIBUS" and c == "112" for s, _t, c in events)
