"""Whether a figure is the asked one's: its owner, year, scope and kind, checked before an answer is returned."""
