"""Conversion of PETRARCH verb dictionaries into multivector's event-pattern model.

PETRARCH matches a pattern on the word sequence around the verb; multivector matches
requirements on the dependency tree (see docs/petrarch.md for the full mapping):

* words after ``*`` become requirements: a preposition or particle -> ``prep``; any other word
  -> ``object`` (the direct object, or the object of the preposition just before it);
* ``(PREP ...)`` -> a ``prep`` requirement, and an ``object`` requirement on its head noun;
  ``(PREP +)`` or a bare ``(PREP)`` makes that preposition's object the target;
* ``{A B C}`` -> an ``object`` requirement on the head noun ``C`` (modifiers are reported);
* ``&SET`` -> a requirement whose word set is the synset's members (their head words);
* ``^`` (skip) needs nothing: the tree already skips intervening words;
* paired codes ``[A:B]``, reverse-only codes ``[:B]`` and null codes ``[---]`` are coded as
  ``A`` / ``---`` and finished after coding by :class:`multivector.petrarch.coder.PetrarchCoder`
  (reverse event added, event reversed, event dropped);
* every pattern also becomes a :class:`TextPattern`, matched on the sentence's word sequence
  after coding (by ``PetrarchCoder``), the way PETRARCH matches: the longest pattern of the verb's
  block that matches re-codes the event when it is at least as long as the pattern the coder
  used. Patterns with words before the verb (``NOT *``, ``% HAVE *``) exist only in this form;
  verbs without a code of their own get a bare pattern coding nothing, so that these patterns
  have an event to re-code;
* ``$`` after the verb, ``%`` and ``+`` before the verb have no equivalent and are reported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from multivector.coding.dictionary import PREPOSITIONS, EventDictionary, EventPattern, Requirement
from multivector.petrarch.records import (
    PatternToken,
    PetrarchWarning,
    VerbBlock,
    VerbDictionary,
    VerbForm,
    VerbPattern,
    Where,
)


def noun_forms(word: str) -> frozenset[str]:
    """The word as written (lower-cased) plus a crude singular, to meet spaCy lemmas."""
    w = word.lower().strip("_")
    forms = {w}
    if len(w) > 4 and w.endswith("ies"):
        forms.add(w[:-3] + "y")
    elif len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        forms.add(w[:-2])
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        forms.add(w[:-1])
    return frozenset(forms)


def norm_word(word: str) -> str:
    """Lower-case, crude singular: how pattern words and sentence words are compared."""
    w = word.lower().strip("_")
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


class _Converter:
    def __init__(self, vd: VerbDictionary, warnings: list[PetrarchWarning]) -> None:
        self.vd = vd
        self.warnings = warnings
        self.classes: dict[str, frozenset[str]] = {}
        # rule key (file:line) -> (forward code, reverse code) for [A:B], [:B] and [---]
        self.special: dict[str, tuple[str, str | None]] = {}
        self.prep_classes: set[str] = set()
        self._resolving: set[str] = set()
        for name in vd.synsets:
            self._resolve(name)

    def warn(self, where: Where, construct: str, message: str) -> None:
        self.warnings.append(PetrarchWarning(where, construct, message))

    def _resolve(self, name: str) -> frozenset[str]:
        """A synset's member head words, nested sets expanded (reported when multi-word)."""
        if name in self.classes:
            return self.classes[name]
        syn = self.vd.synsets.get(name)
        if syn is None or name in self._resolving:
            return frozenset()
        self._resolving.add(name)
        words: set[str] = set()
        for member in syn.members:
            parts = member.replace("_", " ").split()
            if not parts:
                continue
            if parts[0].startswith("&"):
                sub = parts[0][1:].rstrip("_").upper()
                if sub not in self.vd.synsets:
                    self.warn(syn.where, "synset", f"&{name}: unknown nested set &{sub}; left out")
                words |= self._resolve(sub)
                continue
            if len(parts) > 1:
                self.warn(syn.where, "multi-word synset member",
                          f"&{name}: {member!r}: the parse matches its last word {parts[-1].lower()!r}; "
                          "the whole phrase is checked only by petrarch_coder's word-sequence step")
            words |= noun_forms(parts[-1])
        self._resolving.discard(name)
        result = frozenset(words)
        self.classes[name] = result
        if result and all(w in PREPOSITIONS for w in result):
            self.prep_classes.add(name)
        return result

    def phrases(self, name: str, seen: frozenset[str] = frozenset()) -> frozenset[tuple[str, ...]]:
        """A synset's members as word sequences (nested sets expanded)."""
        syn = self.vd.synsets.get(name)
        if syn is None or name in seen:
            return frozenset()
        out: set[tuple[str, ...]] = set()
        for member in syn.members:
            parts = member.replace("_", " ").split()
            if parts and parts[0].startswith("&"):
                out |= self.phrases(parts[0][1:].rstrip("_").upper(), seen | {name})
            elif parts:
                out.add(tuple(norm_word(p) for p in parts))
        return frozenset(out)

    def text_items(self, tokens) -> tuple[frozenset[tuple[str, ...]], ...] | None:
        """Items in order; words joined by ``_`` form one item that must be adjacent."""
        items: list[frozenset[tuple[str, ...]]] = []
        join = False
        for tok in tokens:
            if tok.kind == "join":
                join = bool(items)
                continue
            new: list[frozenset[tuple[str, ...]]] = []
            if tok.kind == "word":
                new = [frozenset([(norm_word(tok.text),)])]
            elif tok.kind == "class":
                if tok.text not in self.vd.synsets:
                    return None
                new = [self.phrases(tok.text)]
            elif tok.kind in ("pp", "np"):
                inner = self.text_items(tok.items)
                if inner is None:
                    return None
                new = list(inner)
            if not new:
                join = False
                continue
            if join:
                items[-1] = frozenset(a + b for a in items[-1] for b in new[0])
                new = new[1:]
            items.extend(new)
            join = False
        return tuple(items)

    def text_pattern(self, pat: VerbPattern, quiet: bool = False) -> TextPattern | None:
        """The pattern as a word sequence around the verb (PETRARCH's own way of matching)."""
        before = self.text_items(pat.before)
        after = self.text_items(pat.after)
        if before is None or after is None:
            if not quiet:
                self.warn(pat.where, "pattern", f"{pat.text!r}: unknown synset; pattern left out")
            return None
        code, reverse = self.code(pat.code, pat.where, pat.text, warn=not quiet)
        compound = any(t.kind == "compound" for t in pat.before)
        return TextPattern(before, after, code, reverse, f"{pat.where} {pat.text}", compound)

    # -- codes ------------------------------------------------------------------------------
    def code(self, raw: str, where: Where, what: str, warn: bool = True) -> tuple[str, str | None]:
        """``(forward, reverse)`` for a PETRARCH code field; ``NULL_CODE`` forward for ``[---]``
        and ``[:B]`` (events of such patterns are dropped or reversed after coding)."""
        raw = raw.strip()
        if raw in ("---", ""):
            return NULL_CODE, None
        first, second = raw, None
        if ":" in raw:
            first, second = (p.strip() for p in raw.split(":", 1))
            first = first or NULL_CODE
            second = second or None
        for c in (first, second):
            if warn and c and c != NULL_CODE and not (c.isdigit() and 2 <= len(c) <= 4):
                self.warn(where, "non-CAMEO code", f"{what}: code {c!r} is not a CAMEO code; kept as is")
        return first, second

    # -- requirements ---------------------------------------------------------------------
    def _object(self, tok: PatternToken, after_prep: str | None, where: Where, text: str) -> Requirement | None:
        if tok.kind == "word":
            return Requirement("object", noun_forms(tok.text), after_prep=after_prep, label=tok.text.lower())
        if tok.kind == "class":
            if tok.text not in self.classes:
                self.warn(where, "pattern", f"{text!r}: unknown synset &{tok.text}; pattern left out")
                raise _Skip
            return Requirement("object", self.classes[tok.text], after_prep=after_prep, label="&" + tok.text)
        if tok.kind == "np":
            heads = [t for t in tok.items if t.kind in ("word", "class")]
            if not heads:
                return None
            if len(heads) > 1:
                mods = " ".join(("&" if t.kind == "class" else "") + t.text for t in heads[:-1])
                self.warn(where, "noun-phrase modifiers",
                          f"{text!r}: the parse matches the head word only; modifiers {mods!r} are checked "
                          "only by petrarch_coder's word-sequence step")
            return self._object(heads[-1], after_prep, where, text)
        return None

    def requirements(self, pat: VerbPattern) -> tuple[list[Requirement], str | None]:
        reqs: list[Requirement] = []
        target_prep: str | None = None
        last_prep: str | None = None
        w, text = pat.where, pat.text
        # consecutive plain words/sets after the verb read as one noun phrase ("DIPLOMATIC TIES")
        tokens: list[PatternToken] = []
        run: list[PatternToken] = []
        for tok in [*(t for t in pat.after if t.kind != "join"), PatternToken("end")]:
            is_prep = (tok.kind == "word" and tok.text.lower() in PREPOSITIONS) or (
                tok.kind == "class" and tok.text in self.prep_classes)
            if tok.kind in ("word", "class") and not is_prep:
                run.append(tok)
                continue
            if len(run) == 1:
                tokens.append(run[0])
            elif run:
                tokens.append(PatternToken("np", items=tuple(run)))
            run = []
            if tok.kind != "end":
                tokens.append(tok)
        for tok in tokens:
            if tok.kind == "word" and tok.text.lower() in PREPOSITIONS:
                reqs.append(Requirement("prep", frozenset([tok.text.lower()]), label=tok.text.lower()))
                last_prep = tok.text.lower()
            elif tok.kind == "class" and tok.text in self.prep_classes:
                reqs.append(Requirement("prep", self.classes[tok.text], label="&" + tok.text))
                last_prep = None
            elif tok.kind in ("word", "class", "np"):
                r = self._object(tok, last_prep, w, text)
                if r is not None:
                    reqs.append(r)
                last_prep = None
            elif tok.kind == "pp":
                prep, *rest = tok.items or (None,)
                if prep is None or prep.kind != "word":
                    self.warn(w, "pattern", f"{text!r}: (...) group without a preposition; pattern left out")
                    raise _Skip
                p = prep.text.lower()
                if p not in PREPOSITIONS:
                    self.warn(w, "unknown preposition", f"{text!r}: {p!r} read as a preposition")
                reqs.append(Requirement("prep", frozenset([p]), label=p))
                objs = [t for t in rest if t.kind in ("word", "class", "np")]
                if any(t.kind == "target" for t in rest) or not objs:
                    target_prep = p
                if len(objs) > 1:
                    self.warn(w, "noun-phrase modifiers",
                              f"{text!r}: ({p} ...): the parse matches its last noun only; the other words are "
                              "checked only by petrarch_coder's word-sequence step")
                if objs:
                    r = self._object(objs[-1], p, w, text)
                    if r is not None:
                        reqs.append(r)
                for t in rest:
                    if t.kind in ("source", "compound"):
                        self.warn(w, "marker inside (...)", f"{text!r}: {t.text!r} ignored")
                last_prep = None
            elif tok.kind == "target":
                if last_prep:
                    target_prep = last_prep
            elif tok.kind == "source":
                self.warn(w, "source after verb", f"{text!r}: '$' has no equivalent; marker ignored "
                          "(the source is the subject)")
            elif tok.kind == "compound":
                self.warn(w, "compound marker", f"{text!r}: '%' has no equivalent; marker ignored")
            # "skip" (^) needs nothing
        return reqs, target_prep

    def pattern(self, head: str, pat: VerbPattern) -> EventPattern | None:
        """The dependency form of a pattern; None when something stands before the verb other
        than ``$``/``^`` (such a pattern exists only as a word-sequence pattern)."""
        if any(t.kind not in ("source", "skip") for t in pat.before):
            return None
        code, reverse = self.code(pat.code, pat.where, pat.text)
        rule_key = str(pat.where)
        if code == NULL_CODE or reverse:
            self.special[rule_key] = (code, reverse)
        try:
            reqs, target_prep = self.requirements(pat)
        except _Skip:
            return None
        if target_prep is None and reqs and reqs[-1].kind == "prep" and len(reqs[-1].words) == 1:
            target_prep = next(iter(reqs[-1].words))
        return EventPattern(
            head=head,
            requirements=tuple(reqs),
            code=code,
            rule=f"{rule_key} {pat.text}",
            pos="verb",
            text=f"{head} {pat.text}",
            target_prep=target_prep,
        )

    def verb_entry(self, form: VerbForm, block: VerbBlock) -> EventPattern | None:
        """The bare pattern of a verb line (its own code, else the block's)."""
        raw = form.code or block.code
        if form.verb_index > 0:
            self.warn(form.where, "pre-verb words",
                      f"{' '.join(form.words)}: words before the verb cannot be required; left out")
            return None
        if raw is None:
            return None  # no default code: only the block's patterns code this verb
        code, reverse = self.code(raw, form.where, " ".join(form.words))
        if code == NULL_CODE or reverse:
            self.special[str(form.where)] = (code, reverse)
        reqs = [
            Requirement("prep", frozenset([w.lower()]), label=w.lower())
            if w.lower() in PREPOSITIONS
            else Requirement("object", noun_forms(w), label=w.lower())
            for w in form.words[1:]
        ]
        target_prep = reqs[-1].label if reqs and reqs[-1].kind == "prep" else None
        return EventPattern(
            head=form.verb.lower(),
            requirements=tuple(reqs),
            code=code,
            rule=f"{form.where} {' '.join(form.words)}",
            pos="verb",
            text=" ".join(form.words).lower(),
            target_prep=target_prep,
        )


class _Skip(Exception):
    pass


NULL_CODE = "---"


@dataclass(frozen=True, slots=True)
class TextPattern:
    """A pattern with words before the verb, matched on the sentence's word sequence.

    ``before``/``after``: items that must appear in order before/after the verb (gaps allowed);
    each item is a set of accepted word sequences (a word, or a synset's phrases).
    """

    before: tuple[frozenset[tuple[str, ...]], ...]
    after: tuple[frozenset[tuple[str, ...]], ...]
    code: str
    reverse: str | None
    rule: str
    compound: bool = False  # "%": the subject must be a compound ("A and B")

    @property
    def specificity(self) -> int:
        """The number of words the pattern needs (PETRARCH prefers longer patterns)."""
        return sum(min((len(seq) for seq in item), default=0) for item in (*self.before, *self.after))


@dataclass(slots=True)
class VerbConversion:
    """The converted patterns, and the PETRARCH code features applied after coding.

    ``special`` maps a rule key (``file:line``, the first word of an event's ``rule``) to
    ``(forward, reverse)``: ``[A:B]`` -> ``("A", "B")`` (also code B from target to source),
    ``[:B]`` -> ``("---", "B")`` (only B, reversed), ``[---]`` -> ``("---", None)`` (code nothing).
    """

    events: EventDictionary
    special: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # rule key -> verb block number, block number -> its patterns with words before the verb,
    # rule key -> number of requirements of the converted pattern
    block_of: dict[str, str] = field(default_factory=dict)
    text_patterns: dict[str, list[TextPattern]] = field(default_factory=dict)
    specificity: dict[str, int] = field(default_factory=dict)
    # rule keys whose dependency form lost words (modifiers, multi-word set members): the
    # word sequence decides whether they really matched; block -> its default code
    lossy: set[str] = field(default_factory=set)
    default_code: dict[str, str] = field(default_factory=dict)

    def update(self, other: VerbConversion) -> None:
        """Add another file's conversion (patterns and post-coding data)."""
        self.events.merge(other.events)
        self.special.update(other.special)
        self.block_of.update(other.block_of)
        self.text_patterns.update(other.text_patterns)
        self.specificity.update(other.specificity)
        self.lossy |= other.lossy
        self.default_code.update(other.default_code)


def convert_verbs(
    vd: VerbDictionary, warnings: list[PetrarchWarning] | None = None
) -> tuple[VerbConversion, list[PetrarchWarning]]:
    """Turn a parsed PETRARCH verb dictionary into an :class:`EventDictionary`.

    A block's patterns apply to each of its single-word verbs (PETRARCH's synonym sets);
    multi-word verb lines (``+BREAK_DOWN``) become their own pattern with their code.
    """
    warnings = [] if warnings is None else warnings
    conv = _Converter(vd, warnings)
    ed = EventDictionary()
    ed.classes.update(conv.classes)
    result = VerbConversion(ed, conv.special)

    def added(p: EventPattern, block_no: str) -> None:
        key = p.rule.split(" ", 1)[0]
        result.block_of[key] = block_no
        result.specificity[key] = len(p.requirements)

    for number, block in enumerate(vd.blocks):
        bi = f"{block.where.file}#{number}"
        heads: list[str] = []
        coded_heads: set[str] = set()
        for form in block.verbs:
            p = conv.verb_entry(form, block)
            if p is not None:
                ed.add(p)
                added(p, bi)
                if not p.requirements:
                    coded_heads.add(p.head)
            if len(form.words) == 1:
                heads.append(form.verb.lower())
        heads = _unique(heads)
        if block.patterns and not heads:
            warnings.append(PetrarchWarning(block.where, "block without single-word verb",
                            f"{block.name}: {len(block.patterns)} patterns have no verb to attach to; left out"))
            continue
        texts: list[TextPattern] = []
        for pat in block.patterns:
            kinds = {t.kind for t in pat.before}
            if "target" in kinds:
                warnings.append(PetrarchWarning(pat.where, "target before the verb",
                                f"{pat.text!r}: '+' before the verb has no equivalent; pattern left out"))
                continue
            if kinds & {"word", "class", "pp", "np", "compound"}:
                tp = conv.text_pattern(pat)
                if tp is not None:
                    texts.append(tp)
                continue
            first = conv.pattern(heads[0], pat)
            tp = conv.text_pattern(pat, quiet=True)
            if tp is not None:
                texts.append(tp)
            if first is None:
                continue
            added(first, bi)
            if tp is not None:
                rule_key = first.rule.split(" ", 1)[0]
                result.specificity[rule_key] = tp.specificity
                if tp.specificity > len(first.requirements) or any(
                        len(seq) > 1 for item in tp.after for seq in item):
                    result.lossy.add(rule_key)
            for h in heads:
                ed.add(first if h == first.head else _with_head(first, h))
        if texts:
            # longest first, file order among equals: the first that matches is used
            result.text_patterns[bi] = sorted(texts, key=lambda t: -t.specificity)
            # a verb with no code of its own still needs an event for these patterns to refine:
            # a bare pattern coding nothing ("---") unless one of them matches
            key = str(block.where)
            for h in heads:
                if h not in coded_heads:
                    ed.add(EventPattern(head=h, requirements=(), code=NULL_CODE,
                                        rule=f"{key} {block.name} (block patterns by word sequence)",
                                        pos="verb", text=h))
            result.block_of[key] = bi
            result.specificity[key] = 0
            conv.special[key] = (NULL_CODE, None)
            result.default_code[bi] = conv.code(block.code, block.where, block.name, warn=False)[0] \
                if block.code else NULL_CODE
    ed.finalize()
    return result, warnings


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _with_head(p: EventPattern, head: str) -> EventPattern:
    return EventPattern(head=head, requirements=p.requirements, code=p.code, rule=p.rule,
                        pos=p.pos, text=p.text, target_prep=p.target_prep, reciprocal=p.reciprocal)
