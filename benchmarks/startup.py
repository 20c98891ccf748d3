"""Start-up time: the app on a 100 000-client database against a bare PySide6 window.

    python benchmarks/startup.py [--runs 10] [--clients 100000]

Measures the whole process, from launch to exit right after the first window
has been shown (TYOLLISTAMO_EXIT_AFTER_START=1), offscreen. The floor is a
script that shows one empty QMainWindow and quits the same way. Runs alternate
between the two so that machine load affects both alike. Also runs the app on
a 1 000-client database, to show that start-up does not grow with the data.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def _demo(data_dir: Path, clients: int, env: dict[str, str]) -> float:
    return _timed(
        [
            sys.executable,
            "-m",
            "tyollistamo_gui",
            "--data-dir",
            str(data_dir),
            "demo",
            "--clients",
            str(clients),
        ],
        env,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    # An installed app runs from compiled bytecode (pip and the Windows installer
    # compile it); a checkout with PYTHONDONTWRITEBYTECODE would compile every
    # module on every start instead, so compile the package once first.
    import compileall

    import tyollistamo_gui

    compileall.compile_dir(Path(tyollistamo_gui.__file__).parent, quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TYOLLISTAMO_EXIT_AFTER_START="1")
    env.pop("TYOLLISTAMO_DATA_DIR", None)
    with tempfile.TemporaryDirectory() as folder:
        big, small = Path(folder) / "big", Path(folder) / "small"
        demo_seconds = _demo(big, args.clients, env)
        _demo(small, 1000, env)
        app = [sys.executable, "-m", "tyollistamo_gui", "--data-dir"]
        floor = [sys.executable, "-c", FLOOR]
        # One warm-up each, so the first measured run does not pay for a cold disk cache.
        _timed(floor, env)
        _timed([*app, str(big)], env)
        times: dict[str, list[float]] = {"floor": [], "big": [], "small": []}
        for _ in range(args.runs):
            times["floor"].append(_timed(floor, env))
            times["big"].append(_timed([*app, str(big)], env))
            times["small"].append(_timed([*app, str(small)], env))
    median = {key: statistics.median(values) for key, values in times.items()}
    print(f"demo --clients {args.clients}: {demo_seconds:.1f} s")
    print(
        f"floor (bare PySide6 QMainWindow), median of {args.runs}: {median['floor'] * 1000:.0f} ms"
    )
    print(f"app, {args.clients} clients, median of {args.runs}: {median['big'] * 1000:.0f} ms")
    print(f"app, 1000 clients, median of {args.runs}: {median['small'] * 1000:.0f} ms")
    print(f"ratio app/floor: {median['big'] / median['floor']:.2f} (target <= 2.00)")
    print(f"ratio {args.clients}/1000 clients: {median['big'] / median['small']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
