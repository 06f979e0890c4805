"""The bundled knowledge base: entries from ``data/kb/*.jsonl`` and the indexes linking needs.

Entries are plain JSON lines written as data (docs/kb.md). The index maps every Arabic name, alias,
acronym and nisba adjective, normalized the same way the text is, to the entries it may denote; English
aliases are indexed lowercased so "Syria" and "SDF" resolve too. Offices are indexed by (role, country) so
"وزير الخارجية السوري" can be resolved to whoever held the office on the article's date. Everything is
built once, on first use, and kept for the life of the process.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from rasd.data import path as data_path
from rasd.errors import ModelError
from rasd.text.normalize import norm
from rasd.text.segment import tokenize


@dataclass(frozen=True)
class Office:
    role: str
    country: str | None
    title_ar: str | None = None
    org: str | None = None
    start: str | None = None
    end: str | None = None

    def held_on(self, day: date | None) -> bool:
        """Was the office held on ``day``? With no date, only incumbents (no end) count."""
        if day is None:
            return self.end is None
        return _as_date(self.start, first=True) <= day <= _as_date(self.end, first=False)


def _as_date(value: str | None, *, first: bool) -> date:
    if not value:
        return date.min if first else date.max
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1) if first else date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1) if first else date(parts[0], parts[1], 28)
    return date(parts[0], parts[1], parts[2])


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    name_en: str
    names_ar: tuple[str, ...]
    country: str | None = None
    sectors: tuple[str, ...] = ()
    subtype: str | None = None
    aliases_en: tuple[str, ...] = ()
    acronyms_ar: tuple[str, ...] = ()
    nisba: tuple[str, ...] = ()
    capital: str | None = None
    part_of: str | None = None
    offices: tuple[Office, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def name_ar(self) -> str:
        return self.names_ar[0] if self.names_ar else ""


@dataclass(frozen=True)
class Institution:
    """An institution noun that, with a country, makes a state actor (الحكومة + السورية)."""

    arabic: str
    sector: str
    name_en_pattern: str
    headed_by: str | None


@dataclass(frozen=True)
class Title:
    arabic: str
    role: str
    sector: str
    country: str | None = None  # a title only one country's office holder bears (خادم الحرمين الشريفين: SAU)


# the words before a father's name (محمد بن راشد): what follows them names another man too
PATRONYMIC = frozenset({"بن", "ابن", "بنت"})

def key(text: str) -> str:
    """The index key of a name: normalized word tokens joined by spaces, quotes and punctuation dropped."""
    return " ".join(norm(text[t.start : t.end]) for t in tokenize(text) if t.kind in ("word", "latin", "num"))


_BODY_HEADS = frozenset({"جهاز", "دائرة", "رئاسة"})  # جهاز المخابرات: the service


class KB:
    """Entries and their indexes; build with :func:`load`."""

    def __init__(self, entries: list[Entry], institutions: list[Institution], titles: list[Title]) -> None:
        self.entries: dict[str, Entry] = {}
        self.names: dict[str, list[str]] = defaultdict(list)  # key -> entry ids (names, aliases, acronyms)
        self.nisba: dict[str, str] = {}  # key of a nisba adjective -> country entry id
        self.by_country: dict[str, str] = {}  # ISO3 -> country entry id
        self.offices: dict[tuple[str, str], list[tuple[Office, str]]] = defaultdict(list)
        self.ambiguous: dict[str, set[str]] = defaultdict(set)  # key -> ids it may not be linked to blindly
        self.surnames: dict[str, set[str]] = defaultdict(set)  # last word of a person's name -> person ids
        for entry in entries:
            if entry.id in self.entries:
                continue
            self.entries[entry.id] = entry
            for name in (*entry.names_ar, *entry.acronyms_ar):
                k = key(name)
                self._add_name(k, entry.id)
                if "عبد ال" in k:  # عبد الله / عبدالله are written both ways
                    self._add_name(k.replace("عبد ال", "عبدال"), entry.id)
                words = k.split()
                # محمد بن راشد: راشد is his father's name, not a family name that names him alone (الراشد)
                if entry.type == "PER" and len(words) > 1 and words[-2] not in PATRONYMIC:
                    self.surnames[words[-1]].add(entry.id)
            for name in entry.extra.get("ambiguous_ar") or ():
                k = key(name)
                self.ambiguous[k].add(entry.id)
                self._add_name(k, entry.id)
            for alias in (entry.name_en, *entry.aliases_en):
                if alias:
                    self._add_name(alias.lower(), entry.id)
            if entry.subtype in ("country", "territory") and entry.country:
                self.by_country.setdefault(entry.country, entry.id)
                for adj in entry.nisba:
                    self.nisba.setdefault(key(adj), entry.id)
            for office in entry.offices:
                if office.country:
                    self.offices[(office.role, office.country)].append((office, entry.id))
        self.institutions = {key(i.arabic): i for i in institutions}
        self.titles = {key(t.arabic): t for t in titles}
        self.max_name_tokens = max((k.count(" ") + 1 for k in self.names), default=1)
        self._named: dict[tuple[str, str, str], list[str]] | None = None  # built by named_institution
        self._named_asked: dict[tuple[str, str, str], Entry | None] = {}

    def named_institution(self, arabic: str, sector: str, country: str) -> Entry | None:
        """The entry the knowledge base keeps for a country's institution (المخابرات العامة + الأردنية: Jordan's
        General Intelligence Directorate), so the body written with its country's adjective gets the same id as
        when it is written by its own name; None when no entry, or more than one, is that institution. Names are
        compared without a leading جهاز / دائرة / رئاسة and without the country's adjective at the end."""
        if self._named is None:
            self._named = defaultdict(list)
            for e in self.entries.values():
                if e.type == "ORG" and e.country:
                    for name in e.names_ar:
                        for sec in e.sectors:
                            ids = self._named[(self._core(name, e.country), sec, e.country)]
                            if e.id not in ids:
                                ids.append(e.id)
        asked = (arabic, sector, country)
        if asked not in self._named_asked:  # the same few institutions are asked about in every article
            found = self._named.get((self._core(arabic, country), sector, country), [])
            self._named_asked[asked] = self.entries[found[0]] if len(found) == 1 else None
        return self._named_asked[asked]

    def _core(self, name: str, country: str) -> str:
        words = key(name).split()
        if len(words) > 1 and words[0] in _BODY_HEADS:
            words = words[1:]
        home = self.by_country.get(country)
        if len(words) > 1 and home is not None and self.nisba.get(words[-1]) == home:
            words = words[:-1]
        return " ".join(words)

    def _add_name(self, k: str, entry_id: str) -> None:
        if k and entry_id not in self.names[k]:
            self.names[k].append(entry_id)

    def get(self, entry_id: str | None) -> Entry | None:
        return self.entries.get(entry_id) if entry_id else None

    def lookup(self, k: str) -> list[Entry]:
        return [self.entries[i] for i in self.names.get(k, ())]

    def country_of_nisba(self, k: str) -> Entry | None:
        entry_id = self.nisba.get(k)
        return self.entries.get(entry_id) if entry_id else None

    def country(self, iso3: str | None) -> Entry | None:
        return self.entries.get(self.by_country.get(iso3 or "", ""))

    def office_holders(self, role: str, country: str, day: date | None) -> list[Entry]:
        """Who held ``role`` in ``country`` on ``day`` (incumbents when no date is known)."""
        return [self.entries[pid] for office, pid in self.offices.get((role, country), []) if office.held_on(day)]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for entry in self.entries.values():
            out[entry.type] += 1
        return dict(sorted(out.items()))


def _entry(raw: dict[str, Any], where: str) -> Entry:
    try:
        offices = tuple(
            Office(o["role"], o.get("country"), o.get("title_ar"), o.get("org"), o.get("start"), o.get("end"))
            for o in raw.get("offices") or []
        )
        known = {
            "id",
            "type",
            "name_en",
            "names_ar",
            "country",
            "sectors",
            "subtype",
            "aliases_en",
            "acronyms_ar",
            "nisba",
            "capital",
            "part_of",
            "offices",
        }
        return Entry(
            id=raw["id"],
            type=raw["type"],
            name_en=raw.get("name_en") or "",
            names_ar=tuple(raw.get("names_ar") or ()),
            country=raw.get("country"),
            sectors=tuple(raw.get("sectors") or ()),
            subtype=raw.get("subtype"),
            aliases_en=tuple(raw.get("aliases_en") or ()),
            acronyms_ar=tuple(raw.get("acronyms_ar") or ()),
            nisba=tuple(raw.get("nisba") or ()),
            capital=raw.get("capital"),
            part_of=raw.get("part_of"),
            offices=offices,
            extra={k: v for k, v in raw.items() if k not in known},
        )
    except (KeyError, TypeError) as exc:
        raise ModelError(f"bad knowledge-base entry ({exc})", where=where) from None


def _tsv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t"))


def read_entries(folder: Path) -> list[Entry]:
    entries: list[Entry] = []
    for file in sorted(folder.glob("*.jsonl")):
        with file.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        raw = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise ModelError(f"line {n} is not JSON ({exc.msg})", where=str(file)) from None
                    entries.append(_entry(raw, f"{file}:{n}"))
    return entries


@lru_cache(maxsize=1)
def load(folder: str | None = None) -> KB:
    """The bundled knowledge base (or one from ``folder``), built once per process."""
    root = Path(folder) if folder else data_path("kb")
    institutions = [
        Institution(
            r["arabic"], r["sector"], r.get("name_en_pattern") or "{country} " + r["sector"], r.get("headed_by") or None
        )
        for r in _tsv(root / "institutions.tsv")
        if r.get("arabic") and r.get("sector")
    ]
    titles = [
        Title(r["arabic"], r["role"], r.get("sector") or "GOV", r.get("country") or None)
        for r in _tsv(root / "titles.tsv")
        if r.get("arabic")
    ]
    return KB(read_entries(root), institutions, titles)
