"""Arabic named-entity recognition: PER, ORG, LOC and MISC over rasd's token layer.

The model is a CRF (python-crfsuite) trained by :mod:`rasd.ner.train` on ANERcorp and shipped in
``rasd/data/models/ner``; :mod:`rasd.ner.model` loads it lazily and tags sentences, :mod:`rasd.ner.stage`
turns the tags into character spans. This module also holds the CoNLL reader that training and evaluation
share, so the two cannot disagree on how a file is read.
"""

from __future__ import annotations

from pathlib import Path

LABELS = ("PER", "ORG", "LOC", "MISC")
# Spellings of entity types found in Arabic NER corpora, mapped to rasd's four labels.
_TYPE_ALIASES = {"PERS": "PER", "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", "GPE": "LOC"}

Sentence = tuple[list[str], list[str]]


def canonical_tag(tag: str) -> str:
    """``B-PERS`` -> ``B-PER``; ``O`` stays; an unknown type is kept as it is."""
    if tag == "O" or "-" not in tag:
        return "O" if tag in {"O", ""} else tag
    prefix, _, kind = tag.partition("-")
    kind = _TYPE_ALIASES.get(kind.upper(), kind.upper())
    return f"{prefix.upper()}-{kind}"


def to_iob2(tags: list[str]) -> list[str]:
    """Convert IOB1 (I- may start an entity) or IOBES (E- ends, S- is a one-token entity) to IOB2 (every entity
    starts with B-); IOB2 passes unchanged."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("S-"):
            tag = "B-" + tag[2:]
        elif tag.startswith("E-"):
            tag = "I-" + tag[2:]
        if tag.startswith("I-"):
            kind = tag[2:]
            if prev == "O" or prev[2:] != kind:
                tag = "B-" + kind
        out.append(tag)
        prev = tag
    return out


def to_iobes(tags: list[str]) -> list[str]:
    """IOB2 to IOBES: the last token of an entity is E-, a one-token entity S-.

    A linear-chain CRF sees only the previous label; with IOBES the label itself says whether the name goes on,
    so the model learns where names end (a rare word after a name, a relational adjective) as well as where
    they begin.
    """
    out: list[str] = []
    for i, tag in enumerate(tags):
        nxt = tags[i + 1] if i + 1 < len(tags) else "O"
        goes_on = nxt.startswith("I-") and nxt[2:] == tag[2:]
        if tag.startswith("B-"):
            out.append(tag if goes_on else "S-" + tag[2:])
        elif tag.startswith("I-"):
            out.append(tag if goes_on else "E-" + tag[2:])
        else:
            out.append(tag)
    return out


def read_conll(file: Path) -> list[Sentence]:
    """Sentences of a "token TAG" file (blank line between sentences), tags in IOB2 with rasd's labels.

    Tokens and tags are separated by whitespace (the tag is the last field); a byte-order mark and left-to-right
    marks, which some distributions put before tokens, are dropped; a line holding only whitespace ends a
    sentence.
    """
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []
    with Path(file).open(encoding="utf-8-sig") as fh:
        for raw in fh:
            line = raw.replace("\u200e", "").replace("\u200f", "").strip()
            if not line:
                if toks:
                    sents.append((toks, to_iob2(tags)))
                    toks, tags = [], []
                continue
            parts = line.split()
            if len(parts) < 2:
                parts = [parts[0], "O"]
            toks.append(parts[0])
            tags.append(canonical_tag(parts[-1]))
    if toks:
        sents.append((toks, to_iob2(tags)))
    return sents
