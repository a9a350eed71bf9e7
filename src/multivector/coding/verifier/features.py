"""Features of one coded event for the event verifier, read off what the coder already has.

An event becomes a short list of strings describing *how* it was coded, not who did what: the
kind of rule that fired and its flags, how each actor was resolved (a name in the sentence, a
generic noun with a country from an adjective, the document's focus, a pronoun), how the date
was found, where the predicate sits in the parse, how crowded the sentence is, and what the
sentence classifier thinks of the event's root, whether the target ranker supplied the target
and how far the actors' words stand from the predicate. Nothing here parses again.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from multivector.coding.classifier import NONE, Opinion
from multivector.coding.modality import OBLIGATION_RULE
from multivector.model import Actor, Event

_RULE_FILE = re.compile(r"^([a-z_]+)\.yaml(:\d+)?")
_FLAG = re.compile(r"\+([a-z][a-z -]*?)(?= \+|$| [0-9'])")
_MODEL_STEP = re.compile(r"\+model:[a-z-]+ ([a-z]+)")  # "+model:event-classifier refined 0.62"
# Probability bins of the classifier's opinion (upper bounds).
_BINS = (0.02, 0.1, 0.3, 0.6, 0.9, 1.01)


def _bin(p: float) -> str:
    return str(next(i for i, b in enumerate(_BINS) if p < b))


def size(n: int, caps: Sequence[int]) -> str:
    """``n`` as the first cap it does not exceed (or one past the last): a count's bucket."""
    for c in caps:  # a plain loop: called for every candidate target and event
        if n <= c:
            return str(c)
    return str(caps[-1] + 1)


def rule_features(rule: str) -> list[str]:
    """The rule's family (its data file, or the model that proposed it), pattern size and flags."""
    return list(_rule_features(rule))


@functools.lru_cache(maxsize=4096)
def _rule_features(rule: str) -> tuple[str, ...]:
    """:func:`rule_features`, worked out once per rule (rules repeat: one per pattern)."""
    feats = []
    m = _RULE_FILE.match(rule)
    if m:
        feats.append("rule=" + m.group(1))
        if m.group(2):  # a pattern: "verbs.yaml:735 0253 urge to free +intent"
            words = rule[m.end() :].split(" +", 1)[0].split()[1:]  # after the code
            feats.append("pattern_words=" + size(len(words), (1, 2, 3)))
            if any(w.startswith("&") for w in words):
                feats.append("pattern_class")
        elif rule.startswith(OBLIGATION_RULE):  # a clause's reading, not a bare verb's
            feats.append("pattern_clause")
    elif rule.startswith("model:"):
        feats.append("rule=" + rule.split()[0])
    else:
        feats.append("rule=other")
    feats.extend("flag=" + f.strip().split()[0] for f in _FLAG.findall(rule))
    feats.extend("flag=" + f for f in _MODEL_STEP.findall(rule))
    return tuple(feats)


def specific_pattern(features: Sequence[str]) -> bool:
    """Whether the event's rule is a specific dictionary pattern: one that names an object class
    or two words or more ("ratify &AGREEMENT", "transfer to"), not a bare verb or noun, or an
    obligation the modality stage read under a speech verb ("said Iran must free the crew")."""
    return "pattern_class" in features or "pattern_clause" in features or any(
        f.startswith("pattern_words=") and f != "pattern_words=1" for f in features
    )


def actor_features(role: str, actor: Actor | None) -> list[str]:
    """How an actor was found: its kind and the steps of its resolution (``agent+focus``)."""
    if actor is None:
        return [role + "=none"]
    steps = "+".join(part.split(":", 1)[0] for part in actor.resolved_by.split("+") if part)
    feats = [role + ".kind=" + actor.kind, role + ".by=" + (steps or "?")]
    if actor.coref:
        feats.append(role + ".coref")
    if actor.country is None:
        feats.append(role + ".no_country")
    return feats


# the verb token last found (document, its length, character span, token): the ranker and the
# verifier look up each event's verb in turn, and the events of one predicate share it
_VERB: list = [None, -1, -1, -1, None]


def verb_token(sent: Span, event: Event) -> Token | None:
    """The predicate's head token, found from the event's verb span."""
    span = event.verb_span
    if span is None:
        return None
    doc = sent.doc
    memo = _VERB
    if memo[0] is doc and memo[1] == len(doc) and memo[2] == span.start and memo[3] == span.end:
        return memo[4]
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    tok = None if found is None or not len(found) else found.root
    memo[:] = [doc, len(doc), span.start, span.end, tok]
    return tok


def _depth(tok: Token, limit: int = 6) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < limit:
        tok, depth = tok.head, depth + 1
    return depth


def predicate_features(sent: Span, event: Event) -> list[str]:
    """Where the predicate sits: its lemma and part of speech, its relation and depth."""
    tok = verb_token(sent, event)
    if tok is None:
        return ["verb=?"]
    feats = [
        "verb=" + tok.lemma_.lower(),
        "verb.pos=" + tok.pos_,
        "verb.dep=" + tok.dep_,
        "verb.depth=" + size(_depth(tok), (0, 1, 2, 3)),
    ]
    head = tok.head
    if head.i != tok.i and head.pos_ == "VERB":
        feats.append("verb.head=" + head.lemma_.lower())
    return feats


def _token_at(sent: Span, char: int) -> int | None:
    """The index of the token of ``sent`` that holds character ``char`` of the document."""
    for tok in sent:
        if tok.idx <= char < tok.idx + len(tok.text) + 1:
            return tok.i
    return None


def distance_features(role: str, actor: Actor | None, verb: Token | None, sent: Span) -> list[str]:
    """Where an actor's words stand from the predicate: before or after it and how many tokens
    away (``src.dist=before3``), ``out`` when they are not in the sentence (an antecedent),
    nothing for an actor with no words (the document's focus)."""
    if actor is None or actor.span is None or verb is None:
        return []
    i = _token_at(sent, actor.span.start)
    if i is None:
        return [role + ".dist=out"]
    side = "before" if i < verb.i else "after"
    return [f"{role}.dist={side}{size(abs(i - verb.i), (1, 3, 6, 12))}"]


def opinion_features(opinion: Opinion | None, code: str) -> list[str]:
    """What the sentence classifier thinks of the event's root and code."""
    if opinion is None:
        return ["opinion=none"]
    root = code[:2]
    p_root = opinion.roots.get(root, 0.0)
    rank = sorted(opinion.roots.values(), reverse=True).index(p_root) if p_root else 9
    feats = [
        "p_root=" + _bin(p_root),
        "root_rank=" + size(rank, (0, 1, 2)),
        "p_none=" + _bin(opinion.roots.get(NONE, 0.0)),
        "p_event=" + _bin(opinion.event_probability),
    ]
    if code in opinion.codes:
        feats.append("p_code=" + _bin(opinion.codes[code]))
    return feats


#: The prefixes of the features read off the classifier's opinion (``opinion_features``).
OPINION_PREFIXES = ("p_root=", "root_rank=", "p_none=", "p_event=", "p_code=")


def event_features(
    event: Event, sent: Span, sentence_events: Sequence[Event], opinion: Opinion | None
) -> list[str]:
    """The feature strings of one event among its sentence's events."""
    return base_features(event, sent, sentence_events) + with_opinion(opinion, event.cameo)


def with_opinion(opinion: Opinion | None, code: str) -> list[str]:
    """The features of the classifier's opinion of the event's sentence (and their product
    with the root)."""
    feats = opinion_features(opinion, code)
    if opinion is not None:
        feats.append(f"root={code[:2]}|p_root={_bin(opinion.roots.get(code[:2], 0.0))}")
    return feats


def base_features(event: Event, sent: Span, sentence_events: Sequence[Event]) -> list[str]:
    """The features of an event that do not need the classifier."""
    code = event.cameo
    feats = [
        "root=" + code[:2],
        "digits=" + str(len(code)),
        "quad=" + str(event.quad_class),
        "date=" + (event.date_source or "none") + "/" + (event.date_precision or "none"),
        "sentence=" + size(event.sentence_id, (0, 1, 3, 8)),
        "length=" + size(len(sent), (12, 25, 40)),
        "events=" + size(len(sentence_events), (1, 2, 4)),
        "same_code=" + size(sum(e.cameo == code for e in sentence_events), (1, 2)),
        "same_source="
        + size(sum(e.source.code == event.source.code for e in sentence_events), (1, 2)),
    ]
    if event.object:
        feats.append("object")
    if '"' in event.sentence or "\u201c" in event.sentence:
        feats.append("quote")
    target = event.target
    if target is not None and target.country and target.country == event.source.country:
        feats.append("same_country")
    feats.extend(rule_features(event.rule))
    feats.extend(actor_features("src", event.source))
    feats.extend(actor_features("tgt", target))
    feats.extend(predicate_features(sent, event))
    if "+model:target-ranker" in event.rule:
        feats.append("tgt.ranker")  # the target ranker supplied or replaced the target
    verb = verb_token(sent, event)
    feats.extend(distance_features("src", event.source, verb, sent))
    feats.extend(distance_features("tgt", target, verb, sent))
    return feats
