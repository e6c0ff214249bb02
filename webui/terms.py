"""Chinese names for what the graph stores under English keys: node types, relations, attributes, quantity kinds.

Types, relations and attributes are named by the ontology (``kg.export.term_labels``
reads its ``rdfs:label@zh``); quantity kinds (``investment``, ``output_value`` …,
see ``kg.extract.units.KIND_CUES``) are plain strings with no ontology term, so
their Chinese names live here.
"""
from __future__ import annotations

from functools import lru_cache

from kg.export import term_labels

__all__ = ["QUANTITY_KINDS", "zh_term", "quantity_text"]

#: Quantity kind → what it measures, in Chinese.
QUANTITY_KINDS = {
    "investment": "投资", "output_value": "产值", "gdp": "生产总值", "revenue": "营业收入",
    "profit_tax": "利税", "revenue_tax": "税收", "income": "收入", "land_area": "用地面积",
    "floor_area": "建筑面积", "irrigated_area": "灌溉面积", "area": "面积", "length": "长度",
    "width": "宽度", "unit_capacity": "单机容量", "capacity": "规模/容量", "storage": "库容",
    "beds": "床位", "parking_spaces": "停车位", "production": "产量/产能", "supply": "供水规模",
    "treatment": "处理能力", "generation": "发电量", "population": "人口", "growth": "增长",
    "share": "比重", "count": "数量", "percent": "比例", "mass": "质量", "voltage": "电压",
    "power": "功率", "volume": "体积",
}


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    return term_labels()


def zh_term(key: str) -> str:
    """The Chinese name of an ontology key or quantity kind (the key itself when none is known).

    Examples
    --------
    >>> zh_term("Park"), zh_term("supports"), zh_term("output_value"), zh_term("unknownKey")
    ('园区', '支撑', '产值', 'unknownKey')
    """
    return _labels().get(key) or QUANTITY_KINDS.get(key) or key


def quantity_text(quantity: str) -> str:
    """A node's ``quantities`` entry (``kind: printed figure``) in Chinese.

    Examples
    --------
    >>> quantity_text("investment: 3.5亿元"), quantity_text("12公里")
    ('投资：3.5亿元', '12公里')
    """
    kind, sep, raw = quantity.partition(": ")
    return f"{zh_term(kind)}：{raw}" if sep else quantity
