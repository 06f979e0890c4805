"""Documents with every layer the archive stores, built by hand so the archive tests do not depend on how
far the entity, date, quote and event stages have come (their output shapes are those in docs/archive.md)."""

from __future__ import annotations

from typing import Any

import pytest

from rasd.analysis import load_pipeline
from rasd.document import Document, Span
from rasd.read import read_record

# One story told by two outlets (the second edits the agency copy), and an unrelated story.
STORY_A = (
    "ولي العهد يستقبل وزير الخارجية الأمريكي في الرياض\n\n"
    "استقبل ولي العهد السعودي وزير الخارجية الأمريكي في قصر اليمامة بالرياض يوم الأحد، وبحث معه العلاقات "
    "الثنائية بين المملكة والولايات المتحدة وتطورات الأوضاع في المنطقة. وأكد الجانبان أهمية التحالف بين البلدين "
    "ودعم جهود التحالف لإعادة الأمن والاستقرار إلى اليمن. وحضر الاستقبال عدد من الوزراء والمسؤولين من الجانبين، "
    "وقالت وكالة الأنباء السعودية إن اللقاء تناول فرص التعاون الاقتصادي والاستثمار المشترك."
)
STORY_A2 = (
    "ولي العهد يبحث مع بلينكن العلاقات الثنائية\n\n"
    "استقبل ولي العهد السعودي وزير الخارجية الأمريكي في قصر اليمامة بالرياض يوم الأحد، وبحث معه العلاقات "
    "الثنائية بين المملكة والولايات المتحدة وتطورات الأوضاع في المنطقة. وأكد الجانبان أهمية التحالف بين البلدين "
    "ودعم جهود التحالف لإعادة الأمن والاستقرار إلى اليمن. وحضر الاستقبال عدد من الوزراء والمسؤولين، "
    "وذكرت الوكالة أن اللقاء تناول فرص التعاون الاقتصادي."
)
STORY_B = (
    "افتتاح معرض الكتاب في جدة بمشاركة خمسمائة دار نشر\n\n"
    "افتتح أمير منطقة مكة المكرمة معرض جدة الدولي للكتاب مساء الخميس بمشاركة أكثر من خمسمائة دار نشر من "
    "ثلاثين دولة، ويستمر المعرض عشرة أيام تقام خلالها ندوات ثقافية وأمسيات شعرية وورش عمل للأطفال. وقال مدير "
    "المعرض إن الإقبال في اليوم الأول فاق التوقعات، وإن المنظمين خصصوا جناحا للكتب الرقمية للمرة الأولى."
)

SAU = {"id": "Q851", "name_en": "Saudi Arabia", "country": "SAU", "sector": "GOV"}
USA = {"id": "Q30", "name_en": "United States", "country": "USA", "sector": "GOV"}


def _span(text: str, word: str, label: str, attrs: dict[str, Any] | None = None, after: int = 0) -> Span:
    pos = text.index(word, after)
    return Span(pos, pos + len(word), label, dict(attrs or {}))


def story_doc(text: str, outlet: str, url: str, *, published: str = "2026-02-08", layers: bool = True) -> Document:
    """A document read and tokenized by rasd, with entity, date, quote and event layers added by hand."""
    doc = read_record({"text": text, "url": url, "outlet": outlet, "published": published})
    doc = load_pipeline(["text"])(doc)
    if not layers or "ولي العهد" not in text:
        return doc
    body = text.index("\n\n") + 2
    crown = _span(text, "ولي العهد السعودي", "PER", {"score": 0.93, "id": "Q6889305", "name_en": "Crown Prince"}, body)
    minister = _span(
        text, "وزير الخارجية الأمريكي", "PER", {"score": 0.88, "id": "Q29", "name_en": "US Secretary"}, body
    )
    riyadh = _span(text, "الرياض", "LOC", {"score": 0.99, "id": "Q3692", "name_en": "Riyadh", "country": "SAU"})
    unlinked = _span(text, "قصر اليمامة", "FAC", {"score": 0.7})
    doc.set_layer("entities", [crown, minister, riyadh, unlinked])
    doc.set_layer(
        "dates",
        [
            _span(
                text, "يوم الأحد", "date", {"value": published, "grain": "day", "anchor": "published", "relative": True}
            )
        ],
    )
    sentence_end = text.index(".", body) + 1
    sentence = Span(body, sentence_end, "sentence")
    trigger = _span(text, "استقبل", "trigger", after=body)
    event = Span(
        body,
        sentence_end,
        "event",
        {
            "type": "CONSULT",
            "mode": "visit",
            "cameo": "043",
            "confidence": 0.82,
            "score": 0.82,
            "source": [Span(crown.start, crown.end, "actor", {**SAU, "id": "Q6889305", "name_en": "Crown Prince"})],
            "target": [Span(minister.start, minister.end, "actor", {**USA, "id": "Q29", "name_en": "US Secretary"})],
            "location": Span(riyadh.start, riyadh.end, "LOC", {"id": "Q3692", "name_en": "Riyadh", "country": "SAU"}),
            "date": {"value": published, "from": "text"},
            "trigger": trigger,
            "sentence": sentence,
            "aux": {"topic": "bilateral"},
            "factual": True,
        },
    )
    doc.set_layer("events", [event])
    if "وقالت" in text:
        cue = _span(text, "وقالت", "cue")
        content = _span(text, "اللقاء تناول فرص التعاون الاقتصادي والاستثمار المشترك", "content")
        speaker = _span(text, "وكالة الأنباء السعودية", "speaker", {"id": "Q7430", "name_en": "Saudi Press Agency"})
        doc.set_layer(
            "quotes",
            [
                Span(
                    cue.start,
                    content.end,
                    "quote",
                    {"content": content, "cue": cue, "kind": "indirect", "speaker": speaker, "channel": "agency"},
                )
            ],
        )
    return doc


@pytest.fixture
def stories() -> list[Document]:
    return [
        story_doc(STORY_A, "spa", "https://spa.example/a"),
        story_doc(STORY_A2, "okaz", "https://okaz.example/b"),
        story_doc(STORY_B, "alriyadh", "https://alriyadh.example/c", published="2026-02-06"),
    ]
