"""Administration: municipality, hospital units, users, certificate, audit trail, backups, store key."""
