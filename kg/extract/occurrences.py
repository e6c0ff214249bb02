"""Where a word is printed in a plan: an index of the paragraphs' texts by character pair.

Extraction asks, for many names, what follows each place the plan prints them
(:meth:`kg.extract.extractor._State.attested`, ``_never_alone``). Scanning every
paragraph for every name costs names × text, which grows with the square of the
plan's length (a 330 k-character upload did not finish in 15 minutes); the index
visits only the places that begin with the name's first two characters.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

__all__ = ["Occurrences"]

# Joins the paragraphs in one string; never printed in a plan, so no match spans two paragraphs.
_SEP = "\x00"


class Occurrences:
    """The places a plan prints a word, paragraph by paragraph, as ``re.finditer`` finds them.

    Examples
    --------
    >>> occ = Occurrences(["东山变电站，东山景区", "东东山"])
    >>> [(i, s, e) for i, s, e in occ.find("东山")]
    [(0, 0, 2), (0, 6, 8), (1, 1, 3)]
    >>> list(occ.find("山山"))
    []
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self._joined = _SEP.join(self.texts)
        self._starts: list[int] = []  # where each paragraph begins in the joined string
        at = 0
        for t in self.texts:
            self._starts.append(at)
            at += len(t) + 1
        self._pairs: dict[str, list[int]] | None = None  # built on first use

    def _index(self) -> dict[str, list[int]]:
        if self._pairs is None:
            pairs: dict[str, list[int]] = {}
            j = self._joined
            for i in range(len(j) - 1):
                pairs.setdefault(j[i:i + 2], []).append(i)
            self._pairs = pairs
        return self._pairs

    def find(self, word: str) -> Iterator[tuple[int, int, int]]:
        """(paragraph index, start, end) of each non-overlapping occurrence of ``word``, in reading order."""
        if len(word) < 2 or _SEP in word:  # too short to index: the plain scan, same answers
            for i, t in enumerate(self.texts):
                for m in re.finditer(re.escape(word), t):
                    yield i, m.start(), m.end()
            return
        last_end = -1  # re.finditer never reports a match overlapping the previous one
        for at in self._index().get(word[:2], ()):
            if at < last_end or not self._joined.startswith(word, at):
                continue
            last_end = at + len(word)
            i = bisect_right(self._starts, at) - 1
            yield i, at - self._starts[i], last_end - self._starts[i]
