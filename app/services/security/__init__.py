"""Users, roles and passwords, teams and the signing certificate."""
