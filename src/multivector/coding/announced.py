"""The doer of an act a state's speaker announces in the passive with no agent.

"Malaysia's deputy prime minister said new arrivals would be shot", "officials said the
prisoners will be released on Friday": a future passive with no "by" phrase, in what a state's
speaker says, is the speaker's state announcing its own act. Only a future ("will", "would",
"shall") in the complement of a verb of speech whose subject is a state (a country, its
capital, or one of its organs: ``STATE_AGENTS``); not a past or present passive ("said two
soldiers were killed" tells what was done to the speaker's side, by someone else).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.clause_syntax import subject_of
from multivector.coding.coref import SPEECH_VERBS
from multivector.coding.own_state import STATE_AGENTS
from multivector.model import Actor

INTENT_MODALS = frozenset(str(w) for w in lang.load("modality.yaml")["intent_modals"])  # "would"


def announced_doer(v: Token, resolve: Callable[[Token], list[Actor]]) -> list[Actor]:
    """The speaker's state for the agentless future passive ``v`` (see the module), or []."""
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in SPEECH_VERBS:
        return []
    if not any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in INTENT_MODALS for c in v.children):
        return []
    speaker, passive = subject_of(v.head)
    if speaker is None or passive:
        return []
    found = resolve(speaker)
    if not found or any(
        a.country is None or a.code[len(a.country) :] not in (*STATE_AGENTS, "") for a in found
    ):
        return []
    return found
