"""Handwritten signatures bound to the signed document: ISO 19794-7, escrow, PAdES."""
