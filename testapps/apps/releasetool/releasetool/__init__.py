"""A small release tool: configuration in TOML, git through subprocess, zip and tar.gz archives."""

__version__ = '0.3.0'
