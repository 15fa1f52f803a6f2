"""The subset of XPath that Element.find, findall, findtext and iterfind accept.

A path is split into steps separated by '/'; each step is a tag test ('tag', '*', '{uri}tag',
'{*}tag', '{uri}*', 'prefix:tag'), '.', '..', '' (the '//' descendant marker) or a predicate in
brackets. Each step becomes a function from an iterator of context elements to an iterator of
results, and a compiled path is kept in a small cache keyed by the path and its prefix map.
"""

import re as _re

# A token is a punctuation run or a name (possibly '{uri}name' or 'prefix:name'), or a quoted literal.
_token = _re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|"
    r"\s+")

_cache = {}
_CACHE_LIMIT = 100


def xpath_tokenizer(pattern, namespaces=None):
    """Yields (operator, name) pairs for a path, mapping 'prefix:name' through namespaces."""
    default = namespaces.get('') if namespaces else None
    seen_at = False
    for m in _token.finditer(pattern):
        op, name = m.group(1), m.group(2)
        if op is None and name is None:
            continue  # blanks only separate tokens
        if name is not None and name[0] != '{':
            if ':' in name and namespaces:
                prefix, local = name.split(':', 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
                yield op or '', '{%s}%s' % (namespaces[prefix], local)
            elif default and not seen_at and not name.lstrip('-').isdigit():
                yield op or '', '{%s}%s' % (default, name)
            else:
                yield op or '', name
            seen_at = False
        else:
            yield op or '', name or ''
            seen_at = op == '@'


def get_parent_map(context):
    """Maps each element under the context root to its parent (built once per search)."""
    parents = context.parent_map
    if parents is None:
        parents = context.parent_map = {}
        for parent in context.root.iter():
            for child in parent:
                parents[child] = parent
    return parents


def _is_wildcard(tag):
    return tag[:3] == '{*}' or tag[-2:] == '}*'


def _tag_test(tag):
    """A predicate on an element's tag for a step's name test, '*' and the namespace wildcards included."""
    if tag[:2] == '{}' and tag != '{}*':
        tag = tag[2:]  # '{}name' is a name in no namespace
    if tag == '*':
        return lambda t: isinstance(t, str)
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag[:3] == '{*}':
        local = tag[3:]
        brace_local = '}' + local
        return lambda t: isinstance(t, str) and (t == local or t.endswith(brace_local))
    if tag[-2:] == '}*':
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(ns)
    return lambda t: t == tag


def _select_child(tag):
    if _is_wildcard(tag) or tag == '*' or tag[:2] == '{}':
        test = _tag_test(tag)

        def select(context, result):
            for elem in result:
                for child in elem:
                    if test(child.tag):
                        yield child
    else:
        def select(context, result):
            for elem in result:
                for child in elem:
                    if child.tag == tag:
                        yield child
    return select


def _select_self(context, result):
    yield from result


def _select_descendant(tag):
    test = _tag_test(tag)

    def select(context, result):
        for elem in result:
            it = iter(elem.iter())
            next(it)  # the element itself is not its own descendant
            for node in it:
                if test(node.tag):
                    yield node
    return select


def _select_parent(context, result):
    parents = get_parent_map(context)
    seen = set()
    for elem in result:
        parent = parents.get(elem)
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            yield parent


def _text_of(elem):
    return ''.join(elem.itertext())


def _predicate(next_token, token):
    """Reads the tokens of one '[...]' and returns the selector filtering by it."""
    parts = []
    names = []
    while True:
        try:
            token = next_token()
        except StopIteration:
            raise SyntaxError("invalid predicate") from None
        if token[0] == ']':
            break
        if token[0] and token[0][:1] in '"\'':
            token = ("'", token[0][1:-1])
        parts.append(token[0] or '-')
        names.append(token[1])
    signature = ''.join(parts)
    if signature == '@-':
        key = names[1]

        def select(context, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select
    if signature in ("@-='", "@-!='"):
        key, value = names[1], names[-1]
        if signature == "@-='":
            def select(context, result):
                for elem in result:
                    if elem.get(key) == value:
                        yield elem
        else:
            def select(context, result):
                for elem in result:
                    v = elem.get(key)
                    if v is not None and v != value:
                        yield elem
        return select
    if signature == '-' and not _re.match(r"-?\d+$", names[0]):
        tag = names[0]
        test = _tag_test(tag)

        def select(context, result):
            for elem in result:
                for child in elem:
                    if test(child.tag):
                        yield elem
                        break
        return select
    if signature in (".='", ".!='") or (signature in ("-='", "-!='") and not _re.match(r"-?\d+$", names[0])):
        tag, value = names[0], names[-1]
        equal = '!' not in signature
        if tag:
            test = _tag_test(tag)

            def select(context, result):
                for elem in result:
                    for child in elem:
                        if test(child.tag) and (_text_of(child) == value) == equal:
                            yield elem
                            break
        else:
            def select(context, result):
                for elem in result:
                    if (_text_of(elem) == value) == equal:
                        yield elem
        return select
    if signature in ('-', '-()', '-()-'):
        if signature == '-':
            index = int(names[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if names[0] != 'last':
                raise SyntaxError("unsupported function")
            if signature == '-()-':
                try:
                    index = int(names[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1

        def select(context, result):
            parents = get_parent_map(context)
            for elem in result:
                parent = parents.get(elem)
                if parent is None:
                    continue
                siblings = parent.findall(elem.tag)
                try:
                    if siblings[index] is elem:
                        yield elem
                except IndexError:
                    pass
        return select
    raise SyntaxError("invalid predicate")


class _SelectorContext:
    parent_map = None

    def __init__(self, root):
        self.root = root


def _compile(path, namespaces):
    if path[-1:] == '/':
        path = path + '*'  # a trailing slash selects every child
    tokens = iter(xpath_tokenizer(path, namespaces))

    def next_token():
        return next(tokens)

    selectors = []
    try:
        token = next_token()
    except StopIteration:
        return selectors
    while True:
        op, name = token
        if op == '/':
            raise SyntaxError("cannot use absolute path on element")
        elif op == '' or op == '*':
            selectors.append(_select_child(name or op))
        elif op == '.':
            selectors.append(_select_self)
        elif op == '..':
            selectors.append(_select_parent)
        elif op == '//':
            try:
                token = next_token()
            except StopIteration:
                raise SyntaxError("invalid descendant") from None
            if token[0] == '*':
                tag = '*'
            elif token[0] == '':
                tag = token[1]
            else:
                raise SyntaxError("invalid descendant")
            selectors.append(_select_descendant(tag))
        elif op == '[':
            selectors.append(_predicate(next_token, token))
        elif op == '{':
            raise SyntaxError("invalid path")
        else:
            raise SyntaxError("invalid path")
        try:
            token = next_token()
            if token[0] == '/':
                token = next_token()
        except StopIteration:
            break
    return selectors


def _selectors(path, namespaces):
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    found = _cache.get(key)
    if found is None:
        if len(_cache) > _CACHE_LIMIT:
            _cache.clear()
        if path[:1] == '/':
            raise SyntaxError("cannot use absolute path on element")
        found = _cache[key] = _compile(path, namespaces)
    return found


def iterfind(elem, path, namespaces=None):
    """Yields the elements the path selects from elem, in document order."""
    selectors = _selectors(path, namespaces)
    result = iter([elem])
    context = _SelectorContext(elem)
    for select in selectors:
        result = select(context, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return elem.text or ''
