"""``Document`` + ``Facts`` → RDF: the ontology (vocabulary as code), the RDF builder, the networkx view."""
from kg.graph.rdf import *  # noqa: F401,F403
from kg.graph.nxview import *  # noqa: F401,F403
from kg.graph.stats import *  # noqa: F401,F403
