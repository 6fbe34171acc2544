"""The one typed settings object: environment variables and `.env`, read once, passed down."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_MODEL = "all-MiniLM-L6-v2"


class Settings(BaseSettings):
    """Every knob of newsdesk; `.env.example` documents each key."""

    model_config = SettingsConfigDict(
        env_prefix="NEWSDESK_", env_file=".env", env_file_encoding="utf-8", extra="ignore",
        validate_by_name=True, validate_by_alias=True, env_ignore_empty=True,  # "KEY=" keeps the default
    )

    # --- corpus and index -------------------------------------------------
    corpus: Path = Path("seeds")
    index: Path = Path("index")
    model: str = DEFAULT_MODEL
    chunk_tokens: int = Field(160, ge=32, le=510)
    chunk_overlap_tokens: int = Field(32, ge=0, le=128)
    embed_batch_size: int = Field(16, ge=1, le=1024)
    embed_precision: Literal["auto", "fp32", "bf16"] = "auto"
    embed_trace: bool = True
    threads: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    index_kind: Literal["auto", "flat", "hnsw"] = "auto"
    exact_max_passages: int = Field(50_000, ge=0)
    hnsw_m: int = Field(32, ge=4, le=128)
    hnsw_ef_construction: int = Field(80, ge=8)
    hnsw_ef_search: int = Field(512, ge=8)
    dedup_threshold: float = Field(0.8, gt=0.0, le=1.0)

    # --- search ------------------------------------------------------------
    search_mode: Literal["hybrid", "dense", "bm25"] = "hybrid"
    bm25_weight: float = Field(0.25, ge=0.0)

    # --- answering ---------------------------------------------------------
    llm: str = ""  # "" = the offline extractive answerer; "openai:<model>" or "ollama:<model>"
    llm_base_url: str | None = None
    llm_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("NEWSDESK_LLM_API_KEY", "OPENAI_API_KEY")
    )
    llm_timeout: float = Field(30.0, gt=0)
    answer_passages: int = Field(10, ge=1, le=50)
    abstain_threshold: float = 0.365
    # Articles of the last this-many days (the asking day counts, as in "this week") answer first
    # when their best passage is within `recent_margin` (cosine) of the best of all dated ones; 0
    # turns it off.
    recent_days: int = Field(7, ge=0)
    recent_margin: float = Field(0.1, ge=0.0)
    # When the index follows the news (it holds an article of those last `recent_days`), evidence
    # from an article older than that week loses `stale_penalty` of its answerability, and from one
    # over `stale_days` older than the asking day twice that: a near-topic story of weeks or months
    # ago mostly answers the question wrongly. An undated article loses it once.
    stale_days: int = Field(30, ge=0)
    stale_penalty: float = Field(0.1, ge=0.0)
    history_turns: int = Field(3, ge=0, le=20)

    # --- Telegram bot ------------------------------------------------------
    telegram_bot_token: SecretStr | None = Field(None, validation_alias="TELEGRAM_BOT_TOKEN")
    telegram_base_url: str | None = Field(None, validation_alias="TELEGRAM_BASE_URL")
    telegram_base_file_url: str | None = Field(None, validation_alias="TELEGRAM_BASE_FILE_URL")
    allowed_chats: Annotated[list[int], NoDecode] = Field(default_factory=list)
    admins: Annotated[list[int], NoDecode] = Field(default_factory=list)
    developer_chat: int | None = None
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = Field(8443, ge=1, le=65535)
    webhook_secret: SecretStr | None = None
    rate_per_minute: int = Field(10, ge=1)
    max_question_chars: int = Field(500, ge=10, le=4000)
    bot_workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    http_pool: int = Field(16, ge=1)
    send_retries: int = Field(3, ge=0, le=10)

    # --- logging -----------------------------------------------------------
    log_level: str = "INFO"

    @field_validator("allowed_chats", "admins", mode="before")
    @classmethod
    def _ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(part) for part in value.replace(";", ",").split(",") if part.strip()]
        return value

    @field_validator("corpus", "index", mode="before")
    @classmethod
    def _expand(cls, value: object) -> object:
        return Path(os.path.expanduser(str(value))) if isinstance(value, str) else value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read from the environment and `.env` on first use."""
    return Settings()

