"""reprlib, in part: recursive_repr, for the containers of collections, dataclasses and functools."""

__all__ = ['recursive_repr']

# Attributes a decorated __repr__ takes over from the function it replaces. (functools imports
# this module, so functools.update_wrapper cannot be used here.)
_COPIED = ('__module__', '__doc__', '__name__', '__qualname__')


def recursive_repr(fillvalue='...'):
    """Decorate a __repr__ so that an object met again while it is being shown prints fillvalue."""

    def decorate(repr_function):
        in_progress = set()  # ids of the objects whose repr is being built

        def guarded(self):
            marker = id(self)
            if marker in in_progress:
                return fillvalue
            in_progress.add(marker)
            try:
                return repr_function(self)
            finally:
                in_progress.discard(marker)

        for name in _COPIED:
            setattr(guarded, name, getattr(repr_function, name, None))
        guarded.__annotations__ = getattr(repr_function, '__annotations__', {})
        guarded.__wrapped__ = repr_function
        return guarded

    return decorate
