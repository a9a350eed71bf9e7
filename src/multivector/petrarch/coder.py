"""Coding with converted PETRARCH dictionaries: what PETRARCH does that the coder does not.

:class:`PetrarchCoder` wraps a :class:`~multivector.coding.coder.Coder` built on converted
PETRARCH dictionaries. It parses each document once, lets the coder code it, and then:

* re-codes each event by the longest word-sequence pattern of its verb block that matches the
  sentence (PETRARCH's own matching; see :mod:`multivector.petrarch.convert`), including the
  patterns with words before the verb and ``%`` compound patterns;
* applies PETRARCH code fields by the rule that fired (``file:line``, the first word of
  ``Event.rule``): ``[A:B]`` adds B from the target to the source, ``[:B]`` replaces the event
  by B reversed, ``[---]`` drops it;
* gives an event without a target the first named actor after the verb in the verb's phrase;
* judges date-restricted actor codes on the event's date with PETRARCH's own restrictions;
* composes a country actor with a role noun of its noun phrase ("Bree Prime Minister
  Romendacil" -> BREGOV);
* writes country-less agents as ``---GOV`` and prefix agents (``[NGO~]``) before the country.

Under PETRARCH's modality (``modality="petrarch"``) it also codes every verb as an act, drops
targets found by coreference outside the verb's phrase, takes the first actor of the verb's
phrase as the target and adds countries the parser hangs on the subject as coordinated
modifiers.

PETRARCH dictionaries also carry codes that are not CAMEO (the validation dictionaries use
WEIS-era codes such as 223 or 903, and letters such as 174K). Events keep such codes verbatim;
Goldstein and quad class come from the nearest CAMEO parent when there is one, else 0, and the
PLOVER type is None.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from multivector.model import Actor, CodedDocument, Document, DocumentProblem, Event, PartialDate
from multivector.petrarch.convert import NULL_CODE, TextPattern, VerbConversion, norm_word

_WORD = re.compile(r"n't|[a-z0-9]+(?:[-'.][a-z0-9]+)*")


def words_of(text: str) -> list[str]:
    """PETRARCH-style word sequence: lower case, ``didn't`` -> ``did n't``, crude singulars."""
    return [norm_word(w) for w in _WORD.findall(text.lower().replace("n't", " n't"))]


def _find(items: Sequence[frozenset[tuple[str, ...]]], words: Sequence[str], start: int = 0) -> int | None:
    """Match ``items`` in order (gaps allowed) in ``words``; the index after the last match."""
    i = start
    for item in items:
        hit = None
        for j in range(i, len(words)):
            if any(tuple(words[j:j + len(seq)]) == seq for seq in item):
                hit = j + max((len(seq) for seq in item if tuple(words[j:j + len(seq)]) == seq), default=1)
                break
        if hit is None:
            return None
        i = hit
    return i


def text_pattern_matches(tp: TextPattern, before: Sequence[str], after: Sequence[str]) -> bool:
    """``before``: the words between the source and the verb; ``after``: the words after it."""
    return _find(tp.before, before) is not None and _find(tp.after, after) is not None


def verb_lemma(word: str, lemmatizer) -> str:
    """The lemma of an irregular past form (``risen``, ``overthrew``) from the lemmatizer's
    exception table; other words are returned as they are."""
    exc = lemmatizer.lookups.get_table("lemma_exc")["verb"].get(word)
    return exc[0] if exc else word


def add_lemma_heads(events, nlp) -> int:
    """TABARI-era files list some verbs inflected (``RISEN``, ``OVERTHREW``) while the coder looks
    verbs up by lemma: give such patterns the lemma as head too, unless the lemma has patterns of
    its own. Returns the number of heads added."""
    try:
        lemmatizer = nlp.get_pipe("lemmatizer")
        lemmatizer.lookups.get_table("lemma_exc")
    except (KeyError, AttributeError):
        return 0
    added = 0
    for head in list(events.verbs):
        # only the unmistakable participles and past forms: "said" (say) or "left" (leave) would
        # give a whole block to a verb PETRARCH matched in one form only
        if not head.endswith(("en", "ew", "ung", "ought", "egan")):
            continue
        lemma = verb_lemma(head, lemmatizer)
        if lemma != head and lemma not in events.verbs:
            for p in events.verbs[head]:
                events.add(dataclasses.replace(p, head=lemma))
            added += 1
    events.finalize()
    return added


def reference_day(date: str | None):
    """The day an event's (partial) date stands for: the project's one convention."""
    found = PartialDate.parse(date)
    return found.reference_day if found else None


class TolerantOntology:
    """An ontology view that answers for codes outside CAMEO instead of raising."""

    def __init__(self, inner) -> None:
        self._inner = inner

    def cameo(self, code: str):
        from multivector.ontology import CameoCode

        try:
            return self._inner.cameo(code)
        except KeyError:
            return CameoCode(code=code, name="not a CAMEO code (imported dictionary)",
                             goldstein=0.0, quad_class=0, root=str(code)[:2])

    def plover(self, code: str) -> tuple[str | None, str | None]:
        try:
            return self._inner.plover(code)
        except KeyError:
            return None, None

    def __getattr__(self, name: str):
        return getattr(self._inner, name)


class _AnyWord(frozenset):
    """A word set that contains every word."""

    def __contains__(self, item: object) -> bool:
        return True


def petrarch_modality(modality):
    """PETRARCH's reading of modality: every verb is coded as an act, whatever its auxiliary,
    governor or negation; a dictionary says otherwise through its own patterns
    (``NOT *``, ``&NEGATVAUXVRB *``). Built from the coder's own modality data."""
    empty: frozenset[str] = frozenset()
    return dataclasses.replace(
        modality, realis_governors=_AnyWord(), intent_governors=empty, negating_governors=empty,
        intent_modals=empty, hypothetical_modals=empty, hypothetical_marks=empty, negations=empty,
        intent_codes={})


MODALITIES = ("multivector", "petrarch")

class PetrarchCoder:
    """A Coder on converted PETRARCH dictionaries, with paired, reverse and null codes applied.

    ``modality="petrarch"`` codes every verb as an act (PETRARCH's behaviour, which its
    dictionaries and validation suite assume); ``"multivector"`` keeps multivector's reading of
    negation, intention and hypotheticals.
    """

    def __init__(self, coder, verbs: VerbConversion, modality: str = "multivector",
                 actors: Sequence = (), prefix_agents: Iterable[str] = ()) -> None:
        if modality not in MODALITIES:
            raise ValueError(f"modality must be one of {MODALITIES}, not {modality!r}")
        self.coder = coder
        self.verbs = verbs
        # PETRARCH actors with date restrictions, by display name: their codes as written
        from multivector.petrarch.actors import display_name

        self.dated = {display_name(a.phrase.upper()).lower(): a for a in actors
                      if any(c.restricted for c in a.codes)}
        self.special = verbs.special
        self.modality = modality
        if modality == "petrarch" and hasattr(coder, "extractor"):
            coder.extractor.modality = petrarch_modality(coder.extractor.modality)
            if hasattr(coder.extractor, "_modality"):
                # negation and purpose clauses are read from the parse, not from data: PETRARCH
                # reads them from its patterns instead ("NOT *")
                coder.extractor._modality = lambda v: "realis"
            if hasattr(coder.extractor, "arguments"):
                # nor does PETRARCH read a target from the story's discourse: an act whose
                # sentence names none keeps none (policy untargeted_roots, rules43)
                finder = coder.extractor.arguments
                finder.policy = dataclasses.replace(finder.policy, untargeted_roots=None)
        # The coder looks Goldstein values up for every code it emits; PETRARCH files hold codes
        # CAMEO does not list, which must pass through (see the module docstring).
        tolerant = TolerantOntology(coder.ontology)
        coder.ontology = tolerant
        if hasattr(coder, "extractor"):
            coder.extractor.ontology = tolerant
        self.ontology = tolerant
        self._text_reverse: dict[int, str] = {}
        if hasattr(coder, "extractor") and hasattr(coder.extractor, "use_generic"):
            # PETRARCH codes an agent with no country as it stands ("---REB") and keeps its
            # events: multivector's attribution of generic actors is not PETRARCH's convention
            coder.extractor.use_generic(None)
        self.prefix_agents = frozenset(prefix_agents)  # [NGO~]: written before the country
        lexicon = getattr(coder, "lexicon", None)
        agents = getattr(getattr(lexicon, "data", None), "agents", ())
        self._agent_codes = {a.code for a in agents}
        # rule keys of patterns that say which preposition introduces the target
        self._target_preps = {p.rule.split(" ", 1)[0] for p in verbs.events if p.target_prep}

    def finish(self, events: Iterable[Event]) -> list[Event]:
        """Apply the PETRARCH code features to one document's events."""
        out: list[Event] = []
        seen: set[tuple] = set()
        events = list(events)
        # keyed by id(): only this document's events, all alive until the end of this call (a
        # stale entry would pass to an unrelated later event that reuses the address)
        self._text_reverse = {}
        groups: dict[tuple, list[Event]] = {}
        for ev in events:  # the events of one verb: a compound subject gives several sources
            span = ev.verb_span.start if ev.verb_span else None
            groups.setdefault((ev.sentence_id, span), []).append(ev)
        expanded: list[Event] = []
        paired: set[tuple] = set()
        for group in groups.values():
            sources = list({e.source.code: e.source for e in group}.values())
            for ev in group:
                if self._refine(ev, compound=len(sources) > 1) and ev.target is None:
                    # "% *": the members of the compound subject act towards each other
                    copies = [dataclasses.replace(ev, target=t, rule=ev.rule + " +compound")
                              for t in sources if t.code != ev.source.code]
                    reverse = self._text_reverse.get(id(ev))
                    if reverse:  # the text pattern's reverse code goes with each pairing
                        self._text_reverse.update((id(c), reverse) for c in copies)
                    expanded += copies
                    continue
                expanded.append(ev)
        for ev in expanded:
            self._date_codes(ev)
            for actor in (ev.source, ev.target):
                # PETRARCH writes an agent whose country is unknown as ---GOV
                if actor is not None and actor.resolved_by.startswith("agent:") and not actor.country \
                        and actor.code in self._agent_codes:
                    actor.code = NULL_CODE + actor.code
                if actor is not None and self.prefix_agents:
                    actor.code = self._prefix_order(actor.code)
            key = ev.rule.split(" ", 1)[0]
            forward, reverse = self.special.get(key, (None, None))
            if "+text " in ev.rule:  # re-coded by a text pattern: its own code features
                forward, reverse = ev.cameo, self._text_reverse.pop(id(ev), None)
            produced: list[Event] = []
            if reverse and ev.target is not None:
                # a paired code makes the reverse event itself: the coder's own event in the
                # other direction (a reciprocal verb) would double it
                pair = (ev.sentence_id, ev.verb_span.start if ev.verb_span else None, key,
                        frozenset((ev.source.code, ev.target.code)))
                if pair in paired:
                    continue
                paired.add(pair)
            if ev.cameo != NULL_CODE:
                produced.append(ev)
            if reverse and ev.target is not None and (forward in (ev.cameo, NULL_CODE)):
                cameo = self.ontology.cameo(reverse)
                plover, mode = self.ontology.plover(reverse)
                produced.append(dataclasses.replace(
                    ev, source=ev.target, target=ev.source, cameo=reverse, plover=plover,
                    plover_mode=mode, goldstein=cameo.goldstein, quad_class=cameo.quad_class,
                    rule=ev.rule + " +reverse"))
            for e in produced:
                k = (e.sentence_id, e.source.code, e.target.code if e.target else None, e.cameo)
                if k not in seen:
                    seen.add(k)
                    out.append(e)
        for i, e in enumerate(out):
            e.index = i
        return out

    def _prefix_order(self, code: str) -> str:
        """``ARNNGO`` -> ``NGOARN`` when NGO is a prefix agent code (``[NGO~]``)."""
        head, rest = code[:3], code[3:]
        parts = [rest[i:i + 3] for i in range(0, len(rest), 3)]
        front = [p for p in parts if p in self.prefix_agents]
        if not front:
            return code
        return "".join(front) + head + "".join(p for p in parts if p not in self.prefix_agents)

    def _date_codes(self, ev: Event) -> None:
        """Date-restricted actor codes judged on the event's date (the story date when the
        sentence has none), as PETRARCH judges them."""
        day = reference_day(ev.date)
        if day is None:
            return
        for actor in (ev.source, ev.target):
            if actor is None or actor.kind != "leader" or not actor.resolved_by.startswith("leader:"):
                continue
            name = actor.resolved_by.split(":", 1)[1].lower()
            dated = self.dated.get(name)
            if dated is not None:  # PETRARCH's own restrictions, other countries' codes included
                actor.code = dated.code_on(day.isoformat())
                actor.country = actor.code[:3]
                continue
            for entry in self.coder.lexicon.entries.get(name, []):
                if entry.leader is not None and entry.leader.country == actor.country:
                    actor.code = entry.leader.code_on(day)
                    break

    def _windows(self, ev: Event) -> tuple[list[str], list[str]]:
        sent = ev.sentence
        if ev.verb_span is None:
            return [], []
        rel = ev.verb_span.start - ev.sentence_start
        first = (ev.verb_text or "").split(" ")[0]
        if first and sent[rel:rel + len(first)] != first:  # the sentence text was stripped
            found = [m.start() for m in re.finditer(re.escape(first), sent)]
            rel = min(found, key=lambda i: abs(i - rel)) if found else rel
        verb_end = rel + len(first)
        start = 0
        if ev.source.span is not None:
            src_end = ev.source.span.end - ev.sentence_start
            if 0 <= src_end <= rel:
                start = src_end
        return words_of(sent[start:rel]), words_of(sent[verb_end:])

    def _refine(self, ev: Event, compound: bool = False) -> bool:
        """Re-code ``ev`` by the longest pattern of its verb block whose words are in the sentence
        (see :mod:`multivector.petrarch.convert`); True if that pattern needs a compound subject
        (``%``) and ``compound`` says the subject is one."""
        key = ev.rule.split(" ", 1)[0]
        block = self.verbs.block_of.get(key)
        patterns = self.verbs.text_patterns.get(block) if block else None
        if not patterns:
            return False
        before, after = self._windows(ev)
        current = self.verbs.specificity.get(key, 0)
        own = next((tp for tp in patterns if tp.rule.split(" ", 1)[0] == key), None)
        # a pattern whose dependency form lost words stands only if its words are there
        own_ok = own is None or key not in self.verbs.lossy or text_pattern_matches(own, before, after)
        for tp in patterns:
            if tp is own:
                if own_ok:
                    return False  # the pattern the coder used comes first: it stands
                continue
            if own_ok and tp.specificity < current:
                return False
            if tp.compound and not compound:
                continue
            if text_pattern_matches(tp, before, after):
                self._recode(ev, tp.code, f"{tp.rule.split(' ', 1)[0]} +text {tp.rule.split(' ', 1)[1]}")
                if tp.reverse:
                    self._text_reverse[id(ev)] = tp.reverse
                return tp.compound
        if not own_ok:  # nothing longer or shorter matched: the block's default code
            self._recode(ev, self.verbs.default_code.get(block, NULL_CODE), f"{key} +text (default)")
        return False

    def _recode(self, ev: Event, code: str, rule: str) -> None:
        ev.cameo = code
        ev.rule = rule
        if code == NULL_CODE:
            ev.plover, ev.plover_mode = None, None
            return
        cameo = self.ontology.cameo(code)
        ev.plover, ev.plover_mode = self.ontology.plover(code)
        ev.goldstein, ev.quad_class = cameo.goldstein, cameo.quad_class

    def fill_targets(self, events: list[Event], doc, first_actor: bool = False) -> None:
        """PETRARCH's target for an event without one: the first named actor after the verb in
        the verb's phrase (``bargain for asylum in Gondor`` -> Gondor). With ``first_actor``
        (PETRARCH's reading) that actor also replaces a target found further on, unless the
        pattern names the target's preposition ("condemned an attack by Osgiliath soldiers in
        south Ithilen" -> Osgiliath soldiers, not Ithilen)."""
        from multivector.coding.actors import actor_from_entry, char_span

        mentions = None
        verb_targets: dict[int, set[str]] = {}
        for ev in events:
            if ev.verb_span is not None and ev.target is not None:
                verb_targets.setdefault(ev.verb_span.start, set()).add(ev.target.code)
        for ev in events:
            if ev.verb_span is None:
                continue
            if ev.target is not None and (not first_actor or ev.target.span is None
                                          or ev.rule.split(" ", 1)[0] in self._target_preps):
                continue
            span = doc.char_span(ev.verb_span.start, ev.verb_span.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            verb = span[0]
            if mentions is None:
                mentions = self.coder.lexicon.find_mentions(doc)
            src = ev.source.span
            for tok in sorted(verb.subtree, key=lambda t: t.i):
                if tok.i <= verb.i or tok.i not in mentions:
                    continue
                if src is not None and src.start <= tok.idx < src.end:
                    continue
                if ev.target is not None and tok.idx >= ev.target.span.start:
                    break  # the coder's target is the first actor already
                m = mentions[tok.i]
                when = reference_day(ev.date)
                toks = doc[m.start:m.end]
                actor = actor_from_entry(m.best(when), toks.text, char_span(toks), when)
                if ev.target is not None and actor.code in verb_targets.get(ev.verb_span.start, ()):
                    break  # one of the verb's targets (a coordination): the coder's stand
                if actor.code != ev.source.code:
                    ev.target = actor
                    ev.rule += " +target"
                break

    def add_conjunct_sources(self, events: list[Event], doc) -> list[Event]:
        """Countries coordinated before the subject that the parse hangs on it as a modifier
        ("Fornost and the evil awful Gondor welcomed ...": Fornost is an ``nmod`` of Gondor) are
        sources too, as in PETRARCH's compound noun phrases."""
        from multivector.coding.actors import actor_from_entry, char_span

        mentions = None
        out = list(events)
        done: set[tuple] = set()
        for ev in events:
            src = ev.source
            if src.span is None or ev.verb_span is None:
                continue
            key = (ev.verb_span.start, src.code)
            if key in done:
                continue
            done.add(key)
            span = doc.char_span(src.span.start, src.span.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            if mentions is None:
                mentions = self.coder.lexicon.find_mentions(doc)
            head = span[-1]
            extra: list[Actor] = []
            for mod in head.children:
                if mod.dep_ not in ("nmod", "compound") or not any(c.dep_ in ("cc", "conj") for c in mod.children):
                    continue
                for tok in [mod, *mod.conjuncts]:
                    m = mentions.get(tok.i)
                    if m is None or tok.i in range(span.start, span.end):
                        continue
                    when = reference_day(ev.date)
                    toks = doc[m.start:m.end]
                    extra.append(actor_from_entry(m.best(when), toks.text, char_span(toks), when))
            sources = {e.source.code for e in events if e.verb_span and e.verb_span.start == ev.verb_span.start}
            for actor in extra:
                if actor.code in sources:
                    continue
                sources.add(actor.code)
                for e in events:
                    if e.verb_span and e.verb_span.start == ev.verb_span.start and e.source.code == src.code:
                        if e.target is not None and e.target.code == actor.code:
                            continue
                        out.append(dataclasses.replace(e, source=actor, rule=e.rule + " +conjunct"))
        return out

    @staticmethod
    def drop_coreferent_targets(events: list[Event], doc) -> None:
        """PETRARCH resolves no pronouns: a target found through coreference ("burned down its
        embassy" -> the country named earlier) is not outside the verb's phrase for it."""
        for ev in events:
            if ev.target is None or ev.target.span is None or ev.verb_span is None:
                continue
            span = doc.char_span(ev.verb_span.start, ev.verb_span.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            t0, t1 = ev.target.span.start, ev.target.span.end
            if not any(t0 < tok.idx + len(tok.text) and tok.idx < t1 for tok in span[0].subtree):
                ev.target = None
                ev.rule += " -coreference"

    def add_agents(self, events: list[Event], doc) -> None:
        """PETRARCH composes a country named in a noun phrase with a role noun of the same
        phrase: "Bree Prime Minister Romendacil" -> BRE + GOV."""
        lexicon = self.coder.lexicon
        for ev in events:
            for actor in (ev.source, ev.target):
                if actor is None or actor.span is None or actor.country is None \
                        or actor.code != actor.country:
                    continue
                span = doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                tok = span[-1]
                head = tok.head if tok.dep_ in ("compound", "poss", "amod", "nmod") else tok
                inside = range(span.start, span.end)
                phrase = [c for c in head.children if c.dep_ in ("compound", "amod")]
                for cand in [head, *sorted(phrase, key=lambda t: -t.i)]:
                    if cand.i in inside:
                        continue
                    code = lexicon.agent_code(cand)
                    if code:
                        actor.code = actor.country + code
                        break

    def code_documents(
        self, documents: Iterable[Document | DocumentProblem], batch_size: int = 32
    ) -> Iterator[CodedDocument]:
        """Like ``Coder.code_documents``, with the PETRARCH features applied to each document."""
        it = iter(documents)
        while batch := list(islice(it, batch_size)):
            good = [d for d in batch if isinstance(d, Document)]
            try:
                docs = list(self.coder.nlp.pipe((d.text for d in good), batch_size=batch_size))
            except Exception:  # one text broke the parser: parse one by one below
                docs = None
            parsed = iter(docs) if docs is not None else None
            for item in batch:
                if isinstance(item, DocumentProblem):
                    yield CodedDocument(document=Document(id=item.name, text=""), problem=item)
                    continue
                try:
                    doc = next(parsed) if parsed is not None else self.coder.nlp(item.text)
                    coded = self.coder.code_parsed(item, doc)
                    if self.modality == "petrarch":
                        self.drop_coreferent_targets(coded.events, doc)
                        coded.events = self.add_conjunct_sources(coded.events, doc)
                    self.fill_targets(coded.events, doc, first_actor=self.modality == "petrarch")
                    self.add_agents(coded.events, doc)
                    coded.events = self.finish(coded.events)
                except Exception as exc:  # report this document, go on with the others
                    coded = CodedDocument(document=item, problem=DocumentProblem(
                        item.id, f"could not be coded: {exc}"))
                yield coded

    def code_text(self, text: str, date: str | None = None, doc_id: str = "text") -> list[Event]:
        coded = next(self.code_documents([Document(id=doc_id, text=text, date=date)]))
        if coded.problem is not None:
            raise ValueError(str(coded.problem))
        return coded.events

    def __getattr__(self, name: str):
        return getattr(self.coder, name)
