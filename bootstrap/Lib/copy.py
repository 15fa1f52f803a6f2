"""Shallow and deep copy operations (CPython's copy, written for PyPack).

Instances are copied as CPython's object.__reduce_ex__(4) describes them (a new object from
cls.__new__ and the old one's state), unless their class defines __copy__/__deepcopy__,
__reduce_ex__ or __reduce__.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


_atomic_types = {type(None), int, float, bool, complex, str, tuple, bytes, frozenset,
                 type, range, slice, property, type(Ellipsis), type(NotImplemented),
                 types.BuiltinFunctionType, types.FunctionType}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)

    if cls in _atomic_types:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)

    if issubclass(cls, type):
        return x

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    if cls in _atomic_types and cls is not tuple and cls is not frozenset:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is types.MethodType:
        y = type(x)(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple may have been copied while copying its own items (through a list).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive as long as the memo, so ids are not reused during the copy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x, cls):
    """What x.__reduce_ex__(4) gives: the class's own __reduce_ex__ or __reduce__ when it
    defines one, else object's description (cls.__new__, then the state)."""
    if getattr(cls, "__reduce_ex__", None) is not getattr(object, "__reduce_ex__", None):
        return x.__reduce_ex__(4)
    if getattr(cls, "__reduce__", None) is not getattr(object, "__reduce__", None):
        return x.__reduce__()
    if cls in (set, frozenset):
        return cls, (list(x),), None
    getnewargs = getattr(x, "__getnewargs__", None)
    args = getnewargs() if getnewargs is not None else ()
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        state = x.__getstate__()
    else:
        state = _object_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls,) + tuple(args), state, listitems, dictitems


def _object_state(x, cls):
    """object.__getstate__(): the instance dict, plus slot values as a second dict."""
    state = getattr(x, "__dict__", None)
    if state is not None and not state:
        state = None
    slots = {}
    for klass in cls.__mro__:
        # getattr also finds a base's __slots__ from a subclass: the names are read once each.
        names = getattr(klass, "__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = klass.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            if name in slots:
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y

