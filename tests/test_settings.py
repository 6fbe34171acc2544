"""Settings: every key documented in .env.example; ids and secrets parsed safely."""

from __future__ import annotations

import os
import re

from newsdesk.settings import Settings
from tests.conftest import ROOT


def _env_name(name: str, field) -> str:  # type: ignore[no-untyped-def]
    alias = field.validation_alias
    return alias if isinstance(alias, str) else f"NEWSDESK_{name.upper()}"


def test_env_example_lists_every_setting() -> None:
    documented = set(re.findall(r"^#? ?([A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.MULTILINE))
    expected = {_env_name(n, f) for n, f in Settings.model_fields.items()}
    assert expected <= documented, expected - documented
    assert documented <= expected, documented - expected


def test_env_example_copied_to_env_changes_nothing(monkeypatch) -> None:
    for name in [n for n in os.environ if n.startswith(("NEWSDESK_", "TELEGRAM_")) or n == "OPENAI_API_KEY"]:
        monkeypatch.delenv(name)
    example = Settings(_env_file=ROOT / ".env.example")  # type: ignore[call-arg]
    assert example.model_dump() == Settings(_env_file=None).model_dump()  # type: ignore[call-arg]


def test_ids_and_secrets(monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_ALLOWED_CHATS", "12, -100345;7")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "1:TOPTOKEN")
    monkeypatch.delenv("NEWSDESK_LLM_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-x")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.allowed_chats == [12, -100345, 7]
    assert settings.llm_api_key is not None and settings.llm_api_key.get_secret_value() == "sk-x"
    assert "TOPTOKEN" not in repr(settings) and "sk-x" not in repr(settings)


def test_dotenv_file_is_read(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("NEWSDESK_INDEX", raising=False)
    (tmp_path / ".env").write_text("NEWSDESK_INDEX=/srv/news-index\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert str(Settings().index) == "/srv/news-index"
