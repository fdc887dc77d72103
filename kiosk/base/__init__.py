"""Ground every package stands on: errors, translatable messages, small helpers.

Standard library only; nothing here imports another project package."""
