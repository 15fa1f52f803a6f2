"""inspect: what a program can learn about its own live objects.

Written for PyPack from CPython 3.11's documentation and observed behaviour. Code is compiled
ahead of time, so there is no bytecode; code objects carry the names, counts and flags that
signatures are read from. PyPack's builtins carry no text signatures: signature() of a builtin
function or type raises the ValueError CPython gives for one without.
"""

import sys
import enum
import functools
import linecache
import os
import types
from collections import namedtuple
from keyword import iskeyword

__all__ = [
    'BoundArguments', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR', 'CO_ITERABLE_COROUTINE',
    'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED', 'CO_VARARGS', 'CO_VARKEYWORDS',
    'FullArgSpec', 'Parameter', 'Signature', 'cleandoc', 'currentframe', 'findsource',
    'formatannotation', 'get_annotations', 'getattr_static', 'getcallargs', 'getdoc', 'getfile',
    'getfullargspec', 'getgeneratorstate', 'getcoroutinestate', 'getmembers', 'getmembers_static',
    'getmodule', 'getmodulename', 'getmro', 'getsource', 'getsourcefile', 'getsourcelines',
    'isabstract', 'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass',
    'iscode', 'iscoroutine', 'iscoroutinefunction', 'isdatadescriptor', 'isframe', 'isfunction',
    'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor', 'ismemberdescriptor',
    'ismethod', 'ismethoddescriptor', 'ismodule', 'isroutine', 'istraceback', 'signature',
    'stack', 'unwrap', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED',
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED',
]

# The bits of code.co_flags (CPython's values).
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 0x10, 0x20, 0x40, 0x80
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 0x100, 0x200
TPFLAGS_IS_ABSTRACT = 0x100000

# The runtime's own callables and method descriptors, found from samples: never "user-defined"
# (CPython's slot wrappers, method-wrappers, builtin functions and method descriptors).
_NATIVE_CALLABLES = tuple({type(len), type(str.join), type(object.__init__),
                           type(object().__str__), type(dict.__dict__['fromkeys'])})
_NATIVE_METHOD_DESCRIPTORS = (type(str.join), type(object.__init__), type(dict.__dict__['fromkeys']))
_FRAME = types.FrameType
_CODE = types.CodeType
_DYNAMIC_CLASS_ATTRIBUTE = getattr(types, 'DynamicClassAttribute', ())
_MISSING = object()


# ---------------------------------------------------------------- what kind of object

def ismodule(object):
    """Whether object is a module."""
    return type(object) is types.ModuleType or isinstance(object, types.ModuleType)


def isclass(object):
    """Whether object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Whether object is a bound method of a Python function."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Whether object is a Python function (def or lambda)."""
    return isinstance(object, types.FunctionType)


def _type_has(object, *names):
    kind = type(object)
    return any(hasattr(kind, n) for n in names)


def ismethoddescriptor(object):
    """Whether object is a method descriptor: __get__ without __set__, and not a class,
    method or function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, _NATIVE_METHOD_DESCRIPTORS):
        return True
    return _type_has(object, "__get__") and not _type_has(object, "__set__")


def isdatadescriptor(object):
    """Whether object is a data descriptor: its type has __set__ or __delete__."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    return _type_has(object, "__set__", "__delete__")


def ismemberdescriptor(object):
    """Whether object is a member descriptor (an entry of __slots__)."""
    return isdatadescriptor(object) and type(object).__name__ == 'member_descriptor'


def isgetsetdescriptor(object):
    """Whether object is a getset descriptor of a native type."""
    return isdatadescriptor(object) and type(object).__name__ == 'getset_descriptor'


def _code_flags(f):
    """co_flags of the function behind methods and partials, or 0 for anything else."""
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            break
    if isfunction(f) or _looks_like_function(f):
        return f.__code__.co_flags
    return 0


def isgeneratorfunction(obj):
    """Whether obj is a generator function (or a method or partial of one)."""
    return bool(_code_flags(obj) & CO_GENERATOR)


def iscoroutinefunction(obj):
    """Whether obj is an async def function (or a method or partial of one)."""
    return bool(_code_flags(obj) & CO_COROUTINE)


def isasyncgenfunction(obj):
    """Whether obj is an async generator function (or a method or partial of one)."""
    return bool(_code_flags(obj) & CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Whether object is an async generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Whether object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Whether object is a coroutine made by an async def function."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Whether `await object` is allowed."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return _type_has(object, '__await__')


def istraceback(object):
    """Whether object is a traceback."""
    kind = type(object)
    return kind.__name__ == 'traceback' and kind.__module__ == 'builtins'


def isframe(object):
    """Whether object is a frame."""
    return isinstance(object, _FRAME)


def iscode(object):
    """Whether object is a code object."""
    return isinstance(object, _CODE)


def isbuiltin(object):
    """Whether object is a builtin function or a bound builtin method."""
    return isinstance(object, types.BuiltinFunctionType)


def isroutine(object):
    """Whether object is a function or method of any kind."""
    return any(test(object) for test in (isbuiltin, isfunction, ismethod, ismethoddescriptor))


def isabstract(object):
    """Whether object is a class with abstract methods left."""
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', None))


# ---------------------------------------------------------------- members

def getmro(cls):
    """cls and its bases in method resolution order."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """The (name, value) pairs of object's attributes, sorted by name, those for which
    predicate is true when one is given."""
    return _members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """As getmembers, but read without running descriptors or __getattr__."""
    return _members(object, predicate, getattr_static)


def _members(object, predicate, read):
    is_class = isclass(object)
    names = dir(object)
    if is_class:
        # Attributes a DynamicClassAttribute hides from dir() on the class are still members.
        names += [name for base in object.__bases__ for name, value in base.__dict__.items()
                  if isinstance(value, _DYNAMIC_CLASS_ATTRIBUTE)]
    found = {}
    for name in names:
        if name in found:
            value = _MISSING
        else:
            try:
                value = read(object, name)
            except AttributeError:
                value = _MISSING
        if value is _MISSING:
            # Unreadable (or listed twice): take the raw class attribute, if any.
            owners = (object,) + object.__mro__ if is_class else ()
            value = next((owner.__dict__[name] for owner in owners if name in owner.__dict__), _MISSING)
            if value is _MISSING:
                continue
        found.setdefault(name, value)
        if predicate and not predicate(value):
            found[name] = _MISSING
    return sorted(((n, v) for n, v in found.items() if v is not _MISSING), key=lambda item: item[0])


def _class_lookup(klass, name):
    """The first raw entry for name in klass's MRO dicts, or _MISSING."""
    for owner in klass.__mro__:
        entries = owner.__dict__
        if name in entries:
            return entries[name]
    return _MISSING


def getattr_static(obj, attr, default=_MISSING):
    """obj.attr as stored, without running descriptors, __getattr__ or __getattribute__."""
    is_type = isinstance(obj, type)
    klass = obj if is_type else type(obj)
    own = _MISSING
    if not is_type and type not in klass.__mro__:
        try:
            own_dict = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            own_dict = None
        if own_dict is not None:
            own = dict.get(own_dict, attr, _MISSING)
    inherited = _class_lookup(klass, attr)
    if own is not _MISSING and inherited is not _MISSING:
        # A data descriptor in the class wins over the instance's own value.
        kind = type(inherited)
        if _class_lookup(kind, '__get__') is not _MISSING and (
                _class_lookup(kind, '__set__') is not _MISSING or _class_lookup(kind, '__delete__') is not _MISSING):
            return inherited
    for candidate in (own, inherited):
        if candidate is not _MISSING:
            return candidate
    if is_type:
        meta = _class_lookup(type(klass), attr)
        if meta is not _MISSING:
            return meta
    if default is _MISSING:
        raise AttributeError(attr)
    return default


# ---------------------------------------------------------------- documentation

def cleandoc(doc):
    """A docstring with tabs expanded, the indentation common to its lines after the first
    removed, and blank lines at either end dropped."""
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    cut = min(indents) if indents else 0
    body = [lines[0].lstrip()] + [line[cut:] for line in lines[1:]]
    first = 0
    while first < len(body) and not body[first]:
        first += 1
    last = len(body)
    while last > first and not body[last - 1]:
        last -= 1
    return '\n'.join(body[first:last])


def _defining_class(func):
    """The class a function was defined in, found through its module and qualified name."""
    holder = sys.modules.get(func.__module__)
    for part in func.__qualname__.split('.')[:-1]:
        holder = getattr(holder, part)
    return holder if isclass(holder) else None


def _inherited_doc(obj):
    """The docstring obj inherits: a class's from its bases, a method's or property's from
    the same name on the bases of its class."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is object:
                continue
            doc = getattr(base, '__doc__', None)
            if doc is not None:
                return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        same = isclass(owner) and getattr(getattr(owner, name, None), '__func__') is obj.__func__
        cls = owner if same else type(owner)
    elif isfunction(obj) or isinstance(obj, property):
        func = obj if isfunction(obj) else obj.fget
        name = func.__name__
        cls = _defining_class(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        owner = obj.__self__
        cls = owner if isclass(owner) and owner.__qualname__ + '.' + name == obj.__qualname__ else type(owner)
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = obj.__name__
        cls = obj.__objclass__
        if getattr(cls, name) is not obj:
            return None
        slots = getattr(cls, '__slots__', None) if ismemberdescriptor(obj) else None
        if isinstance(slots, dict) and name in slots:
            return slots[name]
    else:
        return None
    for base in cls.__mro__:
        doc = getattr(getattr(base, name, None), '__doc__', None)
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """object's docstring cleaned up by cleandoc(), or the one it inherits when it has none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    return cleandoc(doc) if isinstance(doc, str) else None


# ---------------------------------------------------------------- modules and files

def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    try:
        wanted = getabsfile(object, _filename)
    except (TypeError, FileNotFoundError):
        return None
    for module in list(sys.modules.values()):
        path = getattr(module, '__file__', None)
        if isinstance(path, str) and os.path.normcase(os.path.abspath(path)) == wanted:
            return module
    return None


def _code_of(object):
    """The code object behind a method, function, traceback or frame, else object itself."""
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        return object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        return object.f_code
    return object


def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        path = getattr(object, '__file__', None)
        if not path:
            raise TypeError(f'{object!r} is a built-in module')
        return path
    if isclass(object):
        if hasattr(object, '__module__'):
            path = getattr(sys.modules.get(object.__module__), '__file__', None)
            if path:
                return path
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    code = _code_of(object)
    if iscode(code):
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was '
                    f'expected, got {type(object).__name__}')


def getmodulename(path):
    """The module name a file's path gives (tool.py -> tool), or None."""
    base = os.path.basename(path)
    stem, dot, suffix = base.rpartition('.')
    if dot and stem and suffix in ('py', 'pyc'):
        return stem
    return None


def getsourcefile(object):
    """The .py file object's source can be read from, or None."""
    path = getfile(object)
    if path.endswith('.py') and (os.path.exists(path) or linecache.getlines(path)):
        return path
    return None


def getabsfile(object, _filename=None):
    """The normalised absolute path of object's source (or other) file."""
    path = _filename if _filename is not None else (getsourcefile(object) or getfile(object))
    return os.path.normcase(os.path.abspath(path))


# ---------------------------------------------------------------- source

def findsource(object):
    """All lines of the file object was defined in, and the index of its first line."""
    path = getsourcefile(object)
    if not path:
        raise OSError('source code not available')
    lines = linecache.getlines(path)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        index = _class_definition(lines, object.__qualname__)
        if index is None:
            raise OSError('could not find class definition')
        return lines, index
    code = _code_of(object)
    if not iscode(code):
        raise OSError('could not find code object')
    index = code.co_firstlineno - 1
    if index >= len(lines):
        raise OSError('lineno is out of bounds')
    return lines, index


def _class_definition(lines, qualname):
    """Index of the line starting the first `class` statement (decorators included) whose
    nesting in classes and functions gives qualname."""
    scopes = []  # (indent, prefix of names defined inside)
    decorated_at = None
    for start, _end, indent, text, _colon in _statements(lines):
        while scopes and indent <= scopes[-1][0]:
            scopes.pop()
        if text.startswith('@'):
            decorated_at = start if decorated_at is None else decorated_at
            continue
        words = text.replace('(', ' ').replace(':', ' ').split()
        if words[:1] == ['async']:
            words = words[1:]
        head = decorated_at if decorated_at is not None else start
        decorated_at = None
        if len(words) < 2 or words[0] not in ('class', 'def'):
            continue
        name = words[1]
        full = (scopes[-1][1] if scopes else '') + name
        if words[0] == 'class':
            if full == qualname:
                return head
            scopes.append((indent, full + '.'))
        else:
            scopes.append((indent, full + '.<locals>.'))
    return None


def _statements(lines):
    """Each logical line holding code: (index of its first line, index after its last,
    indentation, first line stripped, whether its code ends with a colon). Lines joined by
    brackets, backslashes and triple-quoted strings are one; comment-only and blank lines are
    none."""
    total = len(lines)
    at = 0
    while at < total:
        first = lines[at].strip()
        if not first or first[0] == '#':
            at += 1
            continue
        start = at
        expanded = lines[at].expandtabs()
        indent = len(expanded) - len(expanded.lstrip())
        nesting = 0
        open_quote = None
        final = ''
        while True:
            text = lines[at]
            pos = 0
            backslash = False
            while pos < len(text):
                ch = text[pos]
                if open_quote is not None:
                    if ch == '\\':
                        pos += 2
                    elif text.startswith(open_quote, pos):
                        pos += len(open_quote)
                        open_quote = None
                        final = '"'
                    else:
                        pos += 1
                    continue
                if ch == '#':
                    break
                if ch == '"' or ch == "'":
                    open_quote = ch * 3 if text.startswith(ch * 3, pos) else ch
                    pos += len(open_quote)
                    continue
                if ch == '\\' and not text[pos + 1:].strip():
                    backslash = True
                    break
                nesting += (ch in '([{') - (ch in ')]}')
                if not ch.isspace():
                    final = ch
                pos += 1
            if open_quote is not None and len(open_quote) == 1:
                open_quote = None  # a one-quote string cannot span lines
            at += 1
            if at >= total or (open_quote is None and nesting <= 0 and not backslash):
                break
        yield start, at, indent, first, final == ':'


def getblock(lines):
    """The leading lines that make up one definition: its decorators, its header and its
    indented body (or the single logical line of a one-line def or a lambda)."""
    stop = 0
    header_indent = None
    for start, end, indent, text, colon in _statements(lines):
        if header_indent is not None and indent <= header_indent:
            break
        stop = end
        if header_indent is None and not text.startswith('@'):
            if not colon:
                break
            header_indent = indent
    return lines[:stop]


def getsourcelines(object):
    """The source lines of object and the number of its first line (0 for a module)."""
    object = unwrap(object)
    lines, index = findsource(object)
    frame = object.tb_frame if istraceback(object) else object
    if ismodule(object) or (isframe(frame) and frame.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[index:]), index + 1


def getsource(object):
    """The source text of object."""
    return ''.join(getsourcelines(object)[0])


# ---------------------------------------------------------------- frames and generator states

def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


Traceback = namedtuple('Traceback', 'filename lineno function code_context index')


class FrameInfo(namedtuple('_FrameInfo', 'frame filename lineno function code_context index')):
    """A frame with where it is: (frame, filename, lineno, function, code_context, index).
    PyPack keeps no column information, so positions is None."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        record = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        record.positions = positions
        return record

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, self))
        return f'FrameInfo({shown}, positions={self.positions!r})'


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) of a frame or traceback."""
    if istraceback(frame):
        frame, lineno = frame.tb_frame, frame.tb_lineno
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    path = frame.f_code.co_filename
    context_lines = index = None
    if context > 0:
        source = linecache.getlines(path)
        if source:
            first = max(0, min(lineno - 1 - context // 2, len(source) - context))
            context_lines = source[first:first + context]
            index = lineno - 1 - first
    return Traceback(path, lineno, frame.f_code.co_name, context_lines, index)


def getlineno(frame):
    """The line a frame is at."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records of frame and each frame that called it, innermost first."""
    records = []
    while frame is not None:
        records.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return records


def stack(context=1):
    """FrameInfo records of the caller and the frames above it."""
    return getouterframes(sys._getframe(1), context)


GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED'
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED'


def _state(running, suspended, frame, names):
    if running:
        return names[1]
    if suspended:
        return names[2]
    return names[3] if frame is None else names[0]


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                  (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                  (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


# ---------------------------------------------------------------- annotations

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's own annotations (a class's, not its bases')."""
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__', None)
    elif isinstance(obj, types.ModuleType) or callable(obj):
        found = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if found and eval_str:
        raise NotImplementedError("get_annotations(eval_str=True): PyPack compiles ahead of time and cannot evaluate strings")
    return dict(found)


def formatannotation(annotation, base_module=None):
    """An annotation as signatures show it: a class by its (module-qualified) name, typing's
    objects without the 'typing.' prefix, anything else by repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        module = annotation.__module__
        return annotation.__qualname__ if module in ('builtins', base_module) else f'{module}.{annotation.__qualname__}'
    return repr(annotation)


def _strip_typing(text):
    import re
    return re.sub(r'[\w\.]+', lambda m: m.group().removeprefix('typing.'), text)


def formatannotationrelativeto(object):
    """formatannotation() that leaves out object's own module."""
    module = getattr(object, '__module__', None)
    return lambda annotation: formatannotation(annotation, module)


# ---------------------------------------------------------------- unwrap

def unwrap(func, *, stop=None):
    """The innermost object of func's chain of __wrapped__ attributes (stopping early where
    stop(f) is true)."""
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    current = func
    while not isinstance(current, type) and hasattr(current, '__wrapped__'):
        if stop is not None and stop(current):
            break
        current = current.__wrapped__
        if id(current) in seen or len(seen) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(current))
    return current


# ---------------------------------------------------------------- signatures

class _void:
    """Stands for an argument not given to replace()."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return ('positional-only', 'positional or keyword', 'variadic positional',
                'keyword-only', 'variadic keyword')[self.value]


_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = _ParameterKind
_VARIADIC = (_VAR_POSITIONAL, _VAR_KEYWORD)


class Parameter:
    """One parameter of a signature: its name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if kind in _VARIADIC and default is not _empty:
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            # A comprehension's implicit argument (.0) is shown as implicit0.
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 f'arguments, not {kind.description}')
            kind, name = _POSITIONAL_ONLY, 'implicit' + name[1:]
        if iskeyword(name) or not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name, self._kind, self._default, self._annotation = name, kind, default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        pick = lambda given, current: current if given is _void else given
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default), annotation=pick(annotation, self._annotation))

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if annotated else '=') + repr(self._default)
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return stars + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _key(self):
        return (self._name, self._kind, self._annotation, self._default)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Parameter):
            return self._key() == other._key()
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._name, self._kind), {'_default': self._default, '_annotation': self._annotation}

    def __setstate__(self, state):
        self._default, self._annotation = state['_default'], state['_annotation']


class BoundArguments:
    """What Signature.bind() made of a call's arguments: .arguments maps parameter names
    to values; .args and .kwargs give them back as a call would pass them."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _split(self):
        """(positional values, keyword values) in parameter order: positional ones up to the
        first parameter not bound, everything after by keyword."""
        positional, keywords = [], {}
        by_position = True
        for name, param in self._signature.parameters.items():
            kind = param.kind
            if by_position and (kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or name not in self.arguments):
                by_position = False
                if name not in self.arguments:
                    continue
            if name not in self.arguments:
                continue
            value = self.arguments[name]
            if by_position:
                if kind == _VAR_POSITIONAL:
                    positional.extend(value)
                else:
                    positional.append(value)
            elif kind == _VAR_KEYWORD:
                keywords.update(value)
            else:
                keywords[name] = value
        return tuple(positional), keywords

    @property
    def args(self):
        return self._split()[0]

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        """Bind every missing parameter to its default ((), {} for *args, **kwargs)."""
        complete = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                complete[name] = self.arguments[name]
            elif param.default is not _empty:
                complete[name] = param.default
            elif param.kind in _VARIADIC:
                complete[name] = () if param.kind == _VAR_POSITIONAL else {}
        self.arguments = complete

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, BoundArguments):
            return (self._signature, self.arguments) == (other._signature, other.arguments)
        return NotImplemented

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature, self.arguments = state['_signature'], state['arguments']

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


class Signature:
    """The parameters a callable takes and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        by_name = {}
        highest = _POSITIONAL_ONLY
        defaulted = False
        for param in parameters or ():
            if __validate_parameters__:
                if param.kind < highest:
                    raise ValueError(f'wrong parameter order: {highest.description} parameter before '
                                     f'{param.kind.description} parameter')
                highest = max(highest, param.kind)
                if param.kind <= _POSITIONAL_OR_KEYWORD:
                    if param.default is not _empty:
                        defaulted = True
                    elif defaulted:
                        raise ValueError('non-default argument follows default argument')
                if param.name in by_name:
                    raise ValueError(f'duplicate parameter name: {param.name!r}')
            by_name[param.name] = param
        self._parameters = types.MappingProxyType(by_name)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of any callable object."""
        return _SignatureReader(cls, follow_wrapped, True, eval_str).read(obj)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with new parameters or return annotation."""
        return type(self)(self._parameters.values() if parameters is _void else parameters,
                          return_annotation=self._return_annotation if return_annotation is _void else return_annotation)

    def _key(self):
        # Keyword-only parameters compare in any order.
        ordered = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        unordered = {p.name: p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY}
        return ordered, unordered, self._return_annotation

    def __hash__(self):
        ordered, unordered, returns = self._key()
        return hash((ordered, frozenset(unordered.values()), returns))

    def __eq__(self, other):
        if self is other:
            return True
        if isinstance(other, Signature):
            return self._key() == other._key()
        return NotImplemented

    def _bind(self, args, kwargs, *, partial=False):
        """Match args and kwargs to the parameters as a call would, with CPython's errors."""
        params = list(self._parameters.values())
        bound = {}
        count = len(args)
        # Positional arguments fill the parameters in order until *args takes the rest.
        i = 0
        while i < count:
            if i >= len(params) or params[i].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments') from None
            param = params[i]
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = tuple(args[i:])
                i += 1
                break
            if param.kind != _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError(f'multiple values for argument {param.name!r}') from None
            bound[param.name] = args[i]
            i += 1
        else:
            # Out of positional arguments: the next parameter must be given another way.
            if i < len(params):
                param = params[i]
                if param.kind != _VAR_POSITIONAL:
                    if param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            raise TypeError(f'{param.name!r} parameter is positional only, '
                                            'but was passed as a keyword') from None
                    elif param.kind != _VAR_KEYWORD and param.default is _empty and not partial:
                        raise TypeError(f'missing a required argument: {param.name!r}') from None
        # The remaining parameters take keywords (or their defaults).
        extra = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                extra = param
            elif param.kind == _VAR_POSITIONAL:
                continue
            elif param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, but was passed as a keyword')
                bound[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {param.name!r}') from None
        if kwargs:
            if extra is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            bound[extra.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments; TypeError where the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As bind(), but parameters may be left without a value."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return type(self), (tuple(self._parameters.values()),), {'_return_annotation': self._return_annotation}

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        parts = []
        kinds = [p.kind for p in self._parameters.values()]
        for index, param in enumerate(self._parameters.values()):
            previous = kinds[index - 1] if index else None
            if previous == _POSITIONAL_ONLY and param.kind != _POSITIONAL_ONLY:
                parts.append('/')
            if param.kind == _KEYWORD_ONLY and _VAR_POSITIONAL not in kinds and _KEYWORD_ONLY not in kinds[:index]:
                parts.append('*')
            parts.append(str(param))
        if kinds and kinds[-1] == _POSITIONAL_ONLY:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _looks_like_function(obj):
    """Whether obj has what a signature is read from on a function (a code object, a name,
    tuple or None defaults, dict or None keyword defaults and annotations)."""
    if not callable(obj) or isclass(obj):
        return False
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(getattr(obj, '__code__', None), _CODE) and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))


def _without_first(sig):
    """The signature of a method bound to its first argument."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig  # *args takes the bound argument
    return sig.replace(parameters=params[1:])


def _user_method(owner, name):
    """owner.name unless missing or one of the runtime's own callables."""
    found = getattr(owner, name, None)
    return None if found is None or isinstance(found, _NATIVE_CALLABLES) else found


def _partial_signature(sig, partial, leading=()):
    """The signature left once a partial (or partialmethod) supplies some arguments."""
    given_args = leading + tuple(partial.args or ())
    given_kw = partial.keywords or {}
    try:
        given = sig.bind_partial(*given_args, **given_kw).arguments
    except TypeError as exc:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from exc
    front, back = [], []  # back: parameters pushed to keyword-only by a keyword the partial binds
    pushed = False
    for param in sig.parameters.values():
        name = param.name
        if name in given:
            if param.kind == _POSITIONAL_ONLY or (param.kind == _POSITIONAL_OR_KEYWORD and name not in given_kw):
                continue  # consumed by position
            if param.kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
                param = param.replace(default=given[name])
            if param.kind == _POSITIONAL_OR_KEYWORD:
                pushed = True
        if pushed:
            if param.kind == _POSITIONAL_OR_KEYWORD:
                back.append(param.replace(kind=_KEYWORD_ONLY))
            elif param.kind == _VAR_POSITIONAL:
                continue
            else:
                back.append(param)
        else:
            front.append(param)
    return sig.replace(parameters=front + back)


def _from_function(cls, func, eval_str=False):
    """A Python function's signature, read from its code object, defaults and annotations."""
    duck = not isfunction(func)
    if duck and not _looks_like_function(func):
        raise TypeError(f'{func!r} is not a Python function')
    code = func.__code__
    names = code.co_varnames
    npos, nposonly, nkwonly = code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount
    notes = get_annotations(func, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    make = cls._parameter_cls
    params = []
    for i, name in enumerate(names[:npos]):
        params.append(make(name, _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD,
                           default=defaults[i - first_default] if i >= first_default else _empty,
                           annotation=notes.get(name, _empty)))
    after = npos + nkwonly
    if code.co_flags & CO_VARARGS:
        params.append(make(names[after], _VAR_POSITIONAL, annotation=notes.get(names[after], _empty)))
        after += 1
    for name in names[npos:npos + nkwonly]:
        params.append(make(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                           annotation=notes.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        params.append(make(names[after], _VAR_KEYWORD, annotation=notes.get(names[after], _empty)))
    return cls(params, return_annotation=notes.get('return', _empty), __validate_parameters__=duck)


class _SignatureReader:
    """Finds the signature of a callable of any kind: functions, bound methods, classes,
    partials and partialmethods, instances with __call__; following __wrapped__ and
    honouring __signature__."""

    def __init__(self, cls, follow_wrapped, skip_bound_arg, eval_str):
        self.cls = cls
        self.follow_wrapped = follow_wrapped
        self.skip_bound_arg = skip_bound_arg
        self.eval_str = eval_str

    def bound(self, sig):
        return _without_first(sig) if self.skip_bound_arg else sig

    def read(self, obj):
        if not callable(obj):
            raise TypeError(f'{obj!r} is not a callable object')
        if isinstance(obj, types.MethodType):
            return self.bound(self.read(obj.__func__))
        if self.follow_wrapped:
            obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
            if isinstance(obj, types.MethodType):
                return self.read(obj)
        declared = getattr(obj, '__signature__', None)
        if declared is not None:
            if not isinstance(declared, Signature):
                raise TypeError(f'unexpected object {declared!r} in __signature__ attribute')
            return declared
        method = getattr(obj, '_partialmethod', None)
        if isinstance(method, functools.partialmethod):
            inner = self.read(method.func)
            sig = _partial_signature(inner, method, (None,))
            self_param = next(iter(inner.parameters.values()))
            if self_param.kind == _VAR_POSITIONAL:
                return sig
            return sig.replace(parameters=(self_param, *sig.parameters.values()))
        if isfunction(obj) or _looks_like_function(obj):
            return _from_function(self.cls, obj, self.eval_str)
        if isinstance(obj, _NATIVE_CALLABLES):
            raise ValueError(f'no signature found for builtin {obj!r}')
        if isinstance(obj, functools.partial):
            return _partial_signature(self.read(obj.func), obj)
        if isinstance(obj, type):
            return self.of_class(obj)
        call = _user_method(type(obj), '__call__')
        if call is not None:
            try:
                return self.bound(self.read(call))
            except ValueError as exc:
                raise ValueError(f'no signature found for {obj!r}') from exc
        raise ValueError(f'callable {obj!r} is not supported by signature')

    def of_class(self, cls):
        """A metaclass's own __call__, else the __new__ or __init__ of the first class in the
        MRO defining one, without its first parameter."""
        maker = _user_method(type(cls), '__call__')
        if maker is None:
            new, init = _user_method(cls, '__new__'), _user_method(cls, '__init__')
            for base in cls.__mro__:
                own = base.__dict__
                if new is not None and '__new__' in own:
                    maker = new
                    break
                if init is not None and '__init__' in own:
                    maker = init
                    break
        if maker is not None:
            return self.bound(self.read(maker))
        if type not in cls.__mro__ and cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
            return self.cls([])  # object() takes nothing
        raise ValueError(f'no signature found for builtin type {cls!r}')


FullArgSpec = namedtuple('FullArgSpec', 'args varargs varkw defaults kwonlyargs kwonlydefaults annotations')


def getfullargspec(func):
    """FullArgSpec(args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations)
    of a callable, its bound first argument included."""
    try:
        sig = _SignatureReader(Signature, False, False, False).read(func)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    args, kwonly, defaults, kwdefaults, notes = [], [], [], {}, {}
    varargs = varkw = None
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    for param in sig.parameters.values():
        if param.kind <= _POSITIONAL_OR_KEYWORD:
            args.append(param.name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif param.kind == _VAR_POSITIONAL:
            varargs = param.name
        elif param.kind == _KEYWORD_ONLY:
            kwonly.append(param.name)
            if param.default is not _empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
        if param.annotation is not _empty:
            notes[param.name] = param.annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly, kwdefaults or None, notes)


def getcallargs(func, /, *positional, **named):
    """The dict of parameter names to values a call func(*positional, **named) binds,
    defaults included."""
    if ismethod(func) and func.__self__ is not None:
        sig = _SignatureReader(Signature, True, False, False).read(func)
        positional = (func.__self__,) + positional
    else:
        sig = signature(func)
    bound = sig.bind(*positional, **named)
    bound.apply_defaults()
    return dict(bound.arguments)
