"""Agreements told of rather than made (rasd.events.mentions): a definite agreement or one that is the basis of
something else is an AGREE event marked ``background``, not counted as having happened; one reported made, by a
verb of making or with no article, stays factual. Sentences written for these tests, over the small test KB."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.events.test_events import code

from rasd.events.mentions import groups
from rasd.events.modality import is_factual


def agreement(text: str, kb_dir: Path) -> dict:
    _, events = code(text, kb_dir)
    (event,) = [e for e in events if e.get("type") == "AGREE"]
    assert [a.get("id") for a in event.get("target")] == ["Q796"]  # the agreement with Iraq, whichever reading
    return event.get("aux")


@pytest.mark.parametrize(
    "text",
    [
        "ودافع الوزير عن الاتفاق مع العراق.",  # the article
        "وأعلنت سوريا دعمها للاتفاق مع العراق.",  # أعلن governs دعمها, not the agreement
        "وانتقد الوزير اتفاق السعودية مع العراق.",  # a name in the genitive
        "وفتحت سوريا الحدود بموجب اتفاق مع العراق.",  # the basis of another act
        "وبناء على اتفاق مع العراق، فتحت سوريا الحدود.",
    ],
)
def test_an_agreement_told_of_is_background(text: str, kb_dir: Path) -> None:
    aux = agreement(text, kb_dir)
    assert aux["background"] and not is_factual(aux)


@pytest.mark.parametrize(
    "text",
    [
        "ووقعت سوريا الاتفاقية مع العراق أمس.",  # a verb of making before it, past its subject
        "وأعلنت سوريا أمس عن الاتفاق مع العراق.",  # أعلن عن: announced
        "وتم الاتفاق مع العراق على فتح الحدود.",  # تم + the verbal noun: it was agreed
        "ووقعت سوريا اتفاقا مع العراق.",  # no article: a new agreement
    ],
)
def test_an_agreement_reported_made_is_factual(text: str, kb_dir: Path) -> None:
    aux = agreement(text, kb_dir)
    assert not aux.get("background") and is_factual(aux)


def test_a_making_verb_before_a_comma_makes_nothing_after_it(kb_dir: Path) -> None:
    aux = agreement("ووقعت سوريا أمس مذكرات، وهاجم الوزير الاتفاق مع العراق.", kb_dir)
    assert aux["background"]


def test_verbs_are_read_in_their_inflections() -> None:
    makes = groups()["makes"]
    assert {"وقع", "وقعت", "يوقع", "توصلوا", "ابرمت", "تم", "يتم"} <= makes
    assert "اتفاق" in groups()["document"] and "بموجب" in groups()["basis"]


def test_an_agreement_welcomed_is_reported_through_its_reception(kb_dir: Path) -> None:
    aux = agreement("وأعرب التحالف الدولي عن ترحيبه بالاتفاق الشامل مع العراق.", kb_dir)
    assert not aux.get("background") and is_factual(aux)


def test_a_veto_named_as_a_right_is_no_veto_used(kb_dir: Path) -> None:
    def veto(text: str) -> dict:
        _, events = code(text, kb_dir)
        (event,) = [e for e in events if e.get("type") == "REJECT"]
        return event.get("aux")

    assert veto("ويحتاج الاتفاق إلى دعم محمي من حق النقض ضد العراق.")["background"]
    assert not veto("واستخدمت سوريا حق النقض ضد قرار العراق.").get("background")
