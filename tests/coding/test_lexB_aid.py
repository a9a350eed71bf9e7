"""Root 07 (provide aid) in the event dictionary: debts forgiven and money injected (071),
weapons and advisers supplied by any verb of handing over (072), relief handed out and refugees
taken in or sheltered in camps (073), peacekeepers placed, mandates extended and ships escorted
(074), asylum provided (075), aid channelled or stepped up (070). Sentences are written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 071: debt relief and money paid in, whatever the verb
        ("Kuwait forgave Iraq's arrears in 2019.", "071"),
        ("The Paris Club cancelled Ghana's debt in 2005.", "071"),
        ("Saudi Arabia injected two billion dollars into Pakistan's central bank.", "071"),
        ("The European Union bailed out Portugal in 2011.", "071"),
        # 072: arms and military advisers
        ("Iran supplied the Houthi rebels with missiles.", "072"),
        ("Moscow furnished the Syrian army with howitzers.", "072"),
        ("The United States sent military advisers to Niger.", "072"),
        ("Belgium smuggled rifles to the rebels in Katanga.", "072"),
        # 073: relief handed out, refugees taken in
        ("Turkey took in three million Syrian refugees.", "073"),
        ("The Red Cross rushed blankets to Aleppo.", "073"),
        ("Malaysia handed out rice to Rohingya families in Myanmar.", "073"),
        # 074: peacekeepers, mandates, escorts
        ("The Security Council extended the mandate of the UN mission in Lebanon.", "074"),
        ("Ghana stationed peacekeepers in Lebanon.", "074"),
        ("French warships escorted the tankers through the Strait of Hormuz.", "074"),
        # 075 and 070
        ("Ecuador provided asylum to Julian Assange.", "075"),
        ("Norway channelled aid to the Palestinian Authority.", "070"),
        ("Germany stepped up aid to Jordan.", "070"),
        ("Sweden contributed aid to Yemen.", "070"),
        # shelter set up for people fleeing
        ("Uganda built a relief camp for Congolese families.", "073"),
    ],
)
def test_aid_through_the_coder(coder, text, expected):
    codes = {e.cameo for e in coder.code_text(text)}
    assert expected in codes, (text, codes)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a promise or an offer is no delivery; a debt paid back is not forgiven
        "Japan promised to write off the debts of Laos.",
        "Brazil repaid its debt to the IMF in 2005.",
    ],
)
def test_no_aid_where_none_was_given(coder, text):
    codes = {e.cameo for e in coder.code_text(text)}
    assert not codes & {"070", "071", "072", "073", "074", "075"}, (text, codes)
