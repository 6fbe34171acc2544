"""Index versions on disk: a manifest with checksums, an atomic switch, and verification on open.

Layout of an index directory::

    index/
      CURRENT              name of the live version (replaced atomically)
      v000003-20261124T181000/
        manifest.json      format, model, chunking, counts, corpus fingerprint, file checksums
        vectors.faiss      FAISS index (FAISS's own binary format)
        catalog.sqlite     articles, passages, stories
        bm25/              BM25 arrays (.npy without pickle) and vocabulary (.json)
      .staging-*/          a build in progress; never read, removed by the next build
      .lock                held by the one build that may run at a time
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from retrieval.articles import corpus_files

# 2: BM25 drops spaCy's stop words; 3: BM25 terms stored per passage; 4: sentence vectors stored
FORMAT_VERSION = 4
CURRENT = "CURRENT"
MANIFEST = "manifest.json"
VECTORS = "vectors.faiss"
CATALOG = "catalog.sqlite"
LEXICAL = "bm25"
FIX = "rebuild it with `newsdesk index --full`"
_VERSION_RE = re.compile(r"^v(\d{6})-")


class IndexProblem(RuntimeError):
    """An index that cannot be used as it is; the message says why and what to do."""


class IndexMissing(IndexProblem):
    """No index has been built in this directory yet."""


class IndexCorrupt(IndexProblem):
    """Index files are missing, truncated or altered."""


class IndexIncompatible(IndexProblem):
    """The index was built with another model, chunking or format."""


class BuildInProgress(IndexProblem):
    """Another build holds the index directory's lock."""


@dataclass(frozen=True)
class Manifest:
    """What an index version holds and how it was made."""

    version: str
    model: str
    dimension: int
    chunk_tokens: int
    chunk_overlap_tokens: int
    index_kind: str
    articles: int
    passages: int
    next_passage_id: int
    corpus: str
    corpus_fingerprint: str
    skipped: int = 0
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    format_version: int = FORMAT_VERSION
    files: dict[str, dict[str, object]] = field(default_factory=dict)

    def to_json(self) -> str:
        """The manifest as pretty JSON."""
        return json.dumps(asdict(self), indent=2, sort_keys=True)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def record_files(version_dir: Path) -> dict[str, dict[str, object]]:
    """Size and checksum of every file in a version directory (the manifest aside), fsynced."""
    files: dict[str, dict[str, object]] = {}
    for path in sorted(version_dir.rglob("*")):
        if path.is_file() and path.name != MANIFEST:
            _fsync_file(path)
            rel = path.relative_to(version_dir).as_posix()
            files[rel] = {"bytes": path.stat().st_size, "sha256": file_sha256(path)}
    return files


def corpus_fingerprint(corpus: Path) -> str:
    """A cheap fingerprint of the corpus files (names, sizes, modification times)."""
    digest = hashlib.sha256()
    corpus = Path(corpus)
    if corpus.exists():
        for path in corpus_files(corpus):
            try:
                stat = path.stat()
            except OSError:
                continue
            rel = path.relative_to(corpus).as_posix() if corpus.is_dir() else path.name
            digest.update(f"{rel}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


# --------------------------------------------------------------------------- reading


def current_version_dir(index_dir: Path) -> Path | None:
    """The live version's directory, or None if nothing was ever published here."""
    pointer = Path(index_dir) / CURRENT
    try:
        name = pointer.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise IndexCorrupt(f"index at {index_dir}: unreadable {CURRENT} file ({exc}); {FIX}") from None
    if not _VERSION_RE.match(name) or "/" in name:
        raise IndexCorrupt(f"index at {index_dir}: {CURRENT} names no version ({name[:40]!r}); {FIX}")
    return Path(index_dir) / name


def read_manifest(version_dir: Path) -> Manifest:
    """The manifest of a version; IndexCorrupt if it is missing or malformed."""
    path = version_dir / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IndexCorrupt(f"index version {version_dir} has no {MANIFEST}; {FIX}") from None
    except (OSError, ValueError) as exc:
        raise IndexCorrupt(f"index manifest {path} is unreadable ({exc}); {FIX}") from None
    if not isinstance(data, dict):
        raise IndexCorrupt(f"index manifest {path} is not a JSON object; {FIX}")
    if data.get("format_version") != FORMAT_VERSION:
        raise IndexIncompatible(
            f"index at {version_dir.parent} has format {data.get('format_version')!r}, this newsdesk"
            f" reads format {FORMAT_VERSION}; {FIX}"
        )
    try:
        return Manifest(**data)
    except TypeError as exc:
        raise IndexCorrupt(f"index manifest {path} is malformed ({exc}); {FIX}") from None


def verify_files(version_dir: Path, manifest: Manifest) -> None:
    """Raise IndexCorrupt unless every file is present with the size and checksum recorded."""
    for required in (VECTORS, CATALOG):
        if required not in manifest.files:
            raise IndexCorrupt(f"index manifest in {version_dir} lists no {required}; {FIX}")
    for rel, expected in manifest.files.items():
        path = version_dir / rel
        if not path.is_file():
            raise IndexCorrupt(f"index file {path} is missing; {FIX}")
        size = path.stat().st_size
        if size != expected.get("bytes"):
            raise IndexCorrupt(
                f"index file {path} is {size} bytes, expected {expected.get('bytes')}"
                f" (truncated or altered); {FIX}"
            )
        if file_sha256(path) != expected.get("sha256"):
            raise IndexCorrupt(f"index file {path} fails its checksum (corrupt or altered); {FIX}")


def check_compatible(manifest: Manifest, *, model: str, chunk_tokens: int | None = None,
                     chunk_overlap_tokens: int | None = None) -> None:
    """Raise IndexIncompatible if the index was made with another model or chunking."""
    if manifest.model != model:
        raise IndexIncompatible(
            f"index was built with model {manifest.model!r} ({manifest.dimension} dimensions) but"
            f" the configured model is {model!r}; {FIX}"
        )
    if chunk_tokens is not None and (manifest.chunk_tokens, manifest.chunk_overlap_tokens) != (
        chunk_tokens, chunk_overlap_tokens
    ):
        raise IndexIncompatible(
            f"index was built with {manifest.chunk_tokens}-token passages (overlap"
            f" {manifest.chunk_overlap_tokens}) but the settings ask for {chunk_tokens}"
            f" (overlap {chunk_overlap_tokens}); {FIX}"
        )


# --------------------------------------------------------------------------- writing


@contextlib.contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index directory's build lock; BuildInProgress if another build has it.

    The lock is an flock, so a killed build releases it with its process.
    """
    index_dir.mkdir(parents=True, exist_ok=True)
    handle = (index_dir / ".lock").open("a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                raise BuildInProgress(
                    f"another build of {index_dir} is running; wait for it to finish"
                ) from None
            raise
        yield
    finally:
        handle.close()


def new_staging_dir(index_dir: Path) -> Path:
    """A fresh, empty directory for a version being built."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    path = index_dir / f".staging-{stamp}-{os.getpid()}"
    path.mkdir(parents=True)
    return path


def next_version_name(index_dir: Path) -> str:
    """The directory name for the next version: a counter, then a UTC timestamp."""
    numbers = [int(m.group(1)) for p in index_dir.iterdir() if (m := _VERSION_RE.match(p.name))]
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return f"v{max(numbers, default=0) + 1:06d}-{stamp}"


def publish(index_dir: Path, staging: Path, manifest: Manifest) -> Path:
    """Make a fully written staging directory the live version, atomically; returns its path.

    Order matters for crash safety: every file is fsynced and checksummed, the directory
    renamed, and only then is CURRENT replaced (os.replace is atomic), so a crash at any
    point leaves either the old or the new version live, never a mix.
    """
    files = record_files(staging)
    final = index_dir / manifest.version
    manifest_path = staging / MANIFEST
    manifest_path.write_text(
        Manifest(**{**asdict(manifest), "files": files}).to_json(), encoding="utf-8"
    )
    _fsync_file(manifest_path)
    _fsync_dir(staging)
    os.rename(staging, final)
    _fsync_dir(index_dir)
    pointer_tmp = index_dir / f".{CURRENT}.tmp"
    pointer_tmp.write_text(manifest.version + "\n", encoding="utf-8")
    _fsync_file(pointer_tmp)
    os.replace(pointer_tmp, index_dir / CURRENT)
    _fsync_dir(index_dir)
    return final


def prune(index_dir: Path) -> None:
    """Remove abandoned staging directories and every version but the live one and its predecessor.

    Call only while holding the build lock. Readers that still hold an older version keep
    working: their open files outlive the directory entry.
    """
    live = current_version_dir(index_dir)
    versions = sorted(p for p in index_dir.iterdir() if p.is_dir() and _VERSION_RE.match(p.name))
    keep = set()
    if live is not None:
        keep.add(live.name)
        older = [p.name for p in versions if p.name < live.name]
        keep.update(older[-1:])
    doomed = [p for p in versions if p.name not in keep]
    doomed += [p for p in index_dir.iterdir() if p.is_dir() and p.name.startswith(".staging-")]
    for path in doomed:
        shutil.rmtree(path, ignore_errors=True)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
