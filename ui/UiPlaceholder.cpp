// Replaced by the first widget; a static library needs one source.
