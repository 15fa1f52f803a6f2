"""Turns an element tree into the text ElementTree.write produces (methods 'xml', 'html', 'text').

Names in '{uri}local' form are written with a prefix: one registered with register_namespace (or
known by default, like 'xml' and 'xsi'), else 'ns0', 'ns1', ... in the order the tree first uses
them; the declarations go on the outermost element, sorted by prefix.
"""

# Registered prefixes by namespace URI (register_namespace adds to it).
namespace_prefixes = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}

# HTML elements that have no end tag.
HTML_VOID = frozenset(("area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input",
                       "isindex", "link", "meta", "param", "source", "track", "wbr"))

_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;",
                                    "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"})
_HTML_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", ">": "&gt;", "\"": "&quot;"})


def cannot_serialize(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


def escape(text, table=_TEXT_ESCAPES):
    if type(text) is not str and not isinstance(text, str):
        cannot_serialize(text)
    return text.translate(table)


class Serializer:
    """Writes one tree through write(str); comment, pi and qname are ElementTree's Comment,
    ProcessingInstruction and QName."""

    def __init__(self, write, comment, pi, qname, short_empty_elements=True):
        self._write = write
        self._comment = comment
        self._pi = pi
        self._qname = qname
        self._short_empty = short_empty_elements
        self._names = {}
        self._prefixes = {}

    # --- names ------------------------------------------------------------------------------------

    def _raw(self, name):
        return name.text if isinstance(name, self._qname) else name

    def collect_names(self, root, default_namespace):
        """Assigns every name in the tree its written form (raises for names that cannot be written)."""
        if default_namespace:
            self._prefixes[default_namespace] = ""
        self._default_namespace = default_namespace
        for elem in root.iter():
            tag = elem.tag
            if isinstance(tag, self._qname):
                self._name(tag.text)
            elif isinstance(tag, str):
                self._name(tag)
            elif tag is not None and tag is not self._comment and tag is not self._pi:
                cannot_serialize(tag)
            for key, value in elem.items():
                self._name(self._raw(key))
                if isinstance(value, self._qname):
                    self._name(value.text)
            if isinstance(elem.text, self._qname):
                self._name(elem.text.text)

    def _name(self, raw):
        if raw in self._names:
            return self._names[raw]
        if not isinstance(raw, str):
            cannot_serialize(raw)
        if raw[:1] != "{":
            if self._default_namespace:
                raise ValueError("cannot use non-qualified names with default_namespace option")
            written = raw
        else:
            uri, _, local = raw[1:].rpartition("}")
            prefix = self._prefixes.get(uri)
            if prefix is None:
                prefix = namespace_prefixes.get(uri)
                if prefix is None:
                    prefix = "ns" + str(len(self._prefixes))
                if prefix != "xml":  # always bound, never declared
                    self._prefixes[uri] = prefix
            written = prefix + ":" + local if prefix else local
        self._names[raw] = written
        return written

    # --- elements ---------------------------------------------------------------------------------

    def xml(self, elem, declare=True):
        write = self._write
        tag = elem.tag
        if tag is self._comment:
            write("<!--" + str(elem.text) + "-->")
        elif tag is self._pi:
            write("<?" + str(elem.text) + "?>")
        elif tag is None:
            if elem.text:
                write(escape(elem.text))
            for child in elem:
                self.xml(child, False)
        else:
            name = self._names[self._raw(tag)]
            write("<" + name)
            self._attributes(elem, declare, _ATTRIBUTE_ESCAPES)
            text = elem.text
            if text or len(elem) or not self._short_empty:
                write(">")
                if text:
                    write(escape(text))
                for child in elem:
                    self.xml(child, False)
                write("</" + name + ">")
            else:
                write(" />")
        if elem.tail:
            write(escape(elem.tail))

    def html(self, elem, declare=True):
        write = self._write
        tag = elem.tag
        if tag is self._comment:
            write("<!--" + escape(elem.text) + "-->")
        elif tag is self._pi:
            write("<?" + escape(elem.text) + "?>")
        elif tag is None:
            if elem.text:
                write(escape(elem.text))
            for child in elem:
                self.html(child, False)
        else:
            name = self._names[self._raw(tag)]
            write("<" + name)
            self._attributes(elem, declare, _HTML_ATTRIBUTE_ESCAPES)
            write(">")
            lowered = name.lower()
            text = elem.text
            if text:
                # Script and style content is not HTML: it is written as it is.
                write(text if lowered in ("script", "style") else escape(text))
            for child in elem:
                self.html(child, False)
            if lowered not in HTML_VOID:
                write("</" + name + ">")
        if elem.tail:
            write(escape(elem.tail))

    def text(self, elem):
        for part in elem.itertext():
            self._write(part)
        if elem.tail:
            self._write(elem.tail)

    def _attributes(self, elem, declare, table):
        write = self._write
        if declare and self._prefixes:
            for uri, prefix in sorted(self._prefixes.items(), key=lambda pair: pair[1]):
                write(" xmlns" + (":" + prefix if prefix else "") + '="' + escape(uri, _ATTRIBUTE_ESCAPES) + '"')
        for key, value in elem.items():
            if isinstance(value, self._qname):
                value = self._names[value.text]
            else:
                value = escape(value, table)
            write(" " + self._names[self._raw(key)] + '="' + value + '"')
