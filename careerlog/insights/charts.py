"""The digest's two charts as PNG bytes: evidence per month and the scope mix.

Rendered with matplotlib's Agg backend through the object API (``Figure`` plus
``FigureCanvasAgg``), so no GUI, no pyplot global state and safe in the daemon's threads.

Mail clients show the same picture on white and on dark backgrounds (and some invert
colours on their own), so the PNG background is transparent and every colour is a
mid-tone that keeps contrast on both: a medium blue for bars and a medium grey for text
and axes. Each chart carries alt text that states the same numbers the picture shows.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.axis import Axis
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

BAR = "#4f86c6"  # mid-tone blue: 3:1+ against both white and #1e1e1e
ACCENT = "#d08a2e"  # mid-tone amber, for the scope a goal asks for
INK = "#8a8f98"  # mid grey for labels, ticks and spines
WIDTH_PX, HEIGHT_PX, SCALE = 560, 230, 2  # drawn at 2x for sharp text on high-DPI screens


@dataclass(frozen=True)
class Chart:
    """One chart: ``name`` is stable (``months``, ``scopes``) and names the file and CID."""

    name: str
    title: str
    alt: str
    png: bytes
    width: int = WIDTH_PX
    height: int = HEIGHT_PX

    @property
    def filename(self) -> str:
        return f"digest-{self.name}.png"


def _figure() -> tuple[Figure, Axes]:
    # matplotlib (with NumPy and Pillow, ~30 MB) is imported only when a chart is
    # drawn: the daemon spends its life idle and must not carry it.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(WIDTH_PX / 100, HEIGHT_PX / 100), dpi=100 * SCALE)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_facecolor("none")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(INK)
    ax.tick_params(colors=INK, labelsize=12)
    return fig, ax


def _whole_numbers(axis: Axis) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _png(fig: Figure) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png", transparent=True, dpi=100 * SCALE)
    return out.getvalue()


def months_chart(labels: Sequence[str], counts: Sequence[int], healthy: tuple[int, int]) -> Chart:
    """Bars of evidence entries per month, with the healthy 2–4 a month as a band."""
    fig, ax = _figure()
    positions = list(range(len(labels)))
    ax.axhspan(healthy[0], healthy[1], color=INK, alpha=0.15, linewidth=0)
    bars = ax.bar(positions, counts, color=BAR, width=0.55)
    ax.bar_label(bars, labels=[str(c) for c in counts], color=INK, fontsize=13, padding=2)
    ax.set_xticks(positions, labels)
    top = max([*counts, healthy[1]]) + 1
    ax.set_ylim(0, top * 1.15)
    _whole_numbers(ax.yaxis)
    ax.set_ylabel("entries", color=INK, fontsize=12)
    fig.tight_layout(pad=0.6)
    parts = ", ".join(f"{label}: {count}" for label, count in zip(labels, counts, strict=True))
    alt = (
        f"Bar chart of impact evidence entries per month. {parts}. "
        f"The shaded band marks the healthy {healthy[0]}–{healthy[1]} a month."
    )
    return Chart("months", "Evidence per month", alt, _png(fig))


def scopes_chart(
    labels: Sequence[str], counts: Sequence[int], highlight: str | None = None
) -> Chart:
    """Horizontal bars of evidence per scope with count and share; ``highlight`` in amber."""
    fig, ax = _figure()
    total = sum(counts) or 1
    positions = list(range(len(labels)))[::-1]  # first label on top
    colours = [ACCENT if label == highlight else BAR for label in labels]
    bars = ax.barh(positions, counts, color=colours, height=0.6)
    texts = [f"{c} ({round(100 * c / total)}%)" for c in counts]
    ax.bar_label(bars, labels=texts, color=INK, fontsize=13, padding=3)
    ax.set_yticks(positions, labels)
    ax.set_xlim(0, max([*counts, 1]) * 1.35)
    _whole_numbers(ax.xaxis)
    fig.tight_layout(pad=0.6)
    parts = ", ".join(f"{label}: {text}" for label, text in zip(labels, texts, strict=True))
    alt = f"Bar chart of this quarter's evidence by scope. {parts}."
    if highlight:
        alt += f" Highlighted: {highlight}, the scope a goal asks for."
    return Chart("scopes", "Scope mix", alt, _png(fig))


def energy_chart(labels: Sequence[str], energised: Sequence[int], drained: Sequence[int]) -> Chart:
    """Bars per kind of work and person: energised to the right (blue), drained to the
    left (amber), so the two sides never hide each other."""
    fig, ax = _figure()
    positions = list(range(len(labels)))[::-1]  # first label on top
    ax.barh(positions, list(energised), color=BAR, height=0.6, label="energised")
    ax.barh(positions, [-d for d in drained], color=ACCENT, height=0.6, label="drained")
    ax.axvline(0, color=INK, linewidth=1)
    ax.set_yticks(positions, labels)
    reach = max([*energised, *drained, 1]) * 1.2
    ax.set_xlim(-reach, reach)
    _whole_numbers(ax.xaxis)
    ax.xaxis.set_major_formatter(lambda value, _pos: f"{abs(int(value))}")
    ax.legend(frameon=False, labelcolor=INK, fontsize=11, loc="lower center",
              bbox_to_anchor=(0.5, 1.0), ncol=2)  # fmt: skip
    fig.tight_layout(pad=0.6)
    parts = ", ".join(
        f"{label}: {e} energised, {d} drained"
        for label, e, d in zip(labels, energised, drained, strict=True)
    )
    alt = f"Bar chart of what energised and what drained you this quarter. {parts}."
    return Chart("energy", "What energised, what drained", alt, _png(fig))
