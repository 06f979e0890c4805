"""dateparser's own Arabic test cases (shared/data/dates/dateparser/arabic_test_cases.txt): rasd must get at
least 95% of them right. A case is right when rasd finds exactly the expected dates (one per expected value,
in order) with the expected values and grain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from rasd.dates import find_dates
from tests.conftest import shared_dir

CASES_FILE = Path("data") / "dates" / "dateparser" / "arabic_test_cases.txt"


@dataclass(frozen=True)
class Case:
    phrase: str
    reference: dt.datetime | None
    expected: tuple[str, ...]
    grain: str
    kind: str


def load_cases(path: Path) -> list[Case]:
    cases: list[Case] = []
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True  # phrase, reference, expected, grain, kind
            continue
        phrase, reference, expected, grain, kind = line.split("\t")
        ref = dt.datetime.fromisoformat(reference) if reference else None
        cases.append(Case(phrase, ref, tuple(expected.split("|")), grain, kind))
    return cases


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    folder = shared_dir()
    path = folder / CASES_FILE if folder else None
    if path is None or not path.exists():
        pytest.skip(f"{CASES_FILE} is absent: the shared data folder is not beside the project (set RASD_SHARED)")
    return load_cases(path)


def passes(case: Case) -> bool:
    mentions = find_dates(case.phrase, case.reference)
    return [m.value for m in mentions] == list(case.expected) and all(m.grain == case.grain for m in mentions)


def test_cases_parsed(cases: list[Case]) -> None:
    assert len(cases) == 19


def test_pass_rate(cases: list[Case]) -> None:
    failed = [c for c in cases if not passes(c)]
    rate = 1 - len(failed) / len(cases)
    detail = [(c.phrase, c.expected, [(m.text, m.value, m.grain) for m in find_dates(c.phrase, c.reference)])
              for c in failed]
    print(f"dateparser Arabic cases: {len(cases) - len(failed)}/{len(cases)} = {rate:.1%}")
    assert rate >= 0.95, f"pass rate {rate:.1%} below 95%: {detail}"
