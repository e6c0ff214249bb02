"""What a 专栏 box does not print: its items when only its picture survives, a count it never states.

Two answerers, both abstaining (``found: false``) with what the box does say:

* :func:`answer_image_box` — a box kept only as an image (``pk:imageSource``): the text
  holds its number and title, never its items, so 「专栏5有哪些项目」 cannot be listed.
* :func:`answer_box_count` — 「专栏26.4中要新建多少个公园」: a count of a named kind of thing
  in a box. The box's items are not that count; the count is given only when an item
  prints it (「98个…老旧小区」), otherwise the answer says which items mention the kind.
"""
from __future__ import annotations

import re
import unicodedata

from ..answer import Answer, Item
from .figures import asked_box, item_name, named_item
from ..question.askednoun import noun_after_asked
from ..question.intent import Intent
from ..index.kb import KB
from ..vocabulary import member_kind

__all__ = ["answer_image_box", "answer_box_count", "counted_noun"]

_CLASSIFIERS = "个座所条处家项名台辆张间栋套块片户"
#: 「网球场多少个」「网球场要建几个」: the counted noun said before the question word and its classifier, after the box
#: (专栏N里/中/的) and a verb of building; what is between it and the question word only asks.
#: The verbs a box's counted things are made with (新建, 创建, 提升 …): 「乡村卫生院要提升几个」 counts 乡村卫生院.
_MAKING = r"新增|新建|建设|建成|修建|创建|打造|提升|改造|培育|引进|实施|完成|争创|申报|扶持|启动|升级|提质|整治|治理|建"
_COUNTED_BEFORE = re.compile(rf"专栏[0-9.]+(?:里面?|中|内|的)*(?:要|将|计划|拟)?(?:{_MAKING})?的?"
                             rf"((?!一共|总共|共|有|要|将|计划|拟|包括|列)[\u4e00-\u9fff]{{1,10}}?)(?:一共|总共|共)?(?:有|要|将|计划|拟)?(?:{_MAKING}|列了|列出了?|列有)?"
                             rf"(?:多少|几)[{_CLASSIFIERS}][？?。]?$")
#: A unit of measure after 多少 (多少亩, 多少万千瓦, 多少公里): a quantity asked of a thing, not a kind of thing counted.
_MEASURE_UNIT = re.compile(r"^(?:万|亿|千|百)?(?:亩|公顷|公里|千米|米|吨|元|千瓦|瓦|兆瓦|平方米|平方公里|立方米|方|千伏|度|km|m|MW)")
#: Counted nouns that mean the box's own items (its list), not a kind of thing in them.
_ITEM_WORDS = {"", "项目", "工程", "重点项目", "重点工程", "建设项目", "内容", "方面", "类", "指标"}


def counted_noun(question: str) -> str | None:
    """The kind of thing a 「多少个X」 question counts, or None when it counts the box's items.

    Examples
    --------
    >>> counted_noun("专栏26.4中要新建多少个公园？"), counted_noun("专栏26.4有多少个项目？"), counted_noun("有几个风电项目？"), counted_noun("能源项目有几个？")
    ('公园', None, None, None)
    >>> counted_noun("专栏21.1里高标准农田要建多少亩？"), counted_noun("专栏2里风电要装多少万千瓦")
    (None, None)
    >>> counted_noun("专栏3里新增网球场多少个？"), counted_noun("专栏3中网球场要建几个"), counted_noun("专栏3里的项目有几个")
    ('网球场', '网球场', None)
    >>> counted_noun("专栏1有多少项？"), counted_noun("专栏1一共列了几项"), counted_noun("专栏2里水利类的项目列了几个")
    (None, None, None)
    """
    q = unicodedata.normalize("NFKC", question)
    if re.search(r"(项目|工程)[？?。]?$", q):
        return None  # 「几个风电项目」: the box's own items of a kind, counted by listing them
    # 「多少个公园」「几座水库」: the counted noun after the number word (a 项目/工程 after it names the box's items)
    noun = noun_after_asked(q, asked="(?:多少|几)", counting=_CLASSIFIERS, lone_counting=True, size=(1, 10),
                            shortest=True, after="(?:项目|工程)?", end="[？?。]?$")
    if not noun:
        m = _COUNTED_BEFORE.search(q)
        if not m:
            return None
        noun = m.group(1)
    if re.search(r"(?:项目|工程)$", noun):
        return None  # 「能源项目有几个」: the box's own items of a kind
    return None if noun in _ITEM_WORDS or _MEASURE_UNIT.match(noun) else noun


def answer_image_box(kb: KB, question: str, intent: Intent, *, plan: str | None = None) -> Answer | None:
    """Any question about a box's content when the box is only an image: say so, found false."""
    box = asked_box(kb, question, intent, plan=plan, kind="list")
    if not isinstance(box, str) or not kb.attrs(box).get("imageSource") or kb.box_groups(box):
        return None
    return Answer(
        question,
        f"规划文本中{kb.label(box)}只印出标题，其内容以图片形式给出，文本中没有列出具体项目。",
        False,
        kind="aggregate" if intent.kind in ("aggregate", "fact") else "list",
    )


def answer_box_count(kb: KB, question: str, intent: Intent, *, plan: str | None = None) -> Answer | None:
    """「专栏N中要新建多少个X」: the count an item prints for X, else found false with the items naming X."""
    noun = None if intent.attributes else counted_noun(question)  # 「多少个停车位」 is a figure's sum
    box = asked_box(kb, question, intent, plan=plan, kind="aggregate") if noun else None
    if not isinstance(box, str):
        return box
    paras = [p for _, ps in kb.box_groups(box) for p in ps]
    if not paras:
        return None  # a box printing an indicator table lists no items: its rows are counted as indicators
    where = kb.label(box)
    if (one := named_item(kb, paras, question)) is not None:
        # 「专栏26.3里的富家桥风电场要新建多少台风机」: that item's own count, never a sibling's (大庆坪's 23台)
        paras, where = [one], f"{where}的{item_name(kb, one)}"
    # A figure counting X: 「98个2000年以前的城镇老旧小区」 — number, classifier, then X within one clause —
    # or X followed by its count: 「老旧小区45个」 (the text is NFKC: its commas are ASCII, never crossed —
    # 「…60处以上，新增篮球场40个」 counts no 篮球场 60).
    num, x = r"[0-9.一二三四五六七八九十百千万两]+", re.escape(noun)
    counted = re.compile(rf"{num}\s*[{_CLASSIFIERS}][^，。；、,;]{{0,16}}?{x}|{x}[^，。；、,;0-9]{{0,4}}{num}\s*[{_CLASSIFIERS}]")
    stated, naming = [], []
    for p in paras:
        text = unicodedata.normalize("NFKC", str(kb.attrs(p).get("text") or ""))
        if noun not in text:
            continue
        naming.append(Item(item_name(kb, p), kb.citation(p)))
        stated += [(m.group(0), p) for m in counted.finditer(text)]
    kind = member_kind(noun) or (noun,)
    named = [p for p in paras if any(k in item_name(kb, p) for k in kind)]
    if len(named) >= 2 and all(re.match(r"一\s*[个座所条处家项]", s) for s, _ in stated):
        # 「专栏26.3中有几个风电场」: items named as the kind (风力发电站 too), each one — 「建设一座…的风电场」 is an
        # article inside one item, never the count
        items = [Item(item_name(kb, p), kb.citation(p)) for p in named]
        text = f"{where}列出{len(items)}个{noun}：" + "、".join(i.label for i in items) + "。"
        return Answer(question, text, True, items, [i.citation for i in items if i.citation], kind="aggregate")
    if stated:
        items = [Item(s, kb.citation(p)) for s, p in stated]
        text = f"{where}中：" + "；".join(s for s, _ in stated) + "。"
        return Answer(question, text, True, items, [i.citation for i in items if i.citation], kind="aggregate")
    if naming:
        text = f"{where}没有给出{noun}的数量；提到“{noun}”的条目有：" + "；".join(i.label for i in naming) + "。"
    else:
        # What the box does count instead (「新增篮球场100个以上」), never its item count given as the kind's.
        given = [c for p in paras for c in re.split(r"[，,。；;]", unicodedata.normalize("NFKC", str(kb.attrs(p).get("text") or "")))
                 if re.search(rf"[0-9一二三四五六七八九十百千万两]\s*[{_CLASSIFIERS}]", c)]
        listed = "、".join(given) if given else "；".join(item_name(kb, p) for p in paras)
        listed = listed if len(listed) <= 160 else listed[:159] + "…"
        text = f"{where}没有给出{noun}的数量，也未提到“{noun}”；{'给出数量的是' if given else '列出的是'}：{listed}。"
        naming = [Item(item_name(kb, p), kb.citation(p)) for p in paras][:10]
    return Answer(question, text, False, naming, [i.citation for i in naming if i.citation], kind="aggregate")
