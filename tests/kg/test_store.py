"""The build folder: atomic publish, readable current build, pruning that spares recent builds."""
from __future__ import annotations

import json

import pytest

from kg.errors import IndexNotBuilt
from kg.store.buildfolder import _prune, current_build, list_builds, publish_build


def _write(folder):
    (folder / "graph.nt").write_text("", "utf-8")
    return {"encoder": "hash"}


def test_publish_makes_a_complete_current_build(tmp_path):
    with pytest.raises(IndexNotBuilt, match="plankg build"):
        current_build(tmp_path, "p")
    b = publish_build(tmp_path, "p", "k1", _write)
    assert current_build(tmp_path, "p").dir == b.dir
    assert json.loads((b.dir / "manifest.json").read_text())["build_key"] == "k1"
    assert [x.plan_id for x in list_builds(tmp_path)] == ["p"]


def test_a_failed_build_publishes_nothing(tmp_path):
    good = publish_build(tmp_path, "p", "k1", _write)

    def broken(folder):
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        publish_build(tmp_path, "p", "k2", broken)
    assert current_build(tmp_path, "p").dir == good.dir
    assert sorted(d.name for d in (tmp_path / "plans" / "p" / "builds").iterdir()) == [good.dir.name]


def test_a_refused_first_build_leaves_no_empty_plan_folder(tmp_path):
    def refused(folder):
        raise ValueError("not a plan")

    with pytest.raises(ValueError):
        publish_build(tmp_path, "p", "k1", refused)
    assert not (tmp_path / "plans" / "p").exists() and list_builds(tmp_path) == []


def test_rebuilds_of_the_same_key_get_fresh_folders_and_old_ones_are_pruned_after_grace(tmp_path):
    dirs = [publish_build(tmp_path, "p", "same", _write).dir for _ in range(5)]
    assert len(set(dirs)) == 5 and all(d.exists() for d in dirs)  # all recent: nothing pruned yet
    _prune(dirs[0].parent, keep=dirs[-1].name, grace=0)
    left = {d.name for d in dirs[0].parent.iterdir()}
    assert dirs[-1].name in left and len(left) == 2  # current + the build it superseded (a reader may be loading it)


def test_an_unknown_plan_names_the_built_ones(tmp_path):
    from kg.errors import IndexNotBuilt
    from kg.store.buildfolder import current_build

    (tmp_path / "plans" / "a-plan").mkdir(parents=True)
    (tmp_path / "plans" / "a-plan" / "current").symlink_to(tmp_path)
    with pytest.raises(IndexNotBuilt, match=r"「nosuch」.*已构建的规划：a-plan"):
        current_build(tmp_path, "nosuch")
    with pytest.raises(IndexNotBuilt, match="还没有构建任何规划"):
        current_build(tmp_path / "empty", "nosuch")
