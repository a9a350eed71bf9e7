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

from spacy.tokens import Span, Token

from multivector.coding import lang
from multivector.coding.coref import is_person
from multivector.coding.event_dates import as_date
from multivector.coding.state import DocumentState

_ANAPHORA = lang.load("anaphora.yaml")
LIFE_STORY_VERBS = frozenset(str(w) for w in _ANAPHORA.get("life_story_verbs") or ())
LIFE_STORY_PASSIVE_VERBS = frozenset(str(w) for w in _ANAPHORA.get("life_story_passive_verbs") or ())
LIFE_STORY_OPENING = int(_ANAPHORA.get("life_story_opening") or 0)


def note_life_subject(sent: Span, sentence_id: int, state: DocumentState, resolve) -> None:
    """Make the person whose death an opening sentence reports the tracker's topic.

    ``resolve(token, state, when, role)`` is the phrase resolver's ``resolve``."""
    tracker = state.tracker
    if tracker.topic is not None or sentence_id >= LIFE_STORY_OPENING:
        return
    subject = death_subject(sent.root)
    if subject is None:
        subject = next(
            (s for c in sent.root.children if c.dep_ == "ccomp" and (s := death_subject(c))),
            None,
        )  # "X was hanged on Monday, a government spokesman said"
    if subject is None:
        return
    found = [a for a in resolve(subject, state, as_date(state.narrative), "source") if a.code]
    if len(found) == 1 and is_person(found[0]):
        tracker.topic = found[0]


def death_subject(v: Token) -> Token | None:
    """The named person whose death the verb ``v`` reports ("X died", "X was hanged"), or None."""
    if v.pos_ != "VERB":
        return None
    lemma = v.lemma_.lower()
    if lemma in LIFE_STORY_VERBS:
        dep = "nsubj"
    elif lemma in LIFE_STORY_PASSIVE_VERBS:
        dep = "nsubjpass"
    else:
        return None
    subject = next((c for c in v.children if c.dep_ == dep), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else None
