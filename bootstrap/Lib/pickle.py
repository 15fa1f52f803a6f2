"""Python object serialization (pickle) for PyPack.

Written from the documented behaviour of CPython 3.11's pickle. The work is native (_pickle,
as CPython's C accelerator): the bytes are those CPython's C pickler writes. This module gives
the classes a program subclasses: Pickler (persistent_id, reducer_override, dispatch_table) and
Unpickler (find_class, persistent_load).
"""

import copyreg
from _pickle import (PickleError, PicklingError, UnpicklingError, PicklerEngine,
                     UnpicklerEngine, dumps, loads)

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None): writes pickles
    of objects to file (anything with a write(bytes) method)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        self._engine = PicklerEngine(protocol, fix_imports, buffer_callback)
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        engine = self.__dict__.get("_engine")
        if engine is None:
            raise PicklingError("Pickler.__init__() wasn't called")
        self._file_write(engine.dump(obj, self))

    def clear_memo(self):
        """Forget the objects pickled so far: the next dump writes them again instead of
        referring back to them."""
        self._engine.clear_memo()


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    reads pickles from file (read and readline methods), one per load()."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._engine = UnpicklerEngine(file, fix_imports, encoding, errors, buffers)

    def load(self):
        """Read a pickled object representation from the open file."""
        engine = self.__dict__.get("_engine")
        if engine is None:
            raise UnpicklingError(f"Unpickler.__init__() was not called by {type(self).__name__}.__init__()")
        return engine.load(self)

    def find_class(self, module_name, global_name, /):
        """Return the object global_name of module module_name (imported if needed)."""
        return self._engine.find_class(module_name, global_name)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """Read and return an object from the pickle data stored in file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()
