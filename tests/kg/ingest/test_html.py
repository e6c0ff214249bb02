"""kg.ingest.formats.html: a plan saved from a government website, main content only, tables kept."""
from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest.parse import parse_file
from kg.ingest.read import read_source

pytest.importorskip("trafilatura")

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}">
<title>某某区国民经济和社会发展第十四个五年规划纲要_规划计划_某某区人民政府门户网站</title></head>
<body>
<div class="top-nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a></div>
<div class="sidebar"><ul><li><a href="/a">通知公告</a></li><li><a href="/b">政策解读</a></li></ul></div>
<div class="article">
<h1>某某区国民经济和社会发展第十四个五年规划纲要</h1>
<div class="info">发布时间：2021-03-01　来源：区发改局　浏览次数：1234</div>
<div class="content">
<p>目　录</p>
<ul><li>第一篇　总体要求</li><li>第一章　发展基础</li><li>第二章　总体思路</li></ul>
<p>　　“十四五”时期是某某区开启全面建设社会主义现代化新征程的第一个五年。</p>
<h2>第一篇　总体要求</h2>
<h3>第一章　发展基础</h3>
<p>　　“十三五”时期全区地区生产总值达到232亿元，年均增长7.5%。</p>
<h4>第一节　主要成就</h4>
<p>　　经济实力显著增强，产业结构持续优化，城乡面貌焕然一新。</p>
<table border="1">
<tr><td>类别</td><td>序号</td><td>指标名称</td><td>2020年</td><td>2025年</td><td>年均增速</td><td>属性</td></tr>
<tr><td>经济发展</td><td>1</td><td>地区生产总值（亿元）</td><td>232</td><td>341</td><td>8.0%</td><td>预期性</td></tr>
<tr><td></td><td>2</td><td>一般公共预算收入（亿元）</td><td>10.2</td><td>14</td><td>6.5%</td><td>预期性</td></tr>
</table>
<h3>第二章　总体思路</h3>
<p>　　坚持稳中求进工作总基调，坚持新发展理念。</p>
<p><img src="zl1.jpg" title="专栏1　重大项目"></p>
</div>
</div>
<div class="footer">主办：某某区人民政府办公室　版权所有　备案号：湘ICP备12345678号　技术支持：某某网络公司</div>
</body></html>
"""


@pytest.fixture(params=["utf-8", "gb2312"])
def page(request, tmp_path):
    path = tmp_path / "某某区十四五规划.html"
    path.write_bytes(PAGE.format(charset=request.param).encode(request.param))
    return path


def test_web_page_gives_its_plan_tree(page):
    doc = parse_file(page)
    assert doc.title == "某某区国民经济和社会发展第十四个五年规划纲要"
    assert [p.heading.label for p in doc.parts] == ["第1篇 总体要求"]
    assert [c.heading.label for c in doc.chapters()] == ["第1章 发展基础", "第2章 总体思路"]
    assert [s.heading.label for s in doc.sections()] == ["第1节 主要成就"]


def test_web_page_table_is_kept(page):
    doc = parse_file(page)
    assert [(i.number, i.name, i.unit, i.base.value, i.target.value, i.attribute) for i in doc.indicators] == [
        (1, "地区生产总值", "亿元", 232.0, 341.0, "预期性"),
        (2, "一般公共预算收入", "亿元", 10.2, 14.0, "预期性"),
    ]
    assert doc.indicators[1].category == "经济发展"  # continuation row


def test_web_page_furniture_is_left_out(page):
    text = read_source(page).text
    for furniture in ("首页", "政务公开", "通知公告", "浏览次数", "备案号", "技术支持"):
        assert furniture not in text
    doc = parse_file(page)
    assert [b.heading.label for b in doc.boxes()] == ["专栏1 重大项目"]
    assert next(doc.boxes()).image == "zl1.jpg"


def test_page_without_main_text_is_refused(tmp_path):
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><script>var x = 1;</script></head><body></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="没有找到正文"):
        read_source(path)


def test_collapsed_table_of_contents_is_skipped(tmp_path):
    path = tmp_path / "toc.html"
    path.write_text(
        "<html><body><div class='content'><h1>某县规划纲要</h1><details><summary>目录</summary><ul>"
        "<li>第一章　发展基楚</li><li>第二章　总体要求</li></ul></details>"  # the TOC's typo is not the body's
        "<h2>第一章　发展基础</h2><p>　　“十三五”时期全县经济持续健康发展，综合实力明显增强。</p>"
        "<h2>第二章　总体要求</h2><p>　　坚持稳中求进工作总基调，坚持新发展理念。</p></div></body></html>",
        encoding="utf-8")
    doc = parse_file(path)
    assert [c.heading.label for c in doc.chapters()] == ["第1章 发展基础", "第2章 总体要求"]
    assert any("table of contents" in w for w in doc.warnings)


def test_box_framed_as_a_one_cell_table(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text(
        "<html><body><div class='content'><h2>第一章　产业发展</h2><p>做强工业，推动制造业高质量发展。</p>"
        "<table border='1'><tr><td><p>专栏1　重点项目</p><p>新材料产业园。总投资50亿元。</p>"
        "<p>物流园。总投资5亿元。</p></td></tr></table><p>加快园区建设，完善配套设施。</p></div></body></html>",
        encoding="utf-8")
    doc = parse_file(path)
    [box] = doc.boxes()
    assert [i.name for i in box.items] == ["新材料产业园", "物流园"]
    assert [p.text for p in next(doc.chapters()).preamble] == ["做强工业，推动制造业高质量发展。", "加快园区建设，完善配套设施。"]
