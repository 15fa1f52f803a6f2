"""Binding call arguments to a signature built at run time, with the TypeError messages CPython
gives for a def with that signature. CPython's namedtuple and dataclasses generate their
__new__/__init__ source with exec; PyPack builds them as closures that bind through here."""

_MISSING = object()


def _listed(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def bind(qualname, positional, defaults, kwonly, kwdefaults, args, kwargs, skip=1):
    """Values for positional + kwonly parameter names, in order.

    defaults: values of the last positional parameters; kwdefaults: dict for keyword-only ones.
    skip: leading parameters already bound (self/cls), counted in CPython's messages.
    """
    n = len(positional)
    values = list(args[:n])
    values.extend([_MISSING] * (n - len(values)))
    kwvalues = {}
    for key, value in kwargs.items():
        if key in positional:
            index = positional.index(key)
            if values[index] is not _MISSING:
                raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
            values[index] = value
        elif key in kwonly:
            kwvalues[key] = value
        else:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
    if len(args) > n:
        required = n - len(defaults)
        if required == n:
            takes = f"{n + skip} positional argument{'s' if n + skip != 1 else ''}"
        else:
            takes = f"from {required + skip} to {n + skip} positional arguments"
        given = len(args) + skip
        if kwvalues:
            k = len(kwvalues)
            raise TypeError(f"{qualname}() takes {takes} but {given} positional argument{'s' if given != 1 else ''} "
                            f"(and {k} keyword-only argument{'s' if k != 1 else ''}) were given")
        raise TypeError(f"{qualname}() takes {takes} but {given} {'was' if given == 1 else 'were'} given")
    first_default = n - len(defaults)
    missing = []
    for index in range(n):
        if values[index] is _MISSING:
            if index >= first_default:
                values[index] = defaults[index - first_default]
            else:
                missing.append(positional[index])
    if missing:
        raise TypeError(f"{qualname}() missing {len(missing)} required positional "
                        f"argument{'s' if len(missing) > 1 else ''}: {_listed(missing)}")
    missing = []
    for name in kwonly:
        if name in kwvalues:
            values.append(kwvalues[name])
        elif name in kwdefaults:
            values.append(kwdefaults[name])
        else:
            values.append(_MISSING)
            missing.append(name)
    if missing:
        raise TypeError(f"{qualname}() missing {len(missing)} required keyword-only "
                        f"argument{'s' if len(missing) > 1 else ''}: {_listed(missing)}")
    return values
