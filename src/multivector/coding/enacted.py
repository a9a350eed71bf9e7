"""The verb whose subject authored a text that a participle speaks for.

"issued a declaration demanding", "joined X in a statement urging" (a statement noun, the object
of any verb), and "approved a bill imposing sanctions", "voted for a measure banning arms
sales", "signed a law barring ..." (a text enacted by vote or signature: ``enacted_texts`` and
``enacting_verbs`` in ``lang/en/grammar.yaml``): the participle's act is the author's.
"""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding.carriers import joined_in
from multivector.coding.syntax import STATEMENT_NOUNS, words

ENACTED_TEXTS = words("enacted_texts")
ENACTING_VERBS = words("enacting_verbs")
VOTE_PREPOSITIONS = words("vote_prepositions")
VOTING_VERBS = words("voting_verbs")
FAVOUR_NOUNS = words("favour_nouns")


def text_author_verb(noun: Token) -> Token | None:
    """The verb whose subject authored the text ``noun``, or None."""
    lemma = noun.lemma_.lower()
    if lemma in STATEMENT_NOUNS:
        author = noun.head if noun.dep_ == "dobj" else joined_in(noun)
        if author is not None:
            return author
    if lemma not in ENACTED_TEXTS:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ENACTING_VERBS:
        return noun.head
    return voted_for(noun)


def voted_for(noun: Token) -> Token | None:
    """The voting verb of "voted for X" or "voted in favour of X" whose object is ``noun``."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in VOTE_PREPOSITIONS:
        return None
    verb = prep.head
    if verb.lemma_.lower() in FAVOUR_NOUNS and verb.head.dep_ == "prep":
        verb = verb.head.head  # "voted in favour of": the verb above "in"
    return verb if verb.lemma_.lower() in VOTING_VERBS else None
