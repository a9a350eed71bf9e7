"""Reading the dependency parse: subjects, objects, prepositions, noun phrases, names.

Small functions over spaCy tokens that the event extractor composes. The closed word classes
they use (prepositions of circumstance, reciprocal phrases...) are language data, loaded from
the language bundle (``lang/en/grammar.yaml``, ``lang/en/words.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Token

from multivector.coding import lang
from multivector.coding.dates import NUMBER_WORDS
from multivector.coding.fronted import swallowed_phrase
from multivector.coding.gapped import gapped_objects, gapped_subjects
from multivector.coding.judged_heads import judging_words
from multivector.coding.modifier_verbs import modifier_object
from multivector.coding.token_index import TokenIndex, token_index
from multivector.coding.wordclass import MODIFIER_DEPS, hyphen_word, lemma_in  # noqa: F401 (used from here)

SUBJECT_DEPS = ("nsubj", "csubj")
# the subjects a noun phrase can be: active and passive ("the envoy was summoned")
NOUN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = ("dobj", "attr", "oprd")


@lru_cache(maxsize=1)
def grammar_words() -> dict[str, tuple[str, ...]]:
    """The word classes of the language bundle's ``grammar.yaml``, each as a tuple (order kept)."""
    return {k: tuple(str(w) for w in v) for k, v in lang.load("grammar.yaml").items()}


def words(name: str, use: str | None = None) -> frozenset[str]:
    """A word list of the language bundle as a set (with ``use``: see :func:`lang.words`)."""
    return lang.words(name, use)


CIRCUMSTANCE_PREPS = words("circumstance_prepositions")
BORDER_NOUNS = words("border_nouns")
RECIPROCAL_WORDS = grammar_words()["reciprocal_phrases"]
RELATIVE_PRONOUNS = words("relative_pronouns")
FREE_RELATIVE_PRONOUNS = words("free_relative_pronouns")
NAMING_VERBS = words("naming_verbs")
NOT_NAMED_OBJECT_ENTS = words("not_named_object_entities")
DEFINITE_DETERMINERS = words("definite_determiners")
DUAL_WORDS = words("dual_words")
STATEMENT_NOUNS = words("statement_nouns")
PARTICLES = words("particles")
DEADLINE_PREPS = words("deadline_prepositions")
# Nouns of intention (lang/en/modality.yaml): the subject of "its readiness to mediate".
INTENTION_NOUNS = frozenset(words("intention_nouns"))
CARRIER_PARTICIPLES = words("carrier_participles") | words("light_verbs")
STOPPING_VERBS = words("stopping_verbs")
STOPPED_SUPPLY_VERBS = words("stopped_supply_verbs")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
DIRECTION_ADVERBS = words("direction_adverbs")
PERMISSION_VERBS = words("permission_verbs")
GERUND_TO = words("gerund_complement_verbs")
MEASURE_PARTICIPLES = words("measure_participles")


def number_value(t: Token) -> int:
    """The number a word or figure gives when it counts parties (2 to 30: "four", "27"), else 0."""
    n = NUMBER_WORDS.get(t.lower_, 0) or (
        int(t.text) if t.text.isdigit() and len(t.text) < 3 else 0
    )
    return n if 2 <= n <= 30 else 0


def pronoun_owned(t: Token) -> bool:
    """Whether a possessive pronoun owns ``t`` ("their ambassadors", "its report")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)


def numbered(h: Token) -> int:
    """How many a counted plural names: "the two leaders" -> 2, "both countries" -> 2, else 0."""
    for c in h.children:
        if c.lower_ in DUAL_WORDS:
            return 2
        if c.dep_ == "nummod" and (n := number_value(c)):
            return n
    return 0


def definite(h: Token) -> bool:
    ix = token_index(h.doc)
    dep, low = ix.dep, ix.lower
    kids = ix.children[h.i]
    return any(dep[c] == "det" and low[c] in DEFINITE_DETERMINERS for c in kids) or any(
        low[c] in DUAL_WORDS for c in kids
    )


def coordinated(tok: Token) -> list[Token]:
    """A token and its conjuncts ("Turkmenistan and Uzbekistan"), not appositions."""
    doc = tok.doc
    ix = token_index(doc)
    dep, i = ix.dep, tok.i
    if not any(dep[c] == "conj" for c in ix.children[i]):
        # most phrases: no conjunct and no split subject (``split_subjects``'s first test)
        if dep[i] != "nsubj":
            return [tok]
        return _split_subjects(ix, doc, tok) + [doc[j] for j in gapped_subjects(ix, ix.head[i])]
    out = [tok, *(doc[j] for j in ix.coordinated(i)[1:])]
    if dep[i] == "nsubj":  # "Germany and France expelled two diplomats each, Poland three"
        out.extend(doc[j] for j in gapped_subjects(ix, ix.head[i]))
    return out


def split_subjects(tok: Token) -> list[Token]:
    """A subject and the other half of a coordination the parser split into two subjects of
    one verb, the first keeping the dangling "and" ("he and Prime Minister Vajpayee sign":
    "he" and "Vajpayee" both nsubj, "and" on "he"), in text order; ``[tok]`` otherwise."""
    doc = tok.doc
    return _split_subjects(token_index(doc), doc, tok)  # the index's labels, no Token per child


def _split_subjects(ix: TokenIndex, doc: Doc, tok: Token) -> list[Token]:
    dep, i = ix.dep, tok.i
    h = ix.head[i]
    if dep[i] != "nsubj" or i > h:
        return [tok]
    subjects = [c for c in ix.children[h] if dep[c] == "nsubj" and c < h]
    if len(subjects) != 2:
        return [tok]
    first, second = subjects
    kids = ix.children[first]
    if not any(dep[c] == "cc" and first < c < second for c in kids) or any(
        dep[c] == "conj" for c in kids
    ):
        return [tok]
    return [doc[first], doc[second]]


def reduced_passive(v: Token) -> bool:
    """Whether ``v`` is a passive participle modifying a noun, with its agent: "civilians
    killed by the militia", "talks mediated by Angola", "flour donated by Russia" (the noun is
    what was acted on; the "by" phrase acts). Without an agent it stays unattributed; a
    participle that only carries its noun's act ("a boycott called by the unions") is none."""
    return (
        v.dep_ == "acl"
        and v.tag_ == "VBN"
        and v.head.pos_ in ("NOUN", "PROPN")
        and v.head.i < v.i
        and v.lemma_.lower() not in CARRIER_PARTICIPLES
        and agent_of(v) is not None
    )


def direct_objects(v: Token) -> list[Token]:
    """Objects of ``v`` with their conjuncts and appositions; in the passive, its subject (or
    the noun a passive participle modifies: "civilians killed by the militia"); a relative
    pronoun among them is the noun its clause modifies ("the treaty, which X signed")."""
    doc = v.doc
    ix = token_index(doc)
    dep = ix.dep
    passive = ix.kid(v.i, "auxpass")
    objs = [
        doc[c]
        for c in ix.children[v.i]
        if dep[c] in OBJECT_DEPS or (passive and dep[c] == "nsubjpass")
    ]
    if not objs:  # "breaks off relations", parsed as the particle's object: the verb's
        objs = [doc[g] for c in ix.children[v.i] if dep[c] == "prt" for g in ix.kids(c, "pobj")]
    if not objs and reduced_passive(v):
        objs = [v.head]
    if not objs and dep[v.i] == "amod" and (modified := modifier_object(v)) is not None:
        objs = [modified]  # "X's president, Y, mediated talks": the verb read as a modifier
    if dep[v.i] == "relcl":  # "the treaty, which Russia signed": the treaty
        objs = [v.head if ix.lower[o.i] in RELATIVE_PRONOUNS else o for o in objs]
    if not objs:  # "launched what it called clearance operations": the operations
        objs = named_object(v)
    if not objs and v.lemma_.lower() in STOPPING_VERBS:
        objs = stopped_gerund(v)  # "stopped pumping gas": the act stopped, and its object
    if not objs and (let_in := permitted(v)) is not None:
        objs = [let_in[0]]  # "allowed aid agencies to enter": the agencies
    out: list[Token] = []
    gapped = set(gapped_subjects(ix, v.i))  # "..., France three": a subject, not the object
    for o in objs:
        out.extend(coordinated(o))
        out.extend(doc[c] for c in ix.kids(o.i, "appos") if c not in gapped)
    return out + gapped_objects(v, objs)  # "accused A of ..., and B of ...": B too


def permitted(v: Token) -> tuple[Token, Token] | None:
    """The one a verb of permission lets in and the clause of what they may do, when the parser
    made them that clause's subject ("allowed aid agencies to enter Darfur", "let the inspectors
    return": ``permission_verbs`` in ``lang/en/grammar.yaml``), or None."""
    if v.lemma_.lower() not in PERMISSION_VERBS:
        return None
    ix = token_index(v.doc)
    for c in ix.children[v.i]:
        if ix.dep[c] != "ccomp" or c < v.i:
            continue
        if not ix.kid(c, "aux", "to") and v.doc[c].tag_ != "VB":
            continue  # an infinitive, with "to" or bare ("let them return")
        for s in ix.kids(c, "nsubj"):
            if v.doc[s].tag_ not in ("DT", "WDT", "EX"):
                return v.doc[s], v.doc[c]
    return None


def named_object(v: Token) -> list[Token]:
    """The noun a free relative object of ``v`` names with someone's word for it ("launched
    what it called clearance operations": operations; "voiced what he called incomprehension"),
    or none: a complement clause of a naming verb whose object is "what"."""
    ix = token_index(v.doc)  # labels and words from the index: a Token only of the answer
    dep, low, pos = ix.dep, ix.lower, ix.pos
    for c in ix.children[v.i]:
        if dep[c] != "ccomp" or ix.lemma[c] not in NAMING_VERBS or c < v.i:
            continue
        kids = ix.children[c]
        if any(dep[k] == "dobj" and low[k] in FREE_RELATIVE_PRONOUNS and k < c for k in kids):
            named = [k for k in kids if dep[k] in ("oprd", "xcomp", "attr") and pos[k] == "NOUN"]
            return [v.doc[k] for k in named[:1]]
    return []


def stopped_gerund(v: Token) -> list[Token]:
    """The gerund complement of a verb of stopping, when it is a verb of supplying, and the
    gerund's own objects ("stopped pumping gas": pumping, gas), or none."""
    for c in v.children:
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower() in STOPPED_SUPPLY_VERBS:
            return [c, *(o for o in c.children if o.dep_ in OBJECT_DEPS)]
    return []


def is_time_phrase(prep: Token) -> bool:
    """'on Tuesday', 'in 1995', 'at noon': a preposition introducing a time, not a party."""
    return _time_phrase(token_index(prep.doc), prep.i)


def _time_phrase(ix: TokenIndex, prep: int) -> bool:
    """:func:`is_time_phrase` of the token ``prep`` of ``ix``."""
    return any(
        ix.dep[c] == "pobj" and ix.ent_type[c] in ("DATE", "TIME") for c in ix.children[prep]
    )


def prepositions(
    v: Token, objects: list[Token], allow_xcomp: bool = True, partners: bool = False
) -> dict[str, Token]:
    """Every preposition (or particle) that can introduce an argument of ``v``, by word.

    The first found wins, in this order: a child of the verb (not a time phrase: "on
    Tuesday"); a child of one of its ``objects``; one prepositional level down, because the
    parser often attaches a phrase to the nearest noun ("invested over $10 billion in the
    country" puts "in" under "billion"), but not inside a time or circumstance phrase; "to" as an
    infinitival complement ("urged X to join"); a subordinator marking a complement clause
    ("called for tariffs to be applied"). With ``partners`` (a pattern's requirements), a
    "with" under a border noun one level down is left out: "held drills near the border with
    Taiwan" names the place, not a partner; as a target it still counts ("deployed troops
    along its border with Congo").
    """
    doc = v.doc
    ix = token_index(doc)
    dep, low, kids = ix.dep, ix.lower, ix.children
    found: dict[str, int] = {}  # word -> token index
    children = kids[v.i]
    # "On 5 June 2017 Egypt cut ties": the date phrase holds the subject, no argument
    swallowed = swallowed_phrase(v)
    for c in children:
        if swallowed is not None and swallowed[0].i == c:
            continue
        if dep[c] in ("prep", "prt", "agent", "dative") and (
            low[c] in DEADLINE_PREPS or not _time_phrase(ix, c)
        ):
            found.setdefault(low[c], c)
            if low[c] in PARTICLES:  # "walked out of the talks": "of" hangs under "out"
                for g in kids[c]:
                    if dep[g] == "prep":
                        found.setdefault(low[g], g)
        elif dep[c] == "advmod" and low[c] in PARTICLES:
            # "pulled the weapons back from the line": a particle parsed as an adverb, with
            # the phrase it governs
            found.setdefault(low[c], c)
            for g in kids[c]:
                if dep[g] == "prep":
                    found.setdefault(low[g], g)
    object_children = [c for o in objects for c in kids[o.i]]
    for c in object_children:  # "dative": "to" under a stopped gerund; not "on Friday"
        if dep[c] in ("prep", "dative") and (low[c] in DEADLINE_PREPS or not _time_phrase(ix, c)):
            found.setdefault(low[c], c)
    for c in object_children:  # "the sanctions imposed on Yugoslavia": the measure's phrase
        if dep[c] in ("acl", "relcl") and ix.lemma[c] in MEASURE_PARTICIPLES:
            for g in kids[c]:
                if dep[g] == "prep":
                    found.setdefault(low[g], g)
    for c in [*children, *object_children]:  # "reopened its borders, shut since May, with X"
        for g in _after_interruption(ix, c):
            found.setdefault(low[g], g)
    for c in children:
        if dep[c] == "acomp":  # "was pessimistic about the talks", "is due in Beijing"
            for g in kids[c]:
                if dep[g] == "prep":
                    found.setdefault(low[g], g)
                elif allow_xcomp and dep[g] == "xcomp" and ix.kid(g, "aux", "to"):
                    found.setdefault("to", g)  # "was ready to mediate"
    # one prepositional level down, from the verb's phrases and then from its objects'
    # ("shared recordings of the calls with the court": "with" hangs under "calls")
    for c in [*children, *object_children]:
        if dep[c] == "prep" and low[c] not in CIRCUMSTANCE_PREPS:
            for p in kids[c]:
                if dep[p] == "pobj":
                    for g in kids[p]:
                        if dep[g] == "prep" and not (
                            partners and low[g] == "with" and ix.lemma[p] in BORDER_NOUNS
                        ):
                            found.setdefault(low[g], g)
    if allow_xcomp and "to" not in found:
        for c in children:
            if dep[c] == "xcomp" and (  # an infinitive; a gerund "considering breaking off"
                ix.kid(c, "aux", "to") or (v.doc[c].tag_ == "VBG" and ix.lemma[v.i] in GERUND_TO)
            ):
                found["to"] = c
                break
        else:
            if (let_in := permitted(v)) is not None:  # "allowed aid agencies to enter"
                found["to"] = let_in[1].i
    for c in children:
        if dep[c] in ("advcl", "ccomp"):
            for m in kids[c]:
                if dep[m] == "mark":
                    found.setdefault(low[m], m)
    return {word: doc[j] for word, j in found.items()}


def _after_interruption(ix: TokenIndex, c: int) -> list[int]:
    """The phrases that the parser hung under an interrupting participle ``c`` set off by
    commas but that follow its closing comma ("opened its ports, closed since 1990, to Chad and
    Niger": "to" under "closed"): they belong to the verb the participle interrupts; time
    phrases ("closed since May, on Friday") excepted."""
    if ix.dep[c] not in ("advcl", "acl") or ix.tag[c] not in ("VBN", "VBD") or c == 0:
        return []  # a participle (tagged VBD at times: "closed"), with no subject of its own
    if ix.text[c - 1] != "," or any(ix.dep[j] in ("nsubj", "nsubjpass") for j in ix.children[c]):
        return []
    return [
        g
        for g in ix.children[c]
        if g > c
        and ix.dep[g] == "prep"
        and ix.text[g - 1] == ","
        and not _time_phrase(ix, g)
        and not any(
            ix.dep[j] == "prep" and ix.text[j - 1] == "," for j in ix.children[c] if c < j < g
        )
    ]


def dative_recipient(v: Token) -> Token | None:
    """The indirect object of ``v`` that names a recipient ("gave Japan aid", "sold India
    jets"), which a pattern's "to" phrase stands for ("give &AID to"), or None."""
    ix = token_index(v.doc)
    for c in ix.children[v.i]:
        if ix.dep[c] == "dative" and ix.pos[c] in ("PROPN", "NOUN", "PRON"):
            return v.doc[c]
    return None


def purpose_clause(v: Token) -> Token | None:
    """The infinitive of a clause of purpose under ``v`` ("sent troops **to guard** the
    airports": an advcl with its own "to"), or None; a pattern's "to" + verb may read it."""
    ix = token_index(v.doc)
    for c in ix.children[v.i]:
        if ix.dep[c] == "advcl" and ix.kid(c, "aux", "to"):
            return v.doc[c]
    return None


def infinitive(v: Token) -> bool:
    """Whether ``v`` is a to-infinitive."""
    return token_index(v.doc).kid(v.i, "aux", "to")


def find_prep(v: Token, word: str, objects: list[Token], allow_xcomp: bool = True) -> Token | None:
    """The preposition ``word`` introducing an argument of ``v`` (see :func:`prepositions`)."""
    return prepositions(v, objects, allow_xcomp).get(word)


def agent_of(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def origin_actor_token(v: Token, is_actor: Callable[[Token], bool]) -> Token | None:
    """For a passive with no agent: an actor in its "from" phrase (the place it came from)."""
    node = v
    for _ in range(3):
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for t in c.subtree:
                    if t.dep_ == "pobj" and t.pos_ == "PROPN" and is_actor(t):
                        return t
        if node.dep_ != "conj":
            break
        node = node.head
    return None


def is_reciprocal(tok: Token) -> bool:
    ix = token_index(tok.doc)
    text = " ".join(ix.lower[j] for j in ix.subtree(tok.i))
    return any(w in text for w in RECIPROCAL_WORDS)


def is_named_object(tok: Token) -> bool:
    """A named thing that is not an actor: "the Lisbon Protocol", "the START treaty"."""
    ix = token_index(tok.doc)
    pos, ent = ix.pos, ix.ent_type
    if ent[tok.i] in NOT_NAMED_OBJECT_ENTS:
        return False
    if pos[tok.i] == "PROPN":
        return True
    return pos[tok.i] == "NOUN" and any(
        ix.dep[c] == "compound" and pos[c] == "PROPN" and ent[c] not in NOT_NAMED_OBJECT_ENTS
        for c in ix.children[tok.i]
    )


def np_tokens(tok: Token) -> list[Token]:
    """The tokens of the noun phrase headed by ``tok``, without clauses or trailing prepositions
    other than "of"/"in" inside a name."""
    doc = tok.doc
    return [doc[j] for j in _np_indices(token_index(doc), tok.i)]


def _np_indices(ix: TokenIndex, i: int) -> list[int]:
    """:func:`np_tokens` by token index, in text order."""
    dep, pos = ix.dep, ix.pos
    found: list[int] = []
    for t in ix.children[i]:
        if t < i and dep[t] not in ("punct", "cc", "conj", "prep", "relcl", "acl", "appos"):
            found.extend(ix.subtree(t))
    found.append(i)
    for r in ix.children[i]:
        if r > i and dep[r] == "prep" and ix.lower[r] in ("of", "in") and pos[i] == "PROPN":
            below = ix.subtree(r)
            if all(pos[x] in ("PROPN", "ADP", "DET") for x in below):
                found.extend(below)
    return sorted(set(found))


def np_text(tok: Token) -> str:
    ix = token_index(tok.doc)
    return " ".join([ix.text[j] for j in _core_indices(ix, tok.i)]) or tok.text


def np_core(tok: Token) -> list[Token]:
    """The noun phrase without a leading determiner ("the Kazakh legislature" -> "Kazakh legislature")."""
    doc = tok.doc
    return [doc[j] for j in _core_indices(token_index(doc), tok.i)]


def _core_indices(ix: TokenIndex, i: int) -> list[int]:
    """:func:`np_core` by token index."""
    found = _np_indices(ix, i)
    k, dep = 0, ix.dep
    while len(found) - k > 1 and dep[found[k]] in ("det", "punct"):
        k += 1
    return found[k:]


# a verb's predicative complements: "was pessimistic", "held X responsible", "shot X dead"
PREDICATIVE_DEPS = frozenset({"acomp", "oprd", "advmod"})
# tags of a clause that has a verb of its own ("said Russia violated the deal")
SMALL_CLAUSE_NOT_TAGS = frozenset({"VBD", "VBZ", "VBG", "VBN", "MD"})


def predicative(v: Token, objects: list[Token]) -> list[Token]:
    """The words a pattern's object word may also name when no direct object fits: the
    predicative complements of ``v`` ("Germany was pessimistic", "declared the envoy persona
    non grata"), an adjective between the verb and its object ("shot dead two protesters") and
    the second object of a double-object verb that the parser read as a measure phrase ("gave
    Seoul 48 hours": "hours" an ``npadvmod`` after the indirect object) and an adjective the
    parser hung on the object right after it ("held Belarus responsible")."""
    doc = v.doc
    ix = token_index(doc)
    dep, kids = ix.dep, ix.children
    found = [doc[c] for c in kids[v.i] if dep[c] in PREDICATIVE_DEPS]
    datives = [c for c in kids[v.i] if dep[c] == "dative"]
    if datives and not ix.kid(v.i, "dobj"):
        found.extend(doc[c] for c in kids[v.i] if dep[c] == "npadvmod" and c > datives[0])
    for o in objects:
        found.extend(inner_predicatives(o))
    last_object = max((o.i for o in objects), default=len(doc))
    for c in kids[v.i]:  # a small clause parsed as a clause: "declared him persona non grata"
        if dep[c] == "ccomp" and small_clause(doc[c]):
            found.append(doc[c])
            found.extend(doc[g] for g in kids[c] if dep[g] in ("dobj", "attr"))
        elif dep[c] == "ccomp" and c > last_object:
            # "called the case a political farce staged under ...": the object's predicate
            # noun read as the subject of the participle that describes it
            found.extend(
                doc[g]
                for g in kids[c]
                if dep[g] == "nsubj"
                and g > last_object
                and any(ix.lower[d] in ("a", "an") for d in kids[g])
            )
    found.extend(  # before the object's own determiner or number: no modifier of it
        doc[c]
        for o in objects
        for c in kids[o.i]
        if dep[c] == "amod"
        and c == v.i + 1 < o.i
        and any(dep[d] in ("det", "nummod", "poss") and d > c for d in kids[o.i])
    )
    found.extend(c for o in objects for c in quoted_adjectives(o))
    found.extend(w for f in list(found) for w in judging_words(f))  # "an abhorrent act"
    after = {o.i + 1 for o in objects}  # "held Belarus (fully) responsible": the adjective right
    found.extend(  # after the object, hung on it as its modifier or on the verb as a clause
        doc[c]
        for c in [*kids[v.i], *(k for o in objects for k in kids[o.i])]
        if doc[c].left_edge.i in after and dep[c] in ("amod", "advcl") and doc[c].pos_ == "ADJ"
    )
    return found


def quoted_adjectives(obj: Token) -> list[Token]:
    """Adjectives after the object head that the parser hung on it as modifiers when a quotation
    mark opens before them: "called the decision 'totally unacceptable'" ("unacceptable" an
    ``amod`` of "decision"). English puts no quoted modifier after its noun, so such an
    adjective is the object's predicate."""
    doc = obj.doc
    ix = token_index(doc)
    found = []
    for c in ix.children[obj.i]:
        if c <= obj.i or ix.dep[c] != "amod" or doc[c].pos_ != "ADJ":
            continue
        if any(doc[k].is_quote for k in range(obj.i + 1, c)):
            found.append(doc[c])
    return found


def inner_predicatives(obj: Token) -> list[Token]:
    """The object predicate the parser hung on a verb inside the object phrase ``obj``: "called
    Belgrade's failure to protect the embassy 'unacceptable'" ("unacceptable" under "protect")."""
    doc = obj.doc
    ix = token_index(doc)
    dep, kids = ix.dep, ix.children
    return [
        doc[g]
        for c in kids[obj.i]
        if dep[c] in ("acl", "relcl") and c > obj.i
        for g in kids[c]
        if dep[g] == "oprd"
    ]


def predicatives_in(
    predicatives: list[Token], words: frozenset[str], word_class: bool
) -> list[Token]:
    """The ``predicatives`` (:func:`predicative`) whose lemma is in ``words``. An adverb of
    direction fills no word class ("returned home" gives back no &PROPERTY); a pattern may still
    name it as its own word ("call &ENVOY home")."""
    return [
        c
        for c in predicatives
        if lemma_in(c, words)
        and not (word_class and c.dep_ == "advmod" and c.lower_ in DIRECTION_ADVERBS)
    ]


def small_clause(c: Token) -> bool:
    """Whether the complement clause ``c`` is a verbless small clause the parser read as one
    with a verb: a subject but no auxiliary, negation or subordinator ("declared him persona
    non grata": "persona" is no verb)."""
    kids = [k.dep_ for k in c.children]
    return (
        c.tag_ not in SMALL_CLAUSE_NOT_TAGS
        and any(k.dep_ == "nsubj" and k.tag_ not in ("DT", "WDT") for k in c.children)
        and not any(d in ("aux", "auxpass", "mark", "neg") for d in kids)
    )  # "repeated that call": a determiner parsed as the subject of a noun read as a verb


def nominal(h: Token) -> bool:
    """A noun, or the last word of a hyphenated noun the tagger read as an adjective ("the UN
    secretary-general" is secretary, -, general)."""
    if h.pos_ in ("NOUN", "PROPN"):
        return True
    doc = h.doc
    return (
        h.pos_ == "ADJ"
        and h.i >= 2
        and doc[h.i - 1].text == "-"
        and not doc[h.i - 1].whitespace_
        and not doc[h.i - 2].whitespace_
        and doc[h.i - 2].pos_ in ("NOUN", "PROPN")
    )
