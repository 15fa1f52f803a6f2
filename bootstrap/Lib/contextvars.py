"""Context variables: values that belong to the running context. A Context maps ContextVar objects
to values; run() enters one. Each thread has its own current context (kept in _threadstate), and a
new thread starts in an empty one, as in CPython."""

from types import GenericAlias

from _threadstate import get_context as _get_context, set_context as _set_context

from _types import hide_from_tracebacks as _c_level

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


class Context:
    """A mapping of ContextVar to value; copies are independent."""
    # CPython's classes come from its C module _contextvars, and their names show it.
    __module__ = '_contextvars'

    def __init__(self):
        # Copies share one dict until either side is changed (copy-on-write: a task copies the
        # context when it starts, and most never set a variable). _owned: the dict is ours alone.
        self._values = _EMPTY
        self._owned = False
        self._entered = False

    def _own_values(self):
        """The dict of values, made this context's own first if it is shared; for changing it."""
        values = self._values
        if not self._owned:
            values = self._values = dict(values)
            self._owned = True
        return values

    # C in CPython: no frame of its own in tracebacks.
    @_c_level
    def run(self, callable, *args, **kwargs):
        """Call callable(*args, **kwargs) with this context current; its set() calls stay here."""
        return self._run_args(callable, args, kwargs)

    # asyncio's Handle runs every callback through here with the tuple it holds: no *args tuple
    # and no **kwargs dict made per callback (the compiled run() gets a new dict for each call).
    @_c_level
    def _run_args(self, callable, args, kwargs=None):
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        previous = _get_context()
        self._entered = True
        _set_context(self)
        try:
            return callable(*args) if kwargs is None else callable(*args, **kwargs)
        finally:
            _set_context(previous)
            self._entered = False

    def copy(self):
        other = Context()
        other._values = self._values
        self._owned = False
        return other

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._values[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._values.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._values

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._values == other._values

    __hash__ = None


# What a new context starts with; never changed (see Context._own_values).
_EMPTY = {}


def _current():
    """This thread's current context, made (empty) on the thread's first use."""
    context = _get_context()
    if context is None:
        context = Context()
        _set_context(context)
    return context


def copy_context():
    """A copy of the current context."""
    # Once per asyncio callback and task: the made-on-first-use path is taken out of line.
    context = _get_context()
    if context is None:
        context = _current()
    return context.copy()


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
