"""Pickling support registry (copyreg) for PyPack.

Written from the documented behaviour of CPython 3.11's copyreg: the reduction functions pickle
and copy use for types that do not describe themselves (dispatch_table), the constructors the
recipes of object.__reduce_ex__ name (__newobj__, __newobj_ex__, _reconstructor), and the
extension registry (add_extension) behind pickle's EXT opcodes. object.__reduce_ex__ itself is
native; it calls _common_reduce here for what CPython's copyreg and typeobject.c work out.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function(obj) -> reduce tuple as the way to pickle ob_type's objects."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    """Rebuild an object pickled with protocol 0 or 1: cls made by base's constructor."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


# Built-in types whose instances (and subclasses' instances) are made from one value of the
# type: the argument their __new__ needs when a subclass instance is unpickled.
_VALUE_TYPES = (int, float, complex, str, bytes, tuple, frozenset)


def _builtin_base(cls):
    """The first class of cls's MRO that is built in (object at the latest): the part of an
    instance that a class written in Python cannot make by itself."""
    for klass in cls.__mro__:
        if klass.__module__ == "builtins":
            return klass
    return object


def _new_arguments(obj):
    """(args, kwargs) from __getnewargs_ex__ or __getnewargs__; (None, None) when neither."""
    with_keywords = getattr(obj, "__getnewargs_ex__", None)
    if with_keywords is not None:
        result = with_keywords()
        if not isinstance(result, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(result).__name__}'")
        if len(result) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(result)}")
        args, kwargs = result
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{type(kwargs).__name__}'")
        return args, kwargs
    plain = getattr(obj, "__getnewargs__", None)
    if plain is not None:
        args = plain()
        if not isinstance(args, tuple):
            raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
        return args, None
    # Built-in value types have __getnewargs__ in CPython: their value is the argument.
    for kind in _VALUE_TYPES:
        if isinstance(obj, kind):
            return (kind(obj),), None
    return None, None


def _slotnames(cls):
    """The names of the slots cls's instances have (mangled as stored), cached on the class."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__", ())
            if isinstance(declared, str):
                declared = (declared,)
            for name in declared:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    owner = klass.__name__.lstrip("_")
                    if owner:
                        name = f"_{owner}{name}"
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


def _default_state(obj, required):
    """object.__getstate__'s answer: the instance dict (None when empty), paired with a dict of
    the slots that hold a value when the class has slots."""
    cls = type(obj)
    if required and cls.__module__ == "builtins" and cls is not object:
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    state = getattr(obj, "__dict__", None) or None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


_bound_builtin = type(object().__getstate__)


def _state(obj, required):
    # object.__getstate__ bound to obj is the default; anything else obj.__getstate__ finds (the
    # class's own, or one set on the instance) is called.
    getstate = obj.__getstate__
    if (type(obj).__getstate__ is object.__getstate__ and type(getstate) is _bound_builtin
            and getstate.__self__ is obj):
        return _default_state(obj, required)
    return getstate()


def _common_reduce(obj, protocol):
    """What object.__reduce_ex__(protocol) gives for a class that does not override __reduce__."""
    if protocol < 2:
        return _reduce_ex(obj, protocol)
    cls = type(obj)
    args, kwargs = _new_arguments(obj)
    if not kwargs:
        recipe, new_args = __newobj__, (cls,) + (args or ())
    else:
        recipe, new_args = __newobj_ex__, (cls, args, kwargs)
    state = _state(obj, not (args is not None or isinstance(obj, (list, dict))))
    list_items = iter(obj) if isinstance(obj, list) else None
    dict_items = iter(obj.items()) if isinstance(obj, dict) else None
    return recipe, new_args, state, list_items, dict_items


def _reduce_ex(obj, protocol):
    """The protocol 0 and 1 recipe: _reconstructor(cls, base, base's value) and the state."""
    cls = obj.__class__
    base = _builtin_base(cls)
    if base is object:
        value = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        value = base(obj)
    args = (cls, base, value)
    getstate = getattr(obj, "__getstate__", None)
    if getstate is not None and type(obj).__getstate__ is object.__getstate__ and _slotnames(cls) and not hasattr(obj, "__dict__"):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    if getstate is not None and type(obj).__getstate__ is not object.__getstate__:
        state = getstate()
    else:
        state = getattr(obj, "__dict__", None)
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


# The extension registry: (module, name) <-> code, for pickles that name common globals by a
# small number (EXT1/EXT2/EXT4).
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError(f"key {key} is already registered with code {_extension_registry[key]}")
    if code in _inverted_registry:
        raise ValueError(f"code {code} is already in use for key {_inverted_registry[code]}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code. For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
