"""A small launcher (stdlib only) that starts a command, times it and prints one JSON line.

Why a separate process: on Linux a child's ru_maxrss starts from the RSS of the process that
forked it (the kernel keeps the pre-exec memory's high-water mark), so a child forked straight
from the benchmark, which holds a large catalogue, would report the benchmark's RSS, not the
till's. Forked from this small launcher, the error is at most the launcher's own few MB
(reported as launcher_rss_kb)."""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time


def main(cmd: list[str]) -> None:
    with tempfile.TemporaryFile("w+") as errors:
        t0 = time.perf_counter_ns()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors, text=True)
        first = proc.stdout.readline()
        t_ready = time.perf_counter_ns()
        hwm = _vm_hwm_kb(proc.pid)
        cpu_at_ready = _cpu_s(proc.pid)
        rest = proc.stdout.read()
        proc.stdout.close()
        _, status, usage = os.wait4(proc.pid, 0)
        t_exit = time.perf_counter_ns()
        proc.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        err = errors.read()
    print(json.dumps({
        "first_line": first.strip(), "returncode": proc.returncode,
        "ready_s": (t_ready - t0) / 1e9, "exit_s": (t_exit - t0) / 1e9,
        "cpu_s": usage.ru_utime + usage.ru_stime, "cpu_at_ready_s": cpu_at_ready,
        "maxrss_kb": usage.ru_maxrss,
        "hwm_at_ready_kb": hwm,
        "launcher_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "output_tail": (first + rest + err)[-3000:],
    }))


def _cpu_s(pid: int) -> float | None:
    """The process's user + system CPU time so far (utime and stime in /proc/PID/stat)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _vm_hwm_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


if __name__ == "__main__":
    main(sys.argv[1:])
