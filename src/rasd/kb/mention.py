"""What the linker works with: a mention being linked, and the tables that guide it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rasd.kb.match import Tok
from rasd.kb.store import Entry
from rasd.text.clitics import candidates

NER_LABELS = ("PER", "ORG", "LOC", "MISC")


_TYPE_FOR_LABEL = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


_COMPATIBLE = {
    "PER": {"PER"},
    "ORG": {"ORG", "MISC"},
    "LOC": {"GPE", "LOC", "FAC"},
    "MISC": {"ORG", "MISC", "FAC", "LOC", "GPE"},
}


# Words before a nested name that make it a reference of its own (the coalition *against* Daesh).
_NESTED_CUES = frozenset("ضد لمكافحة مكافحة لهزيمة هزيمة لمحاربة محاربة لقتال قتال تنظيم على".split())


# A place after these is a location, not an actor; a capital elsewhere may stand for its government.
_LOCATIVE = frozenset(
    "في الي من عن قرب نحو داخل خارج حول شمال جنوب شرق غرب شمالي جنوبي شرقي غربي ريف العاصمة مدينة محافظة "
    "مطار وسط انحاء ضواحي بمدينة بالعاصمة عاصمة".split()
)


_CLASS_NOUNS = {
    "مخيمي": "مخيم",
    "مخيمات": "مخيم",
    "مدينتي": "مدينة",
    "محافظتي": "محافظة",
    "بلدتي": "بلدة",
    "قريتي": "قرية",
}


_DIRECTIONS = {
    "شمال شرق": "northeast",
    "شمال غرب": "northwest",
    "جنوب شرق": "southeast",
    "جنوب غرب": "southwest",
    "شمال شرقي": "northeast",
    "شمال غربي": "northwest",
    "جنوب شرقي": "southeast",
    "جنوب غربي": "southwest",
    "شمال": "north",
    "جنوب": "south",
    "شرق": "east",
    "غرب": "west",
    "شمالي": "north",
    "جنوبي": "south",
    "شرقي": "east",
    "غربي": "west",
    "وسط": "central",
}


# the one-word directions (شمال، شرقي، وسط): a place named after one is where something is, not who acts
DIRECTION_WORDS = frozenset(d for d in _DIRECTIONS if " " not in d)


_RANK = {"kb": 3, "institution": 2, "office": 2, "ner": 1, "acronym": 2, "coref": 1}


@dataclass
class Mention:
    start: int
    end: int
    first: int
    last: int
    label: str
    source: str
    score: float = 1.0
    entry: Entry | None = None
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start


def _forms(tok: Tok) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for f in candidates(tok.surface):
        out.append((f, tok.norm[: len(tok.norm) - len(f)] if tok.norm.endswith(f) else ""))
    return out
