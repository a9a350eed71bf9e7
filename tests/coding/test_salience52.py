"""How much a document names an event's countries, for the event verifier (session 52):
``focus_country.note_country_ranks`` and ``verifier.features.salience_features``, on hand-built
docs and mentions."""

from __future__ import annotations

import datetime as dt

import spacy
from spacy.tokens import Doc

from multivector.coding.actors import LexEntry, Mention
from multivector.coding.eras import note_document_date
from multivector.coding.focus_country import country_rank, note_country_ranks
from multivector.coding.verifier.features import base_features, salience_features
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan

TEXT = "Iraq attacked Kuwait . Iraq warned Kuwait . Iraq and Pristina talked ."


def _doc() -> Doc:
    words = TEXT.split()
    return Doc(spacy.blank("en").vocab, words=words, spaces=[True] * len(words))


def _mentions() -> dict[int, Mention]:
    entries = {
        "Iraq": (LexEntry("IRQ", "IRQ", "country", "Iraq"),),
        "Kuwait": (LexEntry("KWT", "KWT", "country", "Kuwait"),),
        "Pristina": (LexEntry("KSV", "KSV", "capital", "Pristina"),),
    }
    return {i: Mention(i, i + 1, entries[w]) for i, w in enumerate(TEXT.split()) if w in entries}


def _actor(code: str | None, country: str | None) -> Actor:
    return Actor(code or "", code or "", country, CharSpan(0, 4), "country", "country:x")


def _event(doc: Doc, source: Actor, target: Actor | None) -> Event:
    return Event(
        doc_id="t", sentence_id=0, sentence=doc[:4].text, cameo="190", plover="ASSAULT",
        quad_class=4, goldstein=-10.0, rule="verbs.yaml:1 190 attack", source=source,
        target=target, verb_text="attacked", verb_span=CharSpan(5, 13),
    )  # fmt: skip


def test_countries_rank_by_how_often_the_document_names_them():
    doc = _doc()
    ranks = note_country_ranks(doc, _mentions())
    assert ranks["IRQ"] == 1  # three times
    assert ranks["KWT"] == 2  # twice
    assert ranks["KSV"] == 3  # once
    assert country_rank(doc, "IRQ") == 1
    assert country_rank(doc, "FJI") == 0  # never named
    assert country_rank(doc, None) is None


def test_tied_countries_share_a_rank():
    doc = _doc()
    mentions = {i: m for i, m in _mentions().items() if i != 4}  # Iraq twice, Kuwait twice
    ranks = note_country_ranks(doc, mentions)
    assert ranks["IRQ"] == ranks["KWT"] == 1
    assert ranks["KSV"] == 2


def test_a_place_of_a_later_state_ranks_as_the_state_of_the_day_too():
    doc = _doc()
    note_document_date(doc, dt.date(1998, 3, 2))  # Kosovo lay in Yugoslavia
    ranks = note_country_ranks(doc, _mentions())
    assert ranks["KSV"] == ranks["YUG"] == 3


def test_no_ranks_noted_gives_no_rank():
    doc = _doc()
    assert country_rank(doc, "IRQ") is None
    feats = salience_features(doc[:4], _event(doc, _actor("IRQ", "IRQ"), _actor("KWT", "KWT")))
    assert feats == ["src.named=none", "tgt.named=none"]


def test_the_verifier_reads_the_ranks_of_both_actors():
    doc = _doc()
    note_country_ranks(doc, _mentions())
    both = _event(doc, _actor("IRQ", "IRQ"), _actor("KWT", "KWT"))
    feats = base_features(both, doc[:4], [both])
    assert {"src.named=1", "tgt.named=2", "pair.named_most"} <= set(feats)
    stray = _event(doc, _actor("IRQ", "IRQ"), _actor("FJI", "FJI"))
    feats = salience_features(doc[:4], stray)
    assert "tgt.named=0" in feats and "pair.named_most" not in feats
    untargeted = _event(doc, _actor("IGOUNO", None), None)
    assert salience_features(doc[:4], untargeted) == ["src.named=none", "tgt.named=none"]
