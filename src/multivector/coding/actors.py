"""Actor resolution: from words in a parsed sentence to CAMEO-style actor codes.

Two steps:

1. :class:`ActorLexicon` finds *named mentions* in a whole document at once with a spaCy
   ``PhraseMatcher``: country names, capitals (as metonyms for governments), adjectives,
   demonyms, regions, organisations and leaders.
2. :meth:`ActorLexicon.resolve_np` turns the head of a noun phrase into actors, composing a
   country with a role noun ("the Kazakh legislature" -> KAZLEG, "officials from China" ->
   CHNGOV), following conjunctions ("Turkmenistan and Uzbekistan" -> two actors) and asking
   the coreference tracker for pronouns and definite descriptions ("the country").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.attrs import ORTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from multivector.actors import ActorData, LeaderEntry, state_on
from multivector.coding import lang
from multivector.coding.embedded_names import inside_longer
from multivector.coding.name_forms import abbreviation, fold, known_word, noun_lemmas
from multivector.coding.namesakes import COURTESY_TITLES
from multivector.coding.org_short_names import add_org_short_names
from multivector.coding.token_index import TokenIndex, doc_text, token_index
from multivector.model import Actor
from multivector.model import Span as CharSpan

# Agent codes that belong to a state; without a named country they refer to the country in focus.
STATE_AGENTS = frozenset({"GOV", "LEG", "MIL", "COP", "JUD", "SPY"})
PRONOUNS = lang.words("pronouns")
INSTITUTION_NOUNS = lang.words("institution_nouns")
# Words that turn a country word into a region ("South American"); whole names such as
# "South Korea" are matched as themselves first.
REGION_PREFIXES = lang.words("region_prefixes")
CURRENCY_SYMBOLS = str(lang.entry("currency_symbols"))
# Entity types in which a country word is not an actor ("US $10 billion", "the 1995 Moscow treaty").
NON_ACTOR_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "TIME"})
# Entity types a tagger gives a person's full name ("Mirsad Kovac" is sometimes taken for a firm)
PERSON_NAME_ENTS = frozenset({"PERSON", "ORG"})
PLACE_ENTS = frozenset({"GPE", "NORP", "LOC"})
# a people's or a language's word ("English", "Christian"): no bare family name (rules39)
PEOPLE_WORD_ENTS = frozenset({"NORP", "LANGUAGE"})
# Titles a tagger keeps inside a person's name ("Sheikh Tamim"): not a given name
NAME_TITLES = lang.words("name_titles")
NO_FAMILY_NAMES = lang.words("no_family_names")  # as written: "Paul", "II"
PATRONYMIC_PARTICLES = lang.words("patronymic_particles")  # "bin": a father's name follows
FAMILY_FIRST = lang.words("family_first_countries")  # "Lu Kang": "Kang" is a given name


@dataclass(frozen=True, slots=True)
class LexEntry:
    """What a named mention can stand for."""

    code: str
    country: str | None
    kind: str  # country | capital | adjective | demonym | region | organization | leader
    name: str
    ambiguous: bool = False
    leader: LeaderEntry | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    surname_only: bool = False  # a bare family name shared or not listed: needs a term in office

    def valid_on(self, date: dt.date | None) -> bool:
        if date is None:
            return True
        return (self.start is None or date >= self.start) and (self.end is None or date < self.end)

    def in_office(self, date: dt.date) -> bool:
        """Whether this is a leader's entry whose bearer holds office on ``date``."""
        return self.leader is not None and self.leader.in_office(date)


@dataclass(slots=True)
class Mention:
    """A named mention found in a document: tokens ``[start, end)`` and its candidate entries."""

    start: int
    end: int
    entries: tuple[LexEntry, ...]
    # its words and where they stand, read once (:func:`mention_words`)
    words: tuple[str, CharSpan] | None = field(default=None, compare=False, repr=False)
    # the entry it stands for, by day (:meth:`stands_for`; filled only once ``entries``
    # is final: after :meth:`ActorLexicon.find_mentions`)
    chosen: dict[dt.date | None, LexEntry | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def surname_only(self) -> bool:
        return all(e.surname_only for e in self.entries)

    def stands_for(self, when: dt.date | None) -> LexEntry | None:
        """The entry the mention stands for on ``when``; None for a bare family name with no
        bearer in office then ("Aliyev" in 1995 is Heydar, in 2010 Ilham). Worked out once per
        day (kept in ``chosen``)."""
        kept = when is None or type(when) is dt.date  # a plain day (or none) is a key
        if kept and when in self.chosen:
            return self.chosen[when]
        found = (
            None
            if self.surname_only
            and (when is None or not any(e.in_office(when) for e in self.entries))
            else self.best(when)
        )
        if kept:
            self.chosen[when] = found
        return found

    def best(self, date: dt.date | None) -> LexEntry:
        """The entry that fits ``date``: a capital in use, a leader in office (Shevardnadze
        in 1995 is Georgia's president, not the Soviet foreign minister of 1985)."""
        if date is not None:
            for e in self.entries:
                if e.in_office(date):
                    return e
        plain = [e for e in self.entries if e.leader is None and e.valid_on(date)]
        if plain:  # with no date, the name in use today ("Belgrade": Serbia's)
            return min(plain, key=lambda e: e.end is not None)
        leaders = [e for e in self.entries if e.leader is not None]
        if leaders:  # out of office, or no date: the most recent term
            return max(leaders, key=lambda e: max((t.start or dt.date.min) for t in e.leader.terms))
        return self.entries[0]


SHARED_NAME_KINDS = frozenset({"adjective", "demonym"})


def _first_words(person: LeaderEntry) -> set[str]:
    """The first words of a person's names ("Mao" of "Mao Zedong"; not "Kang" of "Lu Kang")."""
    return {n.split()[0] for n in person.names}


def _prefer_named_countries(by_token: dict[int, Mention]) -> None:
    """A people's name shared by several countries ("Hutu": Burundi and Rwanda, "Tamil": Sri
    Lanka and India) goes to the one the document names most by names of one country only."""
    mentions = {id(m): m for m in by_token.values()}.values()
    shared = [
        m
        for m in mentions
        if len({e.country for e in m.entries}) > 1
        and all(e.kind in SHARED_NAME_KINDS for e in m.entries)
    ]
    if not shared:
        return
    named: dict[str, int] = {}
    for m in mentions:
        countries = {e.country for e in m.entries}
        if len(countries) == 1 and None not in countries:
            [c] = countries
            named[c] = named.get(c, 0) + 1
    for m in shared:
        m.entries = tuple(sorted(m.entries, key=lambda e: -named.get(e.country or "", 0)))


class ActorLexicon:
    """Named actor phrases and role nouns, compiled for fast matching over spaCy docs."""

    def __init__(self, data: ActorData, vocab) -> None:
        self.data = data
        self.entries: dict[str, list[LexEntry]] = {}
        self._surface: dict[str, set[str]] = {}
        # the names of ambiguous countries ("Georgia", "Jordan"), by code: one a document tags
        # as a place confirms the country's adjectives and demonyms there ("the Georgian
        # Foreign Ministry", which the tagger reads as part of an organisation's name)
        self._ambiguous_names = {
            c.sovereign or c.code: frozenset(c.names) for c in data.countries if c.ambiguous
        }
        for c in data.countries:
            code = c.sovereign or c.code  # a dependent territory's names: its sovereign's
            for n in c.names:
                self._add(n, LexEntry(code, code, "country", n, c.ambiguous))
            for n in c.adjectives:
                self._add(n, LexEntry(code, code, "adjective", n, c.ambiguous))
            for n in c.demonyms:
                self._add(n, LexEntry(code, code, "demonym", n, c.ambiguous))
            for cap in c.capitals:
                self._add(
                    cap.name,
                    LexEntry(code + "GOV", code, "capital", cap.name, False, None, cap.start, cap.end),
                )
            for n in c.regions:
                self._add(n, LexEntry(code, code, "region", n, False))
        # "the Fund" after "the IMF": the last word of an organisation's name of several words
        # ("International Monetary Fund") may name it alone, capitalised, after "the"
        self.org_heads: dict[str, set[str]] = {}
        for o in data.organizations:
            for n in o.names:
                # a state's body ("TASS") is its state's: of the state of the time (below)
                state = o.code[:3] if o.kind == "state" else None
                self._add(n, LexEntry(o.code, state, "organization", n))
                parts = n.split()
                if len(parts) >= 2 and parts[-1][:1].isupper() and parts[-1].isalpha():
                    self.org_heads.setdefault(parts[-1].lower(), set()).add(o.code)
        surnames: dict[str, list[LeaderEntry]] = {}
        for person in data.leaders:
            for n in person.names:
                parts = n.split()
                if (
                    len(parts) >= 2
                    and parts[-2].lower() not in PATRONYMIC_PARTICLES
                    and parts[-1] not in NO_FAMILY_NAMES  # "King Peter II", "Prince Paul"
                    and (person.country not in FAMILY_FIRST or parts[-1] in _first_words(person))
                ):
                    surnames.setdefault(parts[-1], []).append(person)
        for person in data.leaders:
            for n in person.names:
                self._add(
                    n, LexEntry(person.code_on(None), person.country, "leader", n, False, person)
                )
        # A family name alone ("Aliyev") stands for whichever of its bearers was in office on the
        # event's date; the phrases module checks that (see PhraseResolver.entry).
        for surname, people in surnames.items():
            if surname.lower() in self.entries or not surname[:1].isupper():
                continue
            for person in {id(p): p for p in people}.values():
                self._add(
                    surname,
                    LexEntry(
                        person.code_on(None),
                        person.country,
                        "leader",
                        surname,
                        False,
                        person,
                        surname_only=True,
                    ),
                )
        self.agents: dict[str, str] = {}
        self.multiword_agents: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for agent in data.agents:
            for noun in agent.nouns:
                words = tuple(noun.lower().split())
                if len(words) == 1:
                    self.agents.setdefault(words[0], agent.code)
                elif len(words) > 2 and words[1] == "of":
                    continue  # "ministry of foreign affairs": read from its head word (below)
                else:
                    self.multiword_agents.setdefault(words[-1], []).append((words[:-1], agent.code))
        for entries in self.multiword_agents.values():  # longest phrase first
            entries.sort(key=lambda e: -len(e[0]))
        # "heads of state", "members of parliament": the head word is the first one
        self.of_agents: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for agent in data.agents:
            for noun in agent.nouns:
                first, *rest = noun.lower().split()
                if len(rest) >= 2 and rest[0] == "of":
                    self.of_agents.setdefault(first, []).append((tuple(rest), agent.code))
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        self._vocab = vocab

    def _add(self, phrase: str, entry: LexEntry) -> None:
        if not phrase.strip():
            return
        self.entries.setdefault(phrase.lower(), []).append(entry)
        self._surface.setdefault(phrase.lower(), set()).add(phrase.strip())

    def compile(self, make_doc: Callable[[str], Doc]) -> None:
        """Build the phrase matcher (needs the pipeline's tokenizer)."""
        # Patterns are tokenized as written: the tokenizer's exceptions are case-sensitive
        # ("U.S." is one token, "u.s." is not), and matching is on lowercase tokens.
        for phrase, forms in self._surface.items():
            self.matcher.add(phrase, [make_doc(form) for form in sorted(forms)])

    # -- mentions -------------------------------------------------------------------------
    def find_mentions(self, doc: Doc) -> dict[int, Mention]:
        """Named mentions in ``doc``, keyed by every token index they cover (longest wins)."""
        found: list[Mention] = []
        ix = token_index(doc)
        matches = self.matcher(doc)
        places = _tagged_places(doc, matches)
        placed = frozenset(c for c, names in self._ambiguous_names.items() if names & places)
        for match_id, start, end in matches:
            phrase = self._vocab.strings[match_id]
            span = doc[start:end]
            text = doc_text(doc)[span.start_char : span.end_char]  # Span.text joins its tokens
            entries = [
                e
                for e in self.entries.get(phrase, [])
                if self._case_ok(e, span, text, places, placed)
            ]
            if not entries:
                continue
            ent_type, words = ix.ent_type, ix.text
            if (
                any(ent_type[i] in NON_ACTOR_ENTS for i in range(start, end))
                and not _stamped_name(ix, start, end)
            ) or (end < len(doc) and words[end] in CURRENCY_SYMBOLS):
                continue
            if all(e.kind == "leader" for e in entries) and all(
                ent_type[i] == "DATE" for i in range(start, end)
            ):
                continue  # "on 24 May": a month, not Theresa May
            if start > 0 and words[start - 1] in REGION_PREFIXES:
                continue  # "South American countries", "Latin American", "East African": regions
            if inside_longer(doc, start, end, [e.kind for e in entries], self.multiword_agents):
                continue  # "Mocimboa da Praia" (not Praia); "National Security Council" (not UN)
            if (
                all(e.surname_only for e in entries)
                and end < len(doc)
                and doc[end].pos_ == "PROPN"
                and (doc[end].is_title or _same_person_name(doc, end))
            ):
                continue  # "Pavel Grachev", "Ali al-Dabbagh": a given name, not a family name
            if end - start == 1 and all(e.kind == "leader" for e in entries) and (
                ix.pos[start] == "ADJ"
                or all(e.surname_only for e in entries) and ent_type[start] in PEOPLE_WORD_ENTS
            ):
                continue  # "Christian towns", "the English service": not Peter Christian, not
                # Bill English (named in full before, the bare name is his: _add_surnames)
            if end - start == 1 and entries[0].kind == "leader":
                entries = self._given_name_fits(doc, start, entries)
                if not entries:
                    continue  # "Mirsad Kovač": another person than Michal Kováč
            where = CharSpan(span.start_char, span.end_char)
            found.append(Mention(start, end, tuple(entries), words=(text, where)))
        # longest first, a leading article not counted ("the Hague tribunal": the tribunal's
        # name, not "the Hague" and a noun)
        found.sort(key=lambda m: (
            -(m.end - m.start - (ix.lower[m.start] == "the")), -(m.end - m.start), m.start
        ))
        by_token: dict[int, Mention] = {}
        for m in found:
            if any(i in by_token for i in range(m.start, m.end)):
                continue
            for i in range(m.start, m.end):
                by_token[i] = m
        self._add_surnames(doc, found, by_token)
        add_org_short_names(  # "this Assembly" after "the UN General Assembly"
            doc, found, by_token, self.agents.__contains__, lambda a, b, e: Mention(a, b, e)
        )
        _prefer_named_countries(by_token)
        return by_token

    def _given_name(self, doc: Doc, i: int) -> str | None:
        """The given name (folded) right before the family name at ``i``, "mirsad" in "Mirsad
        Kováč": a capitalised word of the same person's name, not a title ("Sheikh",
        "President"); else None."""
        tok = doc[i]
        if i == 0 or tok.ent_iob_ != "I" or tok.ent_type_ not in PERSON_NAME_ENTS:
            return None
        prev = doc[i - 1]
        if prev.pos_ != "PROPN" or not prev.is_title or prev.lower_ in self.agents:
            return None
        word = fold(prev.text)
        # an initial or the French "M." (Monsieur) names no given name to test
        return None if word in NAME_TITLES or len(word) == 1 else word

    def _name_before(self, doc: Doc, i: int) -> str | None:
        """The capitalised proper noun (folded) compounded with the bare family name at ``i``
        outside any person entity ("Chemical" of "Chemical Ali"), not a title or a role noun."""
        prev = doc[i - 1] if i > 0 else None
        if prev is None or prev.dep_ != "compound" or prev.head.i != i or prev.pos_ != "PROPN":
            return None
        if not prev.is_title or prev.lower_ in self.agents:
            return None
        word = fold(prev.text)
        return None if word in NAME_TITLES else word

    def _given_name_fits(self, doc: Doc, i: int, entries: list[LexEntry]) -> list[LexEntry]:
        """The entries of a bare family name at ``i`` that its given name fits: a leader's only
        when the given name is one of his or her known names ("Tayyip Erdogan", not "Mirsad
        Kováč" for Michal Kováč)."""
        given = self._given_name(doc, i)
        if given is None and all(e.surname_only for e in entries):
            given = self._name_before(doc, i)  # "Chemical Ali": a byname, not Ben Ali
        if given is None:
            return entries
        return [e for e in entries if e.leader is None or known_word(given, e.leader.names)]

    def _add_surnames(self, doc: Doc, found: list[Mention], by_token: dict[int, Mention]) -> None:
        """After "Sadyr Japarov", a bare "Japarov" later in the text is the same person, also
        when the family name alone is shared with another leader ("Evo Morales", then
        "Morales": not Guatemala's Jimmy Morales)."""
        first_seen: dict[str, Mention] = {}
        leading: set[str] = set()  # the first word of a two-word name ("Hu" of "Hu Jintao")
        for m in sorted(found, key=lambda m: m.start):
            if m.end - m.start >= 2 and any(e.kind == "leader" for e in m.entries):
                first_seen.setdefault(doc[m.end - 1].text, m)
                if m.end - m.start == 3:  # "Yoon Suk Yeol", "Xi Jinping": family name first
                    first_seen.setdefault(doc[m.start].text, m)
                elif m.end - m.start == 2 and doc[m.start].text not in first_seen:
                    first_seen[doc[m.start].text] = m
                    leading.add(doc[m.start].text)
        if not first_seen:
            return
        strings = doc.vocab.strings
        wanted = {strings.add(name) for name in first_seen}
        orths = doc.to_array([ORTH]).ravel().tolist()  # in bulk: few tokens are such names
        for tok in (doc[i] for i, orth in enumerate(orths) if orth in wanted):
            m = first_seen.get(tok.text)
            known = by_token.get(tok.i)
            if known is not None and known.end - known.start == 1 and known.surname_only:
                known = None  # a bare family name: the person named in full before it
            if (
                m is not None
                and tok.i >= m.end
                and known is None
                and (
                    tok.pos_ == "PROPN"
                    or tok.ent_type_ in PERSON_NAME_ENTS
                    # the tagger may take a sentence's first word for a noun ("Morales resigned")
                    or (tok.is_sent_start and tok.is_title and tok.pos_ == "NOUN")
                )
                and (tok.text not in leading or _alone(tok))
                and self._given_name_fits(doc, tok.i, list(m.entries))
            ):
                by_token[tok.i] = Mention(
                    tok.i, tok.i + 1, tuple(e for e in m.entries if e.kind == "leader")
                )

    @staticmethod
    def _case_ok(
        entry: LexEntry,
        span: Span,
        text: str | None = None,
        places: frozenset[str] = frozenset(),
        placed: frozenset[str] = frozenset(),
    ) -> bool:
        text = span.text if text is None else text
        if abbreviation(entry.name):  # "US", "UN" but not "us", "un"
            return text == entry.name or (
                # house style writes acronyms said as words in title case: "Nato", "Unesco"
                len(entry.name) >= 4
                and entry.name.isalpha()
                and text == entry.name.title()
                and span[0].pos_ == "PROPN"
            )
        if not text[:1].isupper() and not any(ch.isupper() for ch in text[1:]):
            return False  # "turkey", "chad": common words; "al-Shabaab" keeps its capital inside
        if entry.ambiguous:  # "Jordan", "Chad": a place where the tagger says so, or where it
            # says so elsewhere in the document and this one is no part of a longer name
            if entry.kind in ("adjective", "demonym") and entry.code in placed:
                return True  # "Georgian" where "Georgia" is a place of the document
            return span[0].ent_type_ in PLACE_ENTS or (
                (text in places or _lone_name(span)) and not _inside_person_name(span)
            )
        return True

    # -- role nouns -----------------------------------------------------------------------
    def agent_code(self, token: Token) -> str | None:
        """The CAMEO agent code of a role noun ("legislature" -> LEG), or None; worked out once
        per token of a document (the resolution of phrases asks it of the same nouns again)."""
        memo_key = f"agent_code:{id(self)}"  # by lexicon: a document may meet two coders
        memo = token_index(token.doc).memo.get(memo_key)
        if memo is None:
            memo = token_index(token.doc).memo[memo_key] = {}
        i = token.i
        if i in memo:
            return memo[i]
        found = memo[i] = self._agent_code(token)
        return found

    def _agent_code(self, token: Token) -> str | None:
        """:meth:`agent_code`, worked out."""
        lemma = token.lemma_.lower()
        multi = self.multiword_agents.get(lemma) or self.multiword_agents.get(token.lower_)
        if multi:
            # "auditor-general" is read as "auditor general"
            ix = token_index(token.doc)
            before = [ix.lower[j] for j in range(max(0, token.i - 5), token.i) if ix.text[j] != "-"]
            for words, code in multi:
                if tuple(before[-len(words) :]) == words:
                    return code
        heads = noun_lemmas(token)  # "the Heads of State": spaCy leaves "Heads" as written
        phrases = [e for head in heads for e in self.of_agents.get(head, ())]
        if phrases:  # the words after the noun, read only when a phrase could start with it
            after = token_index(token.doc).lower[token.i + 1 : token.i + 4]
            for words, code in phrases:
                if tuple(after[: len(words)]) == words:
                    return code
        found = self.agents.get(lemma) or self.agents.get(token.lower_)
        if found is None:
            found = next(filter(None, map(self.agents.get, heads[1:])), None)
        if found is None and lemma in INSTITUTION_NOUNS:
            # "a government commission", "a military panel": the body acts for that role
            for c in token.children:
                if c.dep_ == "compound" and (found := self.agent_code(c)) is not None:
                    break
        return found


def actor_from_entry(entry: LexEntry, text: str, span: CharSpan, date: dt.date | None) -> Actor:
    """Build an :class:`Actor` from a lexicon entry on ``date``."""
    if entry.kind == "leader" and entry.leader is not None:
        code = entry.leader.code_on(date)
        return Actor(
            text=text,
            code=code,
            country=entry.leader.country,
            span=span,
            kind="leader",
            resolved_by=f"leader:{entry.name}",
        )
    code, country = entry.code, entry.country
    if entry.kind == "organization" and country and date is not None:
        country = state_on(country, date)  # a state's body: "TASS" in 1960 is the Soviet Union's
        code = country + code[3:]
    kind = (
        "organization"
        if entry.kind == "organization"
        else ("state_role" if entry.kind == "capital" else "country")
    )
    return Actor(
        text=text,
        code=code,
        country=country,
        span=span,
        kind=kind,
        resolved_by=f"{entry.kind}:{entry.name}",
    )


def mention_words(doc: Doc, mention: Mention) -> tuple[str, CharSpan]:
    """The text of ``mention`` in ``doc`` and where it stands, read once per mention."""
    if mention.words is None:
        toks = doc[mention.start : mention.end]
        mention.words = (toks.text, CharSpan(toks.start_char, toks.end_char))
    return mention.words


def char_span(tokens: Iterable[Token]) -> CharSpan:
    """Where ``tokens`` (a non-empty run of tokens) stand in the text."""
    if isinstance(tokens, Span) and len(tokens):  # its offsets, without making its tokens
        return CharSpan(tokens.start_char, tokens.end_char)
    toks = list(tokens)
    return CharSpan(toks[0].idx, toks[-1].idx + len(toks[-1].text))


def country_actor(code: str, how: str) -> Actor:
    """A country as an actor inferred from context (no span of its own)."""
    return Actor(text=code, code=code, country=code, span=None, kind="country", resolved_by=how)


def _alone(tok) -> bool:
    """Whether a name's first word stands alone, no capitalised word beside it ("Hu arrived"
    after "Hu Jintao", a family name first; not "Sergei Ivanov" after "Sergei Lavrov")."""
    doc = tok.doc
    return not any(
        0 <= j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN"
        for j in (tok.i - 1, tok.i + 1)
    )


def _stamped_name(ix: TokenIndex, start: int, end: int) -> bool:
    """A proper name after a number and a dash ("12:05 - New Zealand has ..."): a live blog's
    time stamp that the tagger joined to the name in one numeric entity."""
    return (
        start >= 2
        and ix.pos[start - 1] == "PUNCT"
        and ix.pos[start - 2] == "NUM"
        and all(ix.pos[i] == "PROPN" for i in range(start, end))
    )


def _same_person_name(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` goes on the person's name the word before it begins: inside the same
    person entity ("Ali al-Dabbagh": "al" of "al-Dabbagh"), so that word is a given name."""
    tok = doc[i]
    return tok.ent_iob_ == "I" and tok.ent_type_ == "PERSON" and doc[i - 1].ent_type_ == "PERSON"


def _tagged_places(doc: Doc, matches: list[tuple[int, int, int]]) -> frozenset[str]:
    """The texts of the document's matched phrases that the tagger tags as a place at least once
    ("Besides Chad, the ban covers ..."): where it tags the same name a person elsewhere
    ("Chad suspended visas"), that is its error, not a namesake."""
    return frozenset(
        doc[start:end].text for _id, start, end in matches if doc[start].ent_type_ in PLACE_ENTS
    )


def _lone_name(span: Span) -> bool:
    """Whether the tagger took ``span`` alone for a person or a body ("Jordan recalled its
    ambassador") while the document names no one of that name in full ("Hamilton Jordan") and
    no courtesy title precedes it ("Mr Jordan"): its error, the country."""
    doc = span.doc
    if span[0].ent_type_ not in PERSON_NAME_ENTS or span[0].ent_iob_ != "B":
        return False
    if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in COURTESY_TITLES:
        return False
    word = span.text
    return not any(
        e.label_ == "PERSON" and len(e) > 1 and any(t.text == word for t in e) for e in doc.ents
    )


def _inside_person_name(span: Span) -> bool:
    """Whether ``span`` is part of a longer person's name ("Michael Jordan", "Chad Johnson")."""
    doc = span.doc
    if span[0].ent_type_ == "ORG":  # "the Georgian Foreign Ministry": the country's organ
        return False
    before = span.start > 0 and doc[span.start].ent_iob_ == "I"
    after = span.end < len(doc) and doc[span.end].ent_iob_ == "I"
    return before or after
