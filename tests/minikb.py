"""A small knowledge base written for the tests, and a helper that links a text over hand-made NER spans."""

from __future__ import annotations

import json
from pathlib import Path

from rasd.document import Document, Span
from rasd.kb.link import LinkingStage
from rasd.kb.store import KB
from rasd.text.stage import TextStage

ENTRIES = [
    {
        "id": "Q858",
        "type": "GPE",
        "name_en": "Syria",
        "names_ar": ["سوريا", "سورية"],
        "country": "SYR",
        "sectors": [],
        "subtype": "country",
        "nisba": ["السوري", "السورية", "سوري", "سورية"],
        "capital": "Q3766",
    },
    {
        "id": "Q796",
        "type": "GPE",
        "name_en": "Iraq",
        "names_ar": ["العراق"],
        "country": "IRQ",
        "sectors": [],
        "subtype": "country",
        "nisba": ["العراقي", "العراقية", "العراقيين", "عراقيين"],
        "capital": "Q1530",
    },
    {
        "id": "Q851",
        "type": "GPE",
        "name_en": "Saudi Arabia",
        "names_ar": ["المملكة العربية السعودية", "السعودية"],
        "country": "SAU",
        "sectors": [],
        "subtype": "country",
        "nisba": ["السعودي", "السعودية"],
    },
    {"id": "Q3692", "type": "GPE", "name_en": "Riyadh", "names_ar": ["الرياض"], "country": "SAU", "subtype": "capital"},
    {
        "id": "Q3766",
        "type": "GPE",
        "name_en": "Damascus",
        "names_ar": ["دمشق"],
        "country": "SYR",
        "subtype": "capital",
        "part_of": "Q858",
    },
    {
        "id": "Q1530",
        "type": "GPE",
        "name_en": "Baghdad",
        "names_ar": ["بغداد"],
        "country": "IRQ",
        "subtype": "capital",
        "part_of": "Q796",
    },
    {
        "id": "Q2429253",
        "type": "ORG",
        "name_en": "Islamic State",
        "names_ar": ["داعش", "تنظيم داعش", "تنظيم الدولة"],
        "country": None,
        "sectors": ["INS"],
        "subtype": "armed_group",
    },
    {
        "id": "rasd:org/global-coalition",
        "type": "ORG",
        "name_en": "Global Coalition to Defeat ISIS",
        "names_ar": ["التحالف الدولي", "التحالف الدولي لمكافحة تنظيم داعش"],
        "sectors": ["IGO"],
        "subtype": "igo",
    },
    {
        "id": "rasd:org/sdf",
        "type": "ORG",
        "name_en": "Syrian Democratic Forces",
        "names_ar": ["قوات سوريا الديمقراطية"],
        "country": "SYR",
        "sectors": ["REB"],
        "subtype": "armed_group",
    },
    {
        "id": "rasd:loc/al-hol-camp",
        "type": "LOC",
        "name_en": "al-Hol camp",
        "names_ar": ["مخيم الهول"],
        "country": "SYR",
        "subtype": "camp",
    },
    {
        "id": "rasd:loc/roj-camp",
        "type": "LOC",
        "name_en": "Roj camp",
        "names_ar": ["مخيم روج"],
        "country": "SYR",
        "subtype": "camp",
    },
    {
        "id": "rasd:per/asaad-al-shaibani",
        "type": "PER",
        "name_en": "Asaad al-Shaibani",
        "names_ar": ["أسعد حسن الشيباني", "أسعد الشيباني"],
        "country": "SYR",
        "subtype": "person",
        "offices": [
            {
                "role": "foreign_minister",
                "title_ar": "وزير الخارجية والمغتربين",
                "country": "SYR",
                "start": "2024-12-21",
                "end": None,
            }
        ],
    },
    {
        "id": "rasd:per/old-minister",
        "type": "PER",
        "name_en": "Old Minister",
        "names_ar": ["فيصل المقداد"],
        "country": "SYR",
        "subtype": "person",
        "offices": [{"role": "foreign_minister", "country": "SYR", "start": "2020-11-22", "end": "2024-12-08"}],
    },
]
INSTITUTIONS = "arabic\tsector\tname_en_pattern\theaded_by\nالحكومة\tGOV\tGovernment of {country}\thead_of_government\nجهاز الاستخبارات العامة\tSPY\t{country} General Intelligence Service\tintelligence_chief\n"
TITLES = "arabic\trole\tsector\nوزير الخارجية\tforeign_minister\tGOV\nوزير الخارجية والمغتربين\tforeign_minister\tGOV\nرئيس جهاز الاستخبارات العامة\tintelligence_chief\tSPY\n"


def write_kb(folder: Path) -> Path:
    (folder / "test.jsonl").write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in ENTRIES), encoding="utf-8")
    (folder / "institutions.tsv").write_text(INSTITUTIONS, encoding="utf-8")
    (folder / "titles.tsv").write_text(TITLES, encoding="utf-8")
    return folder


def linked_document(
    text: str, kb: KB, ner: list[tuple[str, str, int]] | tuple[()] = (), published: str | None = "2026-02-10"
) -> Document:
    """Run the text stage, add NER spans for (surface, label, occurrence), then link."""
    doc = Document(text, meta={"published": published} if published else {})
    TextStage()(doc)
    spans = []
    for surface, label, nth in ner:
        pos = -1
        for _ in range(nth + 1):
            pos = text.index(surface, pos + 1)
        spans.append(Span(pos, pos + len(surface), label, {"score": 0.9}))
    doc.set_layer("entities", spans)
    return LinkingStage(kb)(doc)
