"""Character bigrams: the unit in which answerers score how much of a question a text holds."""
from __future__ import annotations

from functools import lru_cache

__all__ = ["bigrams"]


@lru_cache(maxsize=4096)
def bigrams(text: str) -> frozenset[str]:
    """The character bigrams of ``text``, the unit every answerer's overlap scores count in.

    Cached: figure questions scan the same paragraphs' bigrams again and again.

    >>> sorted(bigrams("风电场"))
    ['电场', '风电']
    """
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))
