"""HTML pages: the article body through trafilatura, metadata through rasd's own rules on top.

trafilatura finds the main text well, but its date guess can come from a copyright line or a footer year
(on the CNN Arabic test page it answers 2013-01-01). Analysts sort and filter by date, so rasd decides the
publication date itself, from the most trustworthy source present: JSON-LD ``datePublished``, publication
meta tags, ``<time>`` / ``itemprop=datePublished``, a full date in the URL, then an Arabic date written in
the page near the headline, and never a line that carries ©, "جميع الحقوق" or "Copyright". Author and
outlet come from meta tags and JSON-LD, with trafilatura's guesses as fallback.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import lxml.html

from rasd.errors import InputError
from rasd.read.plaintext import clean_line, is_chrome

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "original-publish-date",
    "cxenseparse:recs:publishtime",
    "published_time",
    "release_date",
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author")
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](?:[a-z_]+/)?(\d{1,2})[/-](\d{1,2})(?:/|$)")
_URL_DATE2 = re.compile(r"/((?:19|20)\d{2})[/-]([a-z_]+)/(\d{1,2})/(\d{1,2})/")
_COPYRIGHT = re.compile(r"©|&copy;|جميع الحقوق|حقوق (?:النشر|الطبع)|copyright|all rights reserved", re.I)
_COMMENT_POLICY = re.compile(r"(?:التعليقات|تعليقات|الآراء الواردة|سياسة الخصوصية|شروط الاستخدام)")
_AR_MONTHS = {
    "يناير": 1,
    "كانون الثاني": 1,
    "جانفي": 1,
    "فبراير": 2,
    "شباط": 2,
    "فيفري": 2,
    "مارس": 3,
    "آذار": 3,
    "أبريل": 4,
    "ابريل": 4,
    "إبريل": 4,
    "نيسان": 4,
    "أفريل": 4,
    "مايو": 5,
    "أيار": 5,
    "ماي": 5,
    "يونيو": 6,
    "يونيه": 6,
    "حزيران": 6,
    "جوان": 6,
    "يوليو": 7,
    "يوليه": 7,
    "تموز": 7,
    "جويلية": 7,
    "يوليوز": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "آب": 8,
    "أوت": 8,
    "غشت": 8,
    "سبتمبر": 9,
    "أيلول": 9,
    "شتنبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "تشرين الأول": 10,
    "نوفمبر": 11,
    "تشرين الثاني": 11,
    "نونبر": 11,
    "ديسمبر": 12,
    "كانون الأول": 12,
    "دجنبر": 12,
}
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _AR_MONTHS), key=len, reverse=True))
_AR_DATE = re.compile(rf"(\d{{1,2}})\s+({_MONTH_ALT})(?:\s*/\s*(?:{_MONTH_ALT}))?\s*,?\s*(\d{{4}})")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _iso(value: str) -> str | None:
    m = _ISO.search(value.translate(_DIGITS))
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        date(y, mo, d)
    except ValueError:
        return None
    if m.group(4):
        return f"{y:04d}-{mo:02d}-{d:02d}T{int(m.group(4)):02d}:{m.group(5)}"
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _jsonld_objects(tree: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(node.text_content() or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                out.append(item)
                if "@graph" in item:
                    stack.append(item["@graph"])
    return out


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return "، ".join(names) if names else None
    return None


def _meta_values(tree: Any) -> dict[str, str]:
    values: dict[str, str] = {}
    for node in tree.xpath("//meta[@content]"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        if key and key not in values:
            values[key] = node.get("content", "").strip()
    return values


def find_published(tree: Any, url: str | None) -> tuple[str | None, str | None]:
    """(ISO date or datetime, which rule found it); rules in decreasing order of trust."""
    for obj in _jsonld_objects(tree):
        for key in ("datePublished", "dateCreated", "uploadDate"):
            if isinstance(obj.get(key), str) and (iso := _iso(obj[key])):
                return iso, f"json-ld {key}"
    metas = _meta_values(tree)
    for key in _DATE_META:
        if key in metas and (iso := _iso(metas[key])):
            return iso, f"meta {key}"
    for node in tree.xpath('//*[@itemprop="datePublished"] | //time[@datetime] | //time[@pubdate]'):
        raw = node.get("content") or node.get("datetime") or node.text_content() or ""
        if not _COPYRIGHT.search(raw) and (iso := _iso(raw)):
            return iso, "time element"
    for candidate in (url, metas.get("og:url"), _canonical(tree)):
        if candidate and (iso := _url_date(candidate)):
            return iso, "url"
    found = _in_page_date(tree)
    if found:
        return found, "page text"
    return None, None


def _canonical(tree: Any) -> str | None:
    links = tree.xpath('//link[@rel="canonical"]/@href')
    return str(links[0]) if links else None


def _url_date(url: str) -> str | None:
    for pattern in (_URL_DATE2, _URL_DATE):
        m = pattern.search(url)
        if m:
            y, mo, d = int(m.group(1)), int(m.groups()[-2]), int(m.groups()[-1])
            try:
                return date(y, mo, d).isoformat()
            except ValueError:
                continue
    return None


def _in_page_date(tree: Any) -> str | None:
    """An Arabic date written in the page, preferring one close after the headline, never a copyright line."""
    headings = tree.xpath("//h1")
    nodes = []
    if headings:
        nodes = headings[0].xpath("following::*[position() <= 12]")
    nodes += tree.xpath("//*[contains(@class, 'date') or contains(@class, 'time') or contains(@class, 'tmstmp')]")
    for node in nodes:
        text = " ".join(node.itertext()).translate(_DIGITS)
        if len(text) > 200 or _COPYRIGHT.search(text):
            continue
        m = _AR_DATE.search(text)
        if m:
            try:
                return date(int(m.group(3)), _AR_MONTHS[m.group(2)], int(m.group(1))).isoformat()
            except ValueError:
                continue
    return None


def parse_html(html: str, *, url: str | None = None, where: str = "input") -> tuple[str, list[str], dict[str, Any]]:
    """(headline, body paragraphs, metadata) of an HTML page."""
    import trafilatura

    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(f"not a readable HTML page ({exc})", where=where) from None
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    data: dict[str, Any] = {}
    if extracted is not None:
        data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    body_text = data.get("text") or ""
    metas = _meta_values(tree)
    jsonld = _jsonld_objects(tree)
    title = _first(
        [_name(o.get("headline")) for o in jsonld]
        + [metas.get("og:title"), data.get("title"), _h1(tree), (tree.findtext(".//title") or "").strip()]
    )
    paragraphs = [clean_line(p) for p in body_text.split("\n")]
    paragraphs = [p for p in paragraphs if p and not is_chrome(p)]
    # Comment-policy and disclaimer paragraphs at the end of the body are site chrome.
    while paragraphs and _COMMENT_POLICY.search(paragraphs[-1]) and len(paragraphs) > 1:
        paragraphs.pop()
    if title and paragraphs and clean_line(paragraphs[0]) == clean_line(title):
        paragraphs.pop(0)
    if not title and paragraphs:
        title = paragraphs.pop(0)
    meta: dict[str, Any] = {}
    author = _first(
        [_name(o.get("author")) for o in jsonld] + [metas.get(k) for k in _AUTHOR_META] + [data.get("author")]
    )
    if author and not author.startswith("http"):
        meta["author"] = author
    outlet = _first(
        [_name(o.get("publisher")) for o in jsonld] + [metas.get(k) for k in _SITE_META] + [data.get("sitename")]
    )
    if outlet:
        meta["outlet"] = outlet.lstrip("@")
    published, rule = find_published(tree, url or data.get("url"))
    if published:
        meta["published"] = published
        meta["published_source"] = rule
    page_url = url or metas.get("og:url") or _canonical(tree) or data.get("url")
    if page_url:
        meta["url"] = page_url
    desc = metas.get("og:description") or metas.get("description")
    if desc:
        meta["description"] = desc
    keywords = metas.get("keywords") or metas.get("news_keywords")
    if keywords:
        meta["keywords"] = [k.strip() for k in re.split(r"[,،]", keywords) if k.strip()]
    return clean_line(title or ""), paragraphs, meta


def _h1(tree: Any) -> str | None:
    nodes = tree.xpath("//h1")
    return clean_line(nodes[0].text_content()) if nodes else None


def _first(values: list[str | None]) -> str | None:
    for v in values:
        if v and v.strip():
            return v.strip()
    return None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return (
        "<html" in head or "<!doctype html" in head or ("<body" in head) or head.count("<p") + head.count("<div") >= 2
    )
