"""The reference intake server (a stand-in for the central case system) and its case
processor. Not part of the terminal: the client ``sync`` package never imports it."""
