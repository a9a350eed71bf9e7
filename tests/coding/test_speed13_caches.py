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


def test_columns_are_the_tokens_own(rules_coder) -> None:
    first = rules_coder.nlp("The envoy visited Kabul and praised the truce.")
    second = rules_coder.nlp("Rebels shelled the envoy's convoy near Kabul.")
    for doc in (first, second):
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
