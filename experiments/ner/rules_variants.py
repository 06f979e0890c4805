"""Rules tried after the NER model and not kept, scored like experiments/ner/rules_cv.py: each variant runs
on top of the shipped rules, on fold models trained once (`recipe_dev.py --fold K --out /tmp/ner_fK`).

    .venv/bin/python experiments/ner/rules_variants.py --models /tmp/ner_f{k} --variant NAME

Variants: ``extend-rare`` / ``extend-name`` (a PER grows by the next word when it is rare in general Arabic /
a known name word), ``place-after-head`` (a rare word after a place head noun is LOC), ``org-after-head`` (a
rare word after نادي، صحيفة، شركة … is ORG), ``fill-org`` / ``fill-loc`` (gazetteer phrases of that type
where the CRF left every word O), ``memorized`` (strings tagged one type in >= 90% of their training-fold
occurrences, at least twice), ``window=N`` (propagation over N sentences instead of 10), ``club-before-country``
(a name before a country in brackets is ORG), ``quoted-org`` (a quoted name after an organization head noun is
ORG), ``trim-{start,end,both}-Z`` (a PER loses a first / last word that general Arabic uses at Zipf >= Z and no
real person bears), ``complete-KIND[+KIND...][:LABEL]`` (multi-word names of those phrase lists made whole
entities of LABEL, PER by default, as the knowledge base's people are), ``fill-KIND[+KIND...]:LABEL`` (names of
those phrase lists where the CRF left every word O become LABEL). Never touches test.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from seqeval.metrics import f1_score
from seqeval.scheme import IOB2

import rasd.ner.model as ner_model
from rasd.ner import read_conll
from rasd.ner.features import Featurizer
from rasd.text.clitics import candidates
from rasd.text.normalize import norm

TRAIN = Path(__file__).resolve().parents[3] / "shared/data/ner/anercorp/train.txt"
ORG_HEADS = frozenset(
    {"نادي", "فريق", "صحيفة", "مجلة", "قناة", "وكالة", "شركة", "جريدة", "حزب", "حركة", "جمعية", "منظمة"}
)
Tags = list[list[str]]


def _rare(fz: Featurizer, word: str, max_zipf: int) -> bool:
    zipf = fz.lex.word_freq.get(word, "r")
    return zipf == "r" or int(zipf) <= max_zipf


def extend(fz: Featurizer, sents: Sequence[Sequence[str]], tags: Tags, by: str) -> Tags:
    for toks, ys in zip(sents, tags, strict=True):
        for _, b, label in ner_model._entities_of(ys):
            if label != "PER" or b >= len(toks) or ys[b] != "O":
                continue
            n = norm(toks[b])
            if not n.isalpha() or len(n) < 3 or n.startswith(("ال", "و", "ب", "ل", "ف")) or fz.is_nisba(toks[b]):
                continue
            if (by == "rare" and _rare(fz, n, -1)) or (by == "name" and n in fz.lex.name_units):
                ys[b] = "I-PER"
    return tags


def after_head(fz: Featurizer, sents: Sequence[Sequence[str]], tags: Tags, label: str) -> Tags:
    for toks, ys in zip(sents, tags, strict=True):
        for i in range(1, len(toks)):
            if ys[i] != "O" or ys[i - 1] != "O":
                continue
            head = (
                fz.is_place_head(toks[i - 1])
                if label == "LOC"
                else any(f in ORG_HEADS for f in candidates(toks[i - 1]))
            )
            n = norm(toks[i])
            if head and n.isalpha() and len(n) >= 2 and not fz.is_nisba(toks[i]) and _rare(fz, n, 0):
                ys[i] = "B-" + label
    return tags


def fill(fz: Featurizer, sents: Sequence[Sequence[str]], tags: Tags, label: str) -> Tags:
    for toks, ys in zip(sents, tags, strict=True):
        for start, end, kinds in fz.phrase_matches(toks):
            labels = {ner_model._PHRASE_LABELS[k] for k in kinds if k in ner_model._PHRASE_LABELS}
            if labels == {label} and all(y == "O" for y in ys[start:end]):
                ys[start:end] = ["B-" + label] + ["I-" + label] * (end - start - 1)
    return tags


def memorized_table(train: Sequence[tuple[list[str], list[str]]]) -> dict[tuple[str, ...], str]:
    tagged: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for toks, ys in train:
        words = [norm(t) for t in toks]
        for a, b, label in ner_model._entities_of(ys):
            tagged[tuple(words[a:b])][label] += 1
    seen: Counter[tuple[str, ...]] = Counter()
    longest = max((len(k) for k in tagged), default=1)
    for toks, _ in train:
        words = [norm(t) for t in toks]
        for n in range(1, longest + 1):
            for k in range(len(words) - n + 1):
                if tuple(words[k : k + n]) in tagged:
                    seen[tuple(words[k : k + n])] += 1
    table = {}
    for key, c in tagged.items():
        label, n = c.most_common(1)[0]
        total = sum(c.values())
        if n >= 2 and n / total >= 0.9 and total / seen[key] >= 0.9 and (len(key) > 1 or len(key[0]) >= 4):
            table[key] = label
    return table


def apply_table(sents: Sequence[Sequence[str]], tags: Tags, table: dict[tuple[str, ...], str]) -> Tags:
    for toks, ys in zip(sents, tags, strict=True):
        words = [norm(t) for t in toks]
        for key, label in sorted(table.items(), key=lambda kv: -len(kv[0])):
            n = len(key)
            for k in range(len(words) - n + 1):
                if tuple(words[k : k + n]) == key and all(y == "O" for y in ys[k : k + n]):
                    ys[k : k + n] = ["B-" + label] + ["I-" + label] * (n - 1)
    return tags


def club_before_country(fz: Featurizer, sents: Sequence[Sequence[str]], tags: Tags) -> Tags:
    """غلطة سراي ( تركيا ) - بوردو ( فرنسا ): a name right before a country in brackets is a club (ORG)."""
    countries = {w for w, kinds in fz.lex.single.items() if "country" in kinds}
    for toks, ys in zip(sents, tags, strict=True):
        for a, b, label in ner_model._entities_of(ys):
            if label == "ORG" or b + 2 >= len(toks) or toks[b] != "(" or toks[b + 2] != ")":
                continue
            if norm(toks[b + 1]) not in countries:
                continue
            ys[a] = "B-ORG"
            for i in range(a + 1, b):
                ys[i] = "I-ORG"
    return tags


def quoted_after_org_head(sents: Sequence[Sequence[str]], tags: Tags) -> Tags:
    """صحيفة «الشرق الأوسط» / شركة «توتال»: a short quoted name right after an organization head noun is ORG,
    unless the CRF already tagged it."""
    heads = {norm(w) for w in ORG_HEADS} | {"ال" + norm(w) for w in ORG_HEADS}
    for toks, ys in zip(sents, tags, strict=True):
        for i in range(len(toks) - 2):
            if norm(toks[i]).removeprefix("و") not in heads or toks[i + 1] not in ("«", '"', "“"):
                continue
            close = next((j for j in range(i + 2, min(len(toks), i + 7)) if toks[j] in ("»", '"', "”")), None)
            if close is None or close == i + 2 or any(y != "O" for y in ys[i + 2 : close]):
                continue
            ys[i + 2] = "B-ORG"
            for j in range(i + 3, close):
                ys[j] = "I-ORG"
    return tags


_PARTICLES = frozenset("بن ابن بنت ابو أبو ابي أبي ال آل عبد ولد فان دي دو بو".split())


def trim(fz: Featurizer, sents: Sequence[Sequence[str]], tags: Tags, ends: str, min_zipf: int) -> Tags:
    """A person's name does not begin or end with a common word that is nobody's name (اندسوا، برنامجا، الواعد):
    the first / last word of a PER of two words or more is dropped when general Arabic uses it often (Zipf >=
    ``min_zipf``) and no real person bears it."""
    for toks, ys in zip(sents, tags, strict=True):
        for a, b, label in ner_model._entities_of(ys):
            if label != "PER" or b - a < 2:
                continue

            def common(i: int, toks: Sequence[str] = toks) -> bool:
                n = norm(toks[i])
                if n in _PARTICLES or n in fz.lex.name_units or n in fz.lex.words["given"]:
                    return False
                if any(c in fz.lex.name_units for c in candidates(toks[i])):
                    return False
                z = fz.lex.word_freq.get(n)
                return z is not None and int(z) >= min_zipf

            if "end" in ends and common(b - 1):
                ys[b - 1] = "O"
                b -= 1
            if "start" in ends and b - a >= 2 and common(a):
                ys[a] = "O"
                ys[a + 1] = "B-PER"
    return tags


def post_rules(
    variant: str, fz: Featurizer, toks: list[list[str]], pred: Tags, train: Sequence[tuple[list[str], list[str]]]
) -> Tags:
    if variant.startswith("window=") or variant.startswith("complete-"):
        return pred  # set before tagging
    if variant in ("extend-rare", "extend-name"):
        return extend(fz, toks, pred, variant.split("-")[1])
    if variant in ("place-after-head", "org-after-head"):
        return after_head(fz, toks, pred, "LOC" if variant.startswith("place") else "ORG")
    if variant in ("fill-org", "fill-loc"):
        return fill(fz, toks, pred, variant.split("-")[1].upper())
    if variant.startswith("fill-") and ":" in variant:  # fill-club+polorg:ORG: those lists' names where all O
        kinds, _, label = variant[5:].partition(":")
        for kind in kinds.split("+"):
            ner_model._PHRASE_LABELS[kind] = label
        return fill(fz, toks, pred, label)
    if variant == "club-before-country":
        return club_before_country(fz, toks, pred)
    if variant == "quoted-org":
        return quoted_after_org_head(toks, pred)
    if variant.startswith("trim-"):  # trim-end-4, trim-start-4, trim-both-4
        _, ends, z = variant.split("-")
        return trim(fz, toks, pred, "start end" if ends == "both" else ends, int(z))
    if variant == "memorized":
        return apply_table(toks, pred, memorized_table(train))
    raise SystemExit(f"unknown variant {variant!r}: see the module docstring")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", required=True, help="fold model folder, with {k} for the fold number")
    ap.add_argument("--variant", required=True)
    args = ap.parse_args()
    sents = read_conll(TRAIN)
    if args.variant.startswith("window="):
        ner_model.PROPAGATE_WINDOW = int(args.variant.split("=")[1])
    if args.variant.startswith("complete-"):  # complete-fper, complete-club+biz:ORG: longer names made whole
        kinds, _, label = args.variant.split("-", 1)[1].partition(":")
        for kind in kinds.split("+"):
            ner_model._PHRASE_LABELS[kind] = label or "PER"
        ner_model._NAMES_KINDS = ner_model._NAMES_KINDS | set(kinds.split("+"))
    scores = []
    for k in range(5):
        lo, hi = len(sents) * k // 5, len(sents) * (k + 1) // 5
        dev = sents[lo:hi]
        model = ner_model.NerModel(Path(args.models.format(k=k)))
        toks = [t for t, _ in dev]
        pred = [list(p) for p in model.tag_corpus(toks, rules="names")]
        pred = post_rules(args.variant, model.featurizer, toks, pred, sents[:lo] + sents[hi:])
        f1 = f1_score([g for _, g in dev], pred, mode="strict", scheme=IOB2)
        print(f"{args.variant} fold {k}: F1 {f1:.4f}")
        scores.append(f1)
    print(f"{args.variant} mean F1 {sum(scores) / len(scores):.4f} over 5 folds")


if __name__ == "__main__":
    main()
