"""The one typed settings object: environment variables and `.env`, read once, passed down."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "all-MiniLM-L6-v2"


class Settings(BaseSettings):
    """Every knob of newsdesk; `.env.example` documents each key."""

    model_config = SettingsConfigDict(
        env_prefix="NEWSDESK_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # --- corpus and index -------------------------------------------------
    corpus: Path = Path("seeds")
    index: Path = Path("index")
    model: str = DEFAULT_MODEL
    chunk_tokens: int = Field(160, ge=32, le=510)
    chunk_overlap_tokens: int = Field(32, ge=0, le=128)
    embed_batch_size: int = Field(16, ge=1, le=1024)
    threads: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    index_kind: Literal["auto", "flat", "hnsw"] = "auto"
    exact_max_passages: int = Field(50_000, ge=0)
    hnsw_m: int = Field(32, ge=4, le=128)
    hnsw_ef_construction: int = Field(80, ge=8)
    hnsw_ef_search: int = Field(128, ge=8)
    dedup_threshold: float = Field(0.8, gt=0.0, le=1.0)

    # --- search ------------------------------------------------------------
    search_mode: Literal["hybrid", "dense", "bm25"] = "hybrid"
    bm25_weight: float = Field(0.5, ge=0.0)
    rrf_k: int = Field(60, ge=1)

    # --- logging -----------------------------------------------------------
    log_level: str = "INFO"

    @field_validator("corpus", "index", mode="before")
    @classmethod
    def _expand(cls, value: object) -> object:
        return Path(os.path.expanduser(str(value))) if isinstance(value, str) else value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read from the environment and `.env` on first use."""
    return Settings()

