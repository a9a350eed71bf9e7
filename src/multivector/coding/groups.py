"""Group phrases that name the parties in question, and the antecedent of an object pronoun.

- "The parties signed", "both parties agreed", "the two parties": a plural, definite,
  unmodified ``party_side_nouns`` word is the two sides of the dealings in focus (as "the two
  sides"), not political parties ("opposition parties", "the ruling party" keep their agent).
- The formal style of joint statements and readouts: a capitalised plural with "the" in running
  text ("The Parties signed", "The Sides agreed", "The Leaders welcomed", "The Heads of State
  held talks") names the two parties of the text, as "the two leaders" does; a
  ``formal_party_nouns`` word stands for the two countries, a role of a ``formal_party_agents``
  agent for the two countries' organs (KAZGOV, KORGOV). A headline's capitals are not the style.
- "Police detained three fishermen, accusing them of ...", "arrested two men and questioned
  them": an object pronoun of a participial adjunct or of a verb coordinated with the main verb
  (same subject) refers to the main verb's object, never to its subject (a clause's subject and
  object pronoun are different people).
- "The North's military fired shells" in a text naming either Korea: "the North" and "the
  South" are the two states of a divided country (``divided_halves``).
- "worked together", "began joint patrols": an act done jointly (``joint_words``,
  :func:`joint_act`), whose partners act towards each other.
- "The navy arrested 23 Peruvian fishermen and seized four trawlers": a verb coordinated with
  the main verb (same subject) whose own phrases name no actor acts on the party the main
  verb's object names (``shared_object``), rather than on the country of a place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Token

from multivector.actors.reference import country_names
from multivector.coding import lang
from multivector.coding.clause_syntax import subject_of
from multivector.coding.coref import PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS
from multivector.coding.listed_groups import appositive_list
from multivector.coding.name_forms import PLURAL_TAGS, noun_lemmas
from multivector.coding.state import DocumentState, objects_of
from multivector.coding.syntax import DUAL_WORDS, MODIFIER_DEPS, definite, number_value, numbered
from multivector.model import Actor

PARTNER_PREPS = frozenset(lang.words("partner_prepositions"))
JOINT_WORDS = lang.words("joint_words")

PARTY_SIDE_NOUNS = lang.words("party_side_nouns")
FORMAL_PARTY_NOUNS = lang.words("formal_party_nouns")
FORMAL_PARTY_AGENTS = lang.words("formal_party_agents")
DIVIDED_HALVES: list[dict[str, str]] = [
    {str(k).lower(): str(v) for k, v in g.items()} for g in lang.entry("divided_halves")
]
PARTY_SIDE_DETERMINERS = lang.words("party_side_determiners")
OBJECT_DEPS = frozenset({"dobj", "dative"})
ADJUNCT_TAGS = frozenset({"VBG"})


def plural(h: Token) -> bool:
    """Whether ``h`` is a plural noun, a capitalised one spaCy may tag as a singular name
    included ("the Heads of State": NNP)."""
    if h.tag_ in PLURAL_TAGS:
        return True
    return h.tag_ == "NNP" and h.is_title and h.lower_.endswith("s") and not h.lower_.endswith("ss")


def formal_plural(h: Token) -> bool:
    """Whether ``h`` is a capitalised plural with "the" in running text ("the Parties", "the
    Leaders"), as joint statements name their parties; not in a headline, whose words are all
    capitalised ("Leaders Sign Deal": the governing word is capitalised too)."""
    return (
        plural(h)
        and h.is_title
        and h.head is not h
        and not h.head.is_title
        and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children)
    )


def party_sides(h: Token, agent: str | None = None) -> int:
    """How many sides "the parties" (``h``) names: 2 for "the parties", "both parties", "the
    two parties", "the Sides"; the number for "the three parties"; 0 when ``h`` is not such a
    phrase. With the role's ``agent``: how many states' organs a definite role plural names,
    "the two leaders", "both presidents" (counted) or "the Leaders", "the Heads of State" (the
    formal style, two), else 0."""
    if agent is not None and each_against_other(h):
        return 2  # "each government blames the other": the two governments
    if not plural(h):
        return 0
    if agent is not None:
        if not definite(h):
            return 0
        if n := numbered(h):
            return n
        formal = agent in FORMAL_PARTY_AGENTS and formal_plural(h)
        return 2 if formal and not any(c.dep_ == "poss" for c in h.children) else 0
    lemmas = set(noun_lemmas(h))  # plural(h) holds here
    if not lemmas & PARTY_SIDE_NOUNS and not (lemmas & FORMAL_PARTY_NOUNS and formal_plural(h)):
        return 0
    if any(c.dep_ in MODIFIER_DEPS or c.dep_ == "poss" for c in h.children):
        return 0  # "opposition parties", "Kenya's parties", "political parties"
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
        return 0  # "parties of the left"
    if not any(c.lower_ in PARTY_SIDE_DETERMINERS for c in h.children):
        return 0
    return numbered(h) or 2


def counted_parties(h: Token) -> int:
    """How many parties a bare definite number stands for ("The four severed ties with Doha",
    "the two settled the dispute": the states of the latest list or pair), else 0: never a
    number that counts a noun ("the four countries") or what "of" names ("two of the jets")."""
    if h.pos_ != "NUM" or h.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return 0
    kids = list(h.children)
    if any(c.dep_ == "prep" for c in kids):
        return 0  # "two of the jets", "the four in the car"
    return number_value(h) if any(c.dep_ == "det" and c.lower_ == "the" for c in kids) else 0


def object_antecedent(pronoun: Token) -> Token | None:
    """The main clause's object an object pronoun (or an object's possessive pronoun) of a
    participial adjunct or coordinated verb refers to, when their number agrees, else None.

    "The navy detained two trawlers, accusing them of ...": "them" is the trawlers; "arrested
    a journalist and questioned him": "him" is the journalist; "seized the boats and
    impounded their catch": "their" is the boats'."""
    word = pronoun.lower_
    holder = pronoun.head if pronoun.dep_ == "poss" else pronoun
    if holder.dep_ not in OBJECT_DEPS:
        return None
    verb = holder.head
    if verb.dep_ == "advcl" and verb.tag_ in ADJUNCT_TAGS:
        pass  # "..., accusing them of spying"
    elif verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None  # its own subject: "police arrested two men and a court fined them"
    else:
        return None
    main = verb.head
    objects = [
        c
        for c in main.children
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < holder.i
    ]
    if len(objects) != 1:
        return None
    obj = objects[0]
    plural = obj.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in obj.children)
    if word in PLURAL_PRONOUNS and not plural:
        return None
    if (word in PERSON_PRONOUNS or word in THING_PRONOUNS) and plural:
        return None
    if word not in PLURAL_PRONOUNS | PERSON_PRONOUNS | THING_PRONOUNS:
        return None
    return obj


def shared_object(v: Token) -> Token | None:
    """The main verb's direct object for a verb coordinated with it that has no subject of its
    own ("arrested 23 fishermen and seized four trawlers" -> fishermen), else None."""
    if v.dep_ != "conj" or v.head.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    objects = [
        c for c in v.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < v.i
    ]
    return objects[0] if len(objects) == 1 else None


def pronoun_owners(
    pronoun: Token,
    resolve: Callable[[Token], list[Actor]],
    tracker: Callable[[Token], list[Actor]],
) -> list[Actor]:
    """The owners a possessive pronoun names: the main object's actors when it refers to that
    object ("detained five traders and seized their lorries"), else the tracker's antecedent."""
    obj = object_antecedent(pronoun)
    found = [a for a in resolve(obj) if a.code] if obj is not None else []
    return found or [a for a in tracker(pronoun) if a.code]


def divided_half(h: Token, state: DocumentState) -> Actor | None:
    """The state "the North" / "the South" (``h``) stands for in a text that names the states
    of a divided country (``divided_halves``) more often than those of any other, else None."""
    if h.pos_ != "PROPN" or not h.is_title or not DIVIDED_HALVES:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
        return None
    if any(c.dep_ == "compound" for c in h.children):
        return None  # "the North Caucasus" is a region's name
    if "halves" not in state.generic:  # the divided country the text names most often
        mentions = {id(m): m for m in state.mentions.values()}.values()
        named = Counter(c for m in mentions for c in {e.country for e in m.entries})
        counts = sorted(
            ((sum(named[c] for c in set(g.values())), i) for i, g in enumerate(DIVIDED_HALVES)),
            reverse=True,
        )
        top = counts[0] if counts and counts[0][0] else None
        tied = top is not None and len(counts) > 1 and counts[1][0] == top[0]
        state.generic["halves"] = str(top[1]) if top is not None and not tied else None
    index = state.generic["halves"]
    code = DIVIDED_HALVES[int(index)].get(h.lower_) if index is not None else None
    if code is None:
        return None
    return Actor(text=h.text, code=code, country=code, kind="country", resolved_by="divided-half")


def divided_pair(h: Token) -> list[Actor]:
    """Both states of a divided country when ``h`` is the plural of its name ("both Koreas",
    "the two Koreas"): each half's name is a ``divided_halves`` word before the singular
    ("north korea" -> PRK); else []."""
    low = h.lower_
    if h.pos_ not in ("PROPN", "NOUN") or not h.is_title or len(low) < 4 or not low.endswith("s"):
        return []
    names = country_names()
    for group in DIVIDED_HALVES:
        if all(names.get(f"{word} {low[:-1]}") == code for word, code in group.items()):
            return [
                Actor(
                    text=h.text, code=code, country=code, kind="country", resolved_by="divided-pair"
                )
                for code in group.values()
            ]
    return []


def pair_acts(v: Token, targets: list[Token], controlled: bool = False) -> bool:
    """Whether ``v``'s subject is a definite counted plural ("the two leaders", "both
    countries", "the two armies") and ``targets`` (the phrase a target was found in) is not a
    "with" partner: the pair's joint act is among its members, not with an actor named inside
    its object ("the two leaders held talks on the war in Ukraine"). ``controlled``: an
    infinitive's subject is its governor's ("both armies continued to move troops")."""
    h = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if h is None and controlled and v.dep_ == "xcomp":
        h = subject_of(v)[0]
    if h is None or not (plural(h) and definite(h) and numbered(h) >= 2 or both_named(h.head, h)):
        return False
    return not any(t.head.lower_ in PARTNER_PREPS for t in targets)


def both_named(v: Token, h: Token) -> bool:
    """Whether ``v``'s subject ``h`` names two parties with "both" ("Chile and Peru both
    signed", "both Chile and Peru accepted the truce", "the Thai and Lao ministers both met")."""
    paired = any(c.dep_ == "conj" for c in h.children) or any(
        c.dep_ == "conj" for m in h.children if m.dep_ in MODIFIER_DEPS for c in m.children
    )
    if not paired:
        return False
    return any(
        c.lower_ in DUAL_WORDS for c in (*h.children, *v.children) if c.dep_ not in OBJECT_DEPS
    )


def joint_act(v: Token, state: DocumentState) -> bool:
    """Whether ``v`` is done jointly: "worked together", "patrol jointly", "began joint
    patrols", "held a joint exercise", "in a joint operation" (a joint word modifying the verb,
    its object or the object of one of its prepositions)."""
    for c in v.children:
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in JOINT_WORDS:
            return True
    held = [c for c in v.children if c.dep_ == "dobj"]
    held += [p for c in v.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(
        c.dep_ == "amod" and c.lower_ in JOINT_WORDS
        for o in [*objects_of(v, state), *held]
        for c in o.children
    )


def listed_countries(h: Token, state: DocumentState) -> list[Token]:
    """The rest of a list of countries the parser hung as an apposition of the subject ``h``
    ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties": "Emirates" an
    apposition of "Arabia", the last two its conjuncts), in text order; [] for no subject or no
    such list (:func:`~multivector.coding.listed_groups.appositive_list`, the one reader of
    lists of countries)."""
    return appositive_list(h, state) if h.dep_ in ("nsubj", "nsubjpass") else []


SINGULAR_TAGS = frozenset({"VBZ"})


def relative_group(v: Token, subj: Token) -> Token | None:
    """The first member of a coordination a relative clause after its last member tells of
    of names ("Saudi Arabia and the United Arab Emirates, which pledged aid": both pledged),
    else None; not when the clause's verb agrees with one member only ("..., which has").

    The parser hangs the clause on the last conjunct; its subject (``subj``: the relative
    pronoun, or that conjunct standing for it) stands for the whole list."""
    if (
        v.dep_ != "relcl"
        or v.head.dep_ != "conj"
        or not (subj.i == v.head.i or subj.tag_ in ("WDT", "WP"))
    ):
        return None
    if v.tag_ in SINGULAR_TAGS or any(
        c.dep_ == "aux" and c.tag_ in SINGULAR_TAGS for c in v.children
    ):
        return None
    first = v.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i == v.head.i or any(m.pos_ != "PROPN" for m in (first, *first.conjuncts)):
        return None  # "residents and the doctors' union, which accused": the union
    return first


def each_against_other(h: Token) -> bool:
    """Whether ``h`` is a subject with "each" whose verb acts on "the other" ("each government
    blames the other", "each side accused the other of ..."): the two parties in focus, each
    acting on the other."""
    if h.dep_ != "nsubj" or not any(c.dep_ == "det" and c.lower_ == "each" for c in h.children):
        return False
    return any(other_party(o) for o in h.head.children if o.dep_ == "dobj")


def other_party(o: Token) -> bool:
    """Whether ``o`` is "the other" standing alone (no noun: "blames the other")."""
    return o.lower_ == "other" and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
