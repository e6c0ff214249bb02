"""plankg.kg — from plan text to a document tree and an RDF knowledge graph.

The stream runs read → parse → extract → rdf (→ nxview, export, sparql). The
names most callers need are re-exported here; heavier modules (export,
triplestore) are imported from their own module.
"""
from .document import *  # noqa: F401,F403
from .errors import *  # noqa: F401,F403
from .facts import *  # noqa: F401,F403
from .read import *  # noqa: F401,F403
from .parse import *  # noqa: F401,F403
from .extract import *  # noqa: F401,F403
from .rdf import *  # noqa: F401,F403
from .nxview import *  # noqa: F401,F403
from .sparql import *  # noqa: F401,F403
from .stats import *  # noqa: F401,F403
