"""What is read once per knowledge base and kept while it lives: tables built from a KB's paragraphs.

A process serving many plans evicts their KBs (:mod:`qa.planset`), so a cache keyed by them must not keep them
alive: the memo is weak on the KB and goes with it.
"""
from __future__ import annotations

import weakref
from functools import wraps

__all__ = ["per_kb"]

_PER_KB: "weakref.WeakKeyDictionary[object, dict]" = weakref.WeakKeyDictionary()


def per_kb(fn):
    """Memoise ``fn(kb, *args)`` on ``kb`` (weakly: the cache goes when the KB does). What it returns is shared by
    every later call: callers read it and never change it.

    >>> class KB: pass
    >>> calls = []
    >>> @per_kb
    ... def table(kb, plan):
    ...     calls.append(plan)
    ...     return [plan]
    >>> kb = KB()
    >>> table(kb, "a") is table(kb, "a"), calls
    (True, ['a'])
    """
    @wraps(fn)
    def memo(kb, *args):
        cache = _PER_KB.setdefault(kb, {})
        key = (fn.__module__, fn.__qualname__, *args)
        if key not in cache:
            cache[key] = fn(kb, *args)
        return cache[key]
    return memo
