"""A vault on a synced folder, in the GUI: in use elsewhere, read-only, conflict copies."""
