"""A pointer after the names it means (「A、B这些地方」) after a list answer is no follow-up on that list: the
question is answered as it names its places (on the seed)."""
from __future__ import annotations

import html
import re

import pytest

import ui


def _visible(history: list[dict]) -> str:
    assert history[-1]["role"] == "assistant"
    return html.unescape(re.sub(r"<[^>]+>", " ", history[-1]["content"]))


@pytest.mark.parametrize("question", ["矿区废渣堆场、尾砂库这些地方要恢复多少亩植被？", "临时堆场、临时道路这两处要恢复多少亩植被？"])
def test_named_places_after_a_list_are_not_the_list(ui_engine, question):
    history, _, _ = ui.chat_reply(ui_engine, "规划建设哪些高铁？", [])
    follow, _, _ = ui.chat_reply(ui_engine, question, history)
    shown = _visible(follow)
    assert "上一回答列出" not in shown and "邵永高铁" not in shown, shown
    assert "亩" in shown, shown


def test_a_bare_pointer_after_a_list_still_means_the_list(ui_engine):
    history, _, _ = ui.chat_reply(ui_engine, "规划建设哪些高铁？", [])
    follow, _, _ = ui.chat_reply(ui_engine, "这些项目在哪些章节中被提到？", history)
    assert "上一回答列出的4项" in _visible(follow)
