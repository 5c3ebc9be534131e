"""Administration: the municipality and hospital units, first start, the store key (encryption at rest), backups and restores, reading and verifying the audit trail."""
