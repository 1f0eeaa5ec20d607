"""Extraction of entities and relations from article text (see ``pipeline``).

Names are imported on first use, so that code which only needs the knowledge base (cross-document
resolution, reopening a project) never pays for importing spaCy.
"""

from __future__ import annotations

from typing import Any

__all__ = ["extract_documents", "extract_text", "load_nlp"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from core.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
