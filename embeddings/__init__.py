"""plankg.embeddings — passage encoders and vector indices."""
