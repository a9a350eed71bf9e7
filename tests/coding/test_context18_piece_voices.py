"""context18: a long text is coded in pieces (Coder.max_chunk); who speaks survives the cut: a
quotation of several paragraphs open at the cut, a quotation the last prose paragraph before
the cut introduces, and the author a heading of the first piece names. The texts are written
for these tests; a small max_chunk makes them long."""

from __future__ import annotations

import pytest

from multivector.model import Document


def _events(coder, text: str) -> list[tuple[str, str | None, str, str]]:
    [coded] = list(coder.code_documents([Document(id="t", text=text, date="2024-07-03")]))
    return [
        (e.source.code, e.target.code if e.target else None, e.cameo, e.sentence[:12])
        for e in coded.events
    ]


def _cut_after(coder, monkeypatch: pytest.MonkeyPatch, text: str, para: int) -> list:
    """The events of ``text`` coded whole and in pieces cut after its paragraph ``para``."""
    whole = _events(coder, text)
    cut = sum(len(p) + 2 for p in text.split("\n\n")[: para + 1])
    monkeypatch.setattr(coder, "max_chunk", cut)
    return [whole, _events(coder, text)]


def test_a_quotation_open_at_the_cut_keeps_its_speaker(rules_coder, monkeypatch):
    text = (
        'The Estonian foreign minister said on Monday: "We condemn the Russian strikes on Ukraine.'
        '\n\n"We will send more weapons to Ukraine and we condemn the Russian attacks on Kyiv."'
    )
    whole, pieces = _cut_after(rules_coder, monkeypatch, text, 0)
    assert ("ESTGOV", "UKR", "0332", '"We will sen') in pieces
    assert pieces == whole


def test_a_quotation_introduced_before_the_cut_is_the_introduced_speaker(rules_coder, monkeypatch):
    text = (
        "The Estonian foreign minister spoke to parliament on Monday. The following is the text "
        'of his speech.\n\n"We condemn the Russian attacks on Kyiv."'
    )
    _whole, pieces = _cut_after(rules_coder, monkeypatch, text, 0)
    assert ("ESTGOV", "RUS", "111", '"We condemn ') in pieces


def test_the_author_of_a_heading_speaks_in_later_pieces(rules_coder, monkeypatch):
    text = (
        "Statement by the Ministry of Foreign Affairs of Estonia\n\n"
        "The ministry notes the events of the weekend.\n\n"
        "We condemn the Russian attacks on Kyiv."
    )
    whole, pieces = _cut_after(rules_coder, monkeypatch, text, 1)
    assert ("ESTGOV", "RUS", "111", "We condemn t") in pieces
    assert pieces == whole


def test_an_unattributed_quotation_after_the_journalists_prose_stays_nobodys(
    rules_coder, monkeypatch
):
    text = (
        "Russian missiles struck Kyiv on Monday. Several buildings were damaged.\n\n"
        '"We condemn the attacks on Kyiv."'
    )
    _whole, pieces = _cut_after(rules_coder, monkeypatch, text, 0)
    assert not any(e[3].startswith('"We') for e in pieces)


def test_a_company_introduced_before_the_cut_keeps_its_country(rules_coder, monkeypatch):
    text = (
        "Kyrgyzstan seized the mine of its Canadian owner, Northfield Gold, on Monday.\n\n"
        "Northfield Gold accused Kyrgyzstan of theft. The company sued the Kyrgyz government."
    )
    whole, pieces = _cut_after(rules_coder, monkeypatch, text, 0)
    assert ("CANBUS", "KGZ", "1121", "Northfield G") in pieces
    assert ("CANBUS", "KGZGOV", "115", "The company ") in pieces
    assert pieces == whole


def test_the_focus_country_of_the_lead_reaches_the_later_pieces(rules_coder, monkeypatch):
    text = (
        "BISHKEK - Kyrgyzstan closed its border with Uzbekistan on Monday. Kyrgyzstan said the "
        "closure would last a week.\n\nThe government accused Uzbekistan of smuggling weapons."
    )
    whole, pieces = _cut_after(rules_coder, monkeypatch, text, 0)
    assert ("KGZGOV", "UZB", "112", "The governme") in pieces  # not Uzbekistan's government
    assert pieces == whole
