"""Counter mode: the clerk sends a PDF to the tablet, the citizen signs, it goes back."""
