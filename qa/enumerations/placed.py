"""Works a plan places in a town or district without naming them after it (「珠山镇有哪些项目或安排」).

Besides the works named after a place (珠山工业园, qa.enumerations.related), the genre sites works there in three ways:
a titled item whose body says where it is built (「循环经济产业园。项目选址珠山镇原上田工业园，…」: the item), a work
said to land there (「…表面处理中心落户零陵（珠山镇）…」: the work before the verb), and a task done there among other
places (「在黄田铺镇、珠山镇、石岩头镇等主要矿区开展植被恢复造林」: what is done). What a sentence merely names beside the
place (「与青山机场错位联动发展」) is none of these.
"""
from __future__ import annotations

import re

from ..answer import Item
from ..index.kb import KB, normalise_text, plan_of
from ..values.figures import item_name
from ..vocabulary import WORK_HEADS

__all__ = ["placed_works"]

#: Verbs siting a work somewhere (选址, 落户, 位于); the place follows them in the same clause.
_SITED = re.compile(r"(?:选址|落户|位于|坐落|落地|布局在|建在|设在|建于|选定在?)(?:于|在)?")
#: A generic subject standing for the item it is printed in (「项目选址…」 in 「循环经济产业园。」's item).
_ITEM_SUBJECT = re.compile(r"^(?:该|本)?(?:项目|工程|园区|基地)?$")
#: Verbs and coverbs a clause opens with before the work it sites (「把握…落户…的良机」「推动…落地」).
_LEAD_VERBS = re.compile(r"^(?:把握|抓住|抢抓|借助|依托|利用|推动|推进|促进|加快|支持|引导|争取|确保|力争|实现|做好)+")
#: What a work's name ends with (中心, 园, 基地 …): a subject otherwise is a clause, not a work.
_WORK_HEAD = re.compile(rf"(?:{WORK_HEADS}|枢纽|园|园区|平台|工厂|生产线|市场|集群|示范区|院|库|城)$")
#: 「在A、B、C等主要矿区开展D」: the places (holding the key), then the verb of doing and what is done.
_DONE_IN = re.compile(r"在(?P<where>[^，,；;。]{2,40}?)(?P<verb>开展|实施|推进|建设|新建|布局|打造|推行|建立|发展)(?P<what>[^，,；;。]{2,20})")
#: Longest run-in title read as an item's name (「循环经济产业园。」).
_TITLE_CHARS = 25


def _item_title(kb: KB, para: str, text: str) -> str | None:
    """The name a titled paragraph or box item is printed under (its first sentence, when short and a work's)."""
    head = normalise_text(item_name(kb, para))
    title = re.split(r"[。:]", text, maxsplit=1)[0]
    return head if head == title and title != text and len(title) <= _TITLE_CHARS and _WORK_HEAD.search(title) else None


def _sited(clause: str, key: str, title: str | None) -> str | None:
    """The work ``clause`` sites at the place ``key`` (「X落户…珠山镇」: X; 「项目选址珠山镇…」: the item's title).

    >>> _sited("把握永州市电子信息表面处理中心落户零陵(珠山镇)的战略良机", "珠山镇", None)
    '永州市电子信息表面处理中心'
    >>> _sited("项目选址珠山镇原上田工业园", "珠山镇", "循环经济产业园"), _sited("与青山机场错位联动发展", "东坪", None)
    ('循环经济产业园', None)
    """
    m = _SITED.search(clause)
    if not m or key not in clause[m.end():]:
        return None
    subject = _LEAD_VERBS.sub("", clause[: m.start()])
    if _ITEM_SUBJECT.match(subject):
        return title
    return subject if 4 <= len(subject) <= 30 and _WORK_HEAD.search(subject) and "的" not in subject else None


def _done_in(clause: str, key: str) -> str | None:
    """What ``clause`` says is done in a run of places holding ``key`` (「在A、珠山镇、B等主要矿区开展植被恢复造林」).

    >>> _done_in("在黄田铺镇、珠山镇、石岩头镇等主要矿区开展植被恢复造林", "珠山镇"), _done_in("支持珠山镇建设客运站", "珠山镇")
    ('植被恢复造林', None)
    """
    m = _DONE_IN.search(clause)
    if not m or key not in m.group("where") or "、" not in m.group("where") and not m.group("where").startswith(key):
        return None
    what = m.group("what")
    return what if "的" not in what else None


def placed_works(kb: KB, keys: list[str], *, plan: str | None = None) -> list[tuple[str, Item]]:
    """(name, cited item) of every work or task the plan places at a place ``keys`` name, in reading order, each once."""
    out: dict[str, Item] = {}
    for para in kb.paragraph_nodes:
        if plan and plan_of(para) != plan:
            continue
        text = kb.norm_text[para]
        if not any(k in text for k in keys):
            continue
        title = _item_title(kb, para, text)
        for clause in re.split(r"[，,；;。]", text):
            for key in (k for k in keys if k in clause):
                name = _sited(clause, key, title) or _done_in(clause, key)
                if name and name not in out and not any(k in name for k in keys):
                    out[name] = Item(name, kb.citation(para))
    return list(out.items())
