"""Where the evaluation kit and the real plans are: ``shared/`` (``corpus/``, ``eval/``, ``seed/``).

It sits beside the checkout — in CI too; a git worktree one level deeper (``wt/<lane>``) finds it one
level up; ``PLANKG_SHARED`` names it anywhere else. The tests, ``bench/scale.py`` and
``bench/regression.py`` read it from here so the three never disagree on where it is.
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """``$PLANKG_SHARED`` when set, else the first ``shared/`` beside the checkout or its parent folder; the one
    beside the checkout when none exists (callers then skip what needs it and say so)."""
    if os.environ.get("PLANKG_SHARED"):
        return Path(os.environ["PLANKG_SHARED"])
    beside = ROOT.parent / "shared"
    return next((p for p in (beside, ROOT.parents[1] / "shared") if p.is_dir()), beside)


def eval_kit() -> Path | None:
    """``shared/eval`` when it holds ``score.py``, else None."""
    kit = shared_dir() / "eval"
    return kit if (kit / "score.py").is_file() else None
