// Replaced by the user interface.
