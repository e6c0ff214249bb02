"""plankg.qa — linking, intent, retrieval and answers with citations."""
from .answer import *  # noqa: F401,F403
from .intent import *  # noqa: F401,F403
from .link import *  # noqa: F401,F403
from .retrieve import *  # noqa: F401,F403
from .engine import *  # noqa: F401,F403
