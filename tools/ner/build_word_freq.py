"""Build ``ner_word_freq.tsv``: how common each Arabic word is in general text, from wordfreq's Arabic list.

Arabic writes names without capitals, so "is this word a rare one" is the nearest thing to a capital letter
the tagger can see: a word missing from the training data that is rare in general Arabic (شيراك، كوبل) is
more likely a name than one that is common (مؤتمر). wordfreq (Apache-2.0 code; word-frequency data CC BY-SA
4.0, from Wikipedia, subtitles, news, books, web text) is needed only to build the file, never at run time.
Run by developers; the output is committed and the model retrained after it changes:

    .venv/bin/pip install wordfreq && .venv/bin/python tools/ner/build_word_freq.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from rasd.text.normalize import norm  # noqa: E402

OUT = ROOT / "src" / "rasd" / "data" / "lexicons" / "ner_word_freq.tsv"
TOP = 100_000


def main() -> int:
    from wordfreq import top_n_list, zipf_frequency

    best: dict[str, float] = {}
    for word in top_n_list("ar", TOP, wordlist="large"):
        key = norm(word)
        if key and not key.isdigit():
            best[key] = max(best.get(key, 0.0), zipf_frequency(word, "ar", wordlist="large"))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(
            f"# The {TOP:,} most frequent Arabic words (normalized) and their Zipf frequency, from wordfreq's\n"
            "# 'large' Arabic list (data CC BY-SA 4.0). Built by tools/ner/build_word_freq.py.\n"
        )
        for key in sorted(best):
            fh.write(f"{key}\t{best[key]:.1f}\n")
    print(f"wrote {OUT} ({len(best)} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
