"""Python forms compiled from ui/*.ui by `make forms` (generated; do not edit)."""
