"""plankg.embeddings — passages, encoders and vector indices."""
from .passages import *  # noqa: F401,F403
from .encoder import *  # noqa: F401,F403
from .index import *  # noqa: F401,F403
