"""Question answering over the event store.

>>> from multivector.qa import Answerer
>>> Answerer(store).answer("Who did Nazarbayev visit?")["answer"]
"""

from __future__ import annotations

from multivector.qa.answer import Answerer, Gazetteer, Parsed, parse_question

__all__ = ["Answerer", "Gazetteer", "Parsed", "parse_question"]
