"""Answers that are lists: items a heading, box, lead-in or sentence enumerates, group members, related things."""
