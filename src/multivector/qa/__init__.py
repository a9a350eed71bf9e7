"""Question answering over the event store.

>>> from multivector.qa import Answerer
>>> Answerer(store).answer("Who did Nazarbayev visit?")["answer"]
>>> Answerer(store).answer("Did Kazakhstan cooperate more with Russia or the West?")["figures"]
"""

from __future__ import annotations

from multivector.qa.answer import Answerer, Gazetteer, Parsed, parse_question

__all__ = ["Answerer", "Gazetteer", "Parsed", "parse_question"]

# Analytical questions (comparisons, change over time, partners, busiest dyads, what is new):
# multivector.qa.analytical.read / answer / answer_question, tried first by Answerer.answer.
