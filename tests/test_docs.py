"""The docs say what the code does: every CLI command is in the README, CI runs the README's test command."""
from __future__ import annotations

import re
from pathlib import Path

from cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")


def test_every_cli_command_is_documented():
    missing = [name for name in main.commands if f"plankg {name}" not in README]
    assert not missing, f"README lacks: {missing}"


def test_readme_has_exactly_the_two_newcomer_commands_and_ci_runs_the_test_one():
    blocks = re.findall(r"```\n(.*?)```", README, flags=re.S)
    commands = [b.strip() for b in blocks if b.strip().startswith("make")]
    assert commands == ["make serve", "make test"]
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert re.search(r"^make test$", ci, flags=re.M)


def test_torch_is_pinned_to_the_cpu_wheel():
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert '"torch==2.13.0"' in pyproject


def test_every_script_the_makefile_and_bench_runner_name_exists():
    makefile = (ROOT / "Makefile").read_text("utf-8")
    named = re.findall(r"\$\(PY\) (\S+\.py)", makefile)
    from bench.run_all import BENCHMARKS
    named += [f"bench/{name}.py" for name in BENCHMARKS]
    missing = [path for path in named if not (ROOT / path).is_file()]
    assert named and not missing, f"named but missing: {missing}"
