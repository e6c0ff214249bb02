"""Shared fixtures: the real plans and the mini plan, parsed once per session; plan builds made once per session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.kit import shared_dir
from kg.document import Document
from kg.ingest.parse import parse_file

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SEED_PLAN = ROOT / "data" / "lingling-14th-five-year-plan.txt"
SHARED = shared_dir()
NATIONAL_PLAN = SHARED / "corpus" / "national-14th-fyp-outline-2021.md"
DEV_QA = SHARED / "eval" / "dev_qa.jsonl"
MINI_PLAN = DATA / "mini-plan.txt"


def _shared_line() -> str:
    if (SHARED / "corpus").is_dir():
        return f"real plans and eval sets: {SHARED}"
    return (f"real plans and eval sets: NOT FOUND at {SHARED} — their tests are skipped; "
            "put shared/ beside the checkout or set PLANKG_SHARED")


def pytest_report_header(config) -> str:
    return _shared_line()


def pytest_terminal_summary(terminalreporter) -> None:
    """Say (even under -q) when the real plans were missing: their tests are skipped, not failed."""
    if not (SHARED / "corpus").is_dir():
        terminalreporter.write_line(_shared_line())


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED_PLAN


@pytest.fixture(scope="session")
def seed_doc() -> Document:
    return parse_file(SEED_PLAN)


@pytest.fixture(scope="session")
def mini_plan_path() -> Path:
    return MINI_PLAN


@pytest.fixture(scope="session")
def mini_doc() -> Document:
    return parse_file(MINI_PLAN)


@pytest.fixture(scope="session")
def national_path() -> Path:
    if not NATIONAL_PLAN.exists():
        pytest.skip(f"national outline not found at {NATIONAL_PLAN}")
    return NATIONAL_PLAN


@pytest.fixture(scope="session")
def national_doc(national_path) -> Document:
    return parse_file(national_path)


@pytest.fixture(scope="session")
def seed_home(tmp_path_factory) -> Path:
    """A build folder with the seed plan built with the default (offline) encoder."""
    from pipeline import build_plans

    home = tmp_path_factory.mktemp("plankg-home")
    build_plans(home=home)
    return home


@pytest.fixture(scope="session")
def engine(seed_home):
    """The real engine over the seed plan, loaded once."""
    from qa.engine import Engine

    return Engine.from_home(seed_home)


#: Made-up plans with known comparison answers: a city's 14th plan and a county's 13th (the county's 14th is the mini plan).
COMPARE_PLANS = ("qinglan-city-14th", "shanyuan-county-13th", "mini-plan")


@pytest.fixture(scope="session")
def compare_engine(tmp_path_factory):
    """The three comparison plans built into one folder (hash encoder), served by one engine."""
    return hash_engine(tmp_path_factory, [DATA / "compare" / f"{p}.txt" for p in COMPARE_PLANS[:2]] + [MINI_PLAN],
                       "compare-home")


#: (the session's temporary root, a plan file) -> the folder its hash-encoder build was made in.
_BUILT: dict[tuple[Path, Path], Path] = {}


def hash_home(tmp_path_factory, plans: list[Path] | None, name: str) -> Path:
    """A fresh build folder named ``name`` holding ``plans`` (files or folders; None: the seed) built with the hash encoder.

    A build depends only on the file's bytes and the encoder, and a dozen modules serve the same plans (the
    seed alone was built nine times a run), so each file is built once per session and its published
    build copied in. Each caller gets a copy of its own: some tests rebuild, remove or damage builds.
    """
    from pipeline import build_plans, expand_sources

    home = tmp_path_factory.mktemp(name)
    for path in expand_sources(plans):
        key = (tmp_path_factory.getbasetemp(), path.resolve())
        if key not in _BUILT:
            built = tmp_path_factory.mktemp(f"built-{path.stem}")
            build_plans([path], home=built, encoder="hash")
            _BUILT[key] = built
        for plan in (_BUILT[key] / "plans").iterdir():
            shutil.copytree(plan, home / "plans" / plan.name, symlinks=True)
    return home


def hash_engine(tmp_path_factory, plans: list[Path], name: str):
    """An engine over ``plans`` built with the hash encoder into a fresh folder named ``name``."""
    from qa.engine import Engine

    return Engine.from_home(hash_home(tmp_path_factory, plans, name))


@pytest.fixture(scope="session")
def engine_for(tmp_path_factory):
    """``engine_for(path)``: an engine over one plan file built with the hash encoder, once per session."""
    served: dict[Path, object] = {}

    def serve(path: Path):
        if path not in served:
            served[path] = hash_engine(tmp_path_factory, [path], f"plan-{path.stem}")
        return served[path]

    return serve


@pytest.fixture(scope="module")
def plan(engine_for, request):
    """The engine over the asking test module's own invented plan (its module-level ``PLAN`` file), built once per
    session; a module naming its plan otherwise defines its own ``plan``."""
    return engine_for(request.module.PLAN)
