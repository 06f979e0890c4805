"""The quotes stage: who said what, how and when.

Arabic news reports speech in three shapes, and the stage finds each:

* **direct**: words in «…», “…” or "…" (long enough to be speech, not a quoted name such as “داعش”), or
  after a colon; the cue is the reporting verb before the colon or right after the closing mark;
* **indirect**: a reporting verb (قال، أكد، أوضح، أشار …) then its subject, then إنّ / أنّ / بأن and the
  content to the end of the sentence (the content keeps its إنّ, as the paper printed it);
* **statement**: a document speaks (وأكد البيان الختامي …): the speaker is the body the document belongs to.

The speaker is the entity that is the subject of the cue: the first entity after the verb (Arabic's usual
verb-subject order: وقال وزير الخارجية أسعد الشيباني), the one just before it (subject-verb), or, for a bare
"وأضاف", the previous quote's speaker. A channel (في منشور عبر منصة “إكس”، في مؤتمر صحفي) and a date stated
between the cue and the content are attached to the quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rasd.data import path as data_path
from rasd.document import Document, Span
from rasd.kb.match import QUOTES, Tok, word_tokens
from rasd.text.clitics import candidates
from rasd.text.normalize import norm

OPENERS = {"«": "»", "“": "”", '"': '"', "„": "“", "‹": "›"}
MIN_DIRECT_WORDS = 4  # a quoted name (“داعش”, “قسد”) is not speech
_THAT = frozenset({"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "لان"})
_SPEAKER_WINDOW = 8
_HOSTILE_SECTORS = frozenset({"INS", "REB", "TER", "UAF"})
_ADJUNCTS = frozenset(
    {"في", "عبر", "خلال", "امام", "لدي", "اثناء", "عقب", "بعد", "قبل", "حيث"}
)  # words after a cue in which its subject is looked for


@dataclass(frozen=True)
class Cue:
    form: str
    lemma: str
    kind: str  # verb, participle


@lru_cache(maxsize=1)
def _cues() -> dict[str, Cue]:
    out: dict[str, Cue] = {}
    with data_path("lexicons", "quote_cues.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            form, lemma, kind, _particle = line.rstrip("\n").split("\t")
            out[norm(form)] = Cue(norm(form), lemma, kind)
    return out


@lru_cache(maxsize=1)
def _channels() -> dict[str, str]:
    out: dict[str, str] = {}
    with data_path("lexicons", "quote_channels.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            phrase, kind = line.rstrip("\n").split("\t")
            out[norm(phrase)] = kind
    return out


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    from rasd.data import lexicon_words

    return frozenset(lexicon_words("quote_documents.txt"))


def cue_of(tok: Tok) -> Cue | None:
    table = _cues()
    for form in candidates(tok.surface):
        if form in table:
            return table[form]
    return None


class QuoteFinder:
    """Finds the quotes of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.words = word_tokens(doc)
        self.entities = [e for e in doc.layer("entities") if e.label in ("PER", "ORG", "LOC", "MISC")]
        self.dates = doc.layer("dates")
        self.last_speaker: dict[str, Any] | None = None
        self.taken: list[tuple[int, int]] = []

    # -- helpers ------------------------------------------------------------------------------------------
    def word_at(self, pos: int) -> int | None:
        for w in self.words:
            if w.start <= pos < w.end:
                return w.index
            if w.start > pos:
                return w.index
        return None

    def entity_starting_near(self, first: int, last: int) -> Span | None:
        """The first actor-like entity whose span starts within words [first, last]."""
        if first > last or first >= len(self.words):
            return None
        lo, hi = self.words[first].start, self.words[min(last, len(self.words) - 1)].end
        best = None
        for e in self.entities:
            if lo <= e.start < hi and e.get("type", e.label) not in ("LOC",) and (best is None or e.start < best.start):
                best = e
        return best

    def speaker_dict(self, ent: Span | None, fallback: tuple[int, int] | None = None) -> dict[str, Any] | None:
        if ent is not None:
            return {
                "id": ent.get("id"),
                "name_en": ent.get("name_en"),
                "start": ent.start,
                "end": ent.end,
                "text": self.text[ent.start : ent.end],
                "label": ent.label,
                "country": ent.get("country"),
                "sector": ent.get("sector"),
            }
        if fallback is not None:
            s, e = fallback
            return {"id": None, "name_en": None, "start": s, "end": e, "text": self.text[s:e], "label": "NOUN"}
        return None

    def sentence_of(self, pos: int) -> Span | None:
        for s in self.doc.layer("sentences"):
            if s.start <= pos < s.end:
                return s
        return None

    # -- direct ---------------------------------------------------------------------------------------------
    def quoted_regions(self) -> list[tuple[int, int]]:
        """(open mark, close mark) offsets of quotations long enough to be speech; outermost only."""
        out: list[tuple[int, int]] = []
        text = self.text
        i = 0
        while i < len(text):
            ch = text[i]
            closer = OPENERS.get(ch)
            if closer is None:
                i += 1
                continue
            para_end = text.find("\n", i)
            para_end = len(text) if para_end < 0 else para_end
            j = text.find(closer, i + 1, para_end)
            if ch == "“" and j < 0:
                j = text.find("”", i + 1, para_end)
            if j < 0:
                i += 1
                continue
            inner = text[i + 1 : j]
            if len(inner.split()) >= MIN_DIRECT_WORDS:
                out.append((i, j))
                i = j + 1
            else:
                i = j + 1 if ch not in ('"',) else i + 1
        return out

    def direct(self) -> list[dict[str, Any]]:
        quotes = []
        for open_at, close_at in self.quoted_regions():
            content = _strip_span(self.text, open_at + 1, close_at)
            before = self.word_at(open_at)
            cue_word = self._cue_before(before if before is not None else 0, open_at)
            after_cue = None
            if cue_word is None:
                after_cue = self._cue_after(close_at + 1)
            cue_idx = cue_word if cue_word is not None else after_cue
            q: dict[str, Any] = {"kind": "direct", "content": content, "cue": None, "speaker": None}
            if cue_idx is not None:
                w = self.words[cue_idx]
                q["cue"] = (w.start, w.end)
                q["speaker"] = self._speaker_for(cue_idx, limit_pos=open_at if cue_word is not None else None)
                q["between"] = (w.end, open_at) if cue_word is not None else None
            quotes.append(q)
        return quotes

    def _cue_before(self, first_word_after: int, open_at: int) -> int | None:
        """A reporting verb earlier in the same sentence, with nothing but its subject, channel or date and
        a colon or comma between it and the quotation."""
        sent = self.sentence_of(open_at)
        lo = sent.start if sent else 0
        for idx in range(min(first_word_after, len(self.words)) - 1, -1, -1):
            w = self.words[idx]
            if w.start < lo or open_at - w.end > 200:
                return None
            if cue_of(w) is not None:
                return idx
        return None

    def _cue_after(self, pos: int) -> int | None:
        """«…»، قال الوزير / «…» وأضاف: a cue within the next three words."""
        idx = self.word_at(pos)
        if idx is None:
            return None
        for j in range(idx, min(idx + 3, len(self.words))):
            if "\n" in self.words[j].punct_before:
                return None
            if cue_of(self.words[j]) is not None:
                return j
        return None

    # -- indirect and statements ---------------------------------------------------------------------------
    def indirect(self, taken: list[tuple[int, int]], used_cues: set[int]) -> list[dict[str, Any]]:
        quotes = []
        self.taken = taken
        for w in self.words:
            cue = cue_of(w)
            if cue is None or w.start in used_cues or any(s <= w.start < e for s, e in taken):
                continue
            sent = self.sentence_of(w.start)
            if sent is None:
                continue
            that = self._that_after(w.index, sent.end)
            doc_subject = self._document_subject(w.index)
            if that is None and doc_subject is None:
                continue
            if that is not None:
                start = self.words[that].start
                kind = "indirect" if doc_subject is None else "statement"
            else:
                assert doc_subject is not None
                start = self._after_subject(doc_subject[1])
                kind = "statement"
                if start is None:
                    continue
            end = self._content_end(start, sent.end)
            if end - start < 8:
                continue
            if cue.kind == "participle":
                speaker = self.last_speaker
            elif doc_subject is not None:
                speaker = self._statement_owner(doc_subject, start)
            else:
                speaker = self._speaker_for(w.index, limit_pos=start)
            q = {
                "kind": kind,
                "content": _strip_span(self.text, start, end),
                "cue": (w.start, w.end),
                "speaker": speaker,
                "between": (w.end, start),
            }
            if speaker is not None:
                self.last_speaker = speaker
            quotes.append(q)
        return quotes

    def _that_after(self, idx: int, sent_end: int) -> int | None:
        """The إن/أن that opens the reported content, within a few words after the cue (its subject,
        a channel, a colon may stand between)."""
        for j in range(idx + 1, min(idx + 16, len(self.words))):
            w = self.words[j]
            if w.start >= sent_end or any(s <= w.start < e for s, e in self.taken):
                return None
            if w.norm in _THAT or (w.norm.startswith(("ان", "بان")) and w.norm in _THAT):
                return j
            if w.norm in ("الي", "علي", "من", "عن") and j + 1 < len(self.words) and self.words[j + 1].norm in _THAT:
                return j + 1
            if cue_of(w) is not None:
                return None
        return None

    def _document_subject(self, idx: int) -> tuple[int, int] | None:
        """(first, last) words of a document noun right after the cue: وأكد البيان الختامي ..."""
        docs = _documents()
        j = idx + 1
        if j >= len(self.words):
            return None
        for length in (2, 1):
            if j + length <= len(self.words):
                phrase = " ".join(self.words[k].norm for k in range(j, j + length))
                if phrase in docs:
                    return j, j + length - 1
        return None

    def _after_subject(self, last: int) -> int | None:
        """Where a statement's content starts: after the owner phrase and the comma that closes it."""
        for j in range(last + 1, min(last + 12, len(self.words))):
            if self.words[j].punct_before.strip() in ("،", ",", ":"):
                return self.words[j].start
        return self.words[last + 1].start if last + 1 < len(self.words) else None

    def _statement_owner(self, subject: tuple[int, int], content_start: int) -> dict[str, Any] | None:
        """بيان صادر عن X / البيان الختامي للمشاركين: the body the document belongs to, named before the
        content; when the text names none, the article's leading organization (not an armed group it fights)."""
        last = subject[1] + 6
        bound = self.word_at(content_start)
        if bound is not None:
            last = min(last, bound - 1)
        ent = self.entity_starting_near(subject[1] + 1, last)
        if ent is None:
            orgs = [
                e for e in self.entities if e.label == "ORG" and e.get("id") and e.get("sector") not in _HOSTILE_SECTORS
            ]
            if orgs:
                counts: dict[str, int] = {}
                for e in orgs:
                    counts[e.get("id")] = counts.get(e.get("id"), 0) + 1
                top = max(counts, key=lambda k: counts[k])
                ent = next(e for e in orgs if e.get("id") == top)
                owner = self.speaker_dict(ent)
                if owner is not None:
                    owner["via"] = "context"
                    doc_words = self.words[subject[0] : subject[1] + 1]
                    owner["document"] = {
                        "start": doc_words[0].start,
                        "end": doc_words[-1].end,
                        "text": self.text[doc_words[0].start : doc_words[-1].end],
                        "label": "DOCUMENT",
                    }
                return owner
        return self.speaker_dict(ent)

    def _content_end(self, start: int, sent_end: int) -> int:
        """The content runs to the end of the sentence, without the closing full stop."""
        end = sent_end
        while end > start and self.text[end - 1] in ".!؟?":
            end -= 1
        return end

    # -- speakers, channels, dates ----------------------------------------------------------------------------
    def _speaker_for(self, cue_idx: int, *, limit_pos: int | None) -> dict[str, Any] | None:
        """The subject of the cue: first entity after it (VSO), else the one just before it (SVO), else
        the previous quote's speaker ("وأضاف" alone)."""
        last = min(cue_idx + _SPEAKER_WINDOW, len(self.words) - 1)
        if limit_pos is not None:
            bound = self.word_at(limit_pos)
            if bound is not None:
                last = min(last, bound - 1)
        for j in range(cue_idx + 2, last + 1):  # the subject comes before adjuncts (في منشور، عبر، خلال)
            if self.words[j].norm in _ADJUNCTS:
                last = j - 1
                break
        ent = self.entity_starting_near(cue_idx + 1, last)
        if ent is not None and self._no_that_between(cue_idx, ent.start):
            return self.speaker_dict(ent)
        sent = self.sentence_of(self.words[cue_idx].start)
        before = [
            e
            for e in self.entities
            if sent is not None and sent.start <= e.start and e.end <= self.words[cue_idx].start
        ]
        if before and self.words[cue_idx].start - before[-1].end < 40:
            return self.speaker_dict(before[-1])
        nxt = cue_idx + 1
        if nxt < len(self.words) and (
            self.words[nxt].norm in _THAT or self.words[nxt].punct_before.strip() in (":", "،")
        ):
            return self.last_speaker
        if nxt < len(self.words) and limit_pos is not None and self.words[nxt].start >= limit_pos:
            return self.last_speaker
        # a subject that is not a named entity (مصدر مطلع، المتحدث باسم الوزارة)
        if nxt <= last < len(self.words):
            span_end = nxt
            while span_end < min(last, nxt + 3) and not self.words[span_end + 1].punct_before.strip():
                span_end += 1
            return self.speaker_dict(None, (self.words[nxt].start, self.words[span_end].end))
        return self.last_speaker

    def _no_that_between(self, cue_idx: int, pos: int) -> bool:
        return not any(w.norm in _THAT for w in self.words[cue_idx + 1 :] if w.start < pos)

    def channel(self, lo: int, hi: int) -> Span | None:
        """A channel phrase between the cue and the content (في منشور عبر منصة “إكس”، في مؤتمر صحفي)."""
        table = _channels()
        words = [w for w in self.words if lo <= w.start and w.end <= hi]
        for i, w in enumerate(words):
            for length in (2, 1):
                if i + length > len(words):
                    continue
                rest = [x.norm for x in words[i + 1 : i + length]]
                kind = next((table[k] for f in candidates(w.surface) if (k := " ".join([f, *rest])) in table), None)
                if kind is None:
                    continue
                end = words[i + length - 1].end
                attrs: dict[str, Any] = {}
                platform = next(
                    (e for e in self.entities if w.start <= e.start and e.end <= hi + 1 and e.label in ("ORG", "MISC")),
                    None,
                )
                if platform is not None:
                    attrs = {
                        "platform": platform.get("name_en") or self.text[platform.start : platform.end],
                        "platform_id": platform.get("id"),
                    }
                    end = max(end, platform.end)
                return Span(w.start, _trim_end(self.text, w.start, end), kind, attrs)
        return None

    def date_between(self, lo: int, hi: int) -> Span | None:
        for d in self.dates:
            if lo <= d.start and d.end <= hi:
                return Span(
                    d.start,
                    d.end,
                    d.label or "DATE",
                    {k: v for k, v in d.attrs.items() if k in ("value", "grain", "anchor", "relative")},
                )
        return None

    # -- all --------------------------------------------------------------------------------------------------
    def run(self) -> list[Span]:
        direct = self.direct()
        taken = [q["content"] for q in direct]
        used = {q["cue"][0] for q in direct if q["cue"]}
        found = sorted(direct + self.indirect(taken, used), key=lambda q: q["content"][0])
        out = []
        last_speaker = None
        for q in found:
            if q["speaker"] is None and q["cue"] is not None:
                q["speaker"] = last_speaker
            last_speaker = q["speaker"] or last_speaker
            out.append(self._span(q))
        return out

    def _span(self, q: dict[str, Any]) -> Span:
        cs, ce = q["content"]
        content = Span(cs, ce, "content")
        attrs: dict[str, Any] = {"content": content, "kind": q["kind"]}
        attrs["cue"] = Span(*q["cue"], "cue") if q["cue"] else None
        sp = q["speaker"]
        attrs["speaker"] = _speaker_span(sp) if sp else None
        lo_hi = q.get("between")
        attrs["channel"] = self.channel(*lo_hi) if lo_hi else None
        attrs["date"] = self.date_between(*lo_hi) if lo_hi else None
        start = min(cs, q["cue"][0]) if q["cue"] else cs
        end = max(ce, q["cue"][1]) if q["cue"] else ce
        return Span(start, end, "QUOTE", attrs)


def _speaker_span(sp: dict[str, Any]) -> Span:
    attrs = {k: v for k, v in sp.items() if k not in ("start", "end", "text", "label") and v is not None}
    if "document" in attrs:
        d = attrs["document"]
        attrs["document"] = Span(d["start"], d["end"], d["label"])
    return Span(sp["start"], sp["end"], sp.get("label", "SPEAKER"), attrs)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in QUOTES):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,:"):
        end -= 1
    return start, end


def _trim_end(text: str, start: int, end: int) -> int:
    end = min(end, len(text))
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,:"):
        end -= 1
    if sum(1 for c in text[start:end] if c in QUOTES) % 2 == 1 and end < len(text) and text[end] in QUOTES:
        end += 1
    return end


class QuotesStage:
    """Adds the ``quotes`` layer (see the module docstring); uses the ``dates`` layer when present."""

    name = "quotes"
    requires: tuple[str, ...] = ("sentences", "tokens", "entities")
    assigns: tuple[str, ...] = ("quotes",)

    def __call__(self, doc: Document) -> Document:
        doc.set_layer("quotes", QuoteFinder(doc).run())
        return doc
