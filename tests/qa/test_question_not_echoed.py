"""A not-found answer never echoes the question, and quotes a subject in the user's own spelling.

Questions are read without their whitespace, so an English question came back glued together
(「规划中未找到关于“Howmanychaptersdoestheplanhave”的明确内容」): the answer echoed the question and mangled it.
"""
from __future__ import annotations

import re

import pytest

from qa.question.userwords import as_typed


def _glued(text: str) -> str:
    return re.sub(r"[\s?？。.!！]+", "", text)


@pytest.mark.parametrize("question", [
    "How many chapters does the plan have?",
    "Where is the bamboo park?",
    "forest coverage rate",
    "What   is the total investment of the moon base ?",
    "杉源县 有多少家 三甲医院？",
])
def test_a_not_found_answer_never_echoes_the_question(engine_for, mini_plan_path, question):
    a = engine_for(mini_plan_path).ask(question)
    assert not a.found  # none of these is answered by the plan: the trap is answering at all
    assert _glued(question) not in _glued(a.answer), a.answer
    assert not re.search(r"[A-Za-z]{12,}", a.answer), a.answer  # no Latin words run together


@pytest.mark.parametrize("subject, question, typed", [
    ("bamboopark", "Where is the bamboo park?", "bamboo park"),
    ("moonbase", "What is the  moon   base investment", "moon   base"),
    ("ＧＤＰtarget", "GDP target 2030年是多少", "GDP target"),
    ("竹木园区", "竹木 园区有多大", "竹木 园区"),
])
def test_a_subject_is_quoted_as_the_user_typed_it(subject, question, typed):
    import unicodedata

    assert as_typed(unicodedata.normalize("NFKC", subject), question) == typed


@pytest.mark.parametrize("subject, question", [
    ("forestcoveragerate", "forest coverage rate?"),
    ("森林覆盖率", "森林覆盖率？"),
    ("森林覆盖率", " 森林 覆盖率 "),
])
def test_a_subject_that_is_the_whole_question_is_not_quoted(subject, question):
    assert as_typed(subject, question) is None


def test_a_plans_own_name_for_the_subject_is_kept():
    assert as_typed("竹木循环产业园", "竹木园区规模多大") == "竹木循环产业园"
