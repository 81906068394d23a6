"""Daemon bench: start-up to READY=1, and the cost of an idle daemon with IMAP IDLE open.

Runs `python -m careerlog --config FILE -v run` against a real Dovecot (the test fixture)
as systemd would: NOTIFY_SOCKET read here, WATCHDOG_USEC as the shipped unit sets it.

- start: from spawning the process to READY=1 on the notify socket (median of --starts),
  and to "IMAP logged in"; baseline in the same run: a bare `python -c pass`.
- idle: after READY and the first IMAP catch-up, RSS (VmRSS) sampled every second and CPU
  time (utime+stime from /proc/PID/stat) over --idle seconds; baselines alive in the same
  window: a bare `python -c "import time; time.sleep(...)"` and one that only imports what
  the daemon imports.

Prints JSON. Run from the repository root: .venv/bin/python -m bench.daemon
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.machine import machine
from tests.configfile import config_tables, imap_changes, write_toml
from tests.daemon.daemonrun import Daemon
from tests.servers.dovecot import Dovecot
from tests.servers.tlsca import TlsCa

TICKS = os.sysconf("SC_CLK_TCK")
ENV = {"WATCHDOG_USEC": "180000000"}  # systemd/careerlog.service: WatchdogSec=180
IMPORTS = (
    "import careerlog.cli, careerlog.daemon.service, careerlog.intake.watch, "
    "careerlog.intake.process, careerlog.prompts, careerlog.outbox, careerlog.calendar"
)


def cpu_busy(seconds: float = 1.0) -> float:
    """Cores busy (all processes) over a short window, from /proc/stat."""
    total0, idle0 = _stat()
    time.sleep(seconds)
    total1, idle1 = _stat()
    return _cores(total0, idle0, total1, idle1)


def _stat() -> tuple[int, int]:
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    return sum(fields[:8]), fields[3] + fields[4]


def _cores(total0: int, idle0: int, total1: int, idle1: int) -> float:
    cores = os.cpu_count() or 1
    return round(cores * (1 - (idle1 - idle0) / max(total1 - total0, 1)), 2)


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


def threads(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime (fields 14, 15)


def write_config(home: Path, dovecot: Dovecot) -> Path:
    password = secrets.token_urlsafe(12)
    user = dovecot.add_user(f"daemon{secrets.token_hex(3)}@example.test", password)
    login = imap_changes(user.address, password, port=dovecot.imaps_port, ca_file=dovecot.ca_file)
    return write_toml(home / "config.toml", config_tables(home, login))


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True)
    return time.perf_counter() - started


def timed_stop(daemon: Daemon) -> float:
    """Seconds from SIGTERM to the daemon's exit."""
    started = time.perf_counter()
    daemon.stop()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--idle", type=float, default=60.0, help="seconds")
    args = parser.parse_args()

    background = cpu_busy()
    began = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="bench-daemon-", dir="/tmp"))
    dovecot = Dovecot(TlsCa.create(scratch))
    sleepers: list[subprocess.Popen[bytes]] = []
    try:
        dovecot.start()
        config = write_config(scratch, dovecot)

        bare: list[float] = []
        imports: list[float] = []
        ready: list[float] = []
        login: list[float] = []
        stops: list[float] = []
        # Interleaved, so baselines and daemon starts see the same noise; the first round
        # warms the page cache and is not counted.
        for n in range(args.starts + 1):
            b = timed([sys.executable, "-c", "pass"])
            i = timed([sys.executable, "-c", IMPORTS])
            run = Daemon(config, scratch, ENV, name=f"daemon{n}")
            try:
                r, li = run.ready(), run.logged("IMAP logged in")
            finally:
                s = timed_stop(run)
            if n:
                bare.append(b)
                imports.append(i)
                ready.append(r)
                login.append(li)
                stops.append(s)

        run = Daemon(config, scratch, ENV, name="daemon-idle")
        run.ready()
        rss_at_ready = rss_kb(run.process.pid)
        run.logged("IMAP logged in")
        time.sleep(1.0)  # first catch-up done, IDLE open
        linger = str(args.idle + 30)
        sleepers = [
            subprocess.Popen([sys.executable, "-c", f"import time; time.sleep({linger})"]),
            subprocess.Popen(
                [sys.executable, "-c", f"{IMPORTS}; import time; time.sleep({linger})"]
            ),
        ]
        time.sleep(1.0)
        pid = run.process.pid
        cpu0, wall0, (total0, idle0) = cpu_seconds(pid), time.perf_counter(), _stat()
        samples: list[int] = []
        while time.perf_counter() - wall0 < args.idle:
            samples.append(rss_kb(pid))
            time.sleep(1.0)
        cpu1, wall1, (total1, idle1) = cpu_seconds(pid), time.perf_counter(), _stat()
        rss_end = rss_kb(pid)
        base_rss = [rss_kb(p.pid) for p in sleepers]
        daemon_threads = threads(pid)
        alive = run.process.poll() is None
        log = run.log()
        stop_s = timed_stop(run)
        window = wall1 - wall0
        cpu_pct = 100 * (cpu1 - cpu0) / window
        peak_mb = max(samples) / 1024
        out: dict[str, Any] = {
            "bench": "daemon",
            "start": {
                "starts": args.starts,
                "ready_median_s": round(statistics.median(ready), 3),
                "ready_max_s": round(max(ready), 3),
                "imap_logged_in_median_s": round(statistics.median(login), 3),
                "stop_after_sigterm_median_s": round(statistics.median(stops), 3),
                "baseline_python_c_pass_median_s": round(statistics.median(bare), 3),
                "baseline_imports_only_median_s": round(statistics.median(imports), 3),
                "ready_over_bare_python": round(
                    statistics.median(ready) / statistics.median(bare), 1
                ),
            },
            "idle": {
                "seconds": round(window, 1),
                "idle_open": alive and "IMAP session ended" not in log,
                "threads": daemon_threads,
                "rss_at_ready_mb": round(rss_at_ready / 1024, 1),
                "rss_median_mb": round(statistics.median(samples) / 1024, 1),
                "rss_peak_mb": round(peak_mb, 1),
                "rss_end_mb": round(rss_end / 1024, 1),
                "rss_growth_over_window_mb": round((rss_end - samples[0]) / 1024, 2),
                "cpu_seconds": round(cpu1 - cpu0, 3),
                "cpu_percent_of_one_core": round(cpu_pct, 3),
                "baseline_bare_python_rss_mb": round(base_rss[0] / 1024, 1),
                "baseline_imports_only_rss_mb": round(base_rss[1] / 1024, 1),
                "rss_over_bare_python": round(statistics.median(samples) / base_rss[0], 1),
                "stop_after_sigterm_s": round(stop_s, 3),
                "tracebacks_in_log": log.count("Traceback"),
                "target": {"rss_mb": 80, "cpu_percent": 1.0},
                "met": peak_mb < 80 and cpu_pct < 1.0,
            },
            "total_seconds": round(time.perf_counter() - began, 1),
            "machine": machine(
                # Busy cores while this bench was idle (1 s before it started): other load.
                other_load_cores=background,
                # Busy cores during the idle window, everything included (daemon, Dovecot).
                busy_cores_during_idle_window=_cores(total0, idle0, total1, idle1),
                other_load=background >= 0.2,
            ),
        }
        print(json.dumps(out, indent=2))
    finally:
        for sleeper in sleepers:
            sleeper.kill()
            sleeper.wait()
        dovecot.cleanup()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
