"""TOML 1.0 parsing: loads, load and TOMLDecodeError, as CPython 3.11's tomllib."""

__all__ = ("loads", "load", "TOMLDecodeError")

from tomllib._parser import TOMLDecodeError, load, loads

TOMLDecodeError.__module__ = __name__
