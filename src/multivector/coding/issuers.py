"""The issuers a document or a meeting stands for when it is a clause's subject.

A story says once who issued a statement or held a summit ("Ghana and Togo issued a joint
statement", "a resolution adopted by the Council", "the Arab League summit", "summits of the
OSCE") and then lets the document or meeting act: "The statement condemned ...", "the summit
agreed to ...", "The resolution demands ...". Such a subject, when nothing else names its
actors, stands for its issuers:

1. those its own phrase names after "of", "by" or "from" ("the declaration of the OSCE",
   "a resolution by the Council");
2. for a definite noun ("the statement"), those of the latest earlier phrase of the same noun
   within reach: its own words ("the GCC summit", "an OSCE communique"), the subject of the
   verb that issued or held it ("the Council adopted a resolution", "leaders met for a
   summit": ``issuing_verbs``, ``meeting_verbs``; "wrote in a communique": ``saying_in_verbs``),
   or the agent of a participle on it ("a
   statement issued by the ministry");
3. for a definite text a vote produces ("the resolution", ``voted_texts``) with no issuer found
   so, the organisation whose vote the story told last ("the League voted to suspend Damascus
   ... The resolution also threatened ...").

Only actors the words name: a place that names a meeting ("the Nairobi summit") is no issuer
(a capital that issued it is: "Moscow sent a note"),
nor an owner guessed from the country in focus (:func:`~multivector.coding.namesakes.stated`),
nor a pronoun's owner ("its report"); a meeting of more than three parties stands for none.
The nouns are ``statement_nouns`` and ``meeting_nouns`` of ``lang/en/grammar.yaml``; a document
named after an organisation is :mod:`~multivector.coding.authors`' case as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.enacted import VOTING_VERBS
from multivector.coding.namesakes import stated
from multivector.coding.syntax import STATEMENT_NOUNS, definite, pronoun_owned
from multivector.coding.token_index import token_index
from multivector.model import Actor

if TYPE_CHECKING:
    from multivector.coding.phrases import PhraseResolver
    from multivector.coding.state import DocumentState

MEETING_NOUNS = lang.words("meeting_nouns")
DOCUMENT_ANAPHORS = lang.words("document_anaphors")  # "the text": the latest document named
DOCUMENT_NOUNS = STATEMENT_NOUNS | DOCUMENT_ANAPHORS
ISSUED_NOUNS = STATEMENT_NOUNS | MEETING_NOUNS | DOCUMENT_ANAPHORS
CLOSING_PREPS = lang.words("closing_document_prepositions")  # "ended the summit with a declaration"
SPONSORING_VERBS = lang.words("sponsoring_verbs")  # "a British-sponsored resolution"
FORUM_PREPS = lang.words("forum_prepositions")  # "a resolution in the Security Council"
SPONSOR_DEPS = frozenset({"npadvmod", "compound", "amod", "nmod", "nsubj"})
ISSUING_VERBS = lang.words("issuing_verbs") | lang.words("meeting_verbs")
SAYING_VERBS = lang.words("saying_in_verbs")  # "the cabinet wrote in a communique"
VOTED_TEXTS = lang.words("voted_texts")  # "the resolution": the body whose vote the story told
ISSUER_PREPS = frozenset({"of", "by", "from"})
PLACE_KINDS = ("capital:", "place:", "gazetteer:", "region:")  # a venue, not an issuer
REACH = 400  # tokens back the same noun may be named with its issuers (a few paragraphs)
ARG_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})
# A meeting of more parties than this acts as no one of them: "the summit agreed" after a summit
# of six neighbours names neither who proposed nor who agreed with whom.
MOST_PARTICIPANTS = 3


def issuers(
    h: Token, state: DocumentState, when, phrases: PhraseResolver, exclude: set[str]
) -> list[Actor]:
    """The issuers the document or meeting noun ``h`` stands for (see the module), or []."""
    lemma = h.lemma_.lower()
    if lemma not in ISSUED_NOUNS:
        return []
    if own := _issuers_in(h, state, when, phrases, exclude, owners=False):
        return own
    if not definite(h):
        return []
    most = MOST_PARTICIPANTS if lemma in MEETING_NOUNS else None
    same = DOCUMENT_NOUNS if lemma in DOCUMENT_ANAPHORS else frozenset({lemma})
    lemmas = token_index(h.doc).lemma
    for i in range(h.i - 1, max(h.i - REACH, 0) - 1, -1):
        if lemmas[i].lower() not in same:
            continue
        earlier = h.doc[i]
        if earlier.pos_ == "NOUN" and (found := _issuers_in(earlier, state, when, phrases, exclude)):
            return found if most is None or len(found) <= most else []
    if lemma in VOTED_TEXTS and (voter := _last_voter(h, lemmas)) is not None:
        found = phrases.resolve(voter, state, when, "source", exclude)
        return [a for a in found if a.kind == "organization" and stated(a)]
    return []


def _last_voter(h: Token, lemmas: Sequence[str]) -> Token | None:
    """The subject of the latest voting verb before ``h`` within reach that was no vote against
    ("voted against it", "did not vote"), or None."""
    for i in range(h.i - 1, max(h.i - REACH, 0) - 1, -1):
        v = h.doc[i]
        if lemmas[i].lower() not in VOTING_VERBS or v.pos_ != "VERB":
            continue
        if any(c.dep_ == "neg" or c.dep_ == "prep" and c.lower_ == "against" for c in v.children):
            continue
        return next((c for c in v.children if c.dep_ == "nsubj"), None)
    return None


def _issuers_in(
    n: Token,
    state: DocumentState,
    when,
    phrases: PhraseResolver,
    exclude: set[str],
    owners: bool = True,
) -> list[Actor]:
    """The issuers the phrase of ``n`` names: its "of"/"by"/"from" phrase, with ``owners`` its
    modifiers too, the subject of the verb that issued it, the agent of a participle on it."""
    if owners and pronoun_owned(n):
        owners = False  # "its report": whose, the pronoun's reading decides, not this one
    found = phrases.modifier_actors(n, state, when, exclude, preps=ISSUER_PREPS, only_preps=not owners)
    found = [a for a in found if not a.resolved_by.startswith(PLACE_KINDS)]
    if not found:
        # the subject that issued it, a capital too ("Moscow sent a note"): no venue there
        found = [a for t in _issuing_subjects(n) for a in phrases.resolve(t, state, when, "source", exclude)]
    return [a for a in found if stated(a)]


def put_by(n: Token, state: DocumentState, when, phrases: PhraseResolver, exclude: set[str]) -> list[Actor]:
    """Those who put the document ``n`` forward: its sponsors ("a British-sponsored
    resolution", "a draft tabled by France"), else the body it was put to ("a resolution in
    the Security Council"), or []: the target of a document voted against or vetoed
    (``ArgumentFinder.targets``' consumed object)."""
    if n.lemma_.lower() not in DOCUMENT_NOUNS:
        return []  # "suspended Syria's voting rights in the organisation": no document
    found = [a for t in _sponsors(n) for a in phrases.resolve(t, state, when, "source", exclude)]
    found = found or _forum(n, state, when, phrases, exclude)
    return [a for a in found if stated(a) and not a.resolved_by.startswith(PLACE_KINDS)]


def _forum(n: Token, state: DocumentState, when, phrases: PhraseResolver, exclude: set[str]) -> list[Actor]:
    """The organisations a forum phrase of document ``n`` names ("in the Security Council")."""
    forums = [p for c in n.children if c.dep_ == "prep" and c.lower_ in FORUM_PREPS for p in c.children if p.dep_ == "pobj"]
    return [a for t in forums for a in phrases.resolve(t, state, when, "source", exclude) if a.kind == "organization"]


def _sponsors(n: Token) -> list[Token]:
    """The words naming the sponsors of document ``n`` in a sponsoring participle on it ("a
    British-sponsored resolution", "a U.S.-drafted text", "a draft tabled by France")."""
    found: list[Token] = []
    for c in n.children:
        if c.lemma_.lower() not in SPONSORING_VERBS and c.lower_ not in SPONSORING_VERBS:
            continue
        if c.dep_ in ("amod", "compound"):  # "British-sponsored"
            found.extend(p for p in c.children if p.dep_ in SPONSOR_DEPS and p.i < c.i)
        elif c.dep_ == "acl" and c.tag_ == "VBN":  # "tabled by France"
            found.extend(p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")
    return found


def _issuing_subjects(n: Token) -> list[Token]:
    """The phrases that issued or held ``n``: the subject of the issuing verb it is the object
    of ("the Council adopted a resolution", "met for a summit", "said in a report"), the agent of that verb in the
    passive or of a participle on ``n`` ("a statement issued by the ministry")."""
    verbs = [c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if n.dep_ in ARG_DEPS and n.head.dep_ != "agent":  # "adopted by the summit": the issuer
        verbs.append(n.head.head if n.dep_ == "pobj" else n.head)
    if n.dep_ == "pobj" and n.head.lower_ in CLOSING_PREPS and n.head.head.dep_ == "dobj":
        verbs.append(n.head.head.head)  # "ended a summit with a declaration": "ended"
    saying = n.dep_ == "pobj" and n.head.lower_ == "in"  # "said in a statement"
    found: list[Token] = []
    for v in verbs:
        lemma = v.lemma_.lower()
        if lemma not in ISSUING_VERBS and not (saying and lemma in SAYING_VERBS):
            continue
        for c in v.children:
            if c.dep_ == "nsubj" and v.dep_ != "acl":
                found.append(c)
            elif c.dep_ == "agent":
                found.extend(p for p in c.children if p.dep_ == "pobj")
    return found
