# Properties across inheritance: overriding getters, extending setters with super(), deleters, property attributes.
class Base:
    def __init__(self):
        self._name = "base"

    @property
    def name(self):
        """The name."""
        return self._name

    @name.setter
    def name(self, value):
        self._name = value.strip()

    @name.deleter
    def name(self):
        print("deleting name")
        self._name = None


class Loud(Base):
    @property
    def name(self):
        return super().name.upper()

    @name.setter
    def name(self, value):
        Base.name.fset(self, value + "!")


class OnlyGetter(Base):
    @Base.name.getter
    def name(self):
        return f"<{self._name}>"


b = Base()
b.name = "  spaced  "
print(repr(b.name))
del b.name
print(b.name)
lo = Loud()
lo.name = " hi "
print(lo.name, lo._name)
try:
    del lo.name
except AttributeError as e:
    print(type(e).__name__, e)
og = OnlyGetter()
og.name = " x "
print(og.name)
del og.name
print(Base.name.__doc__, Loud.name.__doc__, OnlyGetter.name.__doc__)
print(type(Base.name).__name__, Base.name.fget.__name__, Loud.name.fdel, OnlyGetter.name.fset is Base.name.fset)


class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h

    area = property(lambda self: self.w * self.h, doc="w times h")


c = Computed(2, 5)
print(c.area, Computed.area.__doc__)
try:
    c.area = 3
except AttributeError as e:
    print(type(e).__name__, e)


class Shadow:
    value = property(lambda self: "from property")


s = Shadow()
s.__dict__["value"] = "from dict"
print(s.value)


class Plain:
    value = "class attr"


p = Plain()
p.__dict__["value"] = "instance attr"
print(p.value)


class Cached:
    def __init__(self):
        self.computations = 0

    @property
    def expensive(self):
        if "_cache" not in self.__dict__:
            self.computations += 1
            self._cache = sum(range(100))
        return self._cache


cc = Cached()
print(cc.expensive, cc.expensive, cc.computations)


class ErrInGetter:
    @property
    def broken(self):
        return self.missing_attribute


try:
    ErrInGetter().broken
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(ErrInGetter(), "broken"), getattr(ErrInGetter(), "broken", "default"))
