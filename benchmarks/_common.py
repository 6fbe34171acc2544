"""Shared helpers for the benchmark scripts: machine facts, peak memory, result files, children."""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from newsdesk.evaluation import percentile  # noqa: E402  (re-exported for the scripts)

__all__ = ["ROOT", "RESULTS", "WORK", "SHARED", "machine", "peak_rss_mib", "write_result", "run_child",
           "emit", "percentile"]
RESULTS = ROOT / "benchmarks" / "results"
WORK = ROOT / "benchmarks" / "work"  # scratch space (untracked)
SHARED = Path(os.environ.get("NEWSDESK_SHARED", ROOT.parent / "shared")) / "data"


# The vector extensions that set the embedding model's speed, best first: one CPU model name
# ("AMD EPYC") covers machines with and without native bf16.
_ISA_FLAGS = (("amx_bf16", "AMX"), ("avx512_bf16", "AVX-512 BF16"), ("avx512f", "AVX-512"), ("avx2", "AVX2"))


def machine() -> dict[str, object]:
    """What the numbers were measured on."""
    cpu, isa = "unknown", "unknown"
    try:
        lines = Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        lines = []
    for line in lines:
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    flags = next((set(line.split(":", 1)[1].split()) for line in lines if line.startswith("flags")), set())
    isa = next((name for flag, name in _ISA_FLAGS if flag in flags), isa)
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "isa": isa, "cores": os.cpu_count(), "memory_gib": round(mem_gib, 1),
            "python": platform.python_version(), "date": datetime.now(UTC).strftime("%Y-%m-%d")}


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_result(name: str, data: dict[str, object]) -> Path:
    """Write `benchmarks/results/<name>.json` with the machine facts added."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps({"machine": machine(), **data}, indent=2) + "\n", encoding="utf-8")
    return path


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    """Write records as JSON lines (a corpus file `newsdesk index` reads)."""
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run_child(script: Path, *args: str) -> dict[str, object]:
    """Run `script --child ARGS` in a fresh Python process; its last stdout line is JSON."""
    proc = subprocess.run([sys.executable, str(script), "--child", *args], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{script.name} {' '.join(args)} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def emit(data: dict[str, object]) -> None:
    """Print a child's result as the last line of its stdout."""
    print(json.dumps(data), flush=True)
