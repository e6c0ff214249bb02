"""``Document`` tree → ``Facts``: entities, relations and quantities, each with its source paragraphs."""
from kg.extract.extractor import *  # noqa: F401,F403
