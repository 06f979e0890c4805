from __future__ import annotations

import pytest

from rasd.text.clitics import analyze, candidates, proclitic_length


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


def test_a_stem_ending_in_waw_alef_before_a_pronoun_is_a_noun_not_a_plural_verb() -> None:
    # a plural verb drops its alef before an object pronoun (دعوهم), so دعواهم is دعوى + هم, "their claim"
    assert "دعوا" not in candidates("دعواهم")
    assert "دعوى" in candidates("دعواهم")
    assert "شكوى" in candidates("شكواهم") and "شكوا" not in candidates("شكواهم")
    assert candidates("وقالوا")[-1] == "قالوا"  # the plural verb alone keeps its alef


@pytest.mark.parametrize(
    ("token", "cut"),
    [
        ("والعراق", 1),  # the conjunction; the article stays
        ("بالرئيس", 1),
        ("لتنظيم", 1),  # ل on a listed head word the analyzer keeps whole (no name itself)
        ("وبحركة", 2),  # conjunction and preposition
        ("بِالرئيس", 2),  # the preposition with its written kasra
        ("للحكومة", 0),  # ل + ال with its alef dropped: no article would be left
        ("وزير", 0),  # its own و
        ("لبنان", 0),  # a name that starts with ل
        ("بريطانيا", 0),
    ],
)
def test_proclitic_length_is_what_a_name_span_leaves_out(token: str, cut: int) -> None:
    assert proclitic_length(token) == cut


def test_proclitic_length_also_cuts_before_the_callers_own_head_words() -> None:
    # the event coder passes its actor nouns: لطائراته is ل + طائرات (with its pronoun)
    assert proclitic_length("لطائراته") == 0
    assert proclitic_length("لطائراته", frozenset({"طائرات"})) == 1
    assert proclitic_length("كطائرات", frozenset({"طائرات"})) == 0  # ك only before the NER's own head words
