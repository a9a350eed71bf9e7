"""People known by their title alone: a definite singular title with no owner ("the
Secretary-General", "the envoy", "the foreign minister") is the person the document last named
with that title and an owner ("The United Nations Secretary-General described ... The
Secretary-General condemned": the UN's), when the salience tracker still holds that phrase.
The titles are ``person_role_nouns`` of ``lang/en/words.yaml``. A title of one office in the
world ("the Pope", ``office_titles``) is that office's state. A head of an organisation
with none named ("the Secretary-General", ``organisation_head_titles``) is the head of the
international organisation last named, else of the one the title defaults to (the UN).
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from spacy.tokens import Token

from multivector.coding import lang
from multivector.coding.coref import PERSON_ROLES
from multivector.coding.state import DocumentState
from multivector.coding.syntax import coordinated, definite, np_core, words
from multivector.coding.token_index import children_with, token_index
from multivector.model import Actor

if TYPE_CHECKING:
    from multivector.coding.phrases import PhraseResolver

SINGULAR_TAGS = ("NN", "NNP")
HONORIFICS = words("honorific_nouns")
PLACE_PREPS = words("place_prepositions")
HEAD_TITLES = {str(k): str(v) for k, v in lang.entry("organisation_head_titles").items()}
OFFICE_TITLES = {str(k): str(v) for k, v in lang.entry("office_titles").items()}


def title_words(h: Token) -> str:
    """The words of the title ``h`` heads, without its determiner, as an actor's text joins
    them ("Secretary - General", "foreign minister"), lower-case."""
    return " ".join(t.text for t in np_core(h) if t.dep_ != "det").lower()


def titled_person(h: Token, state: DocumentState, exclude: set[str]) -> Actor | None:
    """The actor of the latest earlier phrase that gave the title ``h`` heads an owner, for a
    definite singular title of a person; None otherwise."""
    if h.tag_ not in SINGULAR_TAGS or not definite(h):
        return None
    title = title_words(h)
    if not title or title.replace(" - ", "-").split()[-1] not in PERSON_ROLES:
        return None
    for e in reversed(state.tracker.history):
        a = e.actor
        if a.kind != "agent" or not a.code or a.code in exclude or a.span is None:
            continue
        text = a.text.lower()
        if a.span.end <= h.idx and text.endswith(" " + title) and text != "the " + title:
            return a
    office = OFFICE_TITLES.get(title)
    if office is not None:  # "the Pope": the one office of that title
        return None if office in exclude else Actor(h.text, office, office[:3], None, "agent", f"title:{title}")
    return organisation_head(title.replace(" - ", "-"), h, state, exclude)


def organisation_head(
    title: str, h: Token, state: DocumentState, exclude: set[str]
) -> Actor | None:
    """For a title of an organisation's head with no owner ("the Secretary-General"): the
    international organisation last named before ``h``, else the title's default (the UN)."""
    default = HEAD_TITLES.get(title)
    if default is None:
        return None
    doc = h.doc

    def body(a: Actor) -> bool:  # an organisation, not a seat named as a place ("in Brussels")
        if not a.code.startswith("IGO") or a.span is None:
            return False
        tok = doc.char_span(a.span.start, a.span.end, alignment_mode="expand")
        return tok is None or not (tok.root.dep_ == "pobj" and tok.root.head.lower_ in PLACE_PREPS)

    org = state.tracker.recent(
        body,
        set(exclude),
        prefer_subject=False,
        before=h.idx,
    )
    if org is not None:
        return org
    if default in exclude:
        return None
    return Actor(h.text, default, None, None, "organization", f"title:{title}")


MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")


def chained_modifiers(modifiers: list[Token], mentions: Container[int]) -> list[Token]:
    """The modifiers of a name's compound titles, down the chain ("U.S." in "U.S. House
    Speaker Nancy Pelosi" hangs on "House", "House" on "Speaker", "Speaker" on the name), in
    the order found (nearest title first); a compound that is a named mention is not entered.
    A title parsed as a noun modifier is a link too ("U.S." on "House" in "U.S. House of
    Representatives Speaker X", where "House" modifies the name)."""
    out: list[Token] = []
    todo = [c for c in modifiers if c.dep_ in ("compound", "nmod") and c.i not in mentions]
    while todo:
        c = todo.pop(0)
        for g in c.children:
            if g.dep_ in MODIFIER_DEPS and g not in out:
                out.append(g)
                if g.dep_ == "compound" and g.i not in mentions:
                    todo.append(g)
    return out


def title_compounds(h: Token) -> list[Token]:
    """The compounds before a name, down the chain, nearest first: a title may hang on a given
    name rather than on the surname ("Defence Secretary Okello Mwangi Barasa": "Secretary" on
    "Mwangi", "Mwangi" on the surname). A compound after the word it hangs on is not read."""
    out: list[Token] = []
    todo = [c for c in h.children if c.dep_ == "compound"]
    while todo:
        c = todo.pop(0)
        out.append(c)
        todo.extend(g for g in c.children if g.dep_ == "compound" and g.i < c.i)
    return out


def styled_person(h: Token) -> list[Token]:
    """The appositions naming whom a style of address stands for ("His Highness the Emir of
    Kuwait, Sheikh Nawaf": the emir and the name); none when ``h`` is no such style."""
    ix = token_index(h.doc)  # the word from the index: most nouns are no style
    if ix.lower[h.i] not in HONORIFICS:
        return []
    return children_with(h, "appos")


def apposed_holders(
    h: Token, state: DocumentState, phrases: PhraseResolver, when, role: str, exclude: set[str]
) -> list[Actor]:
    """The people in office an apposition names for the office noun ``h`` ("the interim
    president, Roza Otunbayeva,", "The Minister of External Affairs, S. Jaishankar,"), as
    ``phrases`` (the PhraseResolver) resolves the named appositions, when every actor found is
    a leader of the actor table in office on the day (not "Pakistan's army chief, Pervez
    Musharraf," before his presidency); none otherwise (the office noun is resolved as itself)."""
    if h.i in state.mentions or phrases.agent_code(h, state) is None:
        return []  # (the agent code first: ``state.agents`` is read as filled, raiders.py)
    apposed = children_with(h, "appos")  # from the index: no Token made of every child
    if not apposed:
        return []
    found: list[Actor] = []
    for b in [b for c in apposed for b in coordinated(c)]:
        named = phrases.resolve_single(b, state, when, role, exclude) if b.i in state.mentions else []
        if not named or not all(a.kind == "leader" and not a.code.endswith("ELI") for a in named):
            return []  # each name must be a holder in office: not half of "X and Y" alone
        found += named
    return found
