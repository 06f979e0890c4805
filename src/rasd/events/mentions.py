"""Is an agreement noun a report of an agreement made, or a mention of one already known?

News about an agreement names it again and again after the day it was reached: "دافع رينزي عن الاتفاق النووي
مع إيران", "بموجب اتفاق للشراكة بين الجانبين", "لتجنيدهم ضد الاتفاق". Coding each as an AGREE event that
happened floods the event data with one agreement re-counted in every article that discusses it, the
duplication GDELT is known for. Arabic marks the difference: an agreement being reported made is indefinite
(توصل الطرفان إلى اتفاق، اتفاق سعودي مصري على) or governed by a verb of making (وقعت الحكومة الاتفاق، تم
الاتفاق), while one told of is definite by its article, a genitive or a pronoun (الاتفاق النووي، اتفاق السلام،
اتفاقهما), or the basis or matter of something else (بموجب، في إطار، تنفيذ، خرق). A welcome of an agreement reports
it as news of the day (أعرب التحالف عن ترحيبه بالاتفاق الشامل). Such a mention stays an event
(its sides are worth knowing) marked ``background``, so it is not counted as factual.

The word lists are data (``data/events/mentions.tsv``), read once when first needed.
"""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache

from rasd.data import path as data_path
from rasd.events.lexicon import verb_forms
from rasd.events.words import TEMPORAL
from rasd.kb.match import Tok
from rasd.text.clitics import analyze, candidates
from rasd.text.normalize import norm

_GOVERNED_BY = frozenset({"عن", "علي"})  # أعلن عن، وافق على، صادق على
_WINDOW = 6


@lru_cache(maxsize=1)
def groups() -> dict[str, frozenset[str]]:
    """The word lists of mentions.tsv by group, normalized, verbs expanded to their inflections."""
    out: dict[str, set[str]] = {}
    with data_path("events", "mentions.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            group, _, forms = line.rstrip("\n").partition("\t")
            bucket = out.setdefault(group.strip(), set())
            for form in forms.split(","):
                past, bar, imperfect = form.strip().partition("|")
                bucket |= verb_forms(past, imperfect) if bar else {norm(past)}
    return {k: frozenset(v) for k, v in out.items()}


def _is(word: Tok, group: str) -> bool:
    forms = groups()[group]
    return word.norm in forms or any(f in forms for f in candidates(word.surface))


def _definite(words: list[Tok], t: int, last: int, named: Container[int]) -> bool:
    """With the article (الاتفاق، بالاتفاقية، للمعاهدة), a pronoun (اتفاقهما) or a genitive: a name (``named``: the
    words of the sentence's entities; اتفاق أوباما مع إيران) or a definite word that is no time word (اتفاق السلام،
    مذكرة التفاهم; not اتفاقا الأسبوع الماضي, whose ending shows it is not in construct)."""
    w = words[t]
    a = analyze(w.surface)
    if a.suffix or a.prefix.endswith(("ال", "لل")):
        return True
    if t + 1 > last or words[t + 1].punct_before.strip() or a.stem not in groups()["document"]:
        return False
    nxt = words[t + 1].norm
    return (nxt.startswith("ال") and nxt not in TEMPORAL) or t + 1 in named


def _made(words: list[Tok], t: int, first: int) -> bool:
    """A verb or verbal noun of making the agreement, or of welcoming it, before it in its clause: any of ``makes``
    or ``welcomes`` within six words; one of ``makes-near`` right before it, or anywhere in those six words when
    عن / على stands right before it (وأعلنت وزارة الخارجية عن الاتفاق; not أعلن الوزير دعمه للاتفاق, where أعلن
    governs دعمه)."""
    governed = t - 1 >= first and words[t - 1].norm in _GOVERNED_BY
    for k in range(t - 1, max(first, t - _WINDOW) - 1, -1):
        if words[k + 1].punct_before.strip():
            return False  # the clause begins at a comma or a stop
        near = _is(words[k], "makes-near") and (k == t - 1 or governed)
        if near or _is(words[k], "makes") or _is(words[k], "welcomes"):
            return True
    return False


def _used(words: list[Tok], t: int, first: int) -> bool:
    """A verb or verbal noun of using a veto within the four words before it, in its clause (استخدمت روسيا حق
    النقض، لجأت إلى الفيتو)."""
    for k in range(t - 1, max(first, t - 4) - 1, -1):
        if words[k + 1].punct_before.strip():
            return False
        if _is(words[k], "uses"):
            return True
    return False


def told_of(words: list[Tok], t: int, first: int, last: int, named: Container[int] = ()) -> bool:
    """Is the agreement noun at word t of the sentence [first, last] a mention of an agreement rather than a report
    of one made, or the veto there a right named rather than used? Only for the nouns of the ``document`` and
    ``veto`` groups; other triggers are never mentions here."""
    forms = candidates(words[t].surface)
    if any(f in groups()["veto"] for f in forms):
        return not _used(words, t, first)  # حق النقض، الفيتو: a right, used only by a verb of using it
    if not any(f in groups()["document"] for f in forms):
        return False
    before = words[t - 1] if t > first and not words[t].punct_before.strip() else None
    founded = before is not None and before.norm == "علي" and t - 2 >= first
    founded = founded and words[t - 2].norm.lstrip("وف") == "بناء"
    if before is not None and (_is(before, "basis") or founded):
        return True  # بموجب اتفاق، في إطار الاتفاق، وبناء على مذكرة تفاهم
    return _definite(words, t, last, named) and not _made(words, t, first)
