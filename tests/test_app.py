"""Bot wiring: secrets never reach the logs; no token means one clear line."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

from bot.app import Redact
from tests.conftest import ROOT

TOKEN = "987654321:AAF-secret-token"


def test_redaction_covers_messages_arguments_and_tracebacks(caplog) -> None:
    caplog.handler.addFilter(Redact(TOKEN))
    log = logging.getLogger("newsdesk.test")
    log.warning("GET https://api.telegram.org/bot%s/getMe", TOKEN)
    try:
        raise RuntimeError(f"failed https://api.telegram.org/bot{TOKEN}/sendMessage")
    except RuntimeError:
        log.exception("send failed")
    assert TOKEN not in caplog.text
    assert caplog.text.count("<redacted>") >= 2


def test_bot_without_token_says_how_to_get_one(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    result = subprocess.run([sys.executable, "-m", "newsdesk.cli", "bot"], cwd=tmp_path,
                            env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "@BotFather" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
