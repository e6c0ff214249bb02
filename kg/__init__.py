"""plankg.kg — from plan text to a document tree and an RDF knowledge graph."""
