"""File → ``Document`` tree: readers by file format, heading and table conventions of the genre."""
from kg.ingest.read import *  # noqa: F401,F403
from kg.ingest.parse import *  # noqa: F401,F403
