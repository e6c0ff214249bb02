"""plankg.qa — linking, intent, retrieval and answers with citations."""
