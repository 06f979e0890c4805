"""Checks on the bundled knowledge base data files (src/rasd/data/kb/), independent of the loader."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

KB = Path(__file__).resolve().parents[2] / "src" / "rasd" / "data" / "kb"
JSONL_FILES = ["countries.jsonl", "places.jsonl", "orgs.jsonl", "groups.jsonl", "people.jsonl"]

QID = re.compile(r"^Q[0-9]+$")
RASD_ID = re.compile(r"^rasd:[a-z]+/[a-z0-9-]+$")
DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$")
ISO3 = re.compile(r"^[A-Z]{3}$")
ARABIC = re.compile(r"[\u0621-\u064a]")
TYPES = {"PER", "ORG", "GPE", "LOC", "FAC"}
SECTORS = {
    "GOV",
    "MIL",
    "REB",
    "SPY",
    "COP",
    "JUD",
    "LEG",
    "PTY",
    "IGO",
    "NGO",
    "MED",
    "BUS",
    "EDU",
    "REL",
    "INS",
    "CVL",
    "OPP",
    "ELI",
    "HLH",
    "HRI",
    "LAB",
    "REF",
    "AGR",
    "ENV",
    "SET",
    "UAF",
    "IMG",
}
ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "interior_minister",
    "intelligence_chief",
    "other",
}
REQUIRED = {
    "id": str,
    "type": str,
    "name_en": str,
    "names_ar": list,
    "country": (str, type(None)),
    "sectors": list,
    "subtype": str,
}
LIST_FIELDS = ["names_ar", "aliases_en", "acronyms_ar", "nisba", "ambiguous_ar"]


def _load(name: str) -> list[dict]:
    rows = []
    with (KB / name).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.strip(), f"{name}:{n}: empty line"
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - failure path
                pytest.fail(f"{name}:{n}: {exc}")
    return rows


@pytest.fixture(scope="module")
def kb() -> dict[str, list[dict]]:
    return {name: _load(name) for name in JSONL_FILES}


@pytest.fixture(scope="module")
def by_id(kb) -> dict[str, dict]:
    return {row["id"]: row for rows in kb.values() for row in rows}


@pytest.fixture(scope="module")
def iso3s(kb) -> set[str]:
    return {row["iso3"] for row in kb["countries.jsonl"] if row.get("iso3")}


def _tsv(name: str) -> list[dict]:
    with (KB / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_files_are_utf8_one_object_per_line(kb):
    for name, rows in kb.items():
        assert rows, name
        for row in rows:
            assert isinstance(row, dict), name
        text = (KB / name).read_text(encoding="utf-8")
        assert "\\u06" not in text, f"{name}: write with ensure_ascii=False"


def test_required_fields_and_types(kb):
    for name, rows in kb.items():
        for row in rows:
            for field, typ in REQUIRED.items():
                assert field in row, f"{name}: {row.get('id')} lacks {field}"
                assert isinstance(row[field], typ), f"{name}: {row['id']}.{field}"
            assert row["type"] in TYPES, f"{row['id']}: type {row['type']}"
            assert row["name_en"].strip() == row["name_en"] and row["name_en"], row["id"]
            assert row["subtype"], row["id"]
            for field in LIST_FIELDS:
                values = row.get(field, [])
                assert isinstance(values, list), f"{row['id']}.{field}"
                assert all(isinstance(v, str) and v.strip() == v and v for v in values), f"{row['id']}.{field}"
                assert len(values) == len(set(values)), f"{row['id']}.{field} has duplicates"


def test_names_ar_are_arabic_and_unquoted(kb):
    for rows in kb.values():
        for row in rows:
            assert row["names_ar"], f"{row['id']} has no Arabic name"
            for name in row["names_ar"] + row.get("acronyms_ar", []) + row.get("nisba", []):
                assert ARABIC.search(name), f"{row['id']}: {name!r} is not Arabic"
                assert not set(name) & set("\"“”«»'"), f"{row['id']}: quote in {name!r}"


def test_ids_unique_across_files(kb):
    counts = Counter(row["id"] for rows in kb.values() for row in rows)
    dupes = [i for i, c in counts.items() if c > 1]
    assert not dupes, dupes


def test_id_formats(kb):
    for rows in kb.values():
        for row in rows:
            rid = row["id"]
            assert QID.match(rid) or RASD_ID.match(rid), rid
            if RASD_ID.match(rid):
                kind = rid.split(":")[1].split("/")[0]
                assert kind == row["type"].lower(), f"{rid} has type {row['type']}"


def test_sectors_allowed(kb):
    for rows in kb.values():
        for row in rows:
            assert set(row["sectors"]) <= SECTORS, f"{row['id']}: {row['sectors']}"
            assert len(row["sectors"]) == len(set(row["sectors"])), row["id"]
    for row in kb["countries.jsonl"] + kb["places.jsonl"]:
        assert row["sectors"] == [], row["id"]


def test_countries_file(kb, iso3s):
    rows = kb["countries.jsonl"]
    assert len(rows) >= 240
    for row in rows:
        assert row["type"] == "GPE"
        assert row["subtype"] in {"country", "territory"}
        assert row["iso3"] is None or ISO3.match(row["iso3"])
        assert row["country"] in iso3s, row["id"]
        if row["iso3"]:
            assert row["country"] == row["iso3"], row["id"]
    sovereign = [r for r in rows if r["subtype"] == "country"]
    assert len(sovereign) >= 195
    arab_league = "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM".split()
    by_iso3 = {r["iso3"]: r for r in rows if r["iso3"]}
    for code in [*arab_league, "IRN", "TUR", "ISR", "USA", "GBR", "FRA", "RUS", "CHN"]:
        assert by_iso3[code].get("nisba"), f"{code} lacks nisba forms"
        assert QID.match(by_iso3[code]["id"]), f"{code} lacks a QID"


def test_country_references_valid(kb, iso3s):
    for rows in kb.values():
        for row in rows:
            assert row["country"] is None or row["country"] in iso3s, f"{row['id']}: country {row['country']}"
            for office in row.get("offices", []):
                assert office["country"] is None or office["country"] in iso3s, f"{row['id']}: {office}"


def test_references_exist(kb, by_id):
    for rows in kb.values():
        for row in rows:
            for field in ("part_of", "capital"):
                if field in row:
                    assert row[field] in by_id, f"{row['id']}.{field} -> {row[field]}"
                    assert row[field] != row["id"]
            for office in row.get("offices", []):
                if office.get("org") is not None:
                    assert office["org"] in by_id, f"{row['id']} office org {office['org']}"
                    assert by_id[office["org"]]["type"] == "ORG"


def test_capitals(kb, by_id):
    for row in kb["countries.jsonl"]:
        if "capital" in row:
            cap = by_id[row["capital"]]
            assert cap["subtype"] == "capital" and cap["country"] == row["iso3"], row["id"]
            assert cap["part_of"] == row["id"]
    assert sum("capital" in r for r in kb["countries.jsonl"]) >= 180


def test_places_part_of_country(kb, by_id):
    for row in kb["places.jsonl"]:
        if row["country"] and "part_of" in row:
            parent = by_id[row["part_of"]]
            assert parent.get("country") == row["country"] or parent.get("iso3") == row["country"], row["id"]


def test_people_offices(kb):
    people = kb["people.jsonl"]
    assert len(people) >= 300
    for person in people:
        assert person["type"] == "PER" and person["subtype"] == "person"
        assert isinstance(person.get("offices", []), list)
        for office in person.get("offices", []):
            assert set(office) == {"role", "title_ar", "country", "org", "start", "end"}, person["id"]
            assert office["role"] in ROLES, person["id"]
            assert ARABIC.search(office["title_ar"]), person["id"]
            for key in ("start", "end"):
                assert office[key] is None or DATE.match(office[key]), f"{person['id']}: {key}={office[key]}"
            if office["start"] and office["end"]:
                n = min(len(office["start"]), len(office["end"]))
                assert office["start"][:n] <= office["end"][:n], f"{person['id']}: {office}"


def test_one_incumbent_per_state_office(kb):
    """At most one current (end null) holder of each main office per country."""
    holders: dict[tuple[str, str], list[str]] = {}
    for person in kb["people.jsonl"]:
        for office in person.get("offices", []):
            if office["end"] is None and office["role"] in {
                "head_of_state",
                "head_of_government",
                "foreign_minister",
                "defence_minister",
                "interior_minister",
            }:
                holders.setdefault((office["country"], office["role"]), []).append(person["id"])
    clashes = {k: v for k, v in holders.items() if len(set(v)) > 1}
    assert not clashes, clashes


def test_counts_by_type(kb):
    counts = Counter(row["type"] for rows in kb.values() for row in rows)
    assert counts["PER"] >= 300 and counts["ORG"] >= 150 and counts["GPE"] >= 500
    assert counts["LOC"] >= 50 and counts["FAC"] >= 10


# ------------------------------------------------------------------ spot facts a user would check


def _one(rows, **match):
    hits = [r for r in rows if all(r.get(k) == v for k, v in match.items())]
    assert len(hits) == 1, (match, [h["id"] for h in hits])
    return hits[0]


def test_spot_countries(by_id):
    syria = by_id["Q858"]
    assert syria["name_en"] == "Syria" and syria["iso3"] == "SYR"
    assert {"سوريا", "سورية"} <= set(syria["names_ar"])
    assert {"السوري", "السورية", "السوريين"} <= set(syria["nisba"])
    assert syria["capital"] == "Q3766"
    saudi = by_id["Q851"]
    assert {"السعودية", "المملكة العربية السعودية"} <= set(saudi["names_ar"]) and saudi["capital"] == "Q3692"
    usa = by_id["Q30"]
    assert {"الولايات المتحدة", "أمريكا", "أميركا"} <= set(usa["names_ar"])
    assert {"الأمريكي", "الأميركية"} <= set(usa["nisba"])
    assert by_id["Q796"]["iso3"] == "IRQ" and "العراقية" in by_id["Q796"]["nisba"]
    assert "بريطانيا" in by_id["Q145"]["names_ar"] and "الإمارات" in by_id["Q878"]["names_ar"]


def test_spot_places(kb, by_id):
    places = kb["places.jsonl"]
    assert by_id["Q3692"]["name_en"] == "Riyadh" and "الرياض" in by_id["Q3692"]["names_ar"]
    assert "دمشق" in by_id["Q3766"]["names_ar"] and "بغداد" in by_id["Q1530"]["names_ar"]
    tripolis = [p for p in places if "طرابلس" in p["names_ar"]]
    assert {p["country"] for p in tripolis} == {"LBY", "LBN"}
    hol = _one(places, name_en="al-Hol camp")
    assert hol["type"] == "LOC" and "مخيم الهول" in hol["names_ar"] and hol["country"] == "SYR"
    assert "مخيم روج" in _one(places, name_en="Roj camp")["names_ar"]
    assert "مخيم الركبان" in _one(places, name_en="Rukban camp")["names_ar"]
    assert "شمال شرق سوريا" in _one(places, name_en="Northeast Syria")["names_ar"]
    for ar in [
        "حلب",
        "إدلب",
        "الرقة",
        "دير الزور",
        "الحسكة",
        "القامشلي",
        "كركوك",
        "الموصل",
        "أربيل",
        "البصرة",
        "غزة",
        "رفح",
        "الضفة الغربية",
        "الجولان",
        "صنعاء",
        "عدن",
        "الحديدة",
        "مأرب",
        "بنغازي",
        "جدة",
        "مكة",
        "الدوحة",
        "دبي",
        "أبوظبي",
        "جنوب لبنان",
        "كردستان العراق",
        "سيناء",
        "شمال سوريا",
    ]:
        assert any(ar in p["names_ar"] for p in places), ar


def test_spot_orgs_and_groups(kb, by_id):
    orgs, groups = kb["orgs.jsonl"], kb["groups.jsonl"]
    sdf = _one(groups, name_en="Syrian Democratic Forces")
    assert "قسد" in sdf["acronyms_ar"] and "قوات سوريا الديمقراطية" in sdf["names_ar"] and sdf["country"] == "SYR"
    isis = by_id["Q2429253"]
    assert "داعش" in isis["acronyms_ar"] and {"تنظيم الدولة", "الدولة الإسلامية في العراق والشام"} <= set(
        isis["names_ar"]
    )
    assert "ISIS" in isis["aliases_en"]
    coalition = _one(orgs, name_en="Global Coalition to Defeat ISIS")
    for ar in [
        "التحالف الدولي",
        "التحالف الدولي لمكافحة تنظيم داعش",
        "التحالف الدولي لهزيمة داعش",
        "التحالف الدولي ضد داعش",
        "التحالف الدولي ضد تنظيم داعش",
    ]:
        assert ar in coalition["names_ar"], ar
    small = _one(orgs, name_en="Small Group of the Global Coalition to Defeat ISIS")
    assert small["part_of"] == coalition["id"] and "المجموعة المصغرة للتحالف الدولي" in small["names_ar"]
    x = by_id["Q918"]
    assert "منصة إكس" in x["names_ar"] and "تويتر" in x["names_ar"]
    assert "سانا" in _one(orgs, name_en="SANA")["acronyms_ar"]
    gis = by_id["rasd:org/syrian-general-intelligence-service"]
    assert gis["country"] == "SYR" and "SPY" in gis["sectors"]
    assert "حماس" in _one(groups, name_en="Hamas")["names_ar"]
    assert "الحشد الشعبي" in _one(groups, name_en="Popular Mobilization Forces")["names_ar"]
    for qid, name in [("Q1065", "الأمم المتحدة"), ("Q37470", "مجلس الأمن الدولي"), ("Q7172", "جامعة الدول العربية")]:
        assert name in by_id[qid]["names_ar"]


def test_spot_people(kb, by_id):
    people = kb["people.jsonl"]
    shaibani = by_id["rasd:per/asaad-al-shaibani"]
    assert {"أسعد حسن الشيباني", "أسعد الشيباني", "الشيباني"} <= set(shaibani["names_ar"])
    fm = [o for o in shaibani["offices"] if o["role"] == "foreign_minister" and o["country"] == "SYR"]
    assert fm and fm[0]["start"].startswith("2024") and fm[0]["end"] is None
    assert fm[0]["title_ar"] == "وزير الخارجية والمغتربين"
    salama = _one(people, name_en="Hussein al-Salama")
    assert any(
        o["role"] == "intelligence_chief"
        and o["country"] == "SYR"
        and o["end"] is None
        and o["org"] == "rasd:org/syrian-general-intelligence-service"
        for o in salama["offices"]
    )
    sharaa = _one(people, name_en="Ahmed al-Sharaa")
    assert "أحمد الشرع" in sharaa["names_ar"]
    assert any(o["role"] == "head_of_state" and o["country"] == "SYR" and o["end"] is None for o in sharaa["offices"])
    assad = by_id["Q44329"]
    assert any(o["role"] == "head_of_state" and o["end"] == "2024-12-08" for o in assad["offices"])
    for name_en, role in [
        ("Murhaf Abu Qasra", "defence_minister"),
        ("Anas Khattab", "interior_minister"),
        ("Faisal Mekdad", "foreign_minister"),
        ("Walid Muallem", "foreign_minister"),
    ]:
        person = _one(people, name_en=name_en)
        assert any(o["role"] == role and o["country"] == "SYR" for o in person["offices"]), name_en
    guterres = by_id["Q311440"]
    assert any(o["org"] == "Q1065" and o["end"] is None for o in guterres["offices"])


def test_titles_tsv():
    rows = _tsv("titles.tsv")
    assert rows and list(rows[0]) == ["arabic", "role", "sector", "country"]
    seen = set()
    for row in rows:
        assert ARABIC.search(row["arabic"]) and row["arabic"] not in seen, row
        seen.add(row["arabic"])
        assert row["role"] in ROLES and row["sector"] in SECTORS, row
        assert row["country"] is None or re.fullmatch(r"[A-Z]{3}", row["country"]), row  # ISO alpha-3, or none
    table = {r["arabic"]: r for r in rows}
    assert table["الرئيس"]["role"] == "head_of_state"
    assert table["رئيس الوزراء"]["role"] == "head_of_government"
    assert table["خادم الحرمين الشريفين"]["country"] == "SAU"  # only Saudi Arabia's king bears it
    assert table["وزير الخارجية والمغتربين"]["role"] == "foreign_minister"
    assert table["رئيس جهاز الاستخبارات العامة"] == {
        "arabic": "رئيس جهاز الاستخبارات العامة",
        "role": "intelligence_chief",
        "sector": "SPY",
        "country": None,
    }


def test_institutions_tsv():
    rows = _tsv("institutions.tsv")
    assert rows and list(rows[0]) == ["arabic", "sector", "name_en_pattern", "headed_by"]
    seen = set()
    for row in rows:
        assert ARABIC.search(row["arabic"]) and row["arabic"] not in seen, row
        seen.add(row["arabic"])
        assert row["sector"] in SECTORS, row
        assert "{country}" in row["name_en_pattern"], row
        assert row["headed_by"] == "" or row["headed_by"] in ROLES, row
    table = {r["arabic"]: r for r in rows}
    assert table["الحكومة"]["sector"] == "GOV"
    assert table["جهاز الاستخبارات العامة"]["sector"] == "SPY"
    assert table["جهاز الاستخبارات العامة"]["headed_by"] == "intelligence_chief"
    assert table["وزارة الخارجية والمغتربين"]["headed_by"] == "foreign_minister"


def test_version_file():
    text = (KB / "VERSION").read_text(encoding="utf-8").strip()
    assert re.match(r"^1 [0-9]{4}-[0-9]{2}-[0-9]{2}$", text), text
