"""Which organisations a common noun of an organisation can name again ("the bloc", "the
alliance"): ``organization_noun_kinds`` in ``lang/en/anaphora.yaml`` lists, per noun, parts of
the CAMEO codes of the organisations of its kind. ``the bloc`` after "NATO" and "the EU" is the
EU, the latest organisation of its kind, not the latest of any kind. An official named with
the organisation ("NATO Secretary-General X said the alliance ...") stands for it."""

from __future__ import annotations

from spacy.tokens import Token

from multivector.coding import lang
from multivector.model import Actor

ORG_NOUNS = lang.words("organization_nouns")
BLOC_NUMERALS: dict[str, int] = {
    str(k): int(v) for k, v in lang.load("grammar.yaml")["bloc_numerals"].items()
}
# So many leaders or ministers counted ("the twenty-seven leaders") are a bloc's, not a list's.
MIN_BLOC_COUNT = int(lang.load("anaphora.yaml")["min_bloc_count"])
NOUN_KINDS: dict[str, tuple[str, ...]] = {
    str(noun): tuple(str(p) for p in parts)
    for noun, parts in (lang.load("anaphora.yaml").get("organization_noun_kinds") or {}).items()
}


def fits(noun: str | None, actor: Actor) -> bool:
    """Whether the organisation ``actor`` is of the kind the noun ``noun`` (a lemma) names;
    any organisation fits a noun with no kinds listed (or no noun). With a noun, an official
    named by a title with the organisation ("EU foreign policy chief X") stands for it."""
    if actor.kind != "organization" and not (noun is not None and speaks_for(actor)):
        return False
    parts = NOUN_KINDS.get(noun or "")
    if parts is None:
        return True
    return bool(actor.code) and any(p in actor.code for p in parts)


def speaks_for(actor: Actor) -> bool:
    """Whether ``actor`` is an official named with an organisation's name ("the NATO
    Secretary-General", "EU foreign policy chief X"): an agent coded as that organisation."""
    return actor.kind == "agent" and "organization:" in actor.resolved_by and bool(actor.code)


def refers_to_organisation(o: Token) -> bool:
    """Whether ``o`` is a definite organisation noun of its own ("left the organisation",
    "quit the bloc"), which names an organisation spoken of before."""
    return (
        o.lemma_.lower() in ORG_NOUNS
        and o.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
        and not any(c.dep_ in ("poss", "compound", "nmod") for c in o.children)
    )


def _numeral(t: Token) -> str:
    """The numeral ``t`` spelled with its compound tens ("twenty-seven")."""
    parts = [c.lower_ for c in t.children if c.dep_ == "compound" and c.i < t.i]
    return "-".join([*parts, t.lower_])


def bloc_numeral(h: Token) -> bool:
    """Whether ``h`` names a union of states by its number of members: a capitalised numeral
    after "the" that counts nothing ("the Twelve recognised", "the Twenty-Seven agreed"),
    read as "the bloc"."""
    if h.dep_ == "nummod" or not h.text[:1].isupper():
        return False
    if any(not c.text[:1].isupper() for c in h.children if c.dep_ == "compound"):
        return False
    return _numeral(h) in BLOC_NUMERALS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in h.children
    )


def bloc_count(h: Token) -> bool:
    """Whether the plural ``h`` is counted as a bloc's members are ("the twenty-seven leaders",
    "the 27 ministers"): at least ``min_bloc_count``."""
    for c in h.children:
        if c.dep_ == "nummod":
            n = int(c.text) if c.text.isdigit() else BLOC_NUMERALS.get(_numeral(c), 0)
            return n >= MIN_BLOC_COUNT
    return False
