"""Administration: the municipality and hospital units, first start, backups and restores, reading and verifying the audit trail."""
