# A layered configuration object as deployment tools write them: attribute access through
# __getattr__ and properties, validating descriptors, mapping and comparison dunders, errors
# reported with traceback.TracebackException and AttributeError's name/obj, and a final
# unhandled error with its traceback.
import sys
import traceback


class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.slot, value)


class Section:
    port = Typed(int, 8080)
    host = Typed(str, "localhost")

    def __init__(self, name, values=None, parent=None):
        self.__dict__["_name"] = name
        self.__dict__["_values"] = dict(values or {})
        self.__dict__["_parent"] = parent

    def __getattr__(self, key):
        values = self.__dict__["_values"]
        if key in values:
            return values[key]
        parent = self.__dict__["_parent"]
        if parent is not None:
            return getattr(parent, key)
        raise AttributeError(f"section {self._name!r} has no setting {key!r}")

    def __setattr__(self, key, value):
        if key in type(self).__dict__ or key.startswith("_"):
            object.__setattr__(self, key, value)
        else:
            self._values[key] = value

    def __delattr__(self, key):
        try:
            del self._values[key]
        except KeyError:
            raise AttributeError(key) from None

    def __getitem__(self, key):
        try:
            return getattr(self, key)
        except AttributeError as e:
            raise KeyError(key) from e

    def __contains__(self, key):
        return hasattr(self, key)

    def __iter__(self):
        seen = set()
        node = self
        while node is not None:
            for k in node._values:
                if k not in seen:
                    seen.add(k)
                    yield k
            node = node._parent

    def __len__(self):
        return sum(1 for _ in self)

    def __eq__(self, other):
        if not isinstance(other, Section):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def items(self):
        return [(k, self[k]) for k in self]

    def __repr__(self):
        return f"Section({self._name!r}, {len(self)} keys)"

    @property
    def url(self):
        return f"http://{self.host}:{self.port}/{self.prefix}"

    @property
    def broken(self):
        return self.missing_setting


class Frozen(Section):
    def __setattr__(self, key, value):
        raise AttributeError(f"{type(self).__name__} is read-only", name=key, obj=self)


def report(exc):
    te = traceback.TracebackException.from_exception(exc)
    print("  type:", te.exc_type.__name__)
    print("  only:", "".join(te.format_exception_only()).strip())
    frames = [f"{f.name}:{f.line}" for f in te.stack]
    print("  frames:", frames)
    if te.__cause__ is not None:
        print("  cause:", "".join(te.__cause__.format_exception_only()).strip())
    print("  lines:", len(list(te.format())), "chunks")


def main():
    base = Section("base", {"prefix": "api", "debug": False, "workers": 2})
    prod = Section("prod", {"workers": 8}, parent=base)
    prod.port = 443
    prod.host = "example.org"
    print(prod, base)
    print(prod.url, base.url)
    print("workers:", prod.workers, base.workers, prod["debug"])
    print("keys:", list(prod), len(prod), "prefix" in prod, "nope" in prod)
    print("equal:", prod == base, Section("x", {"a": 1}) == Section("y", {"a": 1}), prod == 3)
    try:
        hash(prod)
    except TypeError as e:
        print("TypeError:", e)
    try:
        prod.port = "443"
    except TypeError as e:
        print("TypeError:", e)
    print(vars(prod).keys() - {"_name"}, Section.port.default, type(Section.__dict__["host"]).__name__)

    for attr in ("timeout", "broken"):
        try:
            getattr(prod, attr)
        except AttributeError as e:
            print(f"AttributeError on {attr}: {e} | name={e.name!r} obj={e.obj!r}")
    print("default via getattr:", getattr(prod, "timeout", 30), getattr(prod, "broken", "n/a"))
    try:
        prod.timeout
    except AttributeError as e:
        print("direct:", e.name, e.obj is base)
    try:
        prod["timeout"]
    except KeyError as e:
        print("KeyError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__.name)
        report(e)
    del prod.workers
    print("after del:", prod.workers)
    try:
        del prod.workers
    except AttributeError as e:
        print("del again:", repr(e), e.name)
    frozen = Frozen("frozen", {"a": 1})
    try:
        frozen.a = 2
    except AttributeError as e:
        print("frozen:", e, e.name, e.obj is frozen)
    try:
        object().missing
    except AttributeError as e:
        print("object:", e, e.name, type(e.obj).__name__)
    try:
        (3).real = 4
    except AttributeError as e:
        print("int:", e)

    try:
        int("x" + str(prod.port))
    except ValueError as e:
        report(e)
    te = traceback.TracebackException(ZeroDivisionError, ZeroDivisionError("division by zero"), None)
    print("bare:", list(te.format()))
    print("summary:", traceback.StackSummary.from_list([("app.py", 3, "main", "run()")]).format())
    try:
        try:
            {}["k"]
        except KeyError:
            raise LookupError("lookup failed")
    except LookupError as e:
        te = traceback.TracebackException.from_exception(e)
        print("context:", te.__context__.exc_type.__name__, te.__suppress_context__)
        print("".join(te.format(chain=True)).count("Traceback"), "tracebacks")
    sys.stdout.flush()
    print(prod.url.upper(), base.broken)


if __name__ == "__main__":
    main()
