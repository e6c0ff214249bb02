"""The kind of thing a list question asks for, and the genre's other words for it."""
from __future__ import annotations

__all__ = ["KIND_SYNONYMS"]

#: Other words plans use for an asked kind (the question may say 高速铁路 where the plan says 高铁).
KIND_SYNONYMS: dict[str, tuple[str, ...]] = {
    "高速铁路": ("高铁",), "高铁": ("高速铁路", "客运专线"), "地铁": ("城市轨道交通", "轨道交通"),
    "轻轨": ("轨道交通",), "高速公路": ("高速",), "机场": ("航空港",), "港口": ("码头",),
    "园区": ("产业园", "工业园"), "产业园": ("园区", "工业园"),
}
