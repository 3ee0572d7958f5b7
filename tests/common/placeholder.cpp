// Replaced by the shared test helpers.
