"""Large replies: parse time and peak memory against the message size (issue 14, item 5).

Each measurement runs in a child process of its own, so one's memory is not the next one's:
the child builds the message, resets the kernel's peak-RSS mark (/proc/self/clear_refs),
parses a 10 KB message once (a running service has its imports and caches warm), runs
one stage and reports seconds, MB/s and the peak RSS above where it started (VmHWM
less VmRSS before the stage, so the message itself is not counted), as a multiple of the
message size. Stages: ``split`` (the baseline: bytes → str → lines), ``decode`` (MIME, as
``parse_message`` calls it: the text part decoded up to its limit), ``strip`` (MIME + new
text) and ``full`` (``parse_message``: entries too). Bodies: ``plain`` (log lines, as a
pasted log gives), ``prose`` (sentences with names and numbers, as a long reply gives) and
``attachment`` (a one-line reply with a base64 attachment of the rest). ``stdlib`` is the
MIME step as it was, for comparison: ``email.message_from_bytes`` alone.

    .venv/bin/python -m bench.large_reply [--mb 20] [--full-mb 1,4,20]
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import email
import json
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.machine import machine

ROOT = Path(__file__).resolve().parent.parent

WORDS = (
    "the", "deploy", "review", "shipped", "we", "team", "on-call", "latency", "plan",
    "migration", "doc", "numbers", "faster", "than", "before", "cut", "p99", "by", "340ms",
    "with", "Priya", "Raman", "and", "Linus", "Chen", "saved", "$2k/month",
)  # fmt: skip


def body(kind: str, size: int, rng: random.Random | None = None) -> str:
    """``size`` characters of a pasted log (``plain``) or of prose in paragraphs."""
    rng = rng or random.Random(14)
    lines: list[str] = []
    total = 0
    while total < size:
        if kind == "plain":
            line = f"2026-11-30T09:{rng.randrange(60):02d}:01Z INFO id={rng.getrandbits(48):x} ok"
        else:
            line = " ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "."
            if rng.random() < 0.25:
                line += "\n"
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


HEAD = (
    "From: Ada Lovelace <ada@example.com>\nTo: log@example.com\nSubject: Re: What did you "
    "ship this week? [2026-W48]\n"
)
KINDS = ("plain", "prose", "attachment")


def message(kind: str, size: int) -> bytes:
    if kind != "attachment":
        text = HEAD + "Content-Type: text/plain; charset=utf-8\n\n" + body(kind, size)
        return text.encode("utf-8")
    data = random.Random(14).randbytes(size * 3 // 4)  # base64 makes it 4/3 as long
    return (
        (
            HEAD + 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\n'
            "Content-Type: text/plain; charset=utf-8\n\nShipped the trace capture for the"
            " on-call team, attached.\n--b\nContent-Type: application/octet-stream\n"
            'Content-Disposition: attachment; filename="trace.bin"\n'
            "Content-Transfer-Encoding: base64\n\n"
        ).encode()
        + base64.encodebytes(data)
        + b"--b--\n"
    )


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def child(kind: str, size: int, stage: str) -> dict[str, Any]:
    from careerlog.parsers import parse_message
    from careerlog.parsers.bounds import MAX_TEXT_BYTES
    from careerlog.parsers.mime import decode_message
    from careerlog.parsers.quotes import strip_quotes

    parse_message(message(kind, 10_000))  # imports, caches: what a running service has done
    raw = message(kind, size)
    with contextlib.suppress(OSError):  # reset VmHWM to the current RSS
        Path("/proc/self/clear_refs").write_text("5")
    before = _status("VmRSS")
    start, cpu = time.perf_counter(), time.process_time()
    entries = None
    if stage == "split":
        raw.decode("utf-8").splitlines()
    elif stage == "stdlib":
        email.message_from_bytes(raw)
    elif stage == "decode":
        decode_message(raw, MAX_TEXT_BYTES)
    elif stage == "strip":
        strip_quotes(decode_message(raw, MAX_TEXT_BYTES).text)
    else:
        entries = len(parse_message(raw).entries)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = _status("VmHWM") - before
    return {
        "bytes": len(raw),
        "seconds": round(seconds, 3),
        "mb_per_s": round(len(raw) / 1e6 / seconds, 2),
        # CPU time, for a machine other work is also using (MB/s is from wall time)
        "cpu_seconds": round(cpu, 3),
        "peak_rss_over_size": round(peak / len(raw), 2),
        "entries": entries,
    }


def measure(kind: str, size: int, stage: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.large_reply", "--child", kind, str(size), stage],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20, help="size for split/decode/strip")
    parser.add_argument("--full-mb", default="1,4,20", help="sizes for the full parse")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, size, stage = args.child
        print(json.dumps(child(kind, int(size), stage)))
        return
    started = time.perf_counter()
    big = int(args.mb * 1e6)
    results: dict[str, Any] = {}
    for kind in KINDS:
        stages = ("split", "stdlib", "decode", "strip")
        rows = {stage: measure(kind, big, stage) for stage in stages}
        for mb in args.full_mb.split(","):
            rows[f"full {mb} MB"] = measure(kind, int(float(mb) * 1e6), "full")
        base = rows["decode"]["seconds"]
        for row in rows.values():
            row["seconds_per_mb_vs_decode"] = round(
                row["seconds"] / row["bytes"] / (base / rows["decode"]["bytes"]), 1
            )
        results[kind] = rows
    report = {
        "benchmark": "large replies: time and peak memory against message size",
        "machine": machine(),
        "targets": {"mb_per_s": 5, "peak_rss_over_size": 3},
        "results": results,
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
