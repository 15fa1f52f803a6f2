"""A small package for the module-spec checks."""
