"""The docs say what the code does: every CLI command is in the README, CI runs the README's test command."""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from cli import main
from tests.conftest import ROOT

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


@pytest.mark.parametrize("args, wanted", [
    ([], ["--port 7860", "--host 127.0.0.1"]),
    (["PORT=8123"], ["--port 8123"]),
    (["PORT=8123", "HOME=/tmp/plankg-data"], ["--port 8123", "--build-dir '/tmp/plankg-data'"]),
    (["PLANKG_HOME=/tmp/plankg-data", "HOST=0.0.0.0"], ["--host 0.0.0.0", "--build-dir '/tmp/plankg-data'"]),
])
def test_make_serve_takes_the_port_and_the_build_folder(args, wanted):
    """`make serve` always served on 7860 from ~/.cache/plankg; the README's command stays `make serve`."""
    if not shutil.which("make"):
        pytest.skip("make is not installed")
    env = {k: v for k, v in os.environ.items() if k != "PLANKG_HOME"}
    out = subprocess.run(["make", "-n", "-o", "install", "serve", *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    command = next(line for line in out.splitlines() if "plankg serve" in line)
    assert all(w in command for w in wanted), command
    if not any(a.startswith(("HOME=", "PLANKG_HOME=")) for a in args):
        assert "--build-dir" not in command
    documented = (ROOT / "docs" / "deployment.md").read_text("utf-8")
    assert all(f"make serve {a}" in documented for a in ("PORT=", "HOST=", "PORT=8000 HOME="))


def test_make_serve_does_not_hand_a_home_given_for_the_build_folder_to_the_installers():
    """HOME= names the build folder; exported, it would move pip's, npm's and the models' caches there too."""
    if not shutil.which("make"):
        pytest.skip("make is not installed")
    probe = (ROOT / "Makefile").read_text("utf-8") + '\nprobe-home:\n\t@echo "[$$HOME]"\n'
    out = subprocess.run(["make", "-f", "-", "probe-home", "HOME=/tmp/plankg-data"], cwd=ROOT, input=probe,
                         capture_output=True, text=True, check=True).stdout
    assert "[/tmp/plankg-data]" not in out
