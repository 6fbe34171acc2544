"""The `newsdesk` console command, run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from retrieval.store import VECTORS, current_version_dir
from tests import stories
from tests.conftest import SEED_ID

NEWSDESK = Path(sys.executable).with_name("newsdesk")


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEWSDESK_")}
    return subprocess.run(
        [str(NEWSDESK), *args], cwd=cwd, env={**base, "HF_HUB_OFFLINE": "1", **(env or {})},
        capture_output=True, text=True, timeout=300,
    )


@pytest.fixture
def workdir(tmp_path: Path, corpus: Path) -> Path:
    """A directory with the default layout: `seeds/` holding the seed article, no index yet."""
    corpus.rename(tmp_path / "seeds")
    return tmp_path


def test_search_builds_missing_index_then_answers_json(workdir: Path) -> None:
    result = run("search", "Who leads Asaib Ahl al-Haq?", "-k", "2", "--json", cwd=workdir)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert len(hits) == 2 and hits[0]["article_id"] == SEED_ID
    assert {"passage_id", "article_id", "text", "score", "title", "source", "date", "url",
            "start", "end"} <= set(hits[0])
    assert "1 articles" in result.stderr  # the build summary of the first, automatic build
    assert current_version_dir(workdir / "index") is not None  # defaults: seeds/ → index/


def test_index_status_and_stale_rebuild(workdir: Path) -> None:
    (workdir / "seeds" / "bad.jsonl").write_text('{"id": 1, "text": \n', encoding="utf-8")
    built = run("index", cwd=workdir)
    assert built.returncode == 0, built.stderr
    assert "added 1" in built.stdout and "skipped 1" in built.stdout
    assert "bad.jsonl:1: malformed JSON" in built.stderr

    status = run("status", "--json", cwd=workdir)
    assert status.returncode == 0, status.stderr
    info = json.loads(status.stdout)
    assert (info["articles"], info["checksums"], info["stale"]) == (1, "ok", "no")

    (workdir / "seeds" / "bridge.txt").write_text(stories.BRIDGE, encoding="utf-8")
    found = run("search", "Harbour Bridge repair cost", "-k", "1", "--json", cwd=workdir)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)[0]["article_id"] == "bridge.txt"


def test_failures_are_one_clear_line(workdir: Path, tmp_path: Path) -> None:
    missing = run("status", "--index", str(tmp_path / "nowhere"), cwd=workdir)
    assert missing.returncode != 0
    assert missing.stderr.strip().count("\n") == 0
    assert "no index" in missing.stderr and "Traceback" not in missing.stderr

    assert run("index", cwd=workdir).returncode == 0
    live = current_version_dir(workdir / "index")
    assert live is not None
    (live / VECTORS).write_bytes(b"garbage")
    corrupt = run("search", "anything", cwd=workdir)
    assert corrupt.returncode != 0
    assert corrupt.stderr.strip().count("\n") == 0, corrupt.stderr
    assert "newsdesk index --full" in corrupt.stderr

    bad_setting = run("status", cwd=workdir, env={"NEWSDESK_CHUNK_TOKENS": "lots"})
    assert bad_setting.returncode != 0 and "NEWSDESK_CHUNK_TOKENS" in bad_setting.stderr


def test_ask_json_and_as_of(workdir: Path) -> None:
    asked = run("ask", "Who leads Asaib Ahl al-Haq?", "--json", cwd=workdir)
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["short_answer"] == "Qais al-Khazali" and not answer["abstained"]
    assert answer["citations"][0]["article_id"] == SEED_ID

    before = run("ask", "Who leads Asaib Ahl al-Haq?", "--json", "--as-of", "2018-06-01", cwd=workdir)
    assert before.returncode == 0, before.stderr
    assert json.loads(before.stdout)["abstained"]  # the seed article (January 2019) did not exist yet
    assert before.stderr == ""  # an answer over a built index: no library's notes on the terminal

    bad = run("ask", "Who leads Asaib Ahl al-Haq?", "--as-of", "last spring", cwd=workdir)
    assert bad.returncode != 0 and bad.stderr.strip().count("\n") == 0
    assert "as_of" in bad.stderr and "Traceback" not in bad.stderr
