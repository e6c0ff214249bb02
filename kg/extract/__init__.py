"""``Document`` tree → ``Facts``: entities, relations and quantities, each with its source paragraphs."""
from kg._lazy import lazy_exports

__all__: list[str] = []
# Lazy: the question side imports kg.extract.units (reading 万/亿 figures) without the whole extractor (~0.06 s).
__getattr__ = lazy_exports("kg.extract", ("kg.extract.extractor",))
