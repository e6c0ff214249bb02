"""Lazy re-exports for package ``__init__`` modules (PEP 562 module ``__getattr__``), and lazy modules.

A package that re-exports its modules' names imported all of them as soon as
any one module inside it was imported: ``kg.errors`` pulled in the whole
extraction stack, which cost 0.4–0.8 s of every one-shot CLI command. Likewise
NumPy (~0.1 s of CPU) was imported by the encoder and index modules that every
question path imports, though a question the graph answers never computes.
"""
from __future__ import annotations

import importlib
from typing import Any, Callable, Sequence

__all__ = ["lazy_exports", "LazyModule"]


def lazy_exports(package: str, modules: Sequence[str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` finding ``name`` in the ``__all__`` of ``modules``, imported on first use."""

    def __getattr__(name: str) -> Any:
        for module in modules:
            loaded = importlib.import_module(module)
            if name in getattr(loaded, "__all__", ()):
                return getattr(loaded, name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__


class LazyModule:
    """Stands for module ``name`` and imports it at the first attribute read (``np.zeros``).

    Annotations (with ``from __future__ import annotations``) never read it.
    Unlike :class:`importlib.util.LazyLoader` it puts nothing in
    ``sys.modules``, so other importers of the module are not affected.

    Examples
    --------
    >>> json = LazyModule("json")
    >>> json.dumps([1])
    '[1]'
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: Any = None

    def __getattr__(self, attr: str) -> Any:
        if self._module is None:
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}{'' if self._module is None else ' (loaded)'}>"
