"""The playground's widgets, one per module, each with its own BINDINGS and HELP."""
