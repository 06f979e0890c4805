"""The Actor type's JSON form (rasd.events.actor): what the events layer says of each side."""

from __future__ import annotations

from rasd.document import Span
from rasd.events.actor import Actor, distinct


def test_a_raw_actor_keeps_its_sector_country_and_count() -> None:
    text = "قتل خمسة جنود أتراك"
    a = Actor(9, 19, None, 2, 3, sector="MIL", country="TUR", count=(4, 8))
    d = a.to_dict(text)
    assert d["text"] == "جنود أتراك" and text[d["start"] : d["end"]] == d["text"]
    assert (d["id"], d["sector"], d["country"]) == (None, "MIL", "TUR")
    assert d["count"]["text"] == "خمسة"
    assert a.key == "raw:9"


def test_a_linked_actor_speaks_for_the_body_it_stands_for() -> None:
    text = "وزير الخارجية السوري"
    e = Span(0, len(text), "PER", {"id": "Q1", "stands_for": {"id": "Q2", "country": "SYR", "sector": "GOV"}})
    d = Actor(0, len(text), e, 0, 2).to_dict(text)
    assert (d["id"], d["country"], d["sector"], d["stands_for"]) == ("Q1", "SYR", "GOV", "Q2")
    assert Actor(0, len(text), e, 0, 2).key == "Q1"


def test_a_phrase_inside_another_is_the_same_actor() -> None:
    text = "مئات المتظاهرين والشرطة"
    crowd, inner, police = Actor(0, 15, None, 0, 1), Actor(5, 15, None, 1, 1), Actor(17, 23, None, 2, 2)
    assert text[crowd.start : crowd.end] == "مئات المتظاهرين" and text[police.start : police.end] == "الشرطة"
    assert distinct([inner, police, crowd]) == [police, crowd]


def test_actors_that_share_a_word_are_one_actor_named_by_the_longer() -> None:
    text = "خرج متظاهرون أفغان اول من امس"
    crowd, tagged = Actor(4, 18, None, 1, 2, sector="CVL"), Actor(13, 22, None, 2, 3)
    assert text[crowd.start : crowd.end] == "متظاهرون أفغان" and text[tagged.start : tagged.end] == "أفغان اول"
    assert distinct([tagged, crowd]) == [crowd]


def test_two_entities_in_one_span_both_stay_but_overlapping_phrases_do_not() -> None:
    syria = Span(0, 27, "ORG", {"id": "rasd:inst/syr-government-of-syria"})
    iraq = Span(0, 27, "ORG", {"id": "rasd:inst/irq-government-of-iraq"})
    both = [Actor(0, 27, syria, 0, 2), Actor(0, 27, iraq, 0, 2)]
    assert [a.entity.get("id") for a in distinct(both) if a.entity is not None] == [
        "rasd:inst/syr-government-of-syria",
        "rasd:inst/irq-government-of-iraq",
    ]
    inner = [Actor(0, 27, syria, 0, 2), Actor(10, 27, None, 1, 2)]  # a phrase inside another is the same actor
    assert len(distinct(inner)) == 1
