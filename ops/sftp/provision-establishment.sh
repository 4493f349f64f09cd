#!/usr/bin/env bash
# Creates (or repairs) one establishment's OpenSSH SFTP account and drop folders, for sites that serve the drop
# zone with OpenSSH (sshd_config.d/relance.conf) rather than with `ops/relance sftp-server`.
#
# Usage: provision-establishment.sh [--dry-run] FINESS PUBKEYFILE [DROP]
#   FINESS      9-character FINESS number of the establishment (its Luhn key is checked)
#   PUBKEYFILE  the establishment's OpenSSH public key(s), one per line (ssh-ed25519, ecdsa-sha2-*, ssh-rsa)
#   DROP        drop-zone root (default: $RELANCE_DROP, else /srv/relance/drop); absolute path
#   --dry-run   print the commands instead of running them (no root needed)
# Environment: RELANCE_USER, the account the engine runs as (default relance; it must exist).
# Running it again is safe: it only creates what is missing and resets owners and modes.
set -euo pipefail

DRY_RUN=0
if [ "${1:-}" = "--dry-run" ]; then
	DRY_RUN=1
	shift
fi
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
	sed -n '5,11p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
fi
FINESS="$1"
PUBKEYFILE="$2"
DROP="${3:-${RELANCE_DROP:-/srv/relance/drop}}"
ENGINE="${RELANCE_USER:-relance}"
KEYS_DIR=/etc/ssh/relance-keys

fail() {
	echo "provision-establishment: $*" >&2
	exit 2
}

# FINESS: 9 characters, digits (2A/2B allowed for Corsica, counted as 20), last one a Luhn key over all nine.
valid_finess() {
	local f="$1" digits sum=0 i d
	[[ "$f" =~ ^([0-9]{9}|2[AB][0-9]{7})$ ]] || return 1
	digits="${f/#2[AB]/20}"
	for ((i = 0; i < 9; i++)); do
		d="${digits:8-i:1}"
		if ((i % 2 == 1)); then
			d=$((d * 2))
			((d > 9)) && d=$((d - 9))
		fi
		sum=$((sum + d))
	done
	((sum % 10 == 0))
}

valid_finess "$FINESS" || fail "'$FINESS' is not a valid FINESS number (9 characters, Luhn key)"
[ -f "$PUBKEYFILE" ] || fail "no public key file at $PUBKEYFILE"
grep -q 'PRIVATE KEY' "$PUBKEYFILE" && fail "$PUBKEYFILE holds a private key: give the .pub file"
grep -Eq '^(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(256|384|521)|sk-ssh-ed25519@openssh.com|sk-ecdsa-sha2-nistp256@openssh.com) [A-Za-z0-9+/=]+' "$PUBKEYFILE" \
	|| fail "$PUBKEYFILE has no OpenSSH public key line"
[[ "$DROP" = /* ]] || fail "the drop root must be an absolute path, got '$DROP'"
if [ "$DRY_RUN" -eq 0 ]; then
	[ "$(id -u)" -eq 0 ] || fail "run as root (or with --dry-run to see what it would do)"
	# checked before any change, so that a missing engine account never leaves a half-made establishment
	getent passwd "$ENGINE" >/dev/null || fail "the engine account '$ENGINE' does not exist (set RELANCE_USER)"
	getent group "$ENGINE" >/dev/null || fail "the engine group '$ENGINE' does not exist (set RELANCE_USER)"
fi

ACCOUNT="relance-$FINESS"
HOME_DIR="$DROP/$FINESS"

# Prints the command in dry-run mode, runs it otherwise. Arguments are quoted, never re-split.
run() {
	if [ "$DRY_RUN" -eq 1 ]; then
		printf '%q ' "$@" | sed 's/ $//'
		echo
	else
		"$@"
	fi
}

# A group or user is created only when missing (in dry-run the guard itself is printed).
ensure() {
	local kind="$1" name="$2"
	shift 2
	if [ "$DRY_RUN" -eq 1 ]; then
		echo "getent $kind $name >/dev/null || $(printf '%q ' "$@" | sed 's/ $//')"
	elif ! getent "$kind" "$name" >/dev/null; then
		"$@"
	fi
}

folder() {
	local path="$1" owner="$2" mode="$3"
	run mkdir -p "$path"
	run chown "$owner" "$path"
	run chmod "$mode" "$path"
}

ensure group relance-sftp groupadd --system relance-sftp
ensure group "$ACCOUNT" groupadd --system "$ACCOUNT"
ensure passwd "$ACCOUNT" useradd --system --gid "$ACCOUNT" --groups relance-sftp --home-dir "$HOME_DIR" \
	--no-create-home --shell /usr/sbin/nologin "$ACCOUNT"
# key-only account: no usable password, but not "locked" (sshd refuses locked accounts without PAM)
run usermod --password '*' --home "$HOME_DIR" "$ACCOUNT"

# The chroot and everything above it: root-owned, writable by nobody else (sshd refuses the login otherwise).
folder "$DROP" root:root 0755
folder "$HOME_DIR" root:root 0755
# in/: the establishment writes, the engine's group reads and takes files away; setgid keeps the engine's group.
folder "$HOME_DIR/in" "$ACCOUNT:$ENGINE" 2770
# out/: the engine writes, the establishment's group reads; setgid gives new reports the establishment's group.
folder "$HOME_DIR/out" "$ENGINE:$ACCOUNT" 2750
# engine-only folders, beside the establishments' and outside every chroot
folder "$DROP/.archive" "$ENGINE:$ENGINE" 0750
folder "$DROP/.quarantine" "$ENGINE:$ENGINE" 0750
folder "$DROP/.pull" "$ENGINE:$ENGINE" 0750

# Keys outside the chroot, owned by root: only ops can add or rotate them.
folder "$KEYS_DIR" root:root 0755
run install -o root -g root -m 0644 "$PUBKEYFILE" "$KEYS_DIR/$ACCOUNT"

if [ "$DRY_RUN" -eq 0 ]; then
	echo "Account $ACCOUNT ready: chroot $HOME_DIR, uploads in $HOME_DIR/in, reports in $HOME_DIR/out."
	echo "If not done yet: install ops/sftp/sshd_config.d/relance.conf, then 'sshd -t && systemctl reload ssh'."
fi
