"""Words the genre prints for two parts at once, written out where values are distributed over the parts.

「城乡居民人均可支配收入分别增长7.7%、8.2%」 prints one name for two measures: 城镇居民… is 7.7%, 农村居民… 8.2%.
A question 「城乡居民人均可支配收入分别要增长多少」 asks both. Written out (城镇居民和农村居民…) the name reads as any
「A和B…分别」 does, on the question's side and the plan's alike; without 分别/各自 the word names the whole
(城乡居民收入稳步增长) and is left as printed.
"""
from __future__ import annotations

import re

__all__ = ["PAIRED_WORDS", "spell_paired"]

#: A word for two parts → the parts, in the order plans print their values.
PAIRED_WORDS: dict[str, tuple[str, str]] = {"城乡": ("城镇", "农村")}
_PAIRED = re.compile(rf"(?:{'|'.join(PAIRED_WORDS)})(居民)?(?=[^。；;，,？?]*(?:分别|各自))")


def spell_paired(text: str) -> str:
    """``text`` with each paired word that 分别/各自 distributes over written out as its parts.

    >>> spell_paired("城乡居民人均可支配收入分别增长7.7%、8.2%")
    '城镇居民和农村居民人均可支配收入分别增长7.7%、8.2%'
    >>> spell_paired("城乡污水处理率分别达到95%和80%"), spell_paired("城乡居民收入稳步增长")
    ('城镇和农村污水处理率分别达到95%和80%', '城乡居民收入稳步增长')
    """
    return _PAIRED.sub(lambda m: "和".join(part + (m.group(1) or "") for part in PAIRED_WORDS[m.group(0)[:2]]), text)
