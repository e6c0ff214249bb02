"""Comparing plans: the same measure across periods and levels of government.

Reads built graphs (never the parser): measures normalised and matched across
plans, comparison links as RDF, comparison tables.
"""
