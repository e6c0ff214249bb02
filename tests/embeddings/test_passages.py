"""Passages: sentence-boundary chunking, ids, heading paths, nothing lost, jsonl round trip."""
from __future__ import annotations

import re

import pytest

from embeddings.passages import Passage, load_passages, make_passages, passage_context, save_passages, split_text
from kg.document import Box, BoxItem, Chapter, Document, Heading, HeadingPath, Paragraph, Part, Section
from kg.errors import IndexNotBuilt

PART = Heading("part", 2, "产业发展")
CHAPTER = Heading("chapter", 4, "实施制造业倍增工程")
SECTION = Heading("section", 1, "加快建设三个百亿园区")
BOX = Heading("box", "4.1", "特色园区重点项目")

# Sentences of 40–90 characters, ending in 。 or ；, one with a closing quote after the stop.
SENTENCES = [("甲" * (40 + 7 * i)) + ("。" if i % 3 else "；") for i in range(12)]
SENTENCES[5] = "提出“" + "乙" * 60 + "。”"
LONG = "".join(SENTENCES)
RUN_ON = "丙" * 800  # no punctuation at all: must still be cut


def _para(pid: str, text: str, path: HeadingPath) -> Paragraph:
    return Paragraph(pid, text, path)


@pytest.fixture(scope="module")
def doc() -> Document:
    section_path = HeadingPath(part=PART, chapter=CHAPTER, section=SECTION)
    box_path = HeadingPath(part=PART, chapter=CHAPTER, section=SECTION, box=BOX)
    box_items = [_para("box4.1-i01", "循环经济产业园。年产50万吨再生铝。", box_path),
                 _para("box4.1-i02", "航空航天新材料产业园。", box_path)]
    section = Section(SECTION, paragraphs=[
        _para("ch04-s1-p01", LONG, section_path),
        _para("ch04-s1-p02", "短段。", section_path),
        _para("ch04-s1-p03", "又一短段。", section_path),
        _para("ch04-s1-p04", RUN_ON, section_path),
        _para("ch04-s1-p05", "   ", section_path),
    ], boxes=[Box(BOX, box_path, items=[BoxItem(p) for p in box_items], paragraphs=box_items)])
    chapter = Chapter(CHAPTER, preamble=[_para("ch04-p01", "推进制造业高质量发展。",
                                               HeadingPath(part=PART, chapter=CHAPTER))], sections=[section])
    return Document("demo", "示例规划", "demo.txt", "0" * 64,
                    preface=[_para("pre-p01", "前言。", HeadingPath())],
                    parts=[Part(PART, chapters=[chapter])])


@pytest.fixture(scope="module")
def passages(doc: Document) -> list[Passage]:
    return make_passages(doc)


def test_nothing_lost_and_in_order(doc, passages):
    by_paragraph: dict[str, list[Passage]] = {}
    for p in passages:
        by_paragraph.setdefault(p.paragraph, []).append(p)
    for paragraph in doc.paragraphs():
        if paragraph.text.strip():
            assert "".join(p.text for p in by_paragraph[paragraph.id]) == paragraph.text
    assert list(by_paragraph) == [p.id for p in doc.paragraphs() if p.text.strip()]


def test_blank_paragraph_gives_no_passage(passages):
    assert "ch04-s1-p05" not in {p.paragraph for p in passages}


def test_ids_number_pieces_of_one_paragraph(passages):
    for p in passages:
        pid, n = p.id.rsplit("#", 1)
        assert pid == p.paragraph
    long_ids = [p.id for p in passages if p.paragraph == "ch04-s1-p01"]
    assert long_ids == [f"ch04-s1-p01#{n}" for n in range(1, len(long_ids) + 1)]
    assert len({p.id for p in passages}) == len(passages)


def test_long_paragraph_cut_on_sentence_boundaries(passages):
    pieces = [p.text for p in passages if p.paragraph == "ch04-s1-p01"]
    assert len(pieces) > 1
    for piece in pieces:
        assert 100 <= len(piece) <= 350
        assert re.search(r"[。；][”]?$", piece), piece
    # The closing quote stays with its sentence.
    assert not any(piece.startswith("”") for piece in pieces)


def test_run_on_text_is_still_cut(passages):
    pieces = [p.text for p in passages if p.paragraph == "ch04-s1-p04"]
    assert len(pieces) >= 3 and all(len(piece) <= 350 for piece in pieces)


def test_short_paragraphs_stay_whole_and_unmerged(passages):
    shorts = [p for p in passages if p.paragraph in {"ch04-s1-p02", "ch04-s1-p03"}]
    assert [(p.id, p.text) for p in shorts] == [("ch04-s1-p02#1", "短段。"), ("ch04-s1-p03#1", "又一短段。")]


def test_heading_labels(passages):
    item = next(p for p in passages if p.paragraph == "box4.1-i01")
    assert (item.part, item.chapter, item.section, item.box, item.plan) == (
        "第2篇 产业发展", "第4章 实施制造业倍增工程", "第1节 加快建设三个百亿园区",
        "专栏4.1 特色园区重点项目", "demo")
    preamble = next(p for p in passages if p.paragraph == "ch04-p01")
    assert (preamble.chapter, preamble.section, preamble.box) == ("第4章 实施制造业倍增工程", None, None)
    preface = next(p for p in passages if p.paragraph == "pre-p01")
    assert preface.labels == []


def test_passage_context_uses_innermost_title(passages):
    by_paragraph = {p.paragraph: p for p in passages}
    assert passage_context(by_paragraph["box4.1-i01"]) == "特色园区重点项目\n循环经济产业园。年产50万吨再生铝。"
    assert passage_context(by_paragraph["ch04-p01"]).startswith("实施制造业倍增工程\n")
    assert passage_context(by_paragraph["pre-p01"]) == "前言。"


@pytest.mark.parametrize("max_chars", [120, 200, 350])
def test_split_text_bounds(max_chars):
    pieces = split_text(LONG, min_chars=60, max_chars=max_chars)
    assert "".join(pieces) == LONG
    assert all(len(p) <= max_chars for p in pieces)
    assert all(len(p) >= 60 for p in pieces[:-1])


def test_save_load_round_trip(tmp_path, passages):
    path = tmp_path / "plan" / "passages.jsonl"
    save_passages(passages, path)
    assert load_passages(path) == passages
    save_passages(passages[:2], path)  # overwrite in place
    assert load_passages(path) == passages[:2]
    assert [f.name for f in path.parent.iterdir()] == ["passages.jsonl"]  # no temp file left


def test_load_missing_file(tmp_path):
    with pytest.raises(IndexNotBuilt, match="plankg build"):
        load_passages(tmp_path / "passages.jsonl")


def test_seed_passages(seed_doc):
    passages = make_passages(seed_doc)
    texts: dict[str, str] = {}
    for p in passages:
        texts[p.paragraph] = texts.get(p.paragraph, "") + p.text
    assert texts == {p.id: p.text for p in seed_doc.paragraphs() if p.text.strip()}
    assert all(len(p.text) <= 350 for p in passages)
    hexian = [p for p in passages if "何仙观水库工程" in p.text and p.box]
    assert hexian and hexian[0].box.startswith("专栏26.3")
