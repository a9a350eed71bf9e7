"""A per-document index of the parse: every token's relations and strings as plain lists.

spaCy makes a new :class:`~spacy.tokens.Token` object each time a token is reached
(``doc[i]``, ``tok.children``, ``tok.head``), and reads each string attribute (``dep_``,
``lower_``, ``lemma_``) through the string store. The coder's many small tree walks ("the
children of ``v`` that are direct objects") pay that for every child they look at and throw
away. :class:`TokenIndex` reads the document's arrays once (``Doc.to_array``) and keeps, by
token index, the head, the children in order, and the strings the walks test; a walk then looks
at indices and makes Token objects only for what it returns.

The index is built on first use and kept in the document's ``user_data`` (:func:`token_index`),
so it lives and dies with its Doc; it is rebuilt if the document's length changed since (a
retokenised Doc). The labels (``dep``, ``pos``) are read when it is built; the words
(``lemma``, ``lower``, ``text``) and the ``tag`` and ``ent_type`` columns on first use, since
every distinct word costs a look-up in the string store.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc, Span, Token

# the key of the index in ``Doc.user_data``
USER_DATA_KEY = "multivector.token_index"
_ATTRS = [HEAD, DEP, POS, LEMMA, LOWER, TAG, ENT_TYPE, ORTH, SENT_START, SPACY]
_COLUMNS = {"lemma": 3, "lower": 4, "tag": 5, "ent_type": 6, "text": 7}
_IDS = {"dep": 1, "pos": 2, **_COLUMNS}
_SENT_START, _SPACY = 8, 9
# hash -> string (and -> the string lower-cased, for lemmas), shared by every document's index:
# a hash names one string whatever the store, so each distinct word is looked up in the string
# store once per process, not once per document; bounded (past it, new words are not kept)
_WORDS: dict[int, str] = {0: ""}
_LOWERED: dict[int, str] = {0: ""}
_MAX_WORDS = 500_000


class TokenIndex:
    """The parse of one Doc by token index: ``head[i]`` is the index of token ``i``'s head (its
    own index at a root), ``children[i]`` its children in text order (lists not to be
    changed), and ``dep``, ``pos``, ``lemma`` (lower-cased, as ``tok.lemma_.lower()``),
    ``lower``, ``tag``, ``ent_type`` and ``text`` its strings, as lists; ``spaced[i]``: whether
    a space follows it; ``memo`` holds what stages work out once per document."""

    # lemma ... spaced are filled on first use (``__getattr__``), then read as plain slots
    __slots__ = (
        "_arr", "_strings", "size", "head", "children", "dep", "pos", "_starts",
        "_doc_text", "lemma", "lower", "tag", "ent_type", "text", "spaced", "memo",
    )  # fmt: skip
    lemma: list[str]
    lower: list[str]
    tag: list[str]
    ent_type: list[str]
    text: list[str]
    spaced: list[bool]

    def __init__(self, doc: Doc) -> None:
        """Read ``doc``'s arrays once; each distinct label is looked up once."""
        self._strings = doc.vocab.strings
        self._starts: list[int] | None = None
        self._doc_text: str | None = None
        # what a stage works out once per document from the parse (by the stage's own key):
        # it lives and dies with the index, so a changed parse is read again
        self.memo: dict[str, object] = {}
        self.size = len(doc)  # the number of tokens
        if len(doc) == 0:
            self._arr = None
            self.head: list[int] = []
            self.children: list[list[int]] = []
            self.dep: list[str] = []
            self.pos: list[str] = []
            return
        arr = self._arr = doc.to_array(_ATTRS)
        # HEAD is an offset from the token, stored unsigned: negative offsets wrap around
        offsets = arr[:, 0].astype("int64")
        self.head = (offsets + numpy.arange(len(offsets), dtype="int64")).tolist()
        kids: list[list[int]] = [[] for _ in self.head]
        for i, h in enumerate(self.head):
            if h != i:
                kids[h].append(i)
        self.children = kids  # read only
        self.dep = self._column(1)
        self.pos = self._column(2)

    def _column(self, k: int, lowered: bool = False) -> list[str]:
        """Column ``k`` of the arrays as strings (``lowered``: lower-cased)."""
        memo = _LOWERED if lowered else _WORDS
        col = self._arr[:, k].tolist() if self._arr is not None else []
        try:
            return list(map(memo.__getitem__, col))
        except KeyError:  # a word not seen before in this process
            pass
        strings = self._strings
        new = {h: strings[h] for h in set(col).difference(memo)}
        if lowered:
            new = {h: w.lower() for h, w in new.items()}
        if len(memo) + len(new) <= _MAX_WORDS:
            memo.update(new)
            return list(map(memo.__getitem__, col))
        return [memo[h] if h in memo else new[h] for h in col]

    def __getattr__(self, name: str) -> list:
        """A word column (``lemma``, ``lower``, ``tag``, ``ent_type``, ``text``, ``spaced``)
        read on first use and kept in its slot."""
        if name == "spaced":
            col = self._arr[:, _SPACY].tolist() if self._arr is not None else []
            found: list = [s != 0 for s in col]
        elif name in _COLUMNS:
            found = self._column(_COLUMNS[name], lowered=name == "lemma")
        else:
            raise AttributeError(name)
        setattr(self, name, found)
        return found

    def ids(self, name: str) -> list[int]:
        """The column ``name`` (``dep``, ``pos``, ``lemma``, ``lower``, ``tag``, ``ent_type``,
        ``text``) as the ids the Doc stores (string hashes; symbols for ``pos``), not strings."""
        k = _IDS[name]
        return self._arr[:, k].tolist() if self._arr is not None else []

    def sentence(self, i: int) -> tuple[int, int]:
        """The token range ``[start, end)`` of the sentence holding ``i`` (as ``Token.sent``
        reads it: from the sentence starts the parser set)."""
        if self._starts is None:
            col = self._arr[:, _SENT_START].tolist() if self._arr is not None else []
            self._starts = [k for k, s in enumerate(col) if s == 1]
        starts = self._starts
        k = bisect.bisect_right(starts, i)
        start = starts[k - 1] if k else 0
        end = starts[k] if k < len(starts) else len(self.head)
        return start, end

    def conjuncts(self, i: int) -> list[int]:
        """The tokens coordinated with ``i``, without it, in the order of ``Token.conjuncts``."""
        head, dep = self.head, self.dep
        start = i
        while start != head[start] and dep[start] == "conj":
            start = head[start]
        out = [start]
        for w in out:  # breadth first: the list grows as it is read
            out.extend(c for c in self.children[w] if c > w and dep[c] == "conj")
        return [w for w in out if w != i]

    def subtree(self, i: int) -> list[int]:
        """``i`` and every token below it, in the order of ``Token.subtree``."""
        kids = self.children[i]
        if not kids:
            return [i]
        out: list[int] = []
        for j in kids:
            if j > i:
                break
            out.extend(self.subtree(j))
        out.append(i)
        for j in kids:
            if j > i:
                out.extend(self.subtree(j))
        return out

    def __len__(self) -> int:
        return self.size

    def kids(self, i: int, deps: Collection[str]) -> list[int]:
        """Indices of ``i``'s children whose label is in ``deps`` (a label or a collection of
        labels), in text order."""
        if isinstance(deps, str):
            deps = (deps,)
        dep = self.dep
        return [j for j in self.children[i] if dep[j] in deps]

    def kid(self, i: int, dep: str, lower: str | None = None) -> bool:
        """Whether ``i`` has a child labelled ``dep`` (and, if given, of the word ``lower``)."""
        d = self.dep
        if lower is None:
            return any(d[j] == dep for j in self.children[i])
        low = self.lower
        return any(d[j] == dep and low[j] == lower for j in self.children[i])

    def coordinated(self, i: int) -> list[int]:
        """``i`` and its conjuncts, depth first in the order of :func:`syntax.coordinated`."""
        out = [i]
        for j in self.children[i]:
            if self.dep[j] == "conj":
                out.extend(self.coordinated(j))
        return out


# the document last asked about and its index: most look-ups are of the document being coded
_last: list = [None, None]


def token_index(doc: Doc) -> TokenIndex:
    """The :class:`TokenIndex` of ``doc``, built on first use and kept in its ``user_data``."""
    if doc is _last[0] and _last[1].size == len(doc):
        return _last[1]
    found = doc.user_data.get(USER_DATA_KEY)
    if found is None or found.size != len(doc):
        found = doc.user_data[USER_DATA_KEY] = TokenIndex(doc)
    _last[0], _last[1] = doc, found
    return found


def release(doc: Doc) -> None:
    """Drop ``doc``'s index (the coder's working state) once the coder is done with it, so that a
    caller who keeps the Doc gets it back as it gave it."""
    doc.user_data.pop(USER_DATA_KEY, None)
    if _last[0] is doc:
        _last[0] = _last[1] = None


def doc_text(doc: Doc) -> str:
    """``doc.text`` (which joins every token anew at each call), joined once per document."""
    ix = token_index(doc)
    if ix._doc_text is None:
        # as ``Doc.text`` joins ``Token.text_with_ws``, from the columns already read
        pairs = zip(ix.text, ix.spaced, strict=True)
        ix._doc_text = "".join([w + " " if s else w for w, s in pairs])
    return ix._doc_text


def sentence_of(tok: Token) -> Span:
    """``tok.sent`` without reading the whole document's annotation at each call."""
    doc = tok.doc
    start, end = token_index(doc).sentence(tok.i)
    return doc[start:end]


def children_with(tok: Token, deps: Collection[str]) -> list[Token]:
    """``tok``'s children whose label is in ``deps``, in text order: ``[c for c in
    tok.children if c.dep_ in deps]`` without making a Token of every child."""
    doc = tok.doc
    return [doc[j] for j in token_index(doc).kids(tok.i, deps)]


def of_objects(h: Token) -> list[Token]:
    """The objects of ``h``'s "of" phrases: what it counts, is part of or belongs to ("one of
    its patrol boats", "the president of the ECOWAS Commission")."""
    return [p for c in h.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
