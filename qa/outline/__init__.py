"""Answers about the plan's structure: counts, titles and positions of parts, chapters, sections and boxes."""
