"""Where built artefacts live: the build folder, graph stores by name, read-only SPARQL.

``kg.store.triplestore`` is imported from its own module (it pulls in store back-ends).
"""
from kg.store.buildfolder import *  # noqa: F401,F403
from kg.store.sparql import *  # noqa: F401,F403
