"""careerlog: career fitness tracking through your own inbox and calendar."""

__version__ = "0.1.0"
