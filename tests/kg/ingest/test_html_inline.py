"""A web page's inline elements (``<b>`` ``<strong>`` ``<span>`` ``<a>`` ``<em>`` ``<font>`` ``<sub>``) inside running
text never break its paragraph, however short the page (trafilatura's fallback for a short page put every text
node on a line of its own); a menu of links with no words around them keeps its links."""
from __future__ import annotations

import pytest

from kg.ingest.read import read_source

pytest.importorskip("trafilatura")

PAGE = """<html><head><meta charset="utf-8"><title>青禾县规划</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a></div>
<h1>青禾县国民经济和社会发展第十五个五年规划纲要</h1>
<h2><span>第一章</span> 发展环境</h2>
<p>{paragraph}</p>
<p>加快<em>“戏曲之城”</em>建设，推动文化事业发展。</p>
</body></html>"""

JOINED = "到2030年，全县地区生产总值达到500亿元，年均增长6%左右，建成月湖大桥、青禾客运站和北岸污水处理厂。"


@pytest.mark.parametrize("paragraph", [
    "到2030年，全县地区生产总值达到<b>500亿元</b>，年均增长<strong>6%</strong>左右，建成月湖大桥、青禾客运站和北岸污水处理厂。",
    "到2030年，全县地区生产总值达到500亿元，年均增长6%左右，建成<span>月湖大桥</span>、<a href='q.html'>青禾客运站</a>和北岸污水处理厂。",
    "<span style='font-size:16px'>到2030年，全县地区生产总值达到<font color='red'>500亿元</font>，年均增长6%左右，</span>建成月湖大桥、青禾客运站和<u>北岸污水处理厂</u>。",
    "到2030年，全县地区生产总值达到<b><span>500</span>亿元</b>，年均增长<i>6%</i>左右，建成月湖大桥、青禾客运站和北岸污水处理厂。",
])
def test_inline_elements_keep_the_paragraph_whole(tmp_path, paragraph):
    path = tmp_path / "青禾县规划.html"
    path.write_text(PAGE.format(paragraph=paragraph), encoding="utf-8")
    lines = [line.strip() for line in read_source(path).text.split("\n") if line.strip()]
    assert JOINED in lines, lines
    assert "加快“戏曲之城”建设，推动文化事业发展。" in lines
    assert "第一章 发展环境" in lines


def test_a_subscript_stays_in_its_name(tmp_path):
    path = tmp_path / "青禾县规划.html"
    path.write_text(PAGE.format(paragraph="细颗粒物（PM<sub>2.5</sub>）年均浓度下降到30微克/立方米。"), encoding="utf-8")
    assert "细颗粒物（PM2.5）年均浓度下降到30微克/立方米。" in read_source(path).text.split("\n")


def test_a_link_menu_keeps_its_links():
    # the links are what tells the extractor a menu is no text: only links inside running text lose their tags
    from lxml import html as lxml_html

    from kg.ingest.formats.html import _join_inline

    tree = lxml_html.fromstring(PAGE.format(paragraph="建成<a href='q.html'>青禾客运站</a>和北岸污水处理厂。"))
    _join_inline(tree)
    assert [a.text for a in tree.iter("a")] == ["首页", "政务公开", "互动交流"]
