"""Tests of careerlog: daemon."""
