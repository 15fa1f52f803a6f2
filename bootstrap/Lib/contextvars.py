"""Context variables: values that belong to the running context. A Context maps ContextVar objects
to values; run() enters one. Each thread has its own current context (kept in _threadstate), and a
new thread starts in an empty one, as in CPython."""

from types import GenericAlias

from _threadstate import get_context as _get_context

# Context and copy_context are native (C in CPython too): asyncio makes and enters one per task
# and per callback.
from _contextvars import Context, copy_context, _register_var_type
from _contextvars import copy_context as _copy_context


__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


def _current():
    """This thread's current context, made (empty) on the thread's first use."""
    context = _get_context()
    if context is None:
        # copy_context() makes and enters the thread's first context on its way.
        _copy_context()
        context = _get_context()
    return context


class ContextVar:
    """A variable whose value depends on the current Context."""
    __module__ = '_contextvars'

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        """The value in the current context, else the default given here, else the variable's."""
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        context = _get_context()
        if context is None:
            context = _current()
        value = context._values.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Set the value in the current context; the Token lets reset() undo it."""
        context = _current()
        old = context._values.get(self, _MISSING)
        context._own_values()[self] = value
        return Token(context, self, old)

    def reset(self, token):
        """Restore the value the variable had before the set() that returned token."""
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        context = _current()
        if token._context is not context:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old is _MISSING:
            context._own_values().pop(self, None)
        else:
            context._own_values()[self] = token._old
        token._used = True

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(GenericAlias)


_register_var_type(ContextVar)


class Token:
    """What ContextVar.set() returns: the variable and its value before the set."""
    __module__ = '_contextvars'
    MISSING = _MISSING

    def __init__(self, context, var, old):
        self._context = context
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"

    __class_getitem__ = classmethod(GenericAlias)
