"""A speaker's allies, partners or neighbours are not the speaker's own country: unnamed, they
give no target (coding/relations.py); named beside the possessive, they are the ones named.

The sentences are written for these tests.
"""

from __future__ import annotations

from coding_helpers import event_triples as _events


def test_our_allies_is_not_the_speakers_country(rules_coder):
    text = '"We will stand by our allies in the Baltic," the Swedish prime minister said.'
    found = _events(rules_coder, text)
    assert found and all(src.startswith("SWE") for src, _, _ in found)
    assert not any(tgt and tgt.startswith("SWE") for _, tgt, _ in found)


def test_thanking_our_partners_names_no_one(rules_coder):
    text = '"I want to thank our partners," the Finnish president said.'
    assert not any(tgt and tgt.startswith("FIN") for _, tgt, _ in _events(rules_coder, text))


def test_named_partners_are_the_target(rules_coder):
    text = '"We thank our Japanese partners," the Australian foreign minister said.'
    assert ("AUSGOV", "JPN", "051") in _events(rules_coder, text)
