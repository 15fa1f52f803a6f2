"""Abstract base classes: abc as the CPython 3.11 documentation describes it, written for PyPack.

A class made by ABCMeta records the names of its abstract methods in __abstractmethods__ (a
frozenset). Assigning that attribute is what makes object.__new__ refuse to instantiate the class:
PyPack's runtime keeps that flag per class, as CPython's does, so update_abstractmethods() and a
plain assignment work too. isinstance() and issubclass() call ABCMeta.__instancecheck__ and
__subclasscheck__, which ask the class's __subclasshook__, then its real and virtual (registered)
subclasses, caching the answers until the next register() anywhere.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Marks a method abstract: a class with ABCMeta cannot be instantiated until it is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The three deprecated spellings (abstractmethod stacked under the builtin decorator replaces them).
class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


# Bumped by every register(): negative cache entries older than it may be wrong now.
_invalidation_counter = 0


def get_cache_token():
    """The current version of the ABC caches: it changes whenever a class is registered."""
    return _invalidation_counter


class _AbcState:
    """Per-ABC bookkeeping: registered virtual subclasses and the cached subclass answers."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        # dicts used as ordered sets: classes are hashable by identity
        self.registry = {}
        self.cache = {}
        self.negative_cache = {}
        self.negative_version = _invalidation_counter


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False)


def _abstract_names(cls, own_items, bases):
    names = {name for name, value in own_items if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass of abstract base classes, which may also be given virtual subclasses by register()."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items(), bases)
        cls._abc_impl = _AbcState()
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of this ABC and returns it (usable as a decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry[subclass] = None
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        state = cls._abc_impl
        subclass = instance.__class__
        if subclass in state.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if state.negative_version == _invalidation_counter and subclass in state.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = cls._abc_impl
        if subclass in state.cache:
            return True
        if state.negative_version < _invalidation_counter:
            state.negative_cache.clear()
            state.negative_version = _invalidation_counter
        elif subclass in state.negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (state.cache if answer else state.negative_cache)[subclass] = None
            return answer
        if cls in subclass.__mro__ or any(issubclass(subclass, r) for r in state.registry) \
                or any(issubclass(subclass, s) for s in type.__subclasses__(cls)):
            state.cache[subclass] = None
            return True
        state.negative_cache[subclass] = None
        return False

    def _abc_registry_clear(cls):
        """Forgets the registered virtual subclasses (for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forgets the cached answers (for tests)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or replaced; returns cls."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__.items(), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class whose subclasses are abstract base classes (its metaclass is ABCMeta)."""
    __slots__ = ()
