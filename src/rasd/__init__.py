"""rasd: Arabic news to structured, verifiable data.

The public face is small and cheap to import: heavy parts (models, the knowledge base, trafilatura) load
only when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Document", "Pipeline", "Span", "__version__", "analyze", "load_pipeline", "read"]

if TYPE_CHECKING:
    from rasd.analysis import analyze, load_pipeline, read
    from rasd.document import Document, Span
    from rasd.pipeline import Pipeline


def __getattr__(name: str) -> Any:
    if name in ("Document", "Span"):
        from rasd import document

        return getattr(document, name)
    if name == "Pipeline":
        from rasd.pipeline import Pipeline

        return Pipeline
    if name in ("analyze", "load_pipeline", "read"):
        from rasd import analysis

        return getattr(analysis, name)
    raise AttributeError(f"module 'rasd' has no attribute {name!r}")
