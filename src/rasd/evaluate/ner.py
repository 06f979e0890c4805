"""Score the entity tagger on a "token TAG" CoNLL file: entity-level precision, recall and F1, and speed.

Scores are seqeval's strict mode over IOB2 (an entity counts only when its type and both boundaries match),
the measure Arabic NER papers report on ANERcorp. Files in IOB1 or with the ``PERS`` spelling are converted
first (:func:`rasd.ner.read_conll`). The whole file is tagged as consecutive text, as the pipeline tags an
article; tokens per second covers feature extraction and both CRF passes.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from rasd.ner import read_conll


def evaluate(data: Path, model: Path | None = None, *, rules: str = "names") -> dict[str, Any]:
    """Tag ``data`` with the model in directory ``model`` (default: the bundled one) and score it.

    ``rules`` is the scope of the completion rules (:func:`rasd.ner.model.complete`). The default,
    ``"names"``, keeps to ANERcorp's conventions (person names from the knowledge base, places after a place
    noun); ``"all"`` is what the pipeline's ``entities`` stage does, which also makes whole institution names
    as the knowledge base writes them (الحكومة السورية) and so scores lower on ANERcorp; ``"none"`` scores
    the model alone.
    """
    from seqeval.metrics import classification_report
    from seqeval.scheme import IOB2

    from rasd.ner.model import NerModel

    sents = read_conll(Path(data))
    tagger = NerModel(Path(model) if model is not None else None)
    tokens = [s[0] for s in sents]
    gold = [s[1] for s in sents]
    tagger.tag_corpus(tokens[:5])  # open the model files before timing
    started = time.perf_counter()
    pred = tagger.tag_corpus(tokens, rules=rules)
    seconds = time.perf_counter() - started
    n_tokens = sum(len(t) for t in tokens)
    report = classification_report(gold, pred, mode="strict", scheme=IOB2, output_dict=True, zero_division=0)
    per_type = {
        kind: {
            "precision": float(v["precision"]),
            "recall": float(v["recall"]),
            "f1": float(v["f1-score"]),
            "support": int(v["support"]),
        }
        for kind, v in sorted(report.items())
        if not kind.endswith(" avg")
    }
    micro = report.get("micro avg", {"precision": 0.0, "recall": 0.0, "f1-score": 0.0})
    return {
        "micro": {
            "precision": float(micro["precision"]),
            "recall": float(micro["recall"]),
            "f1": float(micro["f1-score"]),
        },
        "per_type": per_type,
        "tokens_per_second": round(n_tokens / seconds, 1) if seconds > 0 else 0.0,
        "tokens": n_tokens,
        "sentences": len(sents),
        "rules": rules,
    }
