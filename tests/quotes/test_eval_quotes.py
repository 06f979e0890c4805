"""``rasd eval quotes`` on a tiny corpus written for these tests, in the SaudiNewsNet format the real gold uses.

The two articles are made up; each has one direct and one indirect quote whose speaker is found with or
without a NER model, so the figures below hold whichever pipeline this build runs.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from rasd.document import Span
from rasd.errors import InputError
from rasd.evaluate.quotes import document_of, evaluate, match, speaker_right

ARTICLES: list[dict[str, Any]] = [
    {
        "source": "test",
        "url": "https://example.org/news/1",
        "date_extracted": "2015-07-23 10:00:00",
        "author": "",
        "title": "وزير الخارجية يزور الرياض",
        "content": "وصل وزير الخارجية سامي العلي إلى الرياض أمس في زيارة رسمية.\n"
        "وقال العلي: «المحادثات كانت بناءة ومثمرة جدا بين البلدين».\n"
        "وأكد مصدر مسؤول أن الزيارة ستستمر ثلاثة أيام.",
    },
    {
        "source": "test",
        "url": "https://example.org/news/2",
        "date_extracted": "2015-07-23 11:00:00",
        "author": "",
        "title": "افتتاح مستشفى جديد في جدة",
        "content": "افتتحت وزارة الصحة مستشفى جديدا في جدة.\n"
        "وأوضح مدير المستشفى خالد الحربي أن المستشفى يضم مئتي سرير ويخدم أحياء شمال المدينة.\n"
        "وأضاف: «نعمل على توفير أفضل رعاية صحية لجميع السكان في المنطقة».",
    },
]
TEXTS = [document_of(a).text for a in ARTICLES]


def at(article: int, part: str, after: str = "") -> list[int]:
    """[start, end] of ``part`` in an article's text (first occurrence after ``after``)."""
    text = TEXTS[article]
    start = text.index(part, text.index(after) if after else 0)
    return [start, start + len(part)]


def quote(article: int, kind: str, cue: str, content: str, speaker: str, speaker_after: str = "") -> dict[str, Any]:
    s, e = at(article, speaker, speaker_after)
    return {
        "article": article,
        "url": ARTICLES[article]["url"],
        "kind": kind,
        "cue": at(article, cue),
        "content": at(article, content),
        "speaker": {"start": s, "end": e},
    }


def gold_quotes() -> list[dict[str, Any]]:
    return [
        quote(0, "direct", "وقال", "المحادثات كانت بناءة ومثمرة جدا بين البلدين", "العلي", "وقال"),
        quote(0, "indirect", "وأكد", "أن الزيارة ستستمر ثلاثة أيام", "مصدر مسؤول"),
        quote(1, "indirect", "وأوضح", "أن المستشفى يضم مئتي سرير ويخدم أحياء شمال المدينة", "خالد الحربي"),
        quote(1, "direct", "وأضاف", "نعمل على توفير أفضل رعاية صحية لجميع السكان في المنطقة", "خالد الحربي"),
    ]


def write_corpus(folder: Path, articles: list[dict[str, Any]] = ARTICLES) -> Path:
    path = folder / "2015-07-23.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("2015-07-23.json", json.dumps(articles, ensure_ascii=False))
    return path


def write_gold(folder: Path, records: list[dict[str, Any]]) -> Path:
    path = folder / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_perfect_gold(tmp_path: Path) -> None:
    r = evaluate(write_gold(tmp_path, gold_quotes()), write_corpus(tmp_path))
    assert (r["quotes"], r["articles"], r["predicted"], r["detected"]) == (4, 2, 4, 4)
    for key in ("precision", "recall", "content_f1", "content_f1_all", "speaker_accuracy", "kind_accuracy"):
        assert r[key] == pytest.approx(1.0), key
    assert r["by_kind"]["direct"] == {"quotes": 2, "recall": 1.0, "speaker_accuracy": 1.0}
    assert "quotes" in r["pipeline"] and r["articles_per_second"] > 0
    assert r["errors"] == []


def test_wrong_speaker(tmp_path: Path) -> None:
    records = gold_quotes()
    records[1]["speaker"] = dict(zip(("start", "end"), at(0, "وزير الخارجية سامي العلي"), strict=True))
    r = evaluate(write_gold(tmp_path, records), write_corpus(tmp_path))
    assert r["detected"] == 4 and r["speakers"] == 4
    assert r["speaker_accuracy"] == pytest.approx(0.75)
    assert r["content_f1"] == pytest.approx(1.0)
    [err] = [e for e in r["errors"] if e["error"] == "speaker"]
    assert err["article"] == 0 and err["got_text"] == "مصدر مسؤول"


def test_speaker_found_under_another_name_counts(tmp_path: Path) -> None:
    records = gold_quotes()
    # the gold names the speaker in the sentence before; the quote itself says "العلي"
    s, e = at(0, "سامي العلي")
    records[0]["speaker"] = {"start": s, "end": e, "corefs": [at(0, "العلي", "وقال")]}
    r = evaluate(write_gold(tmp_path, records), write_corpus(tmp_path))
    assert r["speaker_accuracy"] == pytest.approx(1.0)


def test_missed_quote_and_unknown_speaker(tmp_path: Path) -> None:
    records = gold_quotes()
    records[1]["speaker"] = None  # not scored for the speaker
    records.append(
        {
            "article": 1,
            "url": ARTICLES[1]["url"],
            "kind": "statement",
            "cue": None,
            "content": at(1, "افتتحت وزارة الصحة مستشفى جديدا في جدة"),
            "speaker": None,
        }
    )
    r = evaluate(write_gold(tmp_path, records), write_corpus(tmp_path))
    assert (r["quotes"], r["detected"], r["predicted"], r["speakers"]) == (5, 4, 4, 3)
    assert r["recall"] == pytest.approx(0.8) and r["precision"] == pytest.approx(1.0)
    assert r["content_f1"] == pytest.approx(1.0)  # the quotes found have the right content
    assert 0.0 < r["content_f1_all"] < 1.0  # the missed one counts as zero overlap
    assert r["by_kind"]["statement"]["recall"] == 0.0
    assert [e["error"] for e in r["errors"]] == ["missed"]


def test_match_pairs_best_fit_one_to_one() -> None:
    gold = [(0, 50), (52, 100)]
    # the first prediction runs over both gold quotes; the second fits the second exactly
    assert match(gold, [(0, 100), (52, 100)]) == {0: 0, 1: 1}
    assert match(gold, [(0, 100)]) == {0: 0}
    assert match(gold, [(200, 250)]) == {}


def test_speaker_by_entity_id() -> None:
    rec = {"speaker": {"start": 10, "end": 20}}
    elsewhere = Span(40, 45, "PER", {"id": "rasd:per/x"})
    entities = [Span(10, 20, "PER", {"id": "rasd:per/x"}), elsewhere]
    assert speaker_right(rec, elsewhere, entities)
    assert not speaker_right(rec, Span(40, 45, "PER", {"id": "rasd:per/y"}), entities)
    assert speaker_right(rec, Span(15, 25, "NOUN"), [])
    assert not speaker_right(rec, None, entities)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.update(url="https://example.org/other"), "has url"),
        (lambda r: r.update(content=[5, 100000]), "run past"),
        (lambda r: r.update(article=7), "not in the corpus"),
        (lambda r: r.update(kind="paraphrase"), "kind"),
        (lambda r: r.update(content=[30, 10]), "content must be"),
        (lambda r: r.pop("url"), 'no "url"'),
    ],
)
def test_bad_gold_records(tmp_path: Path, change: Any, message: str) -> None:
    records = gold_quotes()
    change(records[2])
    with pytest.raises(InputError, match=message):
        evaluate(write_gold(tmp_path, records), write_corpus(tmp_path))


def test_bad_files(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        evaluate(tmp_path / "absent.jsonl", corpus)
    gold = write_gold(tmp_path, gold_quotes())
    with pytest.raises(InputError, match="no such file"):
        evaluate(gold, tmp_path / "absent.zip")
    broken = tmp_path / "broken.jsonl"
    broken.write_text(gold.read_text(encoding="utf-8") + '{"article": 0, "url": \n', encoding="utf-8")
    with pytest.raises(InputError, match="line 5 is not JSON"):
        evaluate(broken, corpus)
    not_array = tmp_path / "corpus.json"
    not_array.write_text('{"articles": []}', encoding="utf-8")
    with pytest.raises(InputError, match="not a JSON array"):
        evaluate(gold, not_array)


def test_cli_json_and_errors(tmp_path: Path) -> None:
    gold, corpus = write_gold(tmp_path, gold_quotes()), write_corpus(tmp_path)
    cmd = [sys.executable, "-m", "rasd", "eval", "quotes", "--data", str(gold), "--corpus", str(corpus)]
    out = subprocess.run([*cmd, "--format", "json"], capture_output=True, timeout=300)
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout)
    assert r["quotes"] == 4 and r["speaker_accuracy"] == 1.0
    out = subprocess.run(cmd, capture_output=True, timeout=300)
    assert out.returncode == 0 and "speaker_accuracy" in out.stdout.decode()
    out = subprocess.run([*cmd[:6], str(tmp_path / "none.jsonl"), *cmd[7:]], capture_output=True, timeout=300)
    assert out.returncode == 2 and b"no such file" in out.stderr and not out.stdout


def test_the_gold_set_on_saudinewsnet(shared: Path) -> None:
    """The committed gold refers to articles in ../shared; its offsets and urls must fit them."""
    corpus = shared / "data" / "bench" / "saudinewsnet-NC" / "2015-07-23.zip"
    if not corpus.exists():
        pytest.skip(f"{corpus} is absent")
    gold = Path(__file__).resolve().parents[2] / "bench" / "gold" / "quotes_saudinewsnet.jsonl"
    r = evaluate(gold, corpus)
    assert r["quotes"] >= 120 and r["articles"] >= 25
    assert 0.0 < r["recall"] <= 1.0 and 0.0 <= r["speaker_accuracy"] <= 1.0
