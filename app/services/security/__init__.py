"""Users, roles and passwords, teams, the store key and the signing certificate."""
