from __future__ import annotations

from rasd.text.segment import split_sentences, tokenize


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def toks(text: str) -> list[str]:
    return [text[t.start : t.end] for t in tokenize(text)]


def test_tokens_split_punctuation_and_keep_clitics() -> None:
    text = "وأكد الوزير، في بيان: «نرحب بانضمام سوريا»؟"
    assert toks(text) == ["وأكد", "الوزير", "،", "في", "بيان", ":", "«", "نرحب", "بانضمام", "سوريا", "»", "؟"]
    for t in tokenize(text):
        assert text[t.start : t.end].strip() == text[t.start : t.end]


def test_numbers_urls_and_latin() -> None:
    assert toks("بلغ 3.5% في 10/2/2026 الساعة 10:30") == ["بلغ", "3.5%", "في", "10/2/2026", "الساعة", "10:30"]
    assert toks("عبر https://x.com/a-b. ثم") == ["عبر", "https://x.com/a-b", ".", "ثم"]
    assert toks("قناة CNN's والـBBC") == ["قناة", "CNN's", "والـ", "BBC"]
    assert toks("٢٠٢٦ عضواً") == ["٢٠٢٦", "عضواً"]
    assert [t.kind for t in tokenize("قناة CNN 2026 .")] == ["word", "latin", "num", "punct"]
    assert toks("لـ”قسد”") == ["لـ", "”", "قسد", "”"]


def test_sentence_ends_and_arabic_punctuation() -> None:
    assert sents("هل انتهى الاجتماع؟ نعم انتهى. وبدأ آخر!") == ["هل انتهى الاجتماع؟", "نعم انتهى.", "وبدأ آخر!"]
    # comma, semicolon and colon do not end a sentence
    assert len(sents("قال الوزير: إن الوضع صعب، لكنه تحسن؛ وأضاف أنه متفائل.")) == 1


def test_abbreviations_and_decimals_do_not_end_sentences() -> None:
    assert sents("التقى د. أحمد بالوزير. ونما الاقتصاد 3.5 بالمئة.") == [
        "التقى د. أحمد بالوزير.",
        "ونما الاقتصاد 3.5 بالمئة.",
    ]


def test_quotes_keep_their_sentences_together() -> None:
    text = "وقال: «كان اجتماعنا مثمراً. ونؤكد دعمنا». ثم غادر."
    assert sents(text) == ["وقال: «كان اجتماعنا مثمراً. ونؤكد دعمنا».", "ثم غادر."]
    text2 = "قال «انتهى الأمر.» وغادر القاعة."
    assert sents(text2) == ["قال «انتهى الأمر.»", "وغادر القاعة."]


def test_a_plain_quotation_mark_left_open_does_not_swallow_the_sentences_after_it() -> None:
    # the mark before وزيرة is never closed: the one before يسرائيل opens a new quotation, it does not close that one
    text = 'وقالت منظمة "يوجد قانون" إن "وزيرة العدل تحاول الالتفاف. كتبت "يسرائيل هيوم" أن الرئيس زار "شانور". وقال "نحن هنا. ولن نرحل" ثم غادر.'
    assert sents(text) == [
        'وقالت منظمة "يوجد قانون" إن "وزيرة العدل تحاول الالتفاف.',
        'كتبت "يسرائيل هيوم" أن الرئيس زار "شانور".',
        'وقال "نحن هنا. ولن نرحل" ثم غادر.',
    ]


def test_paragraph_breaks_end_sentences() -> None:
    assert sents("عنوان بلا نقطة\n\nفقرة أولى\nفقرة ثانية.") == ["عنوان بلا نقطة", "فقرة أولى", "فقرة ثانية."]
