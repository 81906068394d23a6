"""The embedded demo: a made-up user, her world, and replies from many mail clients."""
