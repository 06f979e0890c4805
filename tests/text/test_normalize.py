from __future__ import annotations

from rasd.text.normalize import Options, arabic_ratio, norm, normalize


def test_letter_folds() -> None:
    assert norm("أحمد إبراهيم آمال ٱلله") == "احمد ابراهيم امال الله"
    assert norm("مصطفى") == "مصطفي"
    assert norm("الحكومة") == "الحكومة"  # ta marbuta kept by default
    assert norm("الحكومة", ta_marbuta=True) == "الحكومه"
    assert norm("بنّاءً ومثمراً") == "بناء ومثمرا"
    assert norm("ســـوريا") == "سوريا"
    assert norm("٢٠٢٦/٠٢/١٠ و۱۴۴۷") == "2026/02/10 و1447"
    assert norm("CNN") == "cnn"


def test_invisible_quotes_and_presentation_forms() -> None:
    assert norm("سو\u200cريا\u200f") == "سوريا"
    assert norm("“داعش” «قسد» ‘x’ „y‟") == '"داعش" "قسد" \'x\' "y"'
    assert norm("\ufefb") == "لا"  # lam-alef ligature
    assert norm("ﺳﻮﺭﻳﺎ") == "سوريا"


def test_offset_map_points_back_to_original() -> None:
    original = "قال: «إنّ سُوريا ﻻ تُريد»"
    n = normalize(original)
    assert n.text == 'قال: "ان سوريا لا تريد"'
    start = n.text.index("سوريا")
    s, e = n.to_original(start, start + len("سوريا"))
    assert original[s:e] == "سُوريا"
    # a ligature expanded to two letters maps back to the one original character
    lstart = n.text.index("لا")
    s, e = n.to_original(lstart, lstart + 2)
    assert original[s:e] == "ﻻ"
    # a trailing diacritic belongs to the word it follows
    s, e = n.to_original(n.text.index("ان"), n.text.index("ان") + 2)
    assert original[s:e] == "إنّ"
    assert n.from_original(s, e) == (n.text.index("ان"), n.text.index("ان") + 2)


def test_options_can_be_turned_off() -> None:
    n = normalize("أحمد", Options(alef=False))
    assert n.text == "أحمد"


def test_arabic_ratio() -> None:
    assert arabic_ratio("سوريا") == 1.0
    assert arabic_ratio("Syria") == 0.0
    assert 0.4 < arabic_ratio("سوريا Syria") < 0.6
