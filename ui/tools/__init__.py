"""Benchmarks and the walkthrough driver; not imported by product code."""
