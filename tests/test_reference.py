"""The reference article end to end: what ../shared/reference/fidaa-coalition.expected.md says a correct
analysis contains (entities and links, dates, quotes, events), through the full default pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd import analyze, load_pipeline
from rasd.document import Document, Span


@pytest.fixture(scope="module")
def reference() -> Path:
    from tests.conftest import shared_dir

    folder = shared_dir()
    if folder is None:
        pytest.skip("../shared is absent (set RASD_SHARED to its path to run this test)")
    if "events" not in load_pipeline().names:
        pytest.skip("this build's default pipeline has no events stage (no NER model)")
    return folder / "reference" / "fidaa-coalition-article.txt"


def ids_of(doc: Document, surface: str) -> set[str | None]:
    return {e.get("id") for e in doc.layer("entities") if doc.span_text(e) == surface}


def test_entities_link_as_expected(reference: Path) -> None:
    doc = analyze(reference, published="2026-02-10")
    ents = doc.layer("entities")
    shaibani = {e.get("id") for e in ents if "الشيباني" in doc.span_text(e)}
    assert len(shaibani) == 1 and len([e for e in ents if "الشيباني" in doc.span_text(e)]) == 3
    person = next(e for e in ents if doc.span_text(e) == "أسعد حسن الشيباني")
    assert (person.get("country"), person.get("sector"), person.get("name_en")) == ("SYR", "GOV", "Asaad al-Shaibani")
    salama = next(e for e in ents if doc.span_text(e) == "حسين السلامة")
    assert (salama.get("country"), salama.get("sector")) == ("SYR", "SPY") and salama.get("name_en")
    assert ids_of(doc, "داعش") == {"Q2429253"} and len([e for e in ents if e.get("id") == "Q2429253"]) >= 9
    assert ids_of(doc, "سوريا") == {"Q858"}
    assert ids_of(doc, "العراق") == {"Q796"}
    assert "Q851" in ids_of(doc, "المملكة العربية السعودية")
    assert ids_of(doc, "الولايات المتحدة") == {"Q30"}
    assert ids_of(doc, "الرياض") == {"Q3692"}
    assert ids_of(doc, "دمشق") == {"Q3766"} and ids_of(doc, "بغداد") == {"Q1530"}
    capitals = [e for e in ents if e.get("id") in ("Q3766", "Q1530") and "التنسيق" in doc.text[e.start - 30 : e.start]]
    assert capitals and all(e.get("stands_for") and e.get("sector") == "GOV" for e in capitals)
    sdf = [e for e in ents if e.get("name_en") == "Syrian Democratic Forces"]
    assert {doc.span_text(e) for e in sdf} >= {"قوات سوريا الديمقراطية", "قسد"} and len(sdf) >= 3
    gov = [e for e in ents if doc.span_text(e) == "الحكومة السورية"]
    assert gov and all((e.get("country"), e.get("sector")) == ("SYR", "GOV") for e in gov)
    gis = next(e for e in ents if doc.span_text(e) == "جهاز الاستخبارات العامة")
    assert (gis.get("country"), gis.get("sector")) == ("SYR", "SPY")
    coalition = {e.get("id") for e in ents if doc.span_text(e).startswith("التحالف الدولي")}
    assert len(coalition) == 1 and next(iter(coalition)) is not None
    camps = {e.get("name_en") for e in ents if doc.span_text(e) in ("الهول", "روج")}
    assert len(camps) == 2
    assert any(doc.span_text(e) == "شمال شرق سوريا" and e.get("country") == "SYR" for e in ents)
    assert any(e.get("id") == "Q918" for e in ents)  # منصة “إكس”
    assert all(e.get("name_en") for e in ents if e.get("id") and not str(e.get("id")).startswith("rasd:nil/"))
    # nothing from the byline or the site chrome: they are not in the text at all
    assert "أحمد العلي" not in doc.text and "#" not in doc.text


def test_dates_with_and_without_publication_date(reference: Path) -> None:
    doc = analyze(reference, published="2026-02-10")
    values = [(doc.span_text(d), d.get("value")) for d in doc.layer("dates") if d.get("grain") == "day"]
    assert ("يوم أمس الإثنين", "2026-02-09") in values and ("يوم الأحد", "2026-02-08") in values
    assert [v for s, v in values if s == "يوم أمس الإثنين"] == ["2026-02-09", "2026-02-09"]
    undated = analyze(reference)
    for d in undated.layer("dates"):
        assert d.get("value") is None and d.get("relative")
    assert any(d.get("relative") == "the Monday before publication" for d in undated.layer("dates"))


def test_quotes(reference: Path) -> None:
    doc = analyze(reference, published="2026-02-10")
    quotes = doc.layer("quotes")

    def text(span: Span | None) -> str:
        return doc.span_text(span) if isinstance(span, Span) else ""

    said = next(q for q in quotes if text(q.get("content")).startswith("إن سوريا تستعيد اليوم زمام المبادرة"))
    assert said.get("kind") == "indirect" and text(said.get("cue")) == "وقال"
    assert said.get("speaker").get("name_en") == "Asaad al-Shaibani"
    posted = next(q for q in quotes if text(q.get("content")).startswith("كان اجتماعنا بنّاءً ومثمراً"))
    assert posted.get("kind") == "direct" and text(posted.get("cue")) == "وأضاف"
    assert text(posted.get("speaker")) == "الشيباني" and posted.get("speaker").get("name_en") == "Asaad al-Shaibani"
    assert posted.get("channel").get("platform_id") == "Q918"
    assert posted.get("date").get("value") == "2026-02-09"
    statement = next(q for q in quotes if text(q.get("cue")) == "وأكد")
    assert statement.get("kind") == "statement" and text(statement.get("content")).startswith("التزامهم بهزيمة")


def test_events(reference: Path) -> None:
    doc = analyze(reference, published="2026-02-10")
    events = doc.layer("events")

    def has(typ: str, source: str, target: str, *, factual: bool = True) -> bool:
        """An event of the type between the two sides, reported as having happened unless ``factual`` is False
        (a pledge is intended: future): an agreement welcomed is news of the day, an urging was made."""
        return any(
            e.get("type") == typ
            and (e.get("factual") or not factual)
            and any(source in (a.get("name_en") or doc.span_text(a)) for a in e.get("source"))
            and any(target in (a.get("name_en") or doc.span_text(a)) for a in e.get("target"))
            for e in events
        )

    assert has("SUPPORT", "Coalition", "Syria")
    assert has("COOPERATE", "Syria", "Coalition")
    assert has("CONSULT", "Saudi Arabia", "Small Group")
    # وتعهدوا بمواصلة دعم الحكومتين السورية والعراقية: the participants pledge (future) to support both governments
    assert has("SUPPORT", "مشاركين", "Government of Syria", factual=False)
    assert has("SUPPORT", "مشاركين", "Government of Iraq", factual=False)  # الحكومتين السورية والعراقية: both
    assert has("REQUEST", "Coalition", "أوطانهم")  # urge repatriation to the states of origin
    assert has("SUPPORT", "الدول الأعضاء", "Syria")
    assert has("SUPPORT", "Coalition", "Syrian Democratic Forces")
    assert has("AGREE", "Government of Syria", "Syrian Democratic Forces")
    assert has("SUPPORT", "المشاركون", "Saudi Arabia")
    assert has("CONSULT", "Asaad al-Shaibani", "Saudi Arabia")
    assert has("SUPPORT", "Asaad al-Shaibani", "United States")
    visit = next(e for e in events if e.get("type") == "CONSULT" and e.get("mode") == "visit")
    assert visit.get("location").get("id") == "Q3692" and visit.get("date").get("value") == "2026-02-08"
    meeting = next(e for e in events if e.get("type") == "CONSULT" and e.get("mode") == "multilateral")
    assert meeting.get("date").get("value") == "2026-02-09"
    headline_welcome = next(e for e in events if e.get("type") == "SUPPORT" and e.start < len(doc.meta["title"]))
    assert headline_welcome.get("evidence")  # the headline and the lead report it: one event, two evidence spans
    # aims are not attacks that happened
    assert not any(e.get("type") in ("ASSAULT", "COERCE") and e.get("factual") for e in events)
