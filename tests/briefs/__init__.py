"""Tests of careerlog: briefs."""
