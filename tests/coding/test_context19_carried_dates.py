"""context19: a date of a clause of saying dates the saying only; the sentences after one that
gives an act's date and the date of its report take the act's date; a sentence giving only the
start of a period keeps the date carried from before; an announced act stated in the past with
no date of its own takes the previous sentence's date. The texts are written for these tests."""

from __future__ import annotations

from multivector.model import Document


def _events(coder, text: str, date: str):
    [coded] = list(coder.code_documents([Document(id="t", text=text, date=date)]))
    return coded.events


def test_the_saying_date_does_not_date_the_firing(rules_coder):
    text = (
        "On Friday, rioters set fire to the town hall in Zhanaozen. Kazakh police fired on the "
        "crowd, and the government said on Sunday that ten people had died."
    )
    events = _events(rules_coder, text, "2011-12-19")
    firing = [e for e in events if e.cameo.startswith("17") or e.cameo.startswith("19")]
    assert firing and all(str(e.date) == "2011-12-16" for e in firing)  # Friday, not Sunday


def test_the_narrative_passes_the_acts_date_not_the_reports(rules_coder):
    text = (
        "Uzbek troops killed hundreds of protesters in Andijan on 13 May, a human rights group "
        "said in a report released on Tuesday. The violence began at night, when armed men "
        "stormed the city prison."
    )
    events = _events(rules_coder, text, "2005-06-07")
    storming = [e for e in events if e.to_dict().get("verb") == "stormed"]
    assert storming and all(str(e.date) == "2005-05-13" for e in storming)


def test_a_report_dates_its_own_accusation(rules_coder):
    text = (
        "Fighting went on near the town in April. A report by UN experts, circulated to council "
        "members last week, accused Rwanda of arming the rebels."
    )
    events = _events(rules_coder, text, "2012-11-20")
    accusations = [e for e in events if e.cameo.startswith("112")]
    assert accusations and all(str(e.date) == "2012-11-13" for e in accusations)


def test_a_period_alone_keeps_the_carried_date(rules_coder):
    text = (
        "On Sunday, ECOWAS leaders gave Niger's junta a week to restore the president. ECOWAS "
        "demanded the release of Niger's president, who has been detained since Wednesday. In a "
        "statement on television, the junta accused ECOWAS of planning an invasion."
    )
    events = _events(rules_coder, text, "2023-07-31")
    demand = [e for e in events if e.cameo.startswith("1053")]
    accusation = [e for e in events if e.cameo.startswith("112")]
    assert demand and all(str(e.date) == "2023-07-30" for e in demand)
    assert accusation and all(str(e.date) == "2023-07-30" for e in accusation)


def test_an_announced_refusal_stated_in_the_past_takes_the_previous_date(rules_coder):
    text = (
        "In a statement on Saturday, Kenya accused Somalia of selling oil blocks. The minister "
        "also said Kenya would not cede an inch of its territory to Somalia."
    )
    events = _events(rules_coder, text, "2019-02-18")
    refusal = [e for e in events if e.cameo.startswith("12")]
    assert refusal and all(str(e.date) == "2019-02-16" for e in refusal)


def test_an_interval_counts_from_the_day_just_told(rules_coder):
    text = (
        "On Wednesday, Pakistani jets bombed targets in Kashmir. That raid came a day after "
        "Indian warplanes struck a camp in Pakistan."
    )
    events = _events(rules_coder, text, "2019-03-01")
    strikes = [e for e in events if e.to_dict().get("verb") == "struck"]
    assert strikes and all(str(e.date) == "2019-02-26" for e in strikes)  # Wednesday 27th - 1


def test_a_day_and_month_told_before_with_its_year_keep_that_year(rules_coder):
    text = (
        "Investigators said on Monday that the army's operations began after rebel attacks on "
        "25 August 2017. The rebels attacked thirty police posts in Rakhine on 25 August, the "
        "report notes."
    )
    events = _events(rules_coder, text, "2018-08-27")
    attacks = [e for e in events if e.to_dict().get("verb") == "attacked"]
    assert attacks and all(str(e.date) == "2017-08-25" for e in attacks)


def test_yesterday_at_a_quotations_start_is_a_date(rules_coder):
    text = (
        "The president spoke to the nation. \"Yesterday residents of Batken gathered in the "
        "central square and demanded protection. I hear you.\""
    )
    events = _events(rules_coder, text, "2022-09-17")
    rallies = [e for e in events if e.cameo.startswith("14")]
    assert rallies and all(str(e.date) == "2022-09-16" for e in rallies)
