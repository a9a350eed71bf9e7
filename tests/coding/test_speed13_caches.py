"""speed13: the caches give what the uncached reads give (sentences written for these tests)."""

from __future__ import annotations

from multivector.coding.token_index import doc_text, release, token_index

TEXT = "Ministers met in Oslo on Monday.\n\nThe talks  ended without a deal ;  none signed."


def test_doc_text_is_the_docs_own_text(rules_coder) -> None:
    doc = rules_coder.nlp(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    release(doc)
    empty = rules_coder.nlp("")
    assert doc_text(empty) == empty.text == ""


def test_columns_read_through_the_shared_strings(rules_coder) -> None:
    first = rules_coder.nlp("The envoy visited Kabul and praised the truce.")
    second = rules_coder.nlp("Rebels shelled the envoy's convoy near Kabul.")
    for doc in (first, second):  # the second reads words the first already looked up
        ix = token_index(doc)
        assert ix.text == [t.text for t in doc]
        assert ix.lemma == [t.lemma_.lower() for t in doc]
        assert ix.dep == [t.dep_ for t in doc]
        assert ix.ent_type == [t.ent_type_ for t in doc]
        release(doc)


def test_coding_twice_gives_the_same_events(rules_coder) -> None:
    text = "On Monday Norway's foreign minister met Kenyan officials in Nairobi. He praised them."
    first = [e.to_dict() for e in rules_coder.code_text(text, date="2026-02-10")]
    second = [e.to_dict() for e in rules_coder.code_text(text, date="2026-02-10")]
    assert first == second
    assert first  # the meeting is coded


def test_a_full_string_table_starts_afresh(rules_coder, monkeypatch) -> None:
    from multivector.coding import token_index as module

    monkeypatch.setattr(module, "_STRINGS_MAX", 3)
    doc = rules_coder.nlp("Envoys from Chad and Niger signed a truce in Niamey.")
    ix = token_index(doc)
    assert ix.text == [t.text for t in doc]
    assert len(module._STRINGS) > 3  # the table this index filled
    release(doc)
    ix = token_index(doc)  # a fresh table: the words are looked up again
    assert ix.lower == [t.lower_ for t in doc]
    assert ix.dep == [t.dep_ for t in doc]
    release(doc)
