"""The rules' target of the source's own state as the target ranker sees it (session 29): it
carries ``current.own``, crossed with the event's root and with how the rules resolved it
("Argentine troops were massed along the passes facing Chile" with the home target ARG), so
that the ranker can prefer the foreign actor the sentence names; another state's target does
not."""

from __future__ import annotations

import dataclasses
import datetime as dt

from spacy.tokens import Doc
from spacy.vocab import Vocab

from multivector.coding.actors import LexEntry, Mention
from multivector.coding.state import DocumentState
from multivector.coding.verifier import targets
from multivector.coding.verifier.targets import target_candidates
from multivector.model import Actor, Event
from multivector.model import Span as CharSpan

# "Ruritanian troops massed along the passes facing Freedonia ."
WORDS = "Ruritanian troops massed along the passes facing Freedonia .".split()
HEADS = [1, 2, 2, 2, 5, 3, 5, 6, 2]
DEPS = ["amod", "nsubj", "ROOT", "prep", "det", "pobj", "acl", "dobj", "punct"]

SOURCE = Actor("Ruritanian troops", "ARGMIL", "ARG", CharSpan(0, 17), "adjective", "adjective:Ruritanian")


def _setup(target: Actor) -> tuple[Doc, DocumentState, Event]:
    doc = Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS)
    entries = {0: LexEntry("ARGMIL", "ARG", "adjective", "Ruritanian troops"),
               7: LexEntry("CHL", "CHL", "country", "Freedonia")}  # fmt: skip
    mentions = {i: Mention(i, i + 1, (e,)) for i, e in entries.items()}
    state = DocumentState(doc_id="t", doc_date=dt.date(1978, 12, 20), mentions=mentions)
    verb = doc[2]
    event = Event(
        doc_id="t", sentence_id=0, sentence=doc.text, cameo="154", plover="MOBILIZE",
        quad_class=4, goldstein=-7.2, rule="verbs.yaml:1 154 mass", target=target,
        source=SOURCE, verb_text=verb.text, verb_span=CharSpan(verb.idx, verb.idx + 6),
    )  # fmt: skip
    return doc, state, event


HOME = Actor("ARG", "ARG", "ARG", None, "country", "home")


def test_an_own_state_target_is_marked_with_its_root_and_resolver():
    assert targets.OWN_CURRENT
    doc, state, event = _setup(HOME)
    found = target_candidates(event, doc[:], state)
    assert [c.actor.code for c in found] == ["CHL", "ARG"] and found[-1].current
    feats = found[-1].features
    assert {"current.own", "root=15|current.own", "current.by=home|current.own"} <= set(feats)
    assert not any("own" in f for f in found[0].features)  # the alternative is as before


def test_another_states_target_is_not_marked():
    doc, state, event = _setup(Actor("Peru", "PER", "PER", None, "country", "document"))
    found = target_candidates(event, doc[:], state)
    assert found[-1].current and not any("own" in f for f in found[-1].features)


def test_an_organ_of_the_own_state_is_own_too():
    gov = Actor("the government", "ARGGOV", "ARG", None, "agent", "agent+focus")
    doc, state, event = _setup(gov)
    found = target_candidates(dataclasses.replace(event, target=gov), doc[:], state)
    assert "current.by=agent+focus|current.own" in found[-1].features
