"""Arabic temporal expressions: find them, resolve them against the publication date.

    >>> from rasd.dates import find_dates
    >>> [(m.text, m.value) for m in find_dates("وصل الوفد يوم أمس الإثنين", "2026-02-10")]
    [('يوم أمس الإثنين', '2026-02-09')]

:func:`find_dates` is the library entry point; :class:`DatesStage` adds the ``dates`` layer to a
:class:`rasd.document.Document`. Word tables live in ``rasd/data/dates/*.tsv`` and load on first use.
"""

from __future__ import annotations

from rasd.dates.mention import DateMention, find_dates, infer_published, parse_published
from rasd.dates.stage import DatesStage

__all__ = ["DateMention", "DatesStage", "find_dates", "infer_published", "parse_published"]
