"""Generate a large synthetic JSON Lines news corpus for the throughput, ingest and scale benchmarks.

Each line is ``{"id", "date", "title", "text"}``; the text is a few sentences built from our
own templates over many actors, verbs and date expressions, with some event-free filler so
the coder also meets sentences it must not code. Deterministic for a given seed.

    python benchmarks/corpus.py --sentences 20000 --out /tmp/corpus.jsonl
    python benchmarks/corpus.py --sentences 1000 | head -3
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from typing import TextIO

COUNTRIES = [
    ("Kazakhstan", "Kazakh", "Astana"),
    ("Russia", "Russian", "Moscow"),
    ("China", "Chinese", "Beijing"),
    ("the United States", "American", "Washington"),
    ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("Tajikistan", "Tajik", "Dushanbe"),
    ("Turkmenistan", "Turkmen", "Ashgabat"),
    ("Iran", "Iranian", "Tehran"),
    ("Turkey", "Turkish", "Ankara"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Armenia", "Armenian", "Yerevan"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Ukraine", "Ukrainian", "Kyiv"),
    ("Belarus", "Belarusian", "Minsk"),
    ("Germany", "German", "Berlin"),
    ("France", "French", "Paris"),
    ("Japan", "Japanese", "Tokyo"),
    ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Afghanistan", "Afghan", "Kabul"),
    ("Mongolia", "Mongolian", "Ulaanbaatar"),
    ("South Korea", "South Korean", "Seoul"),
    ("Poland", "Polish", "Warsaw"),
]
ORGANISATIONS = [
    "the European Union",
    "NATO",
    "the United Nations",
    "the OSCE",
    "the Shanghai Cooperation Organisation",
    "the World Bank",
]
ROLES = ["government", "foreign minister", "president", "parliament", "army", "defence minister"]

# {a}/{b}: actors; {cap}: a capital of b; {when}: a date expression (may be empty).
EVENT_TEMPLATES = [
    "{a} signed an agreement with {b}{when}.",
    "{a} met with {b} in {cap}{when}.",
    "{a} visited {cap}{when}.",
    "{a} accused {b} of violating the ceasefire{when}.",
    "{a} criticised {b}{when} over its handling of the border dispute.",
    "{a} condemned {b}{when} for the attack on the convoy.",
    "{a} urged {b} to resume negotiations{when}.",
    "{a} called on {b} to release the detained journalists{when}.",
    "{a} threatened to impose sanctions on {b}{when}.",
    "{a} imposed sanctions on {b}{when}.",
    "{a} provided humanitarian aid to {b}{when}.",
    "{a} invested two billion dollars in {b}{when}.",
    "{a} praised {b} for its role in the talks{when}.",
    "{a} expelled two diplomats from {b}{when}.",
    "{a} protested to {b} about the arrest of its citizens{when}.",
    "{a} ratified a trade treaty with {b}{when}.",
    "{a} offered to mediate between {b} and its neighbours{when}.",
    "{a} rejected the proposal from {b}{when}.",
    "{a} agreed to cooperate with {b} on energy{when}.",
    "{a} hosted talks with {b}{when}.",
]
FILLER = [
    "Officials described the talks as constructive.",
    "The statement gave no further details.",
    "Markets in the region were calm.",
    "Analysts expect the discussions to continue next year.",
    "The weather delayed several flights.",
    "A spokesman declined to comment on the report.",
]
WHEN = [
    "",
    "",
    " on Monday",
    " on Tuesday",
    " yesterday",
    " last week",
    " last month",
    " in {month} {year}",
    " on {day} {month} {year}",
    " two years later",
    " the following year",
]
MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]


def _actor(rng: random.Random) -> tuple[str, str]:
    """(actor phrase, capital of its country or a default city)."""
    roll = rng.random()
    if roll < 0.12:
        return rng.choice(ORGANISATIONS), "Brussels"
    name, adj, cap = rng.choice(COUNTRIES)
    if roll < 0.55:
        return name, cap
    return f"the {adj} {rng.choice(ROLES)}", cap


def _when(rng: random.Random, year: int) -> str:
    w = rng.choice(WHEN)
    return w.format(month=rng.choice(MONTHS), year=rng.randint(1992, year), day=rng.randint(1, 28))


def documents(
    sentences: int, seed: int = 6, sentences_per_doc: tuple[int, int] = (3, 8)
) -> Iterator[dict[str, str]]:
    """Synthetic news items totalling ``sentences`` sentences."""
    rng = random.Random(seed)
    written = n = 0
    start = dt.date(1995, 1, 1)
    while written < sentences:
        n += 1
        date = start + dt.timedelta(days=rng.randint(0, 9000))
        k = min(rng.randint(*sentences_per_doc), sentences - written)
        out = []
        for _ in range(k):
            if rng.random() < 0.2:
                out.append(rng.choice(FILLER))
                continue
            a, _ = _actor(rng)
            b, cap = _actor(rng)
            while b.lower() == a.lower():
                b, cap = _actor(rng)
            s = rng.choice(EVENT_TEMPLATES).format(a=a, b=b, cap=cap, when=_when(rng, date.year))
            out.append(s[0].upper() + s[1:])
        written += k
        yield {
            "id": f"syn-{n:07d}",
            "date": date.isoformat(),
            "title": f"Regional news item {n}",
            "text": " ".join(out),
        }


def write_corpus(
    out: TextIO, sentences: int, seed: int = 6, sentences_per_doc: tuple[int, int] = (3, 8)
) -> int:
    """Write the corpus as JSON Lines; returns the number of documents."""
    n = 0
    for doc in documents(sentences, seed, sentences_per_doc):
        out.write(json.dumps(doc) + "\n")
        n += 1
    return n


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sentences", type=int, default=20_000, help="total sentences (default 20000)")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--out", default="-", help="output file (default: stdout)")
    args = ap.parse_args(argv)
    if args.out == "-":
        n = write_corpus(sys.stdout, args.sentences, args.seed)
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            n = write_corpus(f, args.sentences, args.seed)
    print(f"{n} documents, {args.sentences} sentences", file=sys.stderr)


if __name__ == "__main__":
    main()
