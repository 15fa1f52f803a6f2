"""os.PathLike, the ABC of objects with __fspath__ (the native os module imports this on first use
of os.PathLike). Written for PyPack from CPython 3.11's documentation."""

from abc import ABC, abstractmethod


_GenericAlias = type(list[int])


def _alias(cls, item):
    return _GenericAlias(cls, item)


class PathLike(ABC):

    """Abstract base class for implementing the file system path protocol."""

    @abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        # Any class whose MRO defines __fspath__ (not set to None) is a PathLike.
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None or NotImplemented
            return NotImplemented
        return NotImplemented

    __class_getitem__ = classmethod(_alias)


PathLike.__module__ = 'os'
