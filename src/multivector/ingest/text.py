"""Checks and clean-ups shared by every reader: decoding, binary sniffing, page chrome,
the cheap English check, titles and dates."""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import ftfy
import yaml

from multivector.model import PartialDate

#: Texts with fewer words than this are not judged by the English check.
MIN_WORDS_FOR_LANGUAGE = 20
#: Below this share of English function words (among lower-case words) a text is taken as
#: not English. English news runs at 35-55 %; German, French or Spanish prose scores under
#: 10 % against our word list, and non-Latin scripts score 0.
MIN_ENGLISH_RATIO = 0.15
#: The English check reads this much of a text.
LANGUAGE_SAMPLE_CHARS = 4000
#: Below this share a text is refused even without another language's words (other scripts).
MIN_ANY_ENGLISH = 0.04

_DATE_RE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Terminal escape sequences: CSI (colours, cursor moves), OSC (titles, links), and the
#: two-character ones; the 8-bit CSI too.
_ANSI_RE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[ -/]*[0-~])"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
#: Control characters removed from text: C0 except tab, newline and carriage return, DEL, C1.
_STRIP_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
#: Invisible format characters that split words ("Rus\u200bsia"): soft hyphen, zero-width
#: space, non-joiner and joiner, word joiner, and a byte-order mark inside the text.
_NON_SPACE = re.compile(r"\S")
# ftfy repairs text decoded in the wrong encoding ("‚Äôs" or "â€™s" for "’s") line by line,
# and nothing else: quotes, widths, ligatures and line breaks stay as written.
_MOJIBAKE_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
#: Byte-order marks, the UTF-32 ones first (the UTF-32-LE mark begins with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class InputError(ValueError):
    """A document or input line cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class Boilerplate:
    """Compiled page-chrome patterns (see ``data/boilerplate.yaml``), one alternation each."""

    edge: re.Pattern[str]
    anywhere: re.Pattern[str]

    def is_edge(self, line: str) -> bool:
        s = line.strip()
        return bool(self.edge.fullmatch(s) or self.anywhere.fullmatch(s))

    def is_anywhere(self, line: str) -> bool:
        return bool(self.anywhere.fullmatch(line.strip()))


@functools.lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    """The bundled page-chrome patterns, compiled once."""
    raw = yaml.safe_load(
        resources.files("multivector.ingest").joinpath("data/boilerplate.yaml").read_text("utf-8")
    )

    def compile_all(key: str) -> re.Pattern[str]:
        patterns = raw.get(key) or []
        for p in patterns:
            re.compile(p)  # a bad pattern fails here, naming itself
        joined = "|".join(f"(?:{p})" for p in patterns) or "(?!)"
        return re.compile(joined, re.IGNORECASE)

    return Boilerplate(edge=compile_all("edge"), anywhere=compile_all("anywhere"))


@functools.lru_cache(maxsize=2)
def _word_list(name: str) -> frozenset[str]:
    text = resources.files("multivector.ingest").joinpath(f"data/{name}").read_text("utf-8")
    return frozenset(
        w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")
    )


def english_function_words() -> frozenset[str]:
    """The bundled English function-word list."""
    return _word_list("english_function_words.txt")


def other_function_words() -> frozenset[str]:
    """Frequent function words of other Latin-script languages (none of them English)."""
    return _word_list("other_function_words.txt") - english_function_words()


def decode(data: bytes) -> str:
    """Decode UTF-8, or UTF-16/UTF-32 with a byte-order mark; refuse binary data and other
    encodings. Terminal escape sequences and control characters (but tabs and line breaks)
    are removed from the text (:func:`clean_text`)."""
    if not data.strip():
        raise InputError("empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as e:
                raise InputError(
                    f"not valid {encoding.upper()} (it starts with that byte-order mark; invalid "
                    f"bytes at offset {e.start + len(bom)})"
                ) from None
            break
    else:
        head = data[:8192]
        if b"\x00" in head:
            raise InputError("binary file (contains NUL bytes)" + _utf16_hint(head))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(
                f"not UTF-8 (invalid byte 0x{data[e.start]:02x} at offset {e.start}); "
                "convert it first, e.g. `iconv -f latin1 -t utf-8`"
            ) from None
    text = _ANSI_RE.sub("", text)
    sample = text[:8192]
    if sample and len(_CONTROL_RE.findall(sample)) / len(sample) > 0.05:
        raise InputError("binary file (too many control characters)")
    text = clean_text(text)
    if not text.strip():
        raise InputError("empty")
    return text


def _utf16_hint(head: bytes) -> str:
    """A hint when NUL bytes sit where UTF-16 text without a byte-order mark has them."""
    even, odd = head[0::2], head[1::2]
    if not odd:
        return ""
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        encoding = "UTF-16LE"
    elif even_nul > 0.3 and odd_nul < 0.05:
        encoding = "UTF-16BE"
    else:
        return ""
    return (
        f"; it looks like {encoding} text without a byte-order mark: convert it first, "
        f"e.g. `iconv -f {encoding} -t utf-8`"
    )


def clean_text(text: str, repair: bool = True) -> str:
    """Repair text decoded in the wrong encoding (mojibake, by ftfy; not with ``repair`` off, for
    text cut from a page already repaired), and remove terminal escape sequences, control
    characters and invisible word-splitting characters (zero-width spaces, soft hyphens), keeping
    tabs and line breaks (vertical tab and form feed become newlines). Offsets of events refer to
    the cleaned text."""
    # escape sequences first: ftfy would read an 8-bit CSI as a Windows-1252 character
    text = _ANSI_RE.sub("", text)
    if repair:
        text = ftfy.fix_text(text, _MOJIBAKE_ONLY)
    if text.isprintable():
        return text
    text = _INVISIBLE_RE.sub("", text)
    return _STRIP_RE.sub("", text.replace("\x0b", "\n").replace("\x0c", "\n"))


def check_text(text: str, check_language: bool = True) -> str:
    """Return ``text`` if it is usable; raise :class:`InputError` if empty or not English."""
    if not text.strip():
        raise InputError("empty text")
    if check_language:
        ratios = language_ratios(text)
        if ratios is not None:
            english, other = ratios
            # Few English function words alone is not enough: short, name-heavy English news
            # has few too. Refuse when another language's words outnumber them, or when
            # there are almost none (another script).
            if english < MIN_ENGLISH_RATIO and (other > english or english < MIN_ANY_ENGLISH):
                raise InputError(
                    f"does not look like English ({english:.0%} English function words, "
                    f"{other:.0%} of other languages'); multivector codes English text only"
                )
    return text


def language_ratios(text: str) -> tuple[float, float] | None:
    """Shares of lower-case words that are English / other languages' function words.

    None if the text is too short to judge. Capitalised words are left out: news is dense
    with names, which say nothing about the language.
    """
    words = _WORD_RE.findall(text[:LANGUAGE_SAMPLE_CHARS])
    lower = [w for w in words if w.islower()]
    if len(words) < MIN_WORDS_FOR_LANGUAGE or len(lower) < MIN_WORDS_FOR_LANGUAGE // 2:
        return None
    en, other = english_function_words(), other_function_words()
    return sum(w in en for w in lower) / len(lower), sum(w in other for w in lower) / len(lower)


def english_ratio(text: str) -> float | None:
    """Share of lower-case words that are English function words; None if too short to judge."""
    ratios = language_ratios(text)
    return None if ratios is None else ratios[0]


class _Lines(Sequence[str]):
    """The lines of a text, each sliced out when asked for: a long text is never held twice
    as a list of lines (a 50 MB document would cost several hundred MB)."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.text, self.spans = text, spans

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self.text[a:b] for a, b in self.spans[i]]
        a, b = self.spans[i]
        return self.text[a:b]


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, a = [], 0
    while True:
        b = text.find("\n", a)
        if b < 0:
            spans.append((a, len(text)))
            return spans
        spans.append((a, b))
        a = b + 1


def strip_boilerplate(text: str, patterns: Boilerplate | None = None) -> str:
    """Remove page chrome: chrome lines at the start and end, and unmistakable chrome anywhere.

    A text with nothing to remove comes back as the same string object (no copy)."""
    bp = patterns or boilerplate()
    every = _line_spans(text)
    spans = [(a, b) for a, b in every if not (text[a:b].strip() and bp.is_anywhere(text[a:b]))]
    lines = _Lines(text, spans)

    start = 0
    while start < len(lines) and (not lines[start].strip() or bp.is_edge(lines[start])):
        start += 1
    end = len(lines)
    while end > start:
        line = lines[end - 1]
        if not line.strip() or bp.is_edge(line):
            end -= 1
        elif looks_like_title(line) and _chrome_above(lines, start, end - 1, bp):
            # a page title repeated inside a trailing chrome block ("User comments: / <title>")
            end -= 1
        else:
            break
    if start >= end:
        return ""
    if len(spans) == len(every):  # nothing removed inside: one slice (the text itself if whole)
        kept = text[spans[start][0] : spans[end - 1][1]]
    else:
        kept = "\n".join(lines[start:end])
    return kept.strip("\n")


def _chrome_above(lines: Sequence[str], start: int, i: int, bp: Boilerplate) -> bool:
    j = i - 1
    while j >= start and not lines[j].strip():
        j -= 1
    return j >= start and bp.is_edge(lines[j])


def looks_like_title(line: str) -> bool:
    """A short line without sentence-final punctuation, e.g. ``Kazakhstan - Foreign policy``."""
    s = line.strip()
    if not s or len(s) > 150 or len(s.split()) > 16:
        return False
    return s[-1] not in ".!?;,:" and any(c.isalpha() for c in s)


def text_title(text: str) -> str | None:
    """The first line of a plain text if it looks like a title and is followed by more text."""
    # searched, not sliced: a long document must not be copied to find its first line
    begin = _NON_SPACE.search(text)
    if begin is None:
        return None
    end = text.find("\n", begin.start())
    if end < 0:
        return None
    first = text[begin.start() : end]
    if _NON_SPACE.search(text, end) and looks_like_title(first):
        return first.strip()
    return None


def normalise_date(value: object) -> str:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM...`` -> ``YYYY-MM-DD``; raise InputError otherwise."""
    if not isinstance(value, str):
        raise InputError(f"invalid date {value!r}: expected a string YYYY-MM-DD")
    m = _DATE_RE.fullmatch(value.strip())
    if not m:
        raise InputError(f"invalid date {value!r}: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    day = PartialDate.parse(f"{m[1]}-{m[2]}-{m[3]}")
    if day is None:
        raise InputError(f"invalid date {value!r}: no such day")
    return day.iso
