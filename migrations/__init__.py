"""Schema migrations of the quotes database, run by quotes.database."""
