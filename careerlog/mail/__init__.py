"""Mail in and out: IMAP, Maildir, SMTP, and composing the mail careerlog sends."""
