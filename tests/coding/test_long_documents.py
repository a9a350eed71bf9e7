"""A long document is coded piece by piece with the same result as a short one."""

from __future__ import annotations

import pytest

from multivector.coding.coder import split_text
from multivector.model import Document
from multivector.samples import sample_paths


@pytest.mark.slow
def test_pieces_keep_offsets_ids_and_events(coder):
    text = "\n\n".join(
        p.read_text(encoding="utf-8")
        for p in sample_paths()
        if p.suffix == ".txt" and "not-english" not in p.name
    )
    doc = Document(id="long", text=text, date="2001-06-01")
    whole = next(coder.code_documents([doc]))
    saved = coder.max_chunk
    coder.max_chunk = 700  # several pieces
    try:
        pieces = next(coder.code_documents([doc]))
    finally:
        coder.max_chunk = saved
    assert pieces.problem is None and len(text) > 3 * 700
    # a cut inside a paragraph may split a sentence the whole parse kept together
    n_pieces = len(split_text(text, 700))
    assert abs(pieces.n_sentences - whole.n_sentences) < n_pieces
    for start, end, sentence in pieces.sentences:
        assert text[start:end].strip() == sentence
    for e in pieces.events:
        start, end, sentence = pieces.sentences[e.sentence_id]
        assert sentence == e.sentence and e.sentence_start == start
        assert text[e.verb_span.start : e.verb_span.end].split()[0] == e.verb_text.split()[0]
        if e.source.span is not None and not e.source.coref:
            assert text[e.source.span.start : e.source.span.end] == e.source.text
    key = lambda e: (e.sentence, e.source.code, e.target.code if e.target else "", e.cameo)  # noqa: E731
    same = {key(e) for e in whole.events} & {key(e) for e in pieces.events}
    # a piece boundary may cut a coreference chain; nearly everything else is identical
    assert len(same) >= 0.9 * len({key(e) for e in whole.events})


@pytest.mark.slow
def test_a_sentence_listing_many_actors_is_cut_with_a_warning(coder, caplog):
    from multivector.coding.events import MAX_EVENTS_PER_SENTENCE

    sources = "Russia, China, Iran, Syria, Belarus, Cuba, Venezuela, Nicaragua, Eritrea and Laos"
    targets = (
        "Estonia, Latvia, Lithuania, Poland, Finland, Sweden, Norway, Denmark, Germany, France, "
        "Italy, Spain, Portugal, Austria, Hungary, Romania, Bulgaria, Greece, Croatia and Slovenia"
    )
    with caplog.at_level("WARNING"):
        events = coder.code_text(f"{sources} condemned {targets}.")
    assert len(events) == MAX_EVENTS_PER_SENTENCE  # 200 pairs found, cut
    assert "max_events_per_sentence" in caplog.text
    assert len(coder.code_text("Russia and China condemned Estonia and Latvia.")) == 4
