"""Answers in the plan's own words: passages, definitions, stated phrases, sites and how the plan was issued."""
