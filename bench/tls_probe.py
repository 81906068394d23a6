"""How fast `careerlog doctor` names a TLS setting that does not fit the port, as JSON.

`security = "starttls"` on an implicit-TLS port used to wait 16 s for a greeting and
then blame the firewall; `doctor` now asks the port first (careerlog.net
`expects_implicit_tls`). The issue asks for the mismatch to be named within a second,
both ways. Measured against the test servers (tests/servers/) on 127.0.0.1: Dovecot's
IMAPS and IMAP (STARTTLS) ports and the SMTP relay's SMTPS and submission (STARTTLS)
ports.

- `probe`: `expects_implicit_tls` alone on each port, and whether its answer is right.
- `doctor`: the IMAP or SMTP check of `careerlog doctor` (careerlog.doctor.run_checks,
  timed from the previous check's end to its own), with `security = "starttls"` on the
  implicit-TLS port and `security = "tls"` on the STARTTLS port, and whether its line
  names the fix.

Each figure is the median (and max) of --tries runs. Needs Dovecot, as `make test` does.

Run: .venv/bin/python -m bench.tls_probe [--tries 20]
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import time
from pathlib import Path
from typing import Any

from bench.intake import DOMAIN, servers
from bench.machine import machine
from careerlog.config import Config
from careerlog.doctor import run_checks
from careerlog.net import GREETING_WAIT, expects_implicit_tls
from tests.configfile import config_tables, imap_changes, merged, smtp_changes, write_config
from tests.servers import MailEnv

# What each mismatch's doctor line must say: the setting to use instead.
NAMES_THE_FIX = {"starttls": 'set security = "tls"', "tls": 'set security = "starttls"'}


def summary(times: list[float], right: list[bool]) -> dict[str, Any]:
    return {
        "median_ms": round(statistics.median(times) * 1000, 1),
        "max_ms": round(max(times) * 1000, 1),
        "right": f"{sum(right)} of {len(right)}",
    }


def probe_timed(tries: int, host: str, port: int, implicit_tls: bool) -> dict[str, Any]:
    times, right = [], []
    for _ in range(tries):
        started = time.perf_counter()
        right.append(expects_implicit_tls(host, port) == implicit_tls)
        times.append(time.perf_counter() - started)
    return summary(times, right)


def doctor_config(env: MailEnv, home: Path, server: str, security: str, port: int) -> Config:
    """IMAP or SMTP only, with ``security`` on ``port``."""
    if server == "IMAP":
        tables = imap_changes(env.address, env.password, port=port, ca_file=env.ca_file)
        tables = merged(tables, {"mail": {"imap": {"security": security}}})
    else:
        tables = merged(smtp_changes(env), {"mail": {"smtp": {"security": security, "port": port}}})
    return write_config(home / f"{server}-{security}.toml", config_tables(home, tables))


def doctor_timed(tries: int, config: Config, server: str, fix: str) -> dict[str, Any]:
    """Only the server's check is timed: the store check before it is not the probe's."""
    times, right = [], []
    for _ in range(tries):
        checks = run_checks(config)
        for check in checks:
            if check.name == "store":
                break
        started = time.perf_counter()
        for check in checks:
            if check.name.startswith(server):
                break
        times.append(time.perf_counter() - started)
        right.append(not check.ok and fix in check.detail)
    return summary(times, right)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tries", type=int, default=20)
    args = parser.parse_args()
    with servers() as running:
        user = running.dovecot.add_user(f"probe@{DOMAIN}", secrets.token_urlsafe(12))
        env = MailEnv.of(running.dovecot, running.smtp, user)
        host = env.imap_host
        ports = {
            "IMAPS (implicit TLS)": (env.imaps_port, True),
            "IMAP (STARTTLS)": (env.imap_port, False),
            "SMTPS (implicit TLS)": (env.smtps_port, True),
            "SMTP submission (STARTTLS)": (env.smtp_port, False),
        }
        probe = {
            name: probe_timed(args.tries, host, port, tls) for name, (port, tls) in ports.items()
        }
        mismatches = {
            'IMAP security = "starttls" on IMAPS': ("IMAP", "starttls", env.imaps_port),
            'IMAP security = "tls" on IMAP': ("IMAP", "tls", env.imap_port),
            'SMTP security = "starttls" on SMTPS': ("SMTP", "starttls", env.smtps_port),
            'SMTP security = "tls" on submission': ("SMTP", "tls", env.smtp_port),
        }
        doctor = {}
        for name, (server, security, port) in mismatches.items():
            config = doctor_config(env, running.scratch, server, security, port)
            doctor[name] = doctor_timed(args.tries, config, server, NAMES_THE_FIX[security])
    print(
        json.dumps(
            machine(tries=args.tries, greeting_wait_s=GREETING_WAIT, probe=probe, doctor=doctor),
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
