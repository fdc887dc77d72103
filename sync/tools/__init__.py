"""Benchmarks and drills for the outbox and delivery; not imported by product code."""
