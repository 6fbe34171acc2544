"""Run every benchmark, one at a time, then regenerate the README table and the plots.

    python benchmarks/run_all.py [--only build,precision,search,eval,bot] [--skip ...]

Needs the bench extra (pip install -e '.[bench]') and ../shared/data.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["build", "precision", "search", "parse", "eval", "bot"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default=",".join(ORDER))
    parser.add_argument("--skip", default="")
    args = parser.parse_args()
    skip = set(args.skip.split(",")) - {""}
    for name in args.only.split(","):
        if name in skip:
            continue
        started = time.perf_counter()
        print(f"== bench_{name}", flush=True)
        subprocess.run([sys.executable, str(HERE / f"bench_{name}.py")], check=True)
        print(f"== bench_{name} done in {time.perf_counter() - started:.0f}s", flush=True)
    subprocess.run([sys.executable, str(HERE / "report.py")], check=True)


if __name__ == "__main__":
    main()
