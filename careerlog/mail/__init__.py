"""Mail in and out: IMAP, Maildir, SMTP."""
