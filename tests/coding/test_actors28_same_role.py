"""A role phrase read back ("the minister") takes, among the latest sentence's phrases of that
role, its subject's actor, not the latest-named one (session 28, proposal of actors28)."""

from coding_helpers import event_triples


def test_the_minister_read_back_is_the_subjects(coder):
    text = (
        "Peru's foreign minister telephoned Chile's foreign minister on Monday. "
        "The minister then accused Bolivia of violating the border."
    )
    triples = event_triples(coder, text, "2021-03-10")
    accusers = {s for s, t, c in triples if t == "BOL" and c.startswith("112")}
    assert accusers and all(s.startswith("PER") for s in accusers)
