"""A person pronoun acted on by a state's body of people (coding/binding.py) and a person named
by the body that employs them (coding/nationality.py).

In a life story, "Chadian prosecutors charged him": the prosecutors' own country does not rule
out "him", the story's subject (a state's courts act on its citizens); elsewhere it does
("Pakistani troops detained him": the Indian pilot, not Pakistan's prime minister); "Jan Novak, an officer of
the Czech intelligence service": Novak is Czech, so a Russian court that sentences him acts on
the Czech Republic. A person subject still binds its country ("Putin met him": not a Russian).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from coding_helpers import event_triples


@pytest.mark.slow
def test_a_body_of_the_state_acts_on_its_own_citizen(coder) -> None:
    text = (
        "Hissene Habre, who ruled Chad from 1982 to 1990, died on Tuesday. President Ronald "
        "Reagan received him at the White House in 1987.\n\nHe fled to Senegal in 1990. "
        "Chadian prosecutors charged him with torture in 2000."
    )
    found = {(s, t) for s, t, _code in event_triples(coder, text, date="2021-08-25")}
    assert ("TCDJUD", "TCDGOV") in found
    assert ("TCDJUD", "USAGOV") not in found


@pytest.mark.slow
def test_outside_a_life_story_the_body_binds_its_country(coder) -> None:
    text = (
        "An Indian pilot was shot down over Kashmir on Wednesday, Prime Minister Imran Khan "
        "said. Pakistani troops detained him."
    )
    found = {(s, t) for s, t, _code in event_triples(coder, text, date="2019-02-28")}
    assert ("PAKMIL", "IND") in found
    assert not any(t is not None and t.startswith("PAK") for _s, t in found)


@pytest.mark.slow
def test_a_person_named_by_the_body_that_employs_them(coder) -> None:
    text = (
        "Jan Novak, an officer of the Czech intelligence service, was detained near the border "
        "in May. A court in Moscow sentenced him to ten years in prison on Tuesday."
    )
    assert ("RUSJUD", "CZE", "116") in event_triples(coder, text, date="2021-01-01")


@pytest.mark.slow
def test_a_person_subject_still_binds_its_country(coder) -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday. President "
        "Recep Tayyip Erdogan praised him on Tuesday."
    )
    targets = {t for _s, t, code in event_triples(coder, text) if code.startswith("05")}
    assert targets and all(t is not None and t.startswith("RUS") for t in targets)
