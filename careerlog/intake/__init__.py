"""Inbound mail to stored entries: dedupe, parse, record."""
