from __future__ import annotations

import pytest

from rasd.text.clitics import analyze, candidates


@pytest.mark.parametrize(
    ("word", "prefix", "stem", "suffix"),
    [
        ("وبالتحالف", "وبال", "تحالف", ""),
        ("والعراق", "وال", "عراق", ""),
        ("للتحالف", "لل", "تحالف", ""),
        ("لسوريا", "ل", "سوريا", ""),
        ("بسوريا", "ب", "سوريا", ""),
        ("وأكد", "و", "اكد", ""),
        ("ترحيبه", "", "ترحيب", "ه"),
        ("اجتماعنا", "", "اجتماع", "نا"),
        ("بانضمام", "ب", "انضمام", ""),
        ("سيعقد", "س", "يعقد", ""),
        ("وفرنسا", "و", "فرنسا", ""),
    ],
)
def test_splits(word: str, prefix: str, stem: str, suffix: str) -> None:
    a = analyze(word)
    assert (a.prefix, a.stem, a.suffix) == (prefix, stem, suffix)


@pytest.mark.parametrize(
    "word",
    [
        "بغداد",
        "لبنان",
        "بيروت",
        "كركوك",
        "بريطانيا",
        "فلسطين",
        "وزير",
        "وزارة",
        "كارلوس",
        "سيلفا",
        "الله",
        "إلى",
        "فيينا",
        "متهم",
    ],
)
def test_guard_keeps_words_whole(word: str) -> None:
    a = analyze(word)
    assert not a.split, a


def test_candidates_find_lexicon_forms() -> None:
    assert "سوريا" in candidates("لسوريا")
    assert "العراق" in candidates("والعراق")
    assert "التحالف" in candidates("للتحالف")
    assert "استضافة" in candidates("استضافتها")
    assert candidates("بغداد")[0] == "بغداد"
