"""Tests of careerlog: outbox."""
