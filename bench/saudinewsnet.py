"""The benchmarks' corpus: one day of SaudiNewsNet (1,318 articles of 2015-07-23) from the shared data folder.

Imported by the bench scripts, which run as ``python bench/<name>.py`` (this folder is then on ``sys.path``).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

DEFAULT_ZIP = Path(__file__).resolve().parents[2] / "shared" / "data" / "bench" / "saudinewsnet-NC" / "2015-07-23.zip"


def load_articles(path: Path) -> list[dict[str, str]]:
    """The articles of a SaudiNewsNet day zip (one JSON list inside), as the corpus gives them."""
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".json"))
        return json.loads(zf.read(name).decode("utf-8"))
