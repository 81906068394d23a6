"""Tests of careerlog: reliability."""
