"""Where built artefacts live: the build folder, graph stores by name, read-only SPARQL.

``kg.store.triplestore`` is imported from its own module (it pulls in store back-ends).
"""
from kg._lazy import lazy_exports

__all__: list[str] = []
__getattr__ = lazy_exports("kg.store", ('kg.store.buildfolder', 'kg.store.sparql'))
