"""`python -m benchmarks`: the till's performance figures on generated data (see README)."""
