"""Scraped plain text: find the headline, the byline and the body; drop the site's chrome.

Pages saved as text keep what surrounded the article: a byline in the site's house style ("الفداء_ أحمد
العلي", "كتب: ...", "بقلم ...", "– سانا"), and a tail of hashtags, "المزيد...", "آخر الأخبار", "اقرأ أيضاً"
and share or follow prompts. Left in, they become false entities and false quotes in every later stage. The
rules here are line-level and conservative: a line is chrome only when it is short and matches a known
shape; the body is never cut in the middle of a paragraph. What is removed but useful (author, outlet,
hashtags) goes to metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WS = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE_LINE = re.compile(r"^[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*$")

# Bylines. Each returns (outlet, author); the line is short (checked by the caller).
_AUTHOR = r"(?P<author>[^\d:_#|•\-–—]{3,60}?)"
_BYLINES: list[re.Pattern[str]] = [
    # "الفداء_ أحمد العلي": the outlet name glued to an underscore, then the author
    re.compile(rf"^(?P<outlet>[^\s_:#]{{2,25}}(?: [^\s_:#]{{2,25}})?)\s*_\s*{_AUTHOR}\s*$"),
    # "كتب: فلان", "كتبت - فلانة", "كتب فلان", "إعداد: ...", "تقرير: ..."
    re.compile(rf"^(?:كتب|كتبت|إعداد|اعداد|تقرير|متابعة|حوار|ترجمة)\s*[:\-–—]?\s*{_AUTHOR}\s*$"),
    # "بقلم: فلان" / "بقلم فلان"
    re.compile(rf"^بقلم\s*[:\-–—]?\s*{_AUTHOR}\s*$"),
    # "– سانا" / "- وكالات": a dash then an outlet alone
    re.compile(r"^[\-–—]\s*(?P<outlet>[^\s:#]{2,25}(?: [^\s:#]{2,25})?)\s*$"),
    # "فلان – الفداء": author, dash, outlet
    re.compile(rf"^{_AUTHOR}\s+[\-–—]\s+(?P<outlet>[^\s:#]{{2,25}})\s*$"),
]
_BYLINE_MAX_WORDS = 7

# Lines of site chrome (matched on a whitespace-collapsed, stripped line).
_CHROME = re.compile(
    r"^(?:"
    r"المزيد\s*(?:\.{2,}|…)?|اقرأ المزيد|قراءة المزيد|آخر الأخبار|أخبار ذات صلة|مواضيع ذات صلة|أخبار متعلقة|"
    r"اقرأ أيض[اًا]ً?\s*[:：]?|اقرأ كذلك\s*[:：]?|إقرأ أيض[اًا]ً?\s*[:：]?|"
    r"شارك(?:\s+(?:الخبر|المقال|هذا الخبر|على.*))?|مشاركة|شارك عبر.*|"
    r"تابع(?:نا|ونا)(?:\s+(?:على|عبر).*)?|تابعوا.*(?:تلغرام|تيليغرام|فيسبوك|تويتر|إكس|يوتيوب|واتساب).*|"
    r"اشترك.*(?:القناة|النشرة|تلغرام|تيليغرام|يوتيوب).*|"
    r"(?:فيسبوك|تويتر|واتساب|تلغرام|تيليغرام|لينكدإن|إكس|انستغرام|يوتيوب|Facebook|Twitter|WhatsApp|Telegram|X)"
    r"(?:\s*[|،,•]?\s*(?:فيسبوك|تويتر|واتساب|تلغرام|تيليغرام|لينكدإن|إكس|انستغرام|يوتيوب|Facebook|Twitter|WhatsApp|Telegram|X))*|"
    r"طباعة|إرسال|أرسل لصديق|تعليقات|التعليقات|أضف تعليق|الرئيسية|"
    r"(?:الوسوم|الكلمات المفتاحية|كلمات مفتاحية|Tags)\s*[:：].*|"
    r"(?:جميع الحقوق محفوظة|©|Copyright|حقوق النشر).*|.*(?:جميع الحقوق محفوظة|All rights reserved).*"
    r")$",
    re.IGNORECASE,
)
_HASHTAG = re.compile(r"#([\w\u0600-\u06ff]+(?:_[\w\u0600-\u06ff]+)*)")
_ONLY_HASHTAGS = re.compile(r"^(?:#[\w\u0600-\u06ff_]+[\s،,]*)+$")
_OUTLET_HASHTAG = re.compile(r"^(?:صحيفة|جريدة|موقع|قناة|وكالة|مجلة|إذاعة)_(.+)$")
_SOURCE_LINE = re.compile(r"^(?:المصدر|المصادر|Source)\s*[:：]\s*(?P<outlet>.{2,60})$")
# Datelines at the start of the first body paragraph: "دمشق - سانا:", "بيروت (رويترز) -", "دمشق، سوريا (CNN) --"
_DATELINE = re.compile(
    r"^(?P<place>[\u0621-\u0652]{2,20}(?:[ ،,]+[\u0621-\u0652]{2,20})?)\s*"
    r"(?:[\-–—]\s*(?P<agency>[\u0621-\u064a A-Za-z.]{2,25}?)\s*[:：\-–—]|"
    r"\((?P<agency2>[^()]{2,25})\)\s*(?:--|[\-–—:：]))"
)


@dataclass
class Parsed:
    """The parts of a scraped page: headline, body paragraphs, and what was lifted out of it."""

    title: str
    paragraphs: list[str]
    meta: dict[str, object] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)


def clean_line(line: str) -> str:
    return _WS.sub(" ", line).strip()


def _byline(line: str) -> tuple[str | None, str | None] | None:
    if len(line.split()) > _BYLINE_MAX_WORDS or line.endswith((".", "؟", "!")):
        return None
    for pattern in _BYLINES:
        m = pattern.match(line)
        if m:
            gd = m.groupdict()
            author = (gd.get("author") or "").strip() or None
            outlet = (gd.get("outlet") or "").strip() or None
            return outlet, author
    return None


def is_chrome(line: str) -> bool:
    return bool(_CHROME.match(line) or _ONLY_HASHTAGS.match(line))


def parse(text: str) -> Parsed:
    """Split scraped text into headline, byline metadata and body paragraphs."""
    lines = [clean_line(raw) for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [ln for ln in lines if ln and not _INVISIBLE_LINE.match(ln)]
    meta: dict[str, object] = {}
    removed: list[str] = []
    hashtags: list[str] = []

    # Trailing chrome: peel short known lines off the end; remember hashtags and source lines.
    while lines:
        last = lines[-1]
        src = _SOURCE_LINE.match(last)
        if is_chrome(last) or src:
            if src:
                meta.setdefault("outlet", src.group("outlet").strip())
            hashtags[:0] = _HASHTAG.findall(last)
            removed.append(lines.pop())
            continue
        break
    # Chrome lines inside the body ("اقرأ أيضاً" followed by a related headline) are cut with that headline.
    kept: list[str] = []
    skip_related = False
    for ln in lines:
        if is_chrome(ln):
            hashtags.extend(_HASHTAG.findall(ln))
            removed.append(ln)
            skip_related = ln.startswith(("اقرأ", "إقرأ", "أخبار ذات", "مواضيع ذات"))
            continue
        if skip_related and len(ln.split()) <= 15 and not ln.endswith((".", "؟", "!", ":")):
            removed.append(ln)
            continue
        skip_related = False
        kept.append(ln)
    lines = kept
    if not lines:
        return Parsed("", [], meta, removed)

    # A byline may stand before the headline (rare) or right after it (usual).
    title_idx = 0
    if len(lines) > 1 and _byline(lines[0]) and not _byline(lines[1]):
        found = _byline(lines[0])
        assert found is not None
        _apply_byline(meta, *found)
        removed.append(lines[0])
        title_idx = 1
    title = lines[title_idx]
    body = lines[title_idx + 1 :]
    for i, ln in enumerate(body[:3]):
        found = _byline(ln)
        if found:
            _apply_byline(meta, *found)
            removed.append(ln)
            del body[i]
            break

    for tag in hashtags:
        m = _OUTLET_HASHTAG.match(tag)
        if m and "outlet" not in meta:
            meta["outlet"] = m.group(1).replace("_", " ")
    if hashtags:
        meta["hashtags"] = list(dict.fromkeys(hashtags))
    if body:
        m = _DATELINE.match(body[0])
        if m and m.end() < len(body[0]):
            meta["dateline"] = {
                "place": m.group("place").strip(" ،,"),
                "agency": (m.group("agency") or m.group("agency2") or "").strip() or None,
            }
    return Parsed(title, body, meta, removed)


def _apply_byline(meta: dict[str, object], outlet: str | None, author: str | None) -> None:
    if outlet and "outlet" not in meta:
        meta["outlet"] = outlet
    if author and "author" not in meta:
        meta["author"] = author
