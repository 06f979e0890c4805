"""The quotes stage: who said what, how and when.

Arabic news reports speech in a few shapes, and the stage finds each:

* **direct**: words in «…», “…” or "…" long enough to be speech (a quoted name such as “داعش” is not), or
  speech after a colon with no quotation marks (وقال الوزير: نحن مستعدون); a headline "X: ..." quotes X. The
  cue is the reporting verb before the colon or right after the closing mark, in the same sentence; quoted
  segments that follow one another (“…”.. “…”) share cue and speaker;
* **indirect**: a reporting verb (قال، أكد، أوضح، أشار، أبلغ …) then its subject, then إنّ / أنّ / بأنّ and the
  content, which keeps its إنّ and ends at the sentence end or before the next reporting verb; a أنّ followed by
  quoted words (أن «…») is one indirect quote;
* **statement**: a document speaks (وأكد البيان الختامي …): the speaker is the body it belongs to.

Speakers are resolved by :mod:`rasd.quotes.speakers`; a channel (في منشور عبر منصة “إكس”، في مؤتمر صحفي) and a
date stated between the cue and the content are attached to the quote.
"""

from __future__ import annotations

from typing import Any

from rasd.document import Document, Span
from rasd.kb.match import QUOTES, word_tokens
from rasd.quotes.cues import THAT, channels, cue_of, documents
from rasd.quotes.speakers import SpeakerResolver
from rasd.text.clitics import candidates

OPENERS = {"«": "»", "“": "”", '"': '"', "„": "“", "‹": "›"}
MIN_DIRECT_WORDS = 4  # a quoted name (“داعش”, “قسد”) is not speech
_HOSTILE_SECTORS = frozenset({"INS", "REB", "TER", "UAF"})
_DASHES = frozenset({"ـ", "-", "–", "—"})


class QuoteFinder(SpeakerResolver):
    """Finds the quotes of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.words = word_tokens(doc)
        self.entities = [e for e in doc.layer("entities") if e.label in ("PER", "ORG", "LOC", "MISC")]
        self.dates = doc.layer("dates")
        self.last_speaker: dict[str, Any] | None = None
        self.inside_quotes: list[tuple[int, int]] = []

    # -- direct -------------------------------------------------------------------------------------------
    def quoted_regions(self) -> list[tuple[int, int, bool]]:
        """(open mark, close mark, is speech) for every pair of quotation marks in a paragraph."""
        out: list[tuple[int, int, bool]] = []
        text = self.text
        i = 0
        while i < len(text):
            closer = OPENERS.get(text[i])
            if closer is None or (text[i] == '"' and not _opens(text, i)):
                i += 1  # a straight quote written after a word (الصعب".) closes, it does not open
                continue
            para_end = text.find("\n", i)
            para_end = len(text) if para_end < 0 else para_end
            j = text.find(closer, i + 1, para_end)
            if text[i] == "“" and j < 0:
                j = text.find("”", i + 1, para_end)
            if j < 0:
                i += 1
                continue
            inner = text[i + 1 : j]
            out.append((i, j, len(inner.split()) >= MIN_DIRECT_WORDS and not self._is_name(i + 1, j)))
            i = j + 1  # a pair is consumed whole, short or long, so its closing mark never opens another
        return out

    def _is_name(self, start: int, end: int) -> bool:
        """«اتحاد جمعيات الصحافيين الإسبان»: a quoted span that is one entity is a name, not speech."""
        return any(e.start <= start + 1 and end - 1 <= e.end for e in self.entities)

    def direct(self) -> list[dict[str, Any]]:
        quotes: list[dict[str, Any]] = []
        regions = self.quoted_regions()
        self.inside_quotes = [(o + 1, c) for o, c, speech in regions if speech]
        for open_at, close_at, speech in regions:
            if not speech:
                continue
            before = self.word_at(open_at)
            prev = self.words[before - 1] if before else None
            if prev is not None and prev.norm in THAT and prev.end <= open_at and open_at - prev.end <= 2:
                # أن «…»: the whole clause is reported speech, partly in the speaker's own words
                quotes.append(self._indirect_from(prev.index, close_at))
                continue
            content = _strip_span(self.text, open_at + 1, close_at)
            q: dict[str, Any] = {"kind": "direct", "content": content, "cue": None, "speaker": None}
            follows = quotes[-1] if quotes and 0 <= open_at - quotes[-1]["content"][1] <= 6 else None
            cue_idx = self._cue_before(before if before is not None else 0, open_at)
            after = cue_idx is None
            if after:
                cue_idx = self._cue_after(close_at + 1)
            if cue_idx is not None:
                w = self.words[cue_idx]
                q["cue"] = (w.start, w.end)
                q["resolve"] = ("cue", cue_idx, None if after else open_at)
                q["between"] = None if after else (w.end, open_at)
            elif follows is not None:  # “…”.. “…”: the next segment of the same quotation
                q["cue"], q["resolve"] = follows["cue"], ("previous",)
            quotes.append(q)
        return quotes

    def _cue_before(self, first_word_after: int, open_at: int) -> int | None:
        """A reporting verb earlier in the same sentence, its subject, channel or date between."""
        sent = self.sentence_of(open_at)
        lo = sent.start if sent else 0
        for idx in range(min(first_word_after, len(self.words)) - 1, -1, -1):
            w = self.words[idx]
            if w.start < lo or open_at - w.end > 200 or self._in_quote(w.start):
                return None
            if cue_of(w) is not None:
                return idx
        return None

    def _cue_after(self, pos: int) -> int | None:
        """«…»، قال الوزير: a cue within the next three words, not past the sentence's end."""
        idx = self.word_at(pos)
        sent = self.sentence_of(pos - 1)
        if idx is None:
            return None
        for j in range(idx, min(idx + 3, len(self.words))):
            w = self.words[j]
            if "\n" in w.punct_before or (sent is not None and w.start >= sent.end):
                return None
            if cue_of(w) is not None:
                return j
        return None

    def _in_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.inside_quotes)

    # -- indirect, colon speech and statements --------------------------------------------------------------
    def indirect(self, taken: list[tuple[int, int]], used_cues: set[int]) -> list[dict[str, Any]]:
        quotes = []
        for w in self.words:
            cue = cue_of(w)
            if cue is None or w.start in used_cues or any(s <= w.start < e for s, e in taken):
                continue
            sent = self.sentence_of(w.start)
            if sent is None:
                continue
            that = self._that_after(w.index, sent.end, taken)
            colon = self._colon_after(w.index, sent.end, taken) if that is None else None
            doc_subject = self._document_subject(w.index)
            if that is None and colon is None and doc_subject is None:
                continue
            if that is not None:
                start = self.words[that].start
                kind = "indirect" if doc_subject is None else "statement"
            elif colon is not None:
                start = colon
                kind = "indirect" if self.words[self.word_at(colon) or 0].norm in THAT else "direct"
            else:
                assert doc_subject is not None
                after = self._after_subject(doc_subject[1])
                if after is None:
                    continue
                start, kind = after, "statement"
            end = self._content_end(start, sent.end, w.index)
            if end - start < 8:
                continue
            if cue.kind == "participle":
                resolve: tuple[Any, ...] = ("participle", w.index, start)
            elif doc_subject is not None:
                resolve = ("statement", doc_subject, start)
            else:
                resolve = ("cue", w.index, start)
            quotes.append(
                {
                    "kind": kind,
                    "content": _strip_span(self.text, start, end),
                    "cue": (w.start, w.end),
                    "speaker": None,
                    "resolve": resolve,
                    "between": (w.end, start),
                }
            )
        return quotes

    def _indirect_from(self, that_idx: int, close_at: int) -> dict[str, Any]:
        start = self.words[that_idx].start
        sent = self.sentence_of(start)
        end = max(close_at + 1, self._content_end(start, sent.end if sent else close_at + 1, that_idx))
        cue_idx = self._cue_before(that_idx, start)
        q: dict[str, Any] = {
            "kind": "indirect",
            "content": _strip_span(self.text, start, end),
            "cue": None,
            "speaker": None,
        }
        if cue_idx is not None:
            w = self.words[cue_idx]
            q.update(cue=(w.start, w.end), resolve=("cue", cue_idx, start), between=(w.end, start))
        return q

    def _that_after(self, idx: int, sent_end: int, taken: list[tuple[int, int]]) -> int | None:
        """The إن/أن that opens the reported content, within reach of the cue (subject, channel between)."""
        for j in range(idx + 1, min(idx + 24, len(self.words))):
            w = self.words[j]
            if w.start >= sent_end or any(s <= w.start < e for s, e in taken):
                return None
            if w.norm in THAT:
                return j
            if w.norm in ("الي", "علي", "من", "عن") and j + 1 < len(self.words) and self.words[j + 1].norm in THAT:
                return j + 1
            if cue_of(w) is not None or ":" in w.punct_before:
                return None
        return None

    def _colon_after(self, idx: int, sent_end: int, taken: list[tuple[int, int]]) -> int | None:
        """وقال الوزير: نحن مستعدون: speech after a colon, with no quotation marks."""
        for j in range(idx + 1, min(idx + 16, len(self.words))):
            w = self.words[j]
            if w.start >= sent_end or cue_of(w) is not None:
                return None
            if ":" in w.punct_before:
                opened = w.punct_before.split(":", 1)[1]  # a mark closed before the colon (لـ «عكاظ»:) opens nothing
                if any(s <= w.start < e for s, e in taken) or any(c in QUOTES for c in opened):
                    return None
                return w.start
        return None

    def _document_subject(self, idx: int) -> tuple[int, int] | None:
        """(first, last) words of a document noun right after the cue: وأكد البيان الختامي ..."""
        docs = documents()
        j = idx + 1
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

    def _content_end(self, start: int, sent_end: int, cue_idx: int) -> int:
        """The content runs to the end of the sentence, or to ", + next reporting verb" (…، وأضاف أن …)."""
        end = sent_end
        for w in self.words[cue_idx + 1 :]:
            if w.start <= start:
                continue
            if w.start >= sent_end:
                break
            if w.punct_before.strip(" ") in ("،", ",", ".") and cue_of(w) is not None:
                end = w.start
                break
            cue = cue_of(w)
            nxt = self.text[w.end : w.end + 3].strip()
            if cue is not None and cue.kind == "participle" and nxt[:1] in (":", "«", '"', "“"):
                end = w.start  # … قائلاً: «…»: the quotation after it is its own, by the subject of the sentence
                break
        while end > start and self.text[end - 1] in ".!؟?،, ":
            end -= 1
        return end

    def headline(self, taken: list[tuple[int, int]]) -> list[dict[str, Any]]:
        """A headline "X: ..." quotes X (عباس: لن نعود إلى المفاوضات)."""
        paras = self.doc.layer("paragraphs")
        if not paras:
            return []
        head = paras[0]
        line = self.text[head.start : head.end]
        colon = line.find(":")
        if colon <= 0 or any(s < head.end and head.start < e for s, e in taken):
            return []
        left, right = line[:colon], line[colon + 1 :]
        if not (1 <= len(left.split()) <= 6 and len(right.split()) >= 3):
            return []
        if any(ch.isdigit() for ch in left) or any(w in _DASHES for w in left.split()):
            return []  # "13 يونيو 2007: ..." is a date line, "بيروت ـ ا ف ب: ..." a dateline, not a speaker
        speaker_span = _strip_span(self.text, head.start, head.start + colon)
        ents = self.actors_in(self.word_at(head.start) or 0, (self.word_at(head.start + colon) or 1) - 1)
        speaker = self.speaker_dict(ents[0]) if ents else self.speaker_dict(None, speaker_span)
        return [
            {
                "kind": "direct",
                "content": _strip_span(self.text, head.start + colon + 1, head.end),
                "cue": None,
                "speaker": speaker,
            }
        ]

    # -- channels and dates ---------------------------------------------------------------------------------
    def channel(self, lo: int, hi: int) -> Span | None:
        """A channel phrase between the cue and the content (في منشور عبر منصة “إكس”، في مؤتمر صحفي)."""
        table = channels()
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
                keep = {k: v for k, v in d.attrs.items() if k in ("value", "grain", "anchor", "relative")}
                return Span(d.start, d.end, d.label or "DATE", keep)
        return None

    # -- all ------------------------------------------------------------------------------------------------
    def run(self) -> list[Span]:
        direct = self.direct()
        taken = [q["content"] for q in direct]
        used = {q["cue"][0] for q in direct if q["cue"]}
        found = direct + self.indirect(taken, used)
        found += self.headline([q["content"] for q in found])
        found.sort(key=lambda q: q["content"][0])
        kept = [
            q
            for q in found
            if not any(
                s <= q["content"][0] and q["content"][1] <= e and (s, e) != q["content"]
                for s, e in (x["content"] for x in found if x is not q and x["kind"] != "statement")
            )
        ]
        previous: dict[str, Any] | None = None
        for q in kept:  # speakers in reading order, so "وأضاف" continues the quote before it
            self.last_speaker = previous
            q["speaker"] = q.get("speaker") or self._resolve(q, previous)
            if q.get("resolve_kind") == "statement-participle":
                q["kind"] = "statement"
            previous = q["speaker"] or previous
        return [self._span(q) for q in kept]

    def _resolve(self, q: dict[str, Any], previous: dict[str, Any] | None) -> dict[str, Any] | None:
        how = q.get("resolve") or ("none",)
        q["resolve_kind"] = how[0]
        if how[0] == "cue":
            return self.speaker_for(how[1], limit_pos=how[2])
        if how[0] == "statement":
            return self.statement_owner(how[1], how[2])
        if how[0] == "participle":  # مؤكداً أن: the speaker of the sentence's report
            if previous is not None and previous.get("label") == "DOCUMENT":
                q["resolve_kind"] = "statement-participle"
            if previous is None or not self._same_sentence(previous, how[1]):
                subject = self._sentence_subject(how[1])  # أكد X ...، مشيراً إلى أن: the sentence's subject
                if subject is not None:
                    return subject
            return previous
        if how[0] == "previous":
            return previous
        return None

    def _same_sentence(self, speaker: dict[str, Any], cue_idx: int) -> bool:
        sent = self.sentence_of(self.words[cue_idx].start)
        return sent is not None and sent.start <= speaker["start"] < sent.end

    def _span(self, q: dict[str, Any]) -> Span:
        cs, ce = q["content"]
        attrs: dict[str, Any] = {"content": Span(cs, ce, "content"), "kind": q["kind"]}
        attrs["cue"] = Span(*q["cue"], "cue") if q["cue"] else None
        sp = q["speaker"]
        attrs["speaker"] = _speaker_span(sp) if sp else None
        lo_hi = q.get("between")
        attrs["channel"] = self.channel(*lo_hi) if lo_hi else None
        attrs["date"] = self.date_between(*lo_hi) if lo_hi else None
        start = min(cs, q["cue"][0]) if q["cue"] else cs
        end = max(ce, q["cue"][1]) if q["cue"] else ce
        return Span(start, end, "QUOTE", attrs)


def _opens(text: str, i: int) -> bool:
    """Is the straight quotation mark at i an opening one: after a space or a bracket, before a word?"""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([:،,؛" or before == "ـ") and not after.isspace()


def _speaker_span(sp: dict[str, Any]) -> Span:
    attrs = {k: v for k, v in sp.items() if k not in ("start", "end", "text", "label") and v is not None}
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
