"""The built plan as answerers read it: graph lookups, persisted indexes, BM25, hybrid retrieval, catalogues."""
