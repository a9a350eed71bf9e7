"""A small hand-built knowledge base for the web and QA tests (our own sentences and codes)."""

from __future__ import annotations

from multivector.model import Actor, CodedDocument, Document, Event, Span

TEXT = (
    "Notes on Central Asian diplomacy\n\n"
    "President Tokayev met Xi Jinping in Beijing in 2019. "
    "Kazakhstan and China signed a pipeline agreement in 2013. "
    "Nazarbayev visited Turkey and Iran. "
    "The Kazakh parliament ratified the Nonproliferation Treaty in 1993. "
    "Russia criticized Kazakhstan over its tariffs in 1999."
)

# (sentence, source (text, code, country), verb, target (text, code, country) | None,
#  cameo, plover, quad, goldstein, date, object)
ROWS = [
    ("President Tokayev met Xi Jinping in Beijing in 2019.", ("Tokayev", "KAZGOV", "KAZ"), "met",
     ("Xi Jinping", "CHNGOV", "CHN"), "036", "CONSULT", 1, 4.0, "2019", None),
    ("Kazakhstan and China signed a pipeline agreement in 2013.", ("Kazakhstan", "KAZ", "KAZ"),
     "signed", ("China", "CHN", "CHN"), "057", "AGREE", 1, 8.0, "2013", "pipeline agreement"),
    ("Nazarbayev visited Turkey and Iran.", ("Nazarbayev", "KAZGOV", "KAZ"), "visited",
     ("Turkey", "TUR", "TUR"), "042", "CONSULT", 1, 1.9, None, None),
    ("Nazarbayev visited Turkey and Iran.", ("Nazarbayev", "KAZGOV", "KAZ"), "visited",
     ("Iran", "IRN", "IRN"), "042", "CONSULT", 1, 1.9, None, None),
    ("The Kazakh parliament ratified the Nonproliferation Treaty in 1993.",
     ("Kazakh parliament", "KAZLEG", "KAZ"), "ratified", None, "057", "AGREE", 1, 8.0, "1993",
     "Nonproliferation Treaty"),
    ("Russia criticized Kazakhstan over its tariffs in 1999.", ("Russia", "RUS", "RUS"),
     "criticized", ("Kazakhstan", "KAZ", "KAZ"), "111", "ACCUSE", 3, -2.0, "1999", None),
]


def seed_documents() -> list[CodedDocument]:
    """One document with six events whose spans point into its text."""
    sentences: list[tuple[int, int, str]] = []
    pos = 0
    for line in (["Notes on Central Asian diplomacy"] + sorted(
        {r[0] for r in ROWS}, key=TEXT.index
    )):
        start = TEXT.index(line, pos)
        sentences.append((start, start + len(line), line))
        pos = start + len(line)
    sid_of = {s[2]: i for i, s in enumerate(sentences)}
    events = []
    per_sentence: dict[int, int] = {}
    for sent, (stext, scode, sc), verb, tgt, cameo, plover, quad, gold, date, obj in ROWS:
        sid = sid_of[sent]
        base = sentences[sid][0]

        def span(word: str, base: int = base, sent: str = sent) -> Span:
            i = sent.index(word)
            return Span(base + i, base + i + len(word))

        index = per_sentence.get(sid, 0)
        per_sentence[sid] = index + 1
        events.append(
            Event(
                doc_id="notes-1",
                sentence_id=sid,
                sentence=sent,
                source=Actor(text=stext, code=scode, country=sc, span=span(stext)),
                target=Actor(text=tgt[0], code=tgt[1], country=tgt[2], span=span(tgt[0]))
                if tgt else None,
                cameo=cameo,
                plover=plover,
                quad_class=quad,
                goldstein=gold,
                rule=f"test-rule-{cameo}",
                verb_text=verb,
                verb_span=span(verb),
                object=obj,
                object_span=span(obj) if obj else None,
                date=date,
                date_precision="year" if date else None,
                date_source="text" if date else None,
                date_text=date,
                sentence_start=base,
                index=index,
            )
        )
    doc = Document(id="notes-1", text=TEXT, date="2020-01-15", title="Notes on Central Asian diplomacy")
    return [CodedDocument(document=doc, events=events, n_sentences=len(sentences), sentences=sentences)]


class KeywordCoder:
    """A stand-in for the spaCy coder in web tests: codes 'X met Y' sentences as 036."""

    COUNTRIES = {"Kazakhstan": "KAZ", "China": "CHN", "Russia": "RUS", "Mongolia": "MNG",
                 "Uzbekistan": "UZB", "Japan": "JPN"}

    def code_documents(self, documents, batch_size: int = 32):
        import re

        for doc in documents:
            events = []
            for m in re.finditer(r"(\w+) met (\w+)", doc.text):
                a, b = m.group(1), m.group(2)
                if a in self.COUNTRIES and b in self.COUNTRIES:
                    start = doc.text.rfind(".", 0, m.start()) + 1
                    end = doc.text.find(".", m.end())
                    end = len(doc.text) if end < 0 else end + 1
                    sent = doc.text[start:end].strip()
                    sstart = doc.text.index(sent, start)
                    events.append(Event(
                        doc_id=doc.id, sentence_id=0, sentence=sent,
                        source=Actor(a, self.COUNTRIES[a], self.COUNTRIES[a], Span(m.start(1), m.end(1))),
                        target=Actor(b, self.COUNTRIES[b], self.COUNTRIES[b], Span(m.start(2), m.end(2))),
                        cameo="036", plover="CONSULT", quad_class=1, goldstein=4.0, rule="kw-met",
                        verb_text="met", verb_span=Span(m.start(1) + len(a) + 1, m.start(2) - 1),
                        date=doc.date, sentence_start=sstart, index=len(events),
                    ))
            yield CodedDocument(document=doc, events=events, n_sentences=1,
                                sentences=[(0, len(doc.text), doc.text)])


PASSWORD = "correct horse battery"


def login(client, username: str, password: str = PASSWORD):
    """Log ``client`` in through the form, as a browser would."""
    client.get("/login")
    r = client.post(
        "/login",
        data={"username": username, "password": password, "next": "/",
              "csrf_token": client.cookies.get("mv_csrf")},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return r


def csrf(client) -> str:
    if not client.cookies.get("mv_csrf"):
        client.get("/")
    return client.cookies.get("mv_csrf")
