"""What the words around a printed figure say about what it measures.

A figure in a plan is not always a fact about its clause's subject. The genre
prints figures that describe something else:

* a grade or class: 20万千瓦级模块式高温气冷堆, 千吨级码头 (级 after the figure);
* a threshold of a relative clause: 新增年加工产值2000万元以上的农产品加工企业10家
  (the figure before 的 qualifies the enterprises counted next);
* a norm per unit: 每个床位的面积不超过50平米, 每个乡镇最少建设2—3个公共厕所;
* the size of a class after 等 or 若干: 菱角塘、富家桥等10个乡镇, 建设若干30万吨以上的…企业;
* a shift, not a length: 将阳明大道东移2-3km;
* where a work is done, not what it is: 在13个主产区的484个主产县（场），建设…;
* a work named by where it lies: 古城路沿江纳污管道改造，长度约5867m (the pipes', not 古城路's).

Each function reads the printed text around the figure at ``text[at:at + len(raw)]``
(``raw`` as :func:`kg.extract.units.parse_quantities` returns it) and answers a
yes/no question; :mod:`kg.extract.targets` and the extractor's figure filing use
them to leave such figures out.
"""
from __future__ import annotations

import re

from kg.extract.clauses import clause_start

__all__ = ["is_grade", "qualifies_next", "is_norm", "sizes_a_class", "is_shift", "is_scope", "not_of_the_work",
           "locates_another_work"]

_CLAUSE_MARKS = "，,。；;：:！？!?"


def _clause_before(text: str, at: int) -> str:
    start = clause_start(text, at, _CLAUSE_MARKS)
    return text[start:at]


def is_grade(text: str, at: int, raw: str) -> bool:
    """Whether the figure names a grade (20万千瓦级, 千吨级): 级 follows it.

    >>> t = "开发20万千瓦级模块式高温气冷堆"
    >>> is_grade(t, 2, "20万千瓦"), is_grade("装机20万千瓦。", 2, "20万千瓦")
    (True, False)
    """
    return text.startswith("级", at + len(raw))


def qualifies_next(text: str, at: int, raw: str) -> bool:
    """Whether the figure qualifies the noun printed after it (…2000万元以上的企业, 七十万千瓦水轮发电机组).

    The figure is then part of a description of what follows (a threshold, a
    size class), not a value stated for the clause's subject. A list going on
    (和, 、), a verb of change (降到, 增加到) or 把握 after the figure do not count.

    >>> t = "新增年加工产值2000万元以上的农产品加工企业10家以上"
    >>> qualifies_next(t, 7, "2000万元以上"), qualifies_next(t, 25, "10家以上")
    (True, False)
    >>> qualifies_next("重点是七十万千瓦水轮发电机组", 3, "七十万千瓦")
    True
    >>> qualifies_next("由千分之十四点三九降到千分之十", 1, "千分之十四点三九")
    False
    """
    after = text[at + len(raw):]
    if after.startswith("的"):
        return True
    return bool(re.match(r"[\u4e00-\u9fff]", after)) and not re.match(
        r"[和与及或至到]|降|增|减|下降|提高|上升|扩大|缩小|持平|来?把握|左右|以上|以下|以内|等", after)


def is_norm(text: str, at: int) -> bool:
    """Whether the figure is a norm per unit (每个床位的面积不超过50平米): 每 leads its clause's subject.

    >>> is_norm("新建占地8亩，每个床位的面积不超过50平米", 19), is_norm("每千人口拥有注册护士数提高到3.8人", 13)
    (True, False)
    >>> is_norm("每年新增发电装机容量一千六百万千瓦", 10)
    False
    """
    clause = _clause_before(text, at)
    return bool(re.search(r"每(?:个|座|所|张|户|家|名|位|栋)", clause))  # 每年, 每千人口: a rate, a measure


def sizes_a_class(text: str, at: int) -> bool:
    """Whether the figure counts a class after 等 or 若干 (A、B等10个乡镇; 若干30万吨以上的…).

    >>> t = "完成菱角塘、富家桥等10个乡镇街道污水处理厂建设"
    >>> sizes_a_class(t, t.find("10个")), sizes_a_class("建设若干30万吨以上的示范企业", 4)
    (True, True)
    >>> sizes_a_class("建设2个千吨级码头", 2)
    False
    """
    return bool(re.search(r"(?:等|若干|一批)\s*$", text[:at]))


def is_shift(text: str, at: int) -> bool:
    """Whether the figure is how far something moves (阳明大道东移2-3km), not a length of it.

    >>> is_shift("将阳明大道东移2-3km", 7), is_shift("道路全长2km", 4)
    (True, False)
    """
    return bool(re.search(r"[东西南北]?(?:移|迁)\s*$", text[:at]))


def is_scope(text: str, at: int) -> bool:
    """Whether the figure sits in a 在… phrase naming where a work is done, before any verb of doing it.

    >>> t = "在13个粮食主产区的484个粮食主产县，建设万亩连片标准粮田"
    >>> is_scope(t, 1), is_scope(t, t.find("484")), is_scope("在宜林荒山地区造林29万公顷", 9)
    (True, True, False)
    """
    clause = _clause_before(text, at)
    return clause.startswith("在") and not re.search(r"建设|新建|改造|建成|造林|治理|实施|完成|修复|开发", clause)


def not_of_the_work(text: str, at: int, raw: str, unit: str) -> bool:
    """Whether a figure printed in a work's paragraph is not a figure of that work.

    A grade, a norm per unit, a class size, a shift, a scope (see above), or a count of
    enterprises or households (培育高新企业40家, 解决350万户无电人口用电问题): what the
    work brings about, not what it is.

    >>> not_of_the_work("培育高新企业40家", 6, "40家", "家"), not_of_the_work("新建风机23台", 4, "23台", "台")
    (True, False)
    """
    return (unit in ("家", "户") or is_grade(text, at, raw) or is_norm(text, at)
            or sizes_a_class(text, at) or is_shift(text, at) or is_scope(text, at))


# A works word closing a phrase: the phrase names a work of its own.
_OWN_WORK = re.compile(r"^[\u4e00-\u9fff]{2,16}?(?:改造|工程|项目|整治|治理|提质|管网|管道|管线)(?=[，,。；;：:、（(]|$)")


def locates_another_work(text: str, end: int) -> bool:
    """Whether the name printed up to ``end`` runs on into another work's name, saying only where it lies.

    古城路沿江纳污管道改造，长度约5867m: the figure is the pipe works', and 古城路 (a
    road with a box item of its own) only places them. A name going on with its
    brackets, a figure or a verb still names the work itself.

    >>> t = "古城路沿江纳污管道改造，长度约5867m"
    >>> locates_another_work(t, 3), locates_another_work("古城路（萍洲大桥至东风大桥段）全长2.7km", 3)
    (True, False)
    >>> locates_another_work("石坝仔水库灌区渠道21.5km", 5), locates_another_work("何仙观水库工程", 5)
    (False, False)
    """
    return bool(_OWN_WORK.match(text[end:]))
