"""Closed word lists of the genre that many readers share, one definition each: the words that join the members of a
run, the words that make a sentence a question, those that ask for a figure, and the heads of works' names.

Plans join the things of a run with 、和及与 (「A、B和C」), titles with 暨 too (「A暨B」), and two-character 以及; a
question joins them in speech with 跟 and 同 (「A跟B加起来多少」). A reader that splits or joins runs takes the set
that fits what it reads, rather than writing its own copy.

>>> [bool(ASKS_FIGURE.search(q)) for q in ("湘江东路有几公里", "哪几个项目", "有多远", "有哪几类", "几乎全部")]
[True, True, True, False, False]
"""
from __future__ import annotations

import re

__all__ = ["JOINER", "NAME_JOINER", "JOINER_WORDS", "SPOKEN_JOINER", "ASKS", "ASKS_FIGURE", "WORK_HEADS"]

#: One character joining the members of a run (「临时堆场和临时道路」「A、B及C」).
JOINER = re.compile(r"[和及与、]")
#: A joiner of names, titles' 暨 included (「A暨B」).
NAME_JOINER = re.compile(r"[和及与、暨]")
#: A joiner of parts, two-character 以及 included (「A、B以及C」); it is tried before 及.
JOINER_WORDS = re.compile(r"以及|和|与|及|、")
#: A joiner as questions speak it, 跟 and 同 included (「A跟B加起来多少」).
SPOKEN_JOINER = re.compile(r"和|与|及|、|跟|同")

#: What a sentence carries when it asks something, however short (「锰矿有多少？」「GDP呢」「何时建成」).
ASKS = re.compile(r"多少|几|哪|什么|啥|谁|吗|呢|么|如何|怎|是否|有没有|是不是|为何|为什么|何时|多[长大宽高深远久重]")
#: Words that ask for a figure in one part of a question: 几 before a counting word or a unit (几个, 几公里, 几成; 哪几类
#: asks kinds, no figure, and 几乎 asks nothing), 多 before a dimension (多长, 多远).
ASKS_FIGURE = re.compile(r"多少|几(?:[个年项条座家所台张处辆名套户栋万千百亿%倍成亩米吨]|公里|公顷|平方)|(?<!哪)几类"
                         r"|有?多[大长宽高深重远]|百分之几")

#: Heads every name of a work ends with, whatever its kind (…中心, …基地, …污水处理厂, …工程), as pattern text: each
#: reader of works' names adds the heads of the kinds it reads (an owner's 水库 and 大道, an item's 平台 and 示范区).
WORK_HEADS = r"中心|基地|工程|项目|厂|站|场|港|馆"
