"""Back matter: the 结束语 and the appendices (附件, 附表, 附录) after a plan's last chapter.

Their text belongs to the plan, not to the last chapter's last 节 it follows;
:mod:`kg.ingest.tree` keeps it as the document's closing paragraphs. A
heading counts only after the body has begun: before it, ``附件：…`` labels
the document itself (see :mod:`kg.ingest.front`).
"""
from __future__ import annotations

import re

from kg.ingest.lines import CN_NUM, squeeze

__all__ = ["is_closing_heading"]

_CLOSING = re.compile(rf"^(?:结束语|结语|附\s*[件表录]\s*(?:[0-9０-９]+|[{CN_NUM}]+)?)(?:$|[\s:：、.．—-]+[^。；;！？]{{0,40}}$)")


def is_closing_heading(line: str) -> bool:
    """Whether a line opens the back matter.

    Examples
    --------
    >>> [is_closing_heading(t) for t in ("结束语", "附表1　重大项目表", "附件：名词解释", "附件材料已报送。")]
    [True, True, True, False]
    """
    return bool(_CLOSING.match(squeeze(line)))
