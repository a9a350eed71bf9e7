"""The recoding's conjunct guard (session 55): a weak rule's event is not recoded into the root of
a verb conjoined with its own ("Norway joined the council and sells gas": the classifier reads the
selling, an act of its own that the rules code or modality leaves uncoded). Hand-built parses."""

from __future__ import annotations

from coding_helpers import FixedOpinion
from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.dictionary import EventDictionary, EventPattern
from multivector.coding.second_opinion import SecondOpinion, Settings, conjunct_roots
from multivector.coding.state import Trace
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan

RECODE = Settings(
    recode=True,
    recode_max_root_probability=0.05,
    recode_min_other_root=0.5,
    recode_weak=frozenset({"bare", "noun", "residual"}),
)
SURE_OF_06 = ({"05": 0.01, "06": 0.8, "none": 0.1}, {"061": 0.7, "057": 0.01})


def _sent(second: str):
    # "Norway joined the council and SECOND gas"
    doc = Doc(
        Vocab(),
        words=["Norway", "joined", "the", "council", "and", second, "gas"],
        heads=[1, 1, 3, 1, 1, 1, 5],
        deps=["nsubj", "ROOT", "det", "dobj", "cc", "conj", "dobj"],
        pos=["PROPN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "NOUN"],
        lemmas=["Norway", "join", "the", "council", "and", second, "gas"],
        sent_starts=[True, False, False, False, False, False, False],
    )
    return doc[0:7]


def _event() -> Event:
    span = CharSpan(7, 13)  # "joined"
    return Event("d", 0, "s", Actor("Norway", "NOR", "NOR"), None, "057", None, 2, 3.5, "r",
                 "joined", span)  # fmt: skip


def _dictionary() -> EventDictionary:
    d = EventDictionary()
    d.add(EventPattern("sell", (), "061", "test.yaml:1 061 sell"))
    d.add(EventPattern("join", (), "057", "test.yaml:2 057 join"))
    return d


def _review(second: str) -> str:
    so = SecondOpinion(FixedOpinion(*SURE_OF_06), RECODE)
    so.know_dictionary(_dictionary())
    sent = _sent(second)
    so.refine(sent, "057", "r", frozenset())
    pattern = EventPattern("join", (), "057", "test.yaml:2 057 join")
    [e] = so.review(sent, pattern, False, False, [_event()], Trace("joined", "join", ""))
    return e.cameo


def test_the_roots_of_conjoined_verbs():
    assert conjunct_roots(_sent("sells"), _event(), _dictionary().verbs) == set()  # lemma "sells"
    assert conjunct_roots(_sent("sell"), _event(), _dictionary().verbs) == {"06"}


def test_no_recoding_into_a_conjoined_verbs_root():
    assert _review("sell") == "057"


def test_a_conjoined_verb_of_no_pattern_does_not_guard():
    assert _review("buys") == "061"
