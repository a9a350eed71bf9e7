"""The subject of a life story: an obituary or biography whose paragraphs speak of one person.

A text whose opening sentences (``life_story_opening`` in ``lang/en/anaphora.yaml``) report a
person's death ("President X of Y, the partisan commander who ..., died yesterday":
``life_story_verbs``) is that person's life story. The person is the tracker's ``topic``
(:class:`~multivector.coding.coref.SalienceTracker`): a person pronoun that opens a paragraph,
with nobody named before it in its paragraph, is the topic, not the person the paragraph
before happened to name last ("... Khrushchev came to Belgrade and apologised. // He never
joined either bloc": the obituary's subject).
"""

from __future__ import annotations

from spacy.tokens import Span

from multivector.coding import lang
from multivector.coding.coref import is_person
from multivector.coding.event_dates import as_date
from multivector.coding.state import DocumentState

_ANAPHORA = lang.load("anaphora.yaml")
LIFE_STORY_VERBS = frozenset(str(w) for w in _ANAPHORA.get("life_story_verbs") or ())
LIFE_STORY_OPENING = int(_ANAPHORA.get("life_story_opening") or 0)


def note_life_subject(sent: Span, sentence_id: int, state: DocumentState, resolve) -> None:
    """Make the person whose death an opening sentence reports the tracker's topic.

    ``resolve(token, state, when, role)`` is the phrase resolver's ``resolve``."""
    tracker = state.tracker
    if tracker.topic is not None or sentence_id >= LIFE_STORY_OPENING:
        return
    root = sent.root
    if root.lemma_.lower() not in LIFE_STORY_VERBS or root.pos_ != "VERB":
        return
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return
    found = [a for a in resolve(subject, state, as_date(state.narrative), "source") if a.code]
    if len(found) == 1 and is_person(found[0]):
        tracker.topic = found[0]
