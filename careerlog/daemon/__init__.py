"""The long-running service: one pass of everything due, and the loop around it."""
