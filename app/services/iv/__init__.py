"""IV courses: referral → visitation → administrations → day-3 CRP → end (DIGEST §1)."""
