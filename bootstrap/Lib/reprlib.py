"""reprlib: Repr (size-limited reprs) and recursive_repr, written for PyPack from CPython 3.11's
documentation and observed output."""

__all__ = ['Repr', 'repr', 'recursive_repr']

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
        return guarded

    return decorate


_builtin_repr = repr  # this module's own repr (below) shadows it


def _in_order(items):
    # Sorted when the items can be compared, else in iteration order.
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """repr() with limits: how deep containers are shown, how many items of each kind, how long
    strings, ints and other reprs get. Subclasses add repr_<typename>(obj, level) methods."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        kind = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + kind, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _shorten(self, text, limit):
        # Keep the start and the end around the fill value, limit - 3 characters in all.
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _items(self, items, level, left, right, limit, trail=''):
        count = len(items)
        if count == 0:
            return left + right
        if level <= 0:
            return left + self.fillvalue + right
        shown = [self.repr1(item, level - 1) for item in items[:limit]]
        if count > limit:
            shown.append(self.fillvalue)
        elif count == 1 and trail:
            return left + shown[0] + trail + right
        return left + ', '.join(shown) + right

    def repr_tuple(self, x, level):
        return self._items(list(x), level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._items(list(x), level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._items(list(x), level, "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._items(_in_order(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._items(_in_order(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._items(list(x), level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        shown = []
        for key in _in_order(x)[:self.maxdict]:
            shown.append('%s: %s' % (self.repr1(key, level - 1), self.repr1(x[key], level - 1)))
        if len(x) > self.maxdict:
            shown.append(self.fillvalue)
        return '{' + ', '.join(shown) + '}'

    def repr_str(self, x, level):
        text = _builtin_repr(x[:self.maxstring])
        if len(text) > self.maxstring:
            # Shorten the string first, then its repr, so no escape sequence is cut in two.
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            text = _builtin_repr(x[:head] + x[len(x) - tail:])
            text = text[:head] + self.fillvalue + text[len(text) - tail:]
        return text

    def repr_int(self, x, level):
        return self._shorten(_builtin_repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = _builtin_repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._shorten(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
