"""Exports: what may leave the vault (PDFs, JSON), built from export-safe objects only."""
