"""The act an appeal asks help with: "asked Kazakhstan to help find and hand over the suspects"
asks for handing over suspects (0213), not for help in general (023)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.syntax import coordinated

HELPING_VERBS = frozenset(lang.words("helping_verbs"))


def helped_act(act: Token | None, match_act: Callable[[Token], object | None]) -> Token | None:
    """The verb of the act that the helping verb ``act`` helps with ("help find and hand over":
    the first of "find", "hand" that ``match_act`` codes), else ``act`` itself."""
    if act is None or act.lemma_.lower() not in HELPING_VERBS:
        return act
    for c in act.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            for w in coordinated(c):
                if match_act(w) is not None:
                    return w
    return act
