"""`newsdesk bot` as a real process: token from the environment, long polling, graceful SIGTERM."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
from pathlib import Path

from tests.conftest import ROOT, SEED_ID, SEEDS
from tests.fake_telegram import FakeTelegram

TOKEN = "555:PROCESS-token-not-for-logs"


async def test_bot_process_answers_and_stops_gracefully_on_sigterm(tmp_path: Path) -> None:
    fake = await FakeTelegram(TOKEN).start()
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    shutil.copy(SEEDS / SEED_ID, corpus / SEED_ID)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSDESK_")}
    env.update({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": f"{fake.url}/bot",
                "TELEGRAM_BASE_FILE_URL": f"{fake.url}/file/bot", "HF_HUB_OFFLINE": "1",
                "PYTHONPATH": str(ROOT)})
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "newsdesk.cli", "bot", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        await fake.wait_for(lambda: bool(fake.calls_of("setMyCommands")), timeout=180)
        await fake.user_message(9, "Who leads Asaib Ahl al-Haq?")
        await fake.wait_for(lambda: bool(fake.calls_of("sendChatAction")), timeout=60)
        proc.send_signal(signal.SIGTERM)  # while the question is being answered
        _, stderr = await asyncio.wait_for(proc.communicate(), timeout=60)
    finally:
        if proc.returncode is None:
            proc.kill()
        await fake.stop()
    assert proc.returncode == 0, stderr.decode()[-2000:]
    (answer,) = fake.to(9)
    assert answer.text.startswith("Qais al-Khazali")
    log = stderr.decode()
    assert "bot @newsdesk_test_bot ready" in log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
