#!/usr/bin/env bash
# Install the Debian packages the test suite needs: Dovecot (IMAP and LMTP) for
# the real mail server, Chromium to render the digest, systemd-analyze to check
# the unit files, and python3-venv where python3 cannot make a venv. Radicale and
# the SMTP server come from PyPI with the venv.
# Needs root (or sudo). No system Dovecot is started: policy-rc.d blocks it
# during the install, and only if we created it do we remove it afterwards.
set -euo pipefail

packages=(dovecot-imapd dovecot-lmtpd openssl chromium systemd)
missing=()
# `make test` then makes the venv: Debian's python3 needs python3-venv for that.
python3 -c 'import ensurepip' 2>/dev/null || missing+=(python3-venv)
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then exec sudo "$0" "$@"; fi
    echo "Installing ${missing[*]} needs root: run 'sudo $0' once." >&2
    exit 1
fi

created_policy=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    created_policy=1
fi
echo "Installing ${missing[*]} ..." >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
[ -n "$created_policy" ] && rm -f /usr/sbin/policy-rc.d
exit 0
