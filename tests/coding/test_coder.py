"""The coder's document handling: long documents, bad sentences, order."""

from __future__ import annotations

import pytest

from multivector.coding.coder import Coder, split_text
from multivector.model import Document, DocumentProblem


def test_split_text_keeps_every_character():
    text = ("Para one. " * 30 + "\n\n") * 20
    pieces = split_text(text, 500)
    assert "".join(pieces) == text
    assert all(len(p) <= 500 for p in pieces)
    assert all(p.endswith("\n\n") for p in pieces[:-1])


@pytest.mark.slow
def test_long_document_is_parsed_in_pieces_with_exact_offsets(coder):
    small = Coder(nlp=coder.nlp, dictionaries=coder.dictionaries, max_chunk=300)
    para = "Kazakhstan signed an agreement with China. Russia criticized Estonia.\n\n"
    text = para * 12
    [coded] = list(small.code_documents([Document(id="long", text=text)]))
    assert coded.problem is None
    assert len([e for e in coded.events if e.cameo == "057"]) == 12
    for e in coded.events:
        s0, s1 = e.to_dict()["spans"]["source"]
        assert text[s0:s1] == e.source.text


@pytest.mark.slow
def test_problems_keep_their_place_in_the_stream(coder):
    items = [
        Document(id="a", text="Kazakhstan signed an agreement with China."),
        DocumentProblem("bad.txt", "binary"),
        Document(id="b", text="Russia criticized Estonia."),
    ]
    out = list(coder.code_documents(items, batch_size=2))
    assert [c.document.id for c in out] == ["a", "bad.txt", "b"]
    assert out[1].problem is not None and out[0].events and out[2].events


@pytest.mark.slow
def test_a_failing_sentence_does_not_stop_the_document(coder, monkeypatch):
    calls = {"n": 0}
    original = coder.extractor.code_sentence

    def flaky(sent, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("boom")
        return original(sent, *args, **kwargs)

    monkeypatch.setattr(coder.extractor, "code_sentence", flaky)
    [coded] = list(coder.code_documents([Document(id="x", text="Iran rejected the plan. Russia criticized Estonia.")]))
    assert coded.problem is None
    assert [e.cameo[:2] for e in coded.events] == ["11"]
