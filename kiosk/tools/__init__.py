"""Drills and benchmarks of the Qt-free application; not imported by product code."""
