"""Build the entity tagger's gazetteer ``ner_kb.tsv`` in ``src/rasd/data/gazetteers``.

``ner_kb.tsv`` is a snapshot of the Arabic names in rasd's own knowledge base (``data/kb``), taken so that the
model's features stay what they were at training time when the KB changes. Run by developers; the output is
committed, and the model must be retrained after it changes:

    .venv/bin/python tools/ner/build_ner_gazetteers.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from rasd.text.normalize import norm  # noqa: E402

KB_OUT = ROOT / "src" / "rasd" / "data" / "gazetteers" / "ner_kb.tsv"
KB = ROOT / "src" / "rasd" / "data" / "kb"
KB_KIND = {"PER": "per", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
LEX = ROOT / "src" / "rasd" / "data" / "lexicons"
STOP = {"في", "من", "الي", "علي", "عن", "ل", "ب", "و", "قوة", "اعلام", "حر", "دبلوماسي", "مسؤول", "مصدر"}
CODE = re.compile(r"\[([^\]]*)\]")


def _words(name: str) -> set[str]:
    out: set[str] = set()
    with (LEX / name).open(encoding="utf-8") as fh:
        for line in fh:
            entry = line.split("#", 1)[0].strip()
            if entry:
                out.add(norm(entry))
                if entry.startswith(("ال", "أل")):
                    out.add(norm(entry)[2:])
    return out


def kb_names() -> set[tuple[str, str]]:
    """(kind, name) of every Arabic name and acronym in rasd's knowledge base (data/kb/*.jsonl).

    One-word names the KB marks as ambiguous get the kind ``per_amb``/``org_amb``/``place_amb`` (ambiguous
    several-word names such as التحالف الدولي are still names, only their referent is uncertain); person
    names that begin with a title (الرئيس أحمد الشرع) are left
    out: the first are common words, the second would make the title part of the person's name.
    """
    import json

    titles = _words("ner_titles.txt")
    rows: set[tuple[str, str]] = set()
    for file in sorted(KB.glob("*.jsonl")):
        with file.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                entry = json.loads(line)
                kind = KB_KIND.get(entry.get("type", ""))
                if kind is None:
                    continue
                ambiguous = set(entry.get("ambiguous_ar", []))
                for name in [*entry.get("names_ar", []), *entry.get("acronyms_ar", [])]:
                    if name in ambiguous and " " not in name.strip():
                        # a one-word name the KB marks as ambiguous is also a common word (الشرع): kept
                        # under its own kind, for a feature and for rules that see the context (مخيم الهول)
                        rows.add((kind + "_amb", name))
                        continue
                    if kind == "per" and norm(name.split()[0]) in titles:
                        continue
                    name = " ".join(name.replace("“", " ").replace("”", " ").replace('"', " ").split())
                    if name:
                        rows.add((kind, name))
    return rows


def write_kb() -> None:
    """Snapshot the KB's names so that the shipped model's features do not drift when the KB is edited."""
    rows = kb_names()
    version = (KB / "VERSION").read_text(encoding="utf-8").strip() if (KB / "VERSION").exists() else "?"
    with KB_OUT.open("w", encoding="utf-8") as fh:
        fh.write(f"# kind\tname  (snapshot of rasd's data/kb, version {version}; tools/ner/build_ner_gazetteers.py)\n")
        for kind, name in sorted(rows):
            fh.write(f"{kind}\t{name}\n")
    print(f"wrote {KB_OUT} ({len(rows)} names)", file=sys.stderr)


def main() -> int:
    write_kb()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
