"""Shallow and deep copies (copy.copy, copy.deepcopy) for PyPack.

Written from the documented behaviour of CPython 3.11's copy. A class may take over with
__copy__/__deepcopy__, or describe itself for pickling with __reduce_ex__/__reduce__; other
instances are rebuilt as object.__reduce_ex__(4) describes them: cls.__new__(cls, *newargs)
and then the state (the instance dict and slot values, or __getstate__()'s result).
"""

import copyreg
import types
from _pypack_copy import copy_plain as _copy_plain

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error  # the old name, kept as CPython keeps it

# Objects that are their own copy, shallow or deep.
_SAME = frozenset([type(None), type(Ellipsis), type(NotImplemented), bool, int, float, complex,
                   str, bytes, range, type, property, types.FunctionType,
                   types.BuiltinFunctionType])
# Immutable containers: their own shallow copy; a deep copy looks inside.
_SAME_SHALLOW = _SAME | {tuple, frozenset, slice}
# Mutable built-ins with a copy() method.
_HAS_COPY_METHOD = frozenset([list, dict, set, bytearray])
# Built-in kinds that object.__reduce_ex__ refuses (no way to make a new one).
_NOT_COPYABLE = frozenset([types.GeneratorType, types.ModuleType])


def copy(x):
    """A shallow copy of x: a new container holding the same items."""
    kind = type(x)
    if kind in _SAME_SHALLOW:
        return x
    if kind in _HAS_COPY_METHOD:
        return kind.copy(x)
    if issubclass(kind, type):
        return x
    own = getattr(kind, "__copy__", None)
    if own is not None:
        return own(x)
    result = _copy_plain(x, None, None)
    if result is not NotImplemented:
        return result
    recipe = _recipe(x, kind)
    if isinstance(recipe, str):
        # A global's name: the object stands for itself.
        return x
    return _rebuild(x, None, *recipe)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: its items copied too, each shared object copied once (memo maps
    id(original) -> copy, so shared and recursive structures keep their shape)."""
    kind = type(x)
    if kind in _SAME:
        # Its own copy, never stored in the memo: no id() or memo probe for the scalars that
        # make up most of a structure (CPython 3.14's deepcopy skips them the same way; only a
        # memo seeded by hand with an int's or str's id could tell).
        return x
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done

    if issubclass(kind, type):
        result = x
    elif kind is list:
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
    elif kind is dict:
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif kind is tuple:
        result = _deepcopy_tuple(x, memo)
    elif kind is types.MethodType:
        # The same function bound to a copy of the instance (PyPack's method type cannot be
        # called, the function's __get__ binds it).
        function = x.__func__
        owner = deepcopy(x.__self__, memo)
        bind = getattr(function, "__get__", None)
        result = bind(owner) if bind is not None else kind(function, owner)
    else:
        # An instance object's default recipe describes is copied natively, as _rebuild would.
        result = _copy_plain(x, memo, deepcopy)
        if result is NotImplemented:
            own = getattr(x, "__deepcopy__", None)
            if own is not None:
                result = own(memo)
            else:
                recipe = _recipe(x, kind)
                result = x if isinstance(recipe, str) else _rebuild(x, memo, *recipe)

    if result is not x:
        memo[key] = result
        # Hold on to x while the memo lives, so its id is not reused by a new object.
        memo.setdefault(id(memo), []).append(x)
    return result


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # Copying the items may have copied this very tuple (through a list holding it).
    if id(x) in memo:
        return memo[id(x)]
    if all(new is old for new, old in zip(items, x)):
        return x
    return tuple(items)


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _new_object_kw(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _recipe(x, kind):
    """What copyreg's dispatch table or x.__reduce_ex__(4) returns: a string, or (callable,
    args[, state[, listitems[, dictitems]]])."""
    reductor = copyreg.dispatch_table.get(kind)
    if reductor is not None:
        return reductor(x)
    if getattr(kind, "__reduce_ex__", None) is not getattr(object, "__reduce_ex__", None):
        return x.__reduce_ex__(4)
    if getattr(kind, "__reduce__", None) is not getattr(object, "__reduce__", None):
        return x.__reduce__()
    if kind in _NOT_COPYABLE:
        raise TypeError(f"cannot pickle '{kind.__name__}' object")
    if kind in (set, frozenset):
        return kind, (list(x),), None
    if kind is slice:
        return slice, (x.start, x.stop, x.step)
    with_keywords = getattr(x, "__getnewargs_ex__", None)
    if with_keywords is not None:
        args, kwargs = with_keywords()
        if kwargs:
            make, make_args = _new_object_kw, (kind, tuple(args), dict(kwargs))
        else:
            make, make_args = _new_object, (kind, *args)
    else:
        plain = getattr(x, "__getnewargs__", None)
        make, make_args = _new_object, (kind, *(plain() if plain is not None else ()))
    custom_state = getattr(kind, "__getstate__", None)
    if custom_state is not None and custom_state is not getattr(object, "__getstate__", None):
        state = x.__getstate__()
    else:
        state = _default_state(x, kind)
    list_items = iter(x) if isinstance(x, list) else None
    dict_items = iter(x.items()) if isinstance(x, dict) else None
    return make, make_args, state, list_items, dict_items


def _default_state(x, kind):
    """object.__getstate__(): the instance dict (None when empty), with the set slots as a
    second dict when there are any."""
    attributes = getattr(x, "__dict__", None) or None
    slots = {}
    # The class's __slotnames__, which copyreg works out and stores on it the first time.
    for name in copyreg._slotnames(kind):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass  # a slot never assigned
    return (attributes, slots) if slots else attributes


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    """Make the copy a reduce recipe describes; memo is None for a shallow copy."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        restore = getattr(y, "__setstate__", None)
        if restore is not None:
            restore(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                y.__dict__.update(state)
            if slots:
                for name, value in slots.items():
                    setattr(y, name, value)

    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
