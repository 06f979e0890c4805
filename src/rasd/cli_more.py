"""Commands of the ``rasd`` CLI beyond ``analyze``: training and evaluation (thin shells, like cli.py)."""

from __future__ import annotations
