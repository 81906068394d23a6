"""Tests of careerlog: intake."""
