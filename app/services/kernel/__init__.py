"""Shared steps of every use case: who acts (context), the permission matrix, finding and version-checking records, writing the audit trail."""
