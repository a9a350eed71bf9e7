"""Predicates that a sentence mentions without asserting that they happened.

Rules of English clause structure, each on the dependency parse (words in
``data/discards.yaml``):

* **the content of a claim noun**: "investigating reports that soldiers had shot three
  farmers", "denied allegations that it armed the rebels": the clause is what someone claims,
  not what the sentence reports (``claim_nouns``; factive nouns such as "fact" are not listed);
* **an infinitive with its own subject under a verb of wanting**: "critics want the president
  to cancel the loans", "Moscow expected Kyiv to sign": the act is wanted of another, not done
  (``wanting_verbs``, with the modality's verbs of demanding and hoping);
* **a direct question**: "Has Ottawa agreed to lift the duties?" asks, it does not report;
* **a characterisation**: "called the ban a mistake", "called the verdict unacceptable": a verb
  of naming with an object predicate names no contact or appeal (``naming_verbs``); a pattern of
  a comment (``characterisation_roots``: praise, criticism, rejection) still applies; and a
  verb of naming in a free relative that is another verb's object ("condemned what it called
  aggression") is the judge's name for what that verb judges, coded by it alone;
* **the demand of a protest**: "farmers blocked the highway, demanding higher prices": the
  demand is the protest's issue (coded with the protest, coding/issues.py), not a second act
  (``demand_roots`` heading a participle of a verb of ``protest_roots``);
* **a generic patient of a hostile act**: "will arrest anyone who fishes in our waters", "those
  who cross illegally are deported": a sanction on whoever fits a description states a policy
  or a rule, not an event (``generic_patients``; "those" and "people" only with a relative
  clause; ``conflict_roots``). Help offered to anyone in need ("would shelter anyone fleeing")
  is a promise to the people in need and stays;
* **a reduced passive participle in a subject**: "the sailors released by Tehran flew home", "a
  truce brokered by Qatar collapsed": the participle identifies the subject by an act taken as
  known; the clause reports something else about it. Elsewhere such a participle often is the
  news ("after talks brokered by Qatar", "condemned a killing ordered by X") and is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from multivector.coding.dictionary import EventPattern
from multivector.coding.orders import ordering_governor
from multivector.coding.participle_events import told_making
from multivector.coding.syntax import inner_predicatives
from multivector.coding.token_index import token_index
from multivector.coding.transcripts import doc_labels

COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
NOUNS = frozenset({"NOUN", "PROPN"})
# how a parser hangs the clause after a turn's label ("QUESTION: Will NATO ...?") on the label
LABELLED_CLAUSE_DEPS = frozenset({"ccomp", "acl", "appos", "dep", "parataxis"})
PREDICATE_DEPS = frozenset({"oprd", "acomp"})
CLAUSE_LINKS = frozenset({"conj", "xcomp"})


@dataclass(frozen=True, slots=True)
class Unasserted:
    """The rules above, with their word lists."""

    claim_nouns: frozenset[str] = frozenset()
    wanting_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    characterisation_roots: frozenset[str] = frozenset()
    material_roots: frozenset[str] = frozenset()
    unchanging_pasts: frozenset[str] = frozenset()
    habit_adverbs: frozenset[str] = frozenset()
    demand_roots: frozenset[str] = frozenset()
    protest_roots: frozenset[str] = frozenset()
    generic_patients: frozenset[str] = frozenset()
    described_patients: frozenset[str] = frozenset()
    conflict_roots: frozenset[str] = frozenset()

    @classmethod
    def from_data(cls, data: dict) -> Unasserted:
        """From the mapping of ``data/discards.yaml``."""

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data.get(key) or ())

        return cls(
            claim_nouns=words("claim_nouns"),
            wanting_verbs=words("wanting_verbs"),
            naming_verbs=words("naming_verbs"),
            characterisation_roots=words("characterisation_roots"),
            material_roots=words("material_roots"),
            unchanging_pasts=words("unchanging_pasts"),
            habit_adverbs=words("habit_adverbs"),
            demand_roots=words("demand_roots"),
            protest_roots=words("protest_roots"),
            generic_patients=words("generic_patients"),
            described_patients=words("described_patients"),
            conflict_roots=words("conflict_roots"),
        )

    def reason(
        self, v: Token, pattern: EventPattern, act: Callable[[Token], str | None] | None = None
    ) -> str | None:
        """Why the verb ``v`` (matched by ``pattern``) is not asserted, or None (``act``: the
        code of the act another verb of the sentence states, when it has one)."""
        clause = clause_head(v)
        if (noun := claim_of(clause, self.claim_nouns)) is not None:
            return f"the content of a claim ('{noun.text} that ...'), not reported as done"
        if (gov := wanted_of_another(clause, self.wanting_verbs)) is not None and (
            ordering_governor(clause) is None  # "ordered the minister to be held": done
        ):
            return f"wanted of another ('{gov.text} X to ...'), not done"
        if direct_question(v):
            return "a direct question, not a report"
        if (
            v.lemma_.lower() in self.naming_verbs
            and pattern.code[:2] not in self.characterisation_roots
            and characterised(v)
        ):
            return f"a characterisation ('{v.lemma_.lower()} X Y'), no contact or appeal"
        if v.lemma_.lower() in self.naming_verbs and named_in_free_relative(v):
            return "a name given in a free relative ('what X called Y'): the verb it serves codes"
        if pattern.code[:2] in self.material_roots and habitual(
            v, self.habit_adverbs, self.unchanging_pasts
        ):
            return "a simple present of a material act: a habit or standing state, not news"
        if (
            act is not None
            and pattern.code[:2] in self.demand_roots
            and (head := protest_head(v)) is not None
            and (code := act(head)) is not None
            and code[:2] in self.protest_roots
        ):
            return f"the demand of a protest ('{head.text} ..., {v.text}'): its issue"
        if pattern.code[:2] in self.conflict_roots and (
            who := generic_patient(v, self.generic_patients, self.described_patients)
        ):
            return f"an act on a generic patient ('{who.text}'): a policy or rule, not an event"
        if reduced_participle(v) and not told_making(v):
            return "a participle identifying its noun ('the X released by Y'), not reported"
        return None


def clause_head(v: Token) -> Token:
    """The first verb of the conjoined verbs ``v`` belongs to ("had shot and wounded")."""
    node = v
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    return node


def claim_of(clause: Token, nouns: frozenset[str]) -> Token | None:
    """The claim noun whose that-clause ``clause`` is ("reports that ..."), or None."""
    head = clause.head
    if clause.dep_ not in ("acl", "ccomp") or head.pos_ not in NOUNS:
        return None
    if head.lemma_.lower() not in nouns:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in COMPLEMENTIZERS for c in clause.children):
        return None
    return head


def wanted_of_another(clause: Token, verbs: frozenset[str]) -> Token | None:
    """The verb of wanting whose infinitive with its own subject ``clause`` is ("want the
    president to cancel"), or None."""
    head = clause.head
    if clause.dep_ != "ccomp" or clause.i < head.i or head.lemma_.lower() not in verbs:
        return None
    kids = list(clause.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return None
    return head


def direct_question(v: Token) -> bool:
    """Whether ``v`` is the main clause (or its conjunct or infinitive) of a sentence that
    ends in a question mark."""
    ix = token_index(v.doc)
    start, end = ix.sentence(v.i)
    text, dep, head = ix.text, ix.dep, ix.head
    shown = (j for j in range(end - 1, start - 1, -1) if not text[j].isspace())
    last = next((text[j] for j in shown if text[j] not in ('"', "'")), None)
    if last != "?":
        return False
    node = v.i
    while dep[node] in CLAUSE_LINKS and head[node] != node:
        node = head[node]
    if dep[node] in LABELLED_CLAUSE_DEPS and _turn_label(v.doc, head[node], start):
        return True  # "QUESTION: Will NATO send more air defences?": the label's clause asks
    return dep[node] == "ROOT"


def _turn_label(doc: Doc, label: int, start: int) -> bool:
    """Whether the token ``label`` opens its sentence (``start``) as a transcript turn's label
    ("QUESTION:", "Q:"; :func:`~multivector.coding.transcripts.doc_labels`)."""
    if label != start:
        return False
    at = doc[label].idx
    return any(pos <= at < pos + lb.words_end for pos, lb in doc_labels(doc))


def named_in_free_relative(v: Token) -> bool:
    """Whether ``v`` names its object in a free relative that is itself another verb's object,
    said by the same judge ("condemned what it called aggression", "denounced what he described
    as an invasion": a pronoun subject): the judge's name for what the governing verb judges,
    not a second act. Not a name another gives ("denounce what Castro called ...") nor one
    under a preposition ("in what Amnesty called ethnic cleansing")."""
    return (
        v.dep_ in ("ccomp", "dobj")
        and v.head.pos_ == "VERB"
        and any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in v.children)
        and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in v.children)
    )


def characterised(v: Token) -> bool:
    """Whether ``v`` has an object and a predicate of that object: "called the ban a mistake"
    (oprd), "called the move unacceptable", "called the verdict politically motivated"."""
    obj = next((c for c in v.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if any(c.dep_ in PREDICATE_DEPS and c.i > obj.i for c in v.children) or inner_predicatives(obj):
        return True
    if any(
        c.dep_ in ("ccomp", "xcomp") and c.i > obj.i and c.pos_ in ("ADJ", "NOUN")
        for c in v.children
    ):
        return True
    return any(c.i > obj.i and c.pos_ == "ADJ" and c.dep_ in ("amod", "acl") for c in obj.children)


def generic_patient(v: Token, pronouns: frozenset[str], described: frozenset[str]) -> Token | None:
    """The generic object (or passive subject) of ``v``: "anyone", "whoever", or "those" with
    a relative clause ("those who cross illegally are deported"), else None."""
    passive = any(c.dep_ == "auxpass" for c in v.children)
    for c in v.children:
        if c.dep_ != "dobj" and not (passive and c.dep_ == "nsubjpass"):
            continue
        word = c.lower_
        if word in pronouns:
            return c
        if word in described and any(g.dep_ == "relcl" for g in c.children):
            return c
    return None


def protest_head(v: Token) -> Token | None:
    """The verb whose participial adjunct ``v`` is ("blocked the road, demanding ..."), or None."""
    if v.tag_ != "VBG" or v.dep_ != "advcl" or v.head.pos_ != "VERB":
        return None
    return v.head


def reduced_participle(v: Token) -> bool:
    """Whether ``v`` is a past participle with no auxiliary of its own modifying the subject of
    a clause: "the sailors released by Tehran flew home", "a truce brokered by Qatar collapsed"."""
    if v.tag_ != "VBN" or v.dep_ != "acl" or v.head.pos_ not in NOUNS:
        return False
    noun = v.head
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "mark" and c.i < noun.i for c in noun.head.children):
        return False  # "After talks brokered by X, ...": a misparsed phrase of time
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in v.children)


SIMPLE_PRESENT = frozenset({"VBZ", "VBP"})


def habitual(v: Token, adverbs: frozenset[str], unchanging: frozenset[str] = frozenset()) -> bool:
    """Whether ``v`` is a verb in the simple present, with no auxiliary, that its context marks
    as a habit or a standing state: in a relative clause ("the electricity it supplies to its
    neighbour"), as the conjunct of a past tense ("joined the bloc in 2011 and sells gas to
    Europe") or with an adverb of habit ("already ships crude to Baku"). A bare present
    elsewhere may be a headline's or a statement's news ("Chad sends troops") and is kept; so
    is a bare form that is also a past ("after rioters set fire": ``unchanging``)."""
    if v.pos_ != "VERB" or v.tag_ not in SIMPLE_PRESENT:
        return False
    if v.tag_ == "VBP" and v.lemma_.lower() in unchanging:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in v.children):
        return False
    if v.dep_ == "relcl":
        return True
    node = v
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "joined in 2011, belongs to no bloc and sells gas": a list of states
        if node.tag_ == "VBD":
            return True
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in v.children)
