"""plankg.qa — linking, intent, retrieval and answers with citations."""
from .answer import *  # noqa: F401,F403
from .question.intent import *  # noqa: F401,F403
from .question.link import *  # noqa: F401,F403
from .index.retrieve import *  # noqa: F401,F403
from .engine import *  # noqa: F401,F403
