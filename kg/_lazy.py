"""Lazy re-exports for package ``__init__`` modules (PEP 562 module ``__getattr__``).

A package that re-exports its modules' names imported all of them as soon as
any one module inside it was imported: ``kg.errors`` pulled in the whole
extraction stack, which cost 0.4–0.8 s of every one-shot CLI command.
"""
from __future__ import annotations

import importlib
from typing import Any, Callable, Sequence

__all__ = ["lazy_exports"]


def lazy_exports(package: str, modules: Sequence[str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` finding ``name`` in the ``__all__`` of ``modules``, imported on first use."""

    def __getattr__(name: str) -> Any:
        for module in modules:
            loaded = importlib.import_module(module)
            if name in getattr(loaded, "__all__", ()):
                return getattr(loaded, name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
