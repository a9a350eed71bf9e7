"""Companies a text names with their country, and what later refers to them.

The actor dictionaries know states, organisations and leaders, not the firms of the news. A
text introduces one with its nationality and a business noun, in apposition or as a title:

- "its Australian owner, Koala Metals", "Koala Metals, an Australian company";
- "the French company Totalenergo", "Norwegian miner Fjellmet", "Japan's shipper Kaiyo".

A name with a country and no business noun ("Japan's Kaiyo") is not read as a company.

From then on, in the same document, the name ("Koala", "Koala Metals", "Koala's chief
executive") and a definite business noun with no owner of its own ("the company", "the firm",
"the miner") stand for that country's business (``AUSBUS``), not for a business of the
country the story is about. A business noun with no company introduced before it is left to
the generic-actor rules. The names are found once per document, on first need.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from multivector.coding import lang
from multivector.coding.actors import Mention, char_span
from multivector.coding.based import based_places
from multivector.model import Actor

if TYPE_CHECKING:
    from multivector.coding.state import DocumentState

COMPANY_NOUNS = lang.words("company_nouns")
COMPANY_PREFIXES = lang.words("company_code_prefixes")
NATIONALITY_KINDS = frozenset({"country", "adjective"})
PLACE_KINDS = frozenset({"country", "adjective", "capital", "region"})  # "Oslo-based"
BUSINESS = "BUS"
OWNER_DEPS = frozenset({"amod", "poss", "compound", "nmod"})
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that"})


@dataclass(slots=True)
class Companies:
    """The companies of one document: names -> country, and where each was introduced."""

    names: dict[str, str] = field(default_factory=dict)  # lowercase name or first word
    starts: list[int] = field(default_factory=list)  # token index of each introduction
    countries: list[str] = field(default_factory=list)  # and its country
    texts: list[str] = field(default_factory=list)  # and its name


def _country(
    tok: Token, mentions: dict[int, Mention], kinds: frozenset[str] = NATIONALITY_KINDS
) -> str | None:
    """The country a modifier token names ("Canadian", "Japan's"), else None."""
    m = mentions.get(tok.i)
    if m is None:
        return None
    e = m.entries[0]
    return e.country if e.kind in kinds else None


def dictionary_companies(found: Companies, doc: Doc, mentions: dict[int, Mention]) -> None:
    """Add to ``found`` the companies of the actor dictionaries the text names (a code of
    ``company_code_prefixes`` + home country + tag: "Gazprom", MNCRUSGAZ), so that "the company"
    after one is its home country's business."""
    for i, m in mentions.items():
        codes = {e.code for e in m.entries}
        code = codes.pop() if len(codes) == 1 else ""
        if i == m.start and code[:3] in COMPANY_PREFIXES and code[3:6].isalpha() and len(code) > 6:
            found.starts.append(i)
            found.countries.append(code[3:6])
            found.texts.append(doc[m.start : m.end].text)


def _name(h: Token) -> list[Token]:
    """The proper-name tokens of the phrase headed by ``h`` ("Koala Metals")."""
    left = [c for c in h.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    first = min([h.i] + [c.i for c in left])
    return [t for t in h.doc[first : h.i + 1] if t.pos_ == "PROPN"]


_HASHES: list[frozenset[int]] = []


def _company_hashes(strings) -> frozenset[int]:
    """Hashes of the business nouns as written and capitalised (worked out once: a string's
    hash is the same in every string store)."""
    if not _HASHES:
        _HASHES.append(
            frozenset(strings.add(w) for n in COMPANY_NOUNS for w in (n, n.capitalize()))
        )
    return _HASHES[0]


def find_companies(
    doc: Doc, mentions: dict[int, Mention], carried: Companies | None = None
) -> Companies:
    """Companies introduced with a nationality ("its Australian owner, Koala Metals");
    ``carried``: those the earlier pieces of a long text introduced (:func:`carry_companies`)."""
    found = Companies()
    wanted = _company_hashes(doc.vocab.strings)
    lemmas = doc.to_array([LEMMA]).ravel().tolist()  # in bulk: few tokens are business nouns
    for i in (i for i, lemma in enumerate(lemmas) if lemma in wanted):
        t = doc[i]
        if t.pos_ != "NOUN":
            continue
        owners = [_country(k, mentions) for k in t.children if k.dep_ in OWNER_DEPS]
        owners += [_country(k, mentions, PLACE_KINDS) for k in based_places(t)]  # "Oslo-based"
        country = next((c for c in owners if c), None)
        if country is None:
            continue
        heads = [c for c in t.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"]
        if t.dep_ in ("compound", "appos") and t.head.pos_ == "PROPN":
            heads.append(t.head)  # "Norwegian miner Fjellmet", "Fjellmet, a Norwegian miner"
        for h in heads:
            name = [w for w in _name(h) if w.i not in mentions]
            if not name or len(name) != len(_name(h)):
                continue  # a known actor's name is not a company's
            text = " ".join(w.text for w in name)
            found.names.setdefault(text.lower(), country)
            found.names.setdefault(name[0].lower_, country)
            found.starts.append(min(w.i for w in name))
            found.countries.append(country)
            found.texts.append(text)
    dictionary_companies(found, doc, mentions)
    order = sorted(range(len(found.starts)), key=found.starts.__getitem__)
    found.starts = [found.starts[i] for i in order]
    found.countries = [found.countries[i] for i in order]
    found.texts = [found.texts[i] for i in order]
    if carried is not None and carried.starts:  # introduced before this piece: first, at -1
        found.names = {**carried.names, **{k: v for k, v in found.names.items() if k not in carried.names}}
        found.starts = carried.starts + found.starts
        found.countries = carried.countries + found.countries
        found.texts = carried.texts + found.texts
    return found


def carry_companies(doc: Doc, state: DocumentState) -> Companies | None:
    """What the piece ``doc`` of a long text leaves to the next about companies: every name it
    (or a piece before) introduced, and its last introduction, for "the company" (put before
    the next piece's first token)."""
    found = state.companies or find_companies(doc, state.mentions, state.carried_companies)
    if not found.starts:
        return None
    return Companies(
        names=dict(found.names), starts=[-1], countries=found.countries[-1:], texts=found.texts[-1:]
    )


def company_actor(h: Token, state: DocumentState) -> Actor | None:
    """The country's business a company name or "the company" (``h``) stands for, or None."""
    if state.companies is None:
        state.companies = find_companies(h.doc, state.mentions, state.carried_companies)
    found = state.companies
    if not found.starts:
        return None
    if h.pos_ == "PROPN":
        name = _name(h)
        # a bare first word ("Koala") stands for the whole name, but a longer name must
        # match whole: "National Guard" is not "National Oil"
        country = found.names.get(" ".join(w.lower_ for w in name))
        if country is None or h.i in state.mentions:
            return None
        return _actor(name, country, "company:" + " ".join(w.text for w in name))
    if h.lemma_.lower() not in COMPANY_NOUNS or h.tag_ not in ("NN", "NNP"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in h.children):
        return None
    if any(c.dep_ in OWNER_DEPS for c in h.children):
        return None  # "the Kyrgyz company", "the state company": its own owner decides
    k = bisect.bisect_left(found.starts, h.i) - 1
    if k < 0:
        return None
    core = [c for c in h.lefts if c.dep_ == "det"] + [h]
    return _actor(core, found.countries[k], "company:" + found.texts[k])


def _actor(tokens: list[Token], country: str, how: str) -> Actor:
    return Actor(
        text=" ".join(t.text for t in tokens),
        code=country + BUSINESS,
        country=country,
        span=char_span(tokens),
        kind="agent",
        resolved_by=how,
    )
