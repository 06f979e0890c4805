"""Bytes to text for Arabic pages: UTF-8, windows-1256 and ISO-8859-6, declared or detected.

Arabic sites still serve windows-1256 and ISO-8859-6 pages, often with a wrong or missing declaration, and
archives mix them. A declared charset is trusted only if the bytes decode cleanly under it; otherwise UTF-8
is tried, then the Arabic legacy code pages, keeping the one that yields the most Arabic letters. Input that
is binary, or that no candidate decodes to readable text, is refused with a clear error instead of turning
into mojibake that every later stage would silently mis-analyse.
"""

from __future__ import annotations

import codecs
import contextlib
import re

from rasd.errors import InputError
from rasd.text.normalize import arabic_ratio

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""",
    re.IGNORECASE,
)
_ARABIC_LEGACY = ("cp1256", "iso8859_6")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first few kilobytes (meta tag or XML header), if any."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    return (m.group(1) or m.group(2)).decode("ascii", "replace").strip().lower()


def is_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not a text page."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.05


def _quality(text: str) -> float:
    """Higher is better: share of Arabic among letters, penalizing replacement and C1 control characters."""
    bad = sum(1 for ch in text[:20000] if ch == "\ufffd" or "\x80" <= ch <= "\x9f")
    return arabic_ratio(text[:20000]) - bad / max(len(text[:20000]), 1) * 10


def decode(data: bytes, *, encoding: str | None = None, where: str = "input") -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding used). Raises InputError when it cannot be done."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(
                f"unknown encoding {encoding!r}", where=where, hint="Use utf-8, windows-1256 or iso-8859-6."
            ) from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise InputError(
                f"the bytes are not valid {encoding} (byte {exc.start})",
                where=where,
                hint="Check the file's encoding or leave --encoding out to detect it.",
            ) from None
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    if is_binary(data):
        raise InputError("this is a binary file, not a text or HTML page", where=where)
    declared = declared_charset(data)
    candidates: list[str] = []
    if declared:
        with contextlib.suppress(LookupError):  # an unknown declaration is ignored; detection decides
            candidates.append(codecs.lookup(declared).name)
    for enc in ("utf-8", *_ARABIC_LEGACY):
        if codecs.lookup(enc).name not in candidates:
            candidates.append(codecs.lookup(enc).name)
    decoded: list[tuple[float, str, str]] = []
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == candidates[0] and (enc.startswith("utf") or arabic_ratio(text[:20000]) > 0.3):
            return text, enc  # declared (or UTF-8) and clean
        decoded.append((_quality(text), enc, text))
    if not decoded:
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
        except Exception:  # charset-normalizer is a best-effort fallback
            best = None
        if best is None:
            raise InputError(
                "could not detect the text encoding",
                where=where,
                hint="Pass --encoding (utf-8, windows-1256 or iso-8859-6).",
            )
        return str(best), best.encoding
    decoded.sort(key=lambda item: item[0], reverse=True)
    _, enc, text = decoded[0]
    return text, enc
