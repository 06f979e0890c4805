"""rasd's date grammar against dateparser: accuracy on day-level phrases and speed on real articles.

    .venv/bin/python bench/dates_vs_dateparser.py [--dateparser-articles 100] [--verbose]

(a) rasd's phrase table (tests/dates/phrases.tsv): its day-level rows (value a date or date-time; a row
    counts as right when the system returns exactly one date overlapping the phrase and its day equals the
    expected day), and its negative rows (right when the system returns no date at all).
(b) UNSEEN below: day-level phrases in news sentences, written before either system was run on them
    (right when the system returns exactly one date in the sentence and its day is the expected one).
(c) speed: articles per second on one core over shared/data/bench/saudinewsnet-NC/2015-07-23.zip (1,318
    articles; the day of date_extracted is the publication date); dateparser on the first N articles.

dateparser is called as search.search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": published,
"PREFER_DATES_FROM": "past"}); a date-only publication date is given to it at 12:00. For rasd, a month
value with mod start / mid / end ("مطلع / منتصف / نهاية الشهر") counts as the 1st / 15th / last day.
dateparser is a dev dependency used only here; rasd's code never imports it.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import os
import sys
import time
import warnings
from pathlib import Path

from saudinewsnet import load_articles

from rasd.dates import DateMention, find_dates

ROOT = Path(__file__).resolve().parents[1]
PHRASES = ROOT / "tests" / "dates" / "phrases.tsv"
DEFAULT_BASE = dt.datetime(2026, 2, 10, 12, 0)

# sentence, published, expected day
UNSEEN = """\
وصل الوفد الأمريكي أمس إلى العاصمة الأردنية عمّان	2026-02-10	2026-02-09
ومن المقرر أن تستأنف المحادثات بعد غد في جنيف	2026-02-10	2026-02-12
قال المتحدث إن الاجتماع سيعقد منتصف مارس المقبل	2026-02-10	2026-03-15
تجرى الانتخابات البلدية يوم الإثنين الأخير من الشهر المقبل	2026-02-10	2026-03-30
أعلنت الوزارة أول أمس عن خطة جديدة للنقل	2026-02-10	2026-02-08
اندلع الحريق فجر اليوم في مستودع بالميناء	2026-02-10	2026-02-10
التقى الرئيس نظيره الفرنسي الأحد الماضي في باريس	2026-02-10	2026-02-08
وكانت الشرطة قد اعتقلت المشتبه به قبل ثلاثة أيام	2026-02-10	2026-02-07
يبدأ تطبيق القرار في الأول من آذار المقبل	2026-02-10	2026-03-01
شهدت الأسواق تراجعاً حاداً يوم الخميس الماضي	2026-02-10	2026-02-05
سيزور الوفد القاهرة يوم السبت المقبل لبحث الملف	2026-02-10	2026-02-14
افتتح المعرض مساء أمس بحضور عدد من المسؤولين	2026-02-10	2026-02-09
وقع الانفجار في 3 شباط/فبراير الجاري	2026-02-10	2026-02-03
أفرجت السلطات عن الصحفي منذ أسبوعين	2026-02-10	2026-01-27
انتهت المهلة نهاية الشهر الماضي دون اتفاق	2026-02-10	2026-01-31
أعلن الجيش صباح اليوم الثلاثاء عن مقتل ثلاثة مسلحين	2026-02-10	2026-02-10
تعقد القمة العربية في 15 أيار 2026 في بغداد	2026-02-10	2026-05-15
قال الوزير إن الحكومة ستعلن الموازنة مطلع الشهر المقبل	2026-02-10	2026-03-01
كانت آخر زيارة له إلى دمشق في 28 كانون الأول	2026-02-10	2025-12-28
توفي الفنان يوم 20 يناير الماضي	2026-02-10	2026-01-20
تنطلق البطولة في العاشر من الشهر المقبل	2026-02-10	2026-03-10
وقع الزلزال عند الثالثة فجر أمس بالتوقيت المحلي	2026-02-10	2026-02-09
أعلن البنك المركزي قبل أسبوع رفع سعر الفائدة	2026-02-10	2026-02-03
سيتم الإعلان عن النتائج بعد عشرة أيام	2026-02-10	2026-02-20
عاد اللاعب إلى التدريبات الجمعة الماضية	2026-02-10	2026-02-06
صدر المرسوم في 9/2/2026	2026-02-10	2026-02-09
تبدأ إجازة منتصف العام الدراسي يوم الخميس 19 شباط	2026-02-10	2026-02-19
انطلقت الحملة قبل يومين في المحافظات الشمالية	2026-02-10	2026-02-08
استقبل الملك ضيوفه ليلة أمس في القصر	2026-02-10	2026-02-09
تنتهي الهدنة بعد غد الخميس	2025-12-30	2026-01-01
بدأ العمل بالنظام الجديد في 1 كانون الثاني	2025-12-30	2026-01-01
أعلنت الشركة نتائجها الأربعاء الماضي	2025-12-30	2025-12-24
يستمر المعرض حتى الرابع من الشهر المقبل	2025-12-30	2026-01-04
قالت الوزارة أمس إن الأمطار ستستمر	2024-03-01	2024-02-29
وقع الحادث يوم الأربعاء الماضي	2024-03-01	2024-02-28
ستعقد الجلسة الإثنين المقبل	2024-03-01	2024-03-04
أعلنت الهيئة اليوم الخميس عن بدء التسجيل	2015-07-23	2015-07-23
وصل سموه إلى جدة مساء أول من أمس	2015-07-23	2015-07-21
يعقد الاجتماع بعد أسبوع من اليوم	2015-07-23	2015-07-30
وكان الحادث قد وقع في الخامس عشر من رمضان	2015-07-23	2015-07-02
تقام المباراة النهائية مساء السبت المقبل	2015-07-23	2015-07-25
"""


def shared_dir() -> Path:
    env = os.environ.get("RASD_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def parse_pub(text: str) -> dt.date | dt.datetime | None:
    if not text:
        return None
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def as_base(pub: dt.date | dt.datetime | None) -> dt.datetime:
    if pub is None:
        return DEFAULT_BASE
    if isinstance(pub, dt.datetime):
        return pub
    return dt.datetime.combine(pub, dt.time(12, 0))


def rasd_day(m: DateMention) -> str | None:
    """The day a rasd mention names, or None when it names a longer period."""
    v = m.value
    if not isinstance(v, str) or v.startswith("T"):
        return None
    if len(v) >= 10:
        return v[:10]
    if len(v) == 7 and m.mod in ("start", "mid", "end"):
        y, mo = int(v[:4]), int(v[5:7])
        day = {"start": 1, "mid": 15, "end": calendar.monthrange(y, mo)[1]}[m.mod]
        return f"{y:04d}-{mo:02d}-{day:02d}"
    return None


def rasd_found(text: str, pub: dt.date | dt.datetime | None) -> list[tuple[int, int, str | None]]:
    return [(m.start, m.end, rasd_day(m)) for m in find_dates(text, pub)]


def dateparser_found(text: str, pub: dt.date | dt.datetime | None) -> list[tuple[int, int, str | None]]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": as_base(pub), "PREFER_DATES_FROM": "past"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hits = search_dates(text, languages=["ar"], settings=settings) or []
    out = []
    pos = 0
    for sub, when in hits:
        start = text.find(sub, pos)
        if start < 0:
            start = text.find(sub)
        pos = start + len(sub) if start >= 0 else pos
        out.append((start, start + len(sub), when.date().isoformat()))
    return out


def load_table() -> tuple[list[tuple[str, str, object, str]], list[tuple[str, object]]]:
    """Day-level rows (text, phrase, published, day) and negative rows (text, published) of the phrase table."""
    positives, negatives = [], []
    for line in PHRASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, mention, published, value = line.split("\t")[:4]
        pub = parse_pub(published)
        if value == "NONE":
            negatives.append((text, pub))
        elif len(value) >= 10 and value[4] == "-" and ".." not in value:
            positives.append((text, mention or text, pub, value[:10]))
    return positives, negatives


def score_table(system, positives, negatives, verbose: bool, name: str) -> tuple[int, int]:
    right = 0
    for text, phrase, pub, day in positives:
        lo = text.find(phrase)
        hi = lo + len(phrase)
        hits = [h for h in system(text, pub) if h[0] < hi and lo < h[1]]
        ok = len(hits) == 1 and hits[0][2] == day
        right += ok
        if verbose and not ok:
            print(f"  [{name}] (a) {text!r}: want {day}, got {hits}")
    quiet = 0
    for text, pub in negatives:
        hits = system(text, pub)
        quiet += not hits
        if verbose and hits:
            print(f"  [{name}] (a-) {text!r}: want nothing, got {hits}")
    return right, quiet


def score_unseen(system, verbose: bool, name: str) -> int:
    right = 0
    for line in UNSEEN.strip().splitlines():
        sentence, published, expected = line.split("\t")
        hits = system(sentence, parse_pub(published))
        ok = len(hits) == 1 and hits[0][2] == expected
        right += ok
        if verbose and not ok:
            print(f"  [{name}] (b) {sentence!r}: want {expected}, got {hits}")
    return right


def articles() -> list[tuple[str, dt.date]]:
    data = load_articles(shared_dir() / "data" / "bench" / "saudinewsnet-NC" / "2015-07-23.zip")
    return [(a["content"] or "", dt.date.fromisoformat(a["date_extracted"][:10])) for a in data]


def speed(system, docs: list[tuple[str, dt.date]]) -> float:
    start = time.perf_counter()
    for text, pub in docs:
        system(text, pub)
    return len(docs) / (time.perf_counter() - start)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dateparser-articles", type=int, default=100, help="articles timed for dateparser")
    ap.add_argument("--verbose", action="store_true", help="list every phrase a system gets wrong")
    args = ap.parse_args(argv)
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("dateparser is not installed (pip install -e .[dev])", file=sys.stderr)
        return 2
    positives, negatives = load_table()
    n_unseen = len(UNSEEN.strip().splitlines())
    systems = {"rasd": rasd_found, "dateparser": dateparser_found}
    results: dict[str, dict[str, str]] = {}
    for name, system in systems.items():
        right, quiet = score_table(system, positives, negatives, args.verbose, name)
        unseen = score_unseen(system, args.verbose, name)
        results[name] = {
            "a": f"{right}/{len(positives)} ({right / len(positives):.1%})",
            "a-": f"{quiet}/{len(negatives)} ({quiet / len(negatives):.1%})",
            "b": f"{unseen}/{n_unseen} ({unseen / n_unseen:.1%})",
        }
    docs = articles() if (shared_dir() / "data" / "bench").exists() else []
    if docs:
        find_dates("تمهيد", None)  # load the tables before timing
        rasd_speed = speed(rasd_found, docs)
        subset = docs[: args.dateparser_articles]
        dp_speed = speed(dateparser_found, subset)
        results["rasd"]["c"] = f"{rasd_speed:,.1f} ({len(docs)} articles)"
        results["dateparser"]["c"] = f"{dp_speed:,.2f} ({len(subset)} articles)"
    rows = [
        ("(a) phrase table, day-level rows", "a"),
        ("(a) phrase table, negative rows (no date)", "a-"),
        ("(b) unseen day-level phrases", "b"),
        ("(c) speed, articles/s (one core)", "c"),
    ]
    print(f"{'':44}{'rasd':>26}{'dateparser':>26}")
    for label, k in rows:
        print(f"{label:44}{results['rasd'].get(k, 'n/a'):>26}{results['dateparser'].get(k, 'n/a'):>26}")
    if docs:
        print(f"speed ratio rasd / dateparser: {rasd_speed / dp_speed:,.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
