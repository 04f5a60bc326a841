"""Issue 13: a seeded soak of 300 random real actions with workers running (tests/gui/soak.py), in a
subprocess so that an abort (like the none_dealloc crash) fails the test instead of killing pytest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.mark.parametrize("seed", [13])
def test_three_hundred_random_actions_leave_no_exception_and_no_abort(tmp_path, seed):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FLOODPLAN_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).parent / "soak.py"), str(seed), "300"],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,  # a bound only a hung session reaches
    )
    assert proc.returncode == 0, (proc.stdout[-2000:], proc.stderr[-4000:])
    assert proc.stdout.strip().splitlines()[-1].startswith("ok 300")
