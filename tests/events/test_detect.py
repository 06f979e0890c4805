"""The PROTEST detector's crowd features: Arabic case endings tell whether the protesters act in the sentence
(a report of the protest) or are only governed by it (a speech before them, force used on them)."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.events import detect
from rasd.text.stage import TextStage


def _features(text: str, typ: str = "PROTEST") -> dict[str, float]:
    doc = TextStage()(Document(text))
    found = detect.sentence_features(doc, doc.layer("sentences")[0], typ)
    assert found is not None, f"no {typ} trigger found in {text!r}"
    return found


@pytest.mark.parametrize(
    "text",
    [
        "وأغلق المتظاهرون الطريق الرئيسي في المدينة احتجاجا على قرار الحكومة",  # nominative -ون
        "ورشق مئات المتظاهرين قوات الشرطة بالحجارة في وسط العاصمة",  # a count heading the crowd
        "وخرج الآلاف من المحتجين إلى الشوارع أمس",  # count, then من
    ],
)
def test_the_crowd_as_actor(text: str) -> None:
    f = _features(text)
    assert f["crowd_subject"] == 1.0 and f["crowd_governed"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "وألقى الوزير كلمة أمام آلاف المتظاهرين في الساحة",  # a count, itself after a preposition
        "وفرقت الشرطة المتظاهرين بالغاز المسيل للدموع",  # the crowd as the object of force
        "وقدم الوزير استقالته إثر وفاة متظاهرين في مواجهات مع الشرطة",  # their deaths
    ],
)
def test_the_crowd_governed(text: str) -> None:
    f = _features(text)
    assert f["crowd_subject"] == 0.0 and f["crowd_governed"] == 1.0


def test_no_crowd_and_no_crowd_features_for_assault() -> None:
    f = _features("ونظمت النقابات مظاهرة أمس في العاصمة")
    assert f["crowd_subject"] == 0.0 and f["crowd_governed"] == 0.0
    assault = _features("وقتل ثلاثة أشخاص بينهم متظاهرون في هجوم على سوق أمس", "ASSAULT")
    assert "crowd_subject" not in assault  # the ASSAULT model never saw them


def test_the_shipped_detector_uses_them_the_way_the_language_does() -> None:
    weights = detect._weights()["types"]["PROTEST"]["weights"]
    assert weights["crowd_subject"] > 0 > weights["crowd_governed"]
    acting = "وأغلق المتظاهرون الطريق الرئيسي في المدينة أمس احتجاجا على قرار الحكومة"
    governed = "وفرقت الشرطة المتظاهرين في المدينة أمس احتجاجا على قرار الحكومة"
    p_acting = detect.probability(_features(acting), "PROTEST", acting)
    p_governed = detect.probability(_features(governed), "PROTEST", governed)
    assert p_acting is not None and p_governed is not None and p_acting > p_governed


def test_a_conjunction_on_a_short_governor() -> None:
    # وضد، ومع: three letters with the و; the governor is still read
    assert detect.crowd_features(["قالت", "الشرطة", "وضد", "المتظاهرين"])["crowd_governed"] == 1.0
    assert detect.crowd_features(["وقف", "الجنود", "ومع", "المتظاهرين"])["crowd_governed"] == 1.0


def test_fire_opened_with_its_subject_between_makes_an_attack_candidate() -> None:
    doc = TextStage()(Document("وفتح مسلحون مجهولون النار على دورية للشرطة في المدينة أمس"))
    assert detect.sentence_features(doc, doc.layer("sentences")[0], "ASSAULT") is not None
    # النار alone, or set (أشعل) rather than opened, is no attack
    doc = TextStage()(Document("وأشعل المحتجون النار على الطريق الرئيسي في المدينة"))
    assert detect.sentence_features(doc, doc.layer("sentences")[0], "ASSAULT") is None
