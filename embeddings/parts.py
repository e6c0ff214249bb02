"""A list of per-plan parts (indices), each given as itself or as a loader called at first use.

The engine hands every plan's BM25 postings and vector index over as loaders,
so only the plans a question reaches are read from disk.
"""
from __future__ import annotations

import threading
from typing import Callable, Generic, TypeVar, Union

__all__ = ["LazyParts"]

T = TypeVar("T")


class LazyParts(Generic[T]):
    """Parts of type ``kind``; a part given as a zero-argument callable is loaded by :meth:`get`.

    Examples
    --------
    >>> calls = []
    >>> parts = LazyParts(str, ["a", lambda: calls.append(1) or "b"])
    >>> parts.loaded(), parts.get(1), parts.get(1), calls, parts.loaded()
    ([True, False], 'b', 'b', [1], [True, True])
    """

    def __init__(self, kind: type[T], parts: list[Union[T, Callable[[], T]]]) -> None:
        self.kind = kind
        self._parts = list(parts)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._parts)

    def get(self, i: int) -> T:
        """Part ``i``, loaded now (once, under a lock) if it was given as a loader."""
        part = self._parts[i]
        if not isinstance(part, self.kind):
            with self._lock:
                part = self._parts[i]
                if not isinstance(part, self.kind):
                    part = self._parts[i] = part()
        return part  # type: ignore[return-value]

    def loaded(self) -> list[bool]:
        """Which parts have been loaded."""
        return [isinstance(p, self.kind) for p in self._parts]
