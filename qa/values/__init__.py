"""Answers that are figures: values, counts, sums, ranges, reverse look-ups, yes/no checks and dates."""
