"""Heading recognisers, one module per layout family of the plan genre.

A family is a way of numbering and marking the levels of a plan (第N篇/章/节,
outline numbering 一、/（一）, …). Each module says of one line whether it is a
heading of its family, and at which level; :mod:`kg.ingest.tree` assembles
the tree from what they recognise.
"""
