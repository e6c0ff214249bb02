"""Fixtures of the QA tests: one home with four plans, built once per session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, hash_home

CITY, COUNTY13 = "qinglan-city-14th", "shanyuan-county-13th"


@pytest.fixture(scope="session")
def _four_plans_built(tmp_path_factory, seed_path, mini_plan_path) -> Path:
    return hash_home(tmp_path_factory, [seed_path, mini_plan_path, DATA / "compare" / f"{CITY}.txt",
                                        DATA / "compare" / f"{COUNTY13}.txt"], "four-plans")


@pytest.fixture(scope="module")
def four_plan_home(_four_plans_built, tmp_path_factory) -> Path:
    """The seed, the mini plan and the two comparison plans (hash encoder: the vectors do not matter here).

    Each test module gets its own copy, since some rebuild or damage builds in it.
    """
    home = tmp_path_factory.mktemp("four-plans-copy") / "home"
    shutil.copytree(_four_plans_built, home, symlinks=True)
    return home
