"""One way to start a real X server for the tests that need one: Xvfb picks a free display
number itself (-displayfd) and says which once it accepts connections, so two test runs on one
machine never race for the same number."""
from __future__ import annotations

import os
import select
import subprocess
import time

START_TIMEOUT = 20


def start_xvfb(width: int, height: int) -> tuple[str, subprocess.Popen]:
    """(":N", the server process) for a screen of that size; the caller terminates it."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                               f"{width}x{height}x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + START_TIMEOUT
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:
                server.kill()
                server.wait(10)
                raise AssertionError("Xvfb did not start")
            number += chunk
    finally:
        os.close(read_end)
    return f":{int(number)}", server
