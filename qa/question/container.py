"""A question's container qualifier: the work, network or area a thing is asked *in* (「在滨江新城路网里」).

Plans of the genre list one road, school or site under several works (湖湘路 in a 片区路网 item, 长510m, and in a
校园路网工程 item, 长约242m). A question names the work it means with a qualifier — 「X在甲路网里多长」,
「甲片区路网中X多宽」, 「甲工程里的X」. The qualifier is no part of the asked measure (it is never 「在甲路网里的宽度」):
the figure is the thing's own, read only in an item the qualifier names. A figure printed in another work's
item is another segment's and is refused.

Read by :mod:`qa.values.figures` (the figure picked inside the container), :mod:`qa.checks.ownership` (any answerer's figure
outside it refused) and :mod:`qa.engine` (the question answered without the qualifier's words).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..index.kb import KB, normalise_text

__all__ = ["Container", "container_of", "in_container", "without"]

#: Words that end the name of something other things are listed in (a works, a network, an area, a box).
_HEADS = (r"路网(?:建设)?(?:项目|工程)?|片区|新城|新区|园区|产业园|物流园|工程|项目|专栏[0-9.]*|组团|板块|"
          r"城区|老城|古城|景区|小区")
#: 「在甲路网里」「在甲工程中」: 在 marks the container; its name ends as containers' names do (在全县工业中占比 is a
#: measure's own words, no container).
_MARKED = re.compile(rf"在([^在，,。？?；;、]{{2,20}}?(?:{_HEADS})(?:的)?)(?:里面|里头|里|当中|之中|中|内)(?:的)?")
#: 「甲片区路网中X多宽」「甲工程里的X」: unmarked, the container's name must end as containers' names do.
_UNMARKED = re.compile(rf"^(?:请问)?([^，,。？?；;、]{{2,20}}?(?:{_HEADS}))(?:里面|里头|里|当中|之中|中|内)(?:的)?")
#: Words of a qualifier no heading needs to print (「在滨江新城的路网里」 is the 滨江新城路网建设项目's).
_NOISE = re.compile(r"的|所列|列出|规划|建设|项目|工程|这个|那个|该")


@dataclass(frozen=True)
class Container:
    """A container qualifier read from a question.

    Attributes
    ----------
    words : str
        The qualifier's name as asked (「滨江新城路网」).
    phrase : str
        The qualifier as printed in the question (「在滨江新城路网里」), to be removed from it.
    """

    words: str
    phrase: str

    @property
    def core(self) -> str:
        """The name without words any heading may leave out (的, 建设, 项目, 工程)."""
        return _NOISE.sub("", normalise_text(self.words)) or normalise_text(self.words)


def container_of(question: str) -> Container | None:
    """The container a question asks a thing in, or None.

    Examples
    --------
    >>> container_of("阳明大道延伸段在滨江新城路网里宽多少米？")
    Container(words='滨江新城路网', phrase='在滨江新城路网里')
    >>> container_of("滨江新城路网中政通四路多宽？").phrase
    '滨江新城路网中'
    >>> container_of("湖湘路在校园路网工程里多长？").core
    '校园路网'
    >>> container_of("政通四路多宽？") is None, container_of("在规划期内新建多少公里？") is None
    (True, True)
    """
    q = normalise_text(question)
    for pattern in (_MARKED, _UNMARKED):
        m = pattern.search(q)
        if m and len(core := _NOISE.sub("", m.group(1))) >= 2 and not _TIME.search(m.group(1)):
            return Container(m.group(1), m.group(0))
    return None


#: Spans of time a 在…内 may name (在规划期内, 在“十四五”期间内): no container.
_TIME = re.compile(r"期|年|五|时候|阶段|以来")


def without(question: str, container: Container) -> str:
    """``question`` (normalised: NFKC, no whitespace) with the qualifier's words removed.

    >>> without("阳明大道延伸段在滨江新城路网里宽多少米？", container_of("阳明大道延伸段在滨江新城路网里宽多少米？"))
    '阳明大道延伸段宽多少米?'
    """
    return normalise_text(question).replace(container.phrase, "", 1)


def in_container(kb: KB, para: str, container: Container) -> bool:
    """Whether paragraph ``para`` is printed inside ``container``: its own title (the item's words before its first
    。 or ：), its heading path (chapter, section, box) or its first sentence names the container's core words.

    A bigram match of at least four fifths stands for the name printed with words of its own in between
    (「萍洲大桥河西片区路网建设项目」 for 河西片区路网).
    """
    a = kb.attrs(para)
    text = kb.norm_text.get(para) or normalise_text(str(a.get("text") or ""))
    lead = re.split(r"[。：:]", text, maxsplit=1)[0]
    where = normalise_text("".join(str(a.get(k) or "") for k in ("chapter", "section", "box"))) + "|" + lead
    core = container.core
    if core in where:
        return True
    pairs = {core[k : k + 2] for k in range(len(core) - 1)}
    return bool(pairs) and sum(p in where for p in pairs) / len(pairs) >= 0.8
