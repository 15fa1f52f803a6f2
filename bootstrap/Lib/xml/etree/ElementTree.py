"""The ElementTree XML API: an element tree, an XML parser that builds one, and its serializer.

The parser (XMLParser) accepts what CPython's expat-based one accepts, with expat's error messages
and positions (line from 1, column from 0); namespaces are resolved into '{uri}local' names and
comments, processing instructions and the document type are skipped unless a target asks for them.
"""

import collections as _collections
import io as _io
import re as _re
import sys as _sys
import warnings as _warnings

from xml.etree import ElementPath as _ElementPath
from xml.etree import _serializer
from xml.etree._xmlparser import _Scanner, ParseError

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist", "indent",
    "iselement", "iterparse", "parse", "ParseError", "PI", "ProcessingInstruction", "QName",
    "SubElement", "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace",
]

VERSION = "1.3.0"


def iselement(element):
    """True if the object looks like an element (has a tag)."""
    return hasattr(element, 'tag')


class Element:
    """An XML element: a tag, an attribute dict, text before the first child, tail after the end tag,
    and a list of child elements."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % (type(attrib).__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<Element %r at %#x>" % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        # CPython's C Element makes a plain Element here, whatever the subclass.
        return Element(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        from copy import deepcopy
        elem = self.makeelement(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        elem.text = deepcopy(self.text, memo)
        elem.tail = deepcopy(self.tail, memo)
        elem._children = [deepcopy(child, memo) for child in self._children]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for e in element:
                _check_element(e, "__setitem__")
        else:
            _check_element(element, "__setitem__")
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        _check_element(subelement, "append", None)
        self._children.append(subelement)

    def extend(self, elements):
        elements = list(elements)
        for element in elements:
            if not isinstance(element, Element):
                raise TypeError('expected an Element, not "%s"' % type(element).__name__)
        self._children.extend(elements)

    def insert(self, index, subelement):
        _check_element(subelement, "insert", 2)
        self._children.insert(index, subelement)

    def remove(self, subelement):
        _check_element(subelement, "remove")
        for i, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return _ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return _ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        return _ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return _ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        """Yields this element and every element below it in document order, optionally only those
        with the given tag ('*' is every element)."""
        if tag == "*":
            tag = None
        stack = [iter([self])]
        while stack:
            for elem in stack[-1]:
                if tag is None or elem.tag == tag:
                    yield elem
                if elem._children:
                    stack.append(iter(elem._children))
                break
            else:
                stack.pop()

    def itertext(self):
        """Yields the text of this element and its descendants in document order, tails included,
        comments and processing instructions left out."""
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def _check_element(obj, method, position=1):
    if not isinstance(obj, Element):
        argument = "argument" if position is None else "argument %d" % position
        raise TypeError("%s() %s must be xml.etree.ElementTree.Element, not %s"
                        % (method, argument, type(obj).__name__))


def SubElement(parent, tag, attrib={}, **extra):
    """Creates an element, appends it to parent and returns it."""
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    """A comment element; the serializer writes it as <!--text-->."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """A processing-instruction element; the serializer writes it as <?target text?>."""
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', that the serializer maps to a prefix wherever it appears
    (tag, attribute name or attribute value)."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __eq__(self, other):
        return self.text == self._key(other)


class ElementTree:
    """A whole document: a root element, with parse and write."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _absolute(self, path):
        if path[:1] == "/":
            path = "." + path
            _warnings.warn(
                "This search is broken in 1.3 and earlier, and will be fixed in a future version.  "
                "If you rely on the current behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._absolute(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._absolute(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._absolute(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._absolute(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        """Writes the document; encoding 'unicode' writes str, any other encoding bytes (characters it
        cannot encode become character references)."""
        if not method:
            method = "xml"
        elif method not in ("xml", "html", "text"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        parts = []
        write = parts.append
        writer = _serializer.Serializer(write, Comment, ProcessingInstruction, QName, short_empty_elements)
        if method == "xml" and (xml_declaration or (xml_declaration is None and encoding.lower() not in ("utf-8", "us-ascii", "unicode"))):
            declared = "utf-8" if encoding.lower() == "unicode" else encoding
            write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
        if method == "text":
            writer.text(self._root)
        else:
            writer.collect_names(self._root, default_namespace)
            writer.xml(self._root) if method == "xml" else writer.html(self._root)
        if encoding.lower() == "unicode":
            if isinstance(file_or_filename, _ListStream):
                file_or_filename.parts.extend(parts)
            else:
                _write_to(file_or_filename, "".join(parts), None)
        else:
            _write_to(file_or_filename, "".join(parts).encode(encoding, "xmlcharrefreplace"), encoding)


class _ListStream:
    """Collects what write() produces piece by piece, for tostringlist."""

    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def _write_to(target, data, encoding):
    if hasattr(target, "write"):
        target.write(data)
        return
    if encoding is None:
        with open(target, "w", encoding="utf-8", errors="xmlcharrefreplace") as f:
            f.write(data)
    else:
        with open(target, "wb") as f:
            f.write(data)


# --- serialization --------------------------------------------------------------------------------

def register_namespace(prefix, uri):
    """Makes the serializer write names in uri with this prefix."""
    if _re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    table = _serializer.namespace_prefixes
    for known in [u for u, p in table.items() if u == uri or p == prefix]:
        del table[known]
    table[uri] = prefix


HTML_EMPTY = _serializer.HTML_VOID


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    """The serialized element: bytes, or str with encoding='unicode'."""
    stream = _io.StringIO() if encoding == "unicode" else _io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    stream = _ListStream()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.parts


def dump(elem):
    """Writes the element (or tree) to sys.stdout as text, with a newline unless its tail ends in one."""
    tree = elem if isinstance(elem, ElementTree) else ElementTree(elem)
    tree.write(_sys.stdout, encoding="unicode")
    if not (tree.getroot().tail or "").endswith("\n"):
        _sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Sets whitespace-only text and tails so that each element starts on its own indented line."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    # Walk parents only (an element without children keeps its text); depth is the parent's level.
    pending = [(tree, level)] if len(tree) else []
    while pending:
        parent, depth = pending.pop()
        inside = "\n" + space * (depth + 1)
        if _blank(parent.text):
            parent.text = inside
        for child in parent:
            if len(child):
                pending.append((child, depth + 1))
            if _blank(child.tail):
                child.tail = inside
        last = parent[-1]
        if _blank(last.tail):
            last.tail = "\n" + space * depth


def _blank(text):
    return not text or text.isspace()


# --- parsing --------------------------------------------------------------------------------------

def parse(source, parser=None):
    """Parses a file name or binary file into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    """Parses a document from a string (str or bytes) and returns its root element."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    """Parses a document and returns its root and a dict of its elements by 'id' attribute."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id_ = elem.get("id")
        if id_:
            ids[id_] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


class TreeBuilder:
    """A parser target that builds elements: start/end/data calls become a tree, close() returns its root."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._make = Element if element_factory is None else element_factory
        self._make_comment = Comment if comment_factory is None else comment_factory
        self._make_pi = PI if pi_factory is None else pi_factory
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._open = []         # elements started and not yet ended
        self._root = None
        self._text = []         # character data not yet stored
        self._holder = None     # where that data goes: the holder's text, or its tail once it has ended
        self._ended = False

    def _store_text(self):
        if not self._text:
            return
        joined = "".join(self._text)
        self._text = []
        if self._holder is None:
            return
        if self._ended:
            self._holder.tail = joined
        else:
            self._holder.text = joined

    def data(self, data):
        self._text.append(data)

    def start(self, tag, attrs):
        self._store_text()
        elem = self._make(tag, attrs)
        if self._open:
            self._open[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._open.append(elem)
        self._holder, self._ended = elem, False
        return elem

    def end(self, tag):
        self._store_text()
        elem = self._open.pop()
        if elem.tag != tag:
            raise AssertionError("end tag mismatch (expected %s, got %s)" % (elem.tag, tag))
        self._holder, self._ended = elem, True
        return elem

    def _leaf(self, elem, insert):
        # A comment or PI becomes a child (and takes the text that follows as its tail) only if asked.
        if insert:
            self._store_text()
            if self._open:
                self._open[-1].append(elem)
            self._holder, self._ended = elem, True
        return elem

    def comment(self, text):
        return self._leaf(self._make_comment(text), self.insert_comments)

    def pi(self, target, text=None):
        return self._leaf(self._make_pi(target, text), self.insert_pis)

    def close(self):
        if self._open:
            raise AssertionError("missing end tags")
        if self._root is None:
            raise AssertionError("missing toplevel element")
        return self._root


class XMLParser:
    """An XML parser feeding a target (a TreeBuilder unless given): feed() data, close() for the result.

    The target's start, end, data, comment, pi, start_ns, end_ns, doctype and close methods are
    called where it has them."""

    version = "Expat 2.5.0"

    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = target
        self.entity = {}
        self._scanner = _Scanner(self, encoding)
        self._events_queue = None
        self._event_kinds = ()
        self._start = getattr(target, "start", None)
        self._end = getattr(target, "end", None)
        self._data = getattr(target, "data", None)
        self._comment = getattr(target, "comment", None)
        self._pi = getattr(target, "pi", None)
        self._start_ns = getattr(target, "start_ns", None)
        self._end_ns = getattr(target, "end_ns", None)
        self._doctype = getattr(target, "doctype", None)
        self._close = getattr(target, "close", None)

    # The scanner calls these handlers; each forwards to the target and records pull events.

    def _on_start(self, tag, attrib):
        result = self._start(tag, attrib) if self._start is not None else None
        if "start" in self._event_kinds:
            self._events_queue.append(("start", result))

    def _on_end(self, tag):
        result = self._end(tag) if self._end is not None else None
        if "end" in self._event_kinds:
            self._events_queue.append(("end", result))

    def _on_data(self, text):
        if self._data is not None:
            self._data(text)

    def _on_comment(self, text):
        result = self._comment(text) if self._comment is not None else None
        if "comment" in self._event_kinds:
            self._events_queue.append(("comment", result))

    def _on_pi(self, target, data):
        result = self._pi(target, data) if self._pi is not None else None
        if "pi" in self._event_kinds:
            self._events_queue.append(("pi", result))

    def _on_start_ns(self, prefix, uri):
        result = self._start_ns(prefix, uri) if self._start_ns is not None else None
        if "start-ns" in self._event_kinds:
            self._events_queue.append(("start-ns", (prefix, uri)))

    def _on_end_ns(self, prefix):
        result = self._end_ns(prefix) if self._end_ns is not None else None
        if "end-ns" in self._event_kinds:
            self._events_queue.append(("end-ns", result))

    def _on_doctype(self, name, pubid, system):
        if self._doctype is not None:
            self._doctype(name, pubid, system)

    def _setevents(self, events_queue, events_to_report):
        self._events_queue = events_queue
        kinds = set()
        for kind in events_to_report:
            if kind not in ("start", "end", "comment", "pi", "start-ns", "end-ns"):
                raise ValueError("unknown event %r" % kind)
            kinds.add(kind)
        self._event_kinds = kinds

    def _scan(self, data, final):
        try:
            self._scanner.feed(data, final)
            return
        except ParseError as exc:
            error = exc
        # Raised afresh so that a traceback ends here, as it ends at the parser in CPython.
        raise error.with_traceback(None)

    def feed(self, data):
        self._scan(data, False)

    def flush(self):
        pass

    def close(self):
        self._scan(b"" if self._scanner.is_bytes() else "", True)
        close = self._close
        self._scanner = None
        if close is not None:
            return close()
        return None


class XMLPullParser:
    """A non-blocking parser: feed() data, then read_events() yields the (event, item) pairs it produced."""

    def __init__(self, events=None, *, _parser=None):
        self._events = _collections.deque()
        self._parser = XMLParser(target=TreeBuilder()) if _parser is None else _parser
        self._parser._setevents(self._events, ("end",) if events is None else events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if not data:
            return
        try:
            self._parser.feed(data)
        except SyntaxError as exc:
            # Reported when read_events() reaches it, after the events before the error.
            self._events.append(exc)

    def _finish(self):
        parser, self._parser = self._parser, None
        return parser.close()

    def close(self):
        self._finish()

    def flush(self):
        pass

    def read_events(self):
        events = self._events
        while events:
            item = events.popleft()
            if isinstance(item, Exception):
                raise item
            yield item


class _IterParseIterator:
    """What iterparse returns: an iterator of events whose root is set once the document ends."""

    def __init__(self, source, events, parser):
        self.root = None
        self._close_source = not hasattr(source, "read")
        self._source = open(source, "rb") if self._close_source else source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._steps = self._run()

    def _run(self):
        pull = self._pull
        try:
            while True:
                yield from pull.read_events()
                chunk = self._source.read(16384)
                if not chunk:
                    break
                pull.feed(chunk)
            root = pull._finish()
            yield from pull.read_events()
            self.root = root
        finally:
            if self._close_source:
                self._source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._steps)


def iterparse(source, events=None, parser=None):
    """Parses a file name or binary file step by step, yielding (event, item) pairs as they happen;
    the iterator's root attribute is the root element once parsing is done."""
    return _IterParseIterator(source, events, parser)
