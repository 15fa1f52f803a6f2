"""string.Template, written for PyPack from the documentation and CPython 3.11's behaviour.

The native string module hands out Template from here on first use (see StringModule). Being a
Python class, it can be subclassed as the documentation describes: a subclass may change
delimiter, idpattern, braceidpattern and flags (the pattern is rebuilt from them when the class
is made), or give its own pattern with the groups escaped, named, braced and invalid.
"""
import re as _re


# The default of the mapping argument: substitute() without one looks names up in the keywords.
_no_mapping = {}


def _unrecognized(template):
    return ValueError('Unrecognized named group in pattern', template.pattern)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delimiter = _re.escape(cls.delimiter)
            braced = cls.braceidpattern or cls.idpattern
            # One alternative per group: the doubled delimiter, a bare name, a braced name, and an
            # empty match for a delimiter followed by anything else.
            pattern = (delimiter + '(?:(?P<escaped>' + delimiter + ')|(?P<named>' + cls.idpattern
                       + r')|\{(?P<braced>' + braced + r')\}|(?P<invalid>))')
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        at = mo.start('invalid')
        lines = self.template[:at].splitlines(keepends=True)
        if lines:
            colno = at - len(''.join(lines[:-1]))
            lineno = len(lines)
        else:
            colno = lineno = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    @staticmethod
    def _mapping(mapping, kws):
        if mapping is _no_mapping:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_no_mapping, /, **kws):
        mapping = self._mapping(mapping, kws)

        def convert(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                return str(mapping[name])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise _unrecognized(self)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        mapping = self._mapping(mapping, kws)

        def convert(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise _unrecognized(self)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if mo.group('named') is None and mo.group('braced') is None and mo.group('escaped') is None:
                raise _unrecognized(self)
        return True

    def get_identifiers(self):
        names = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if name not in names:
                    names.append(name)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                raise _unrecognized(self)
        return names


Template.__module__ = 'string'
Template.__init_subclass__()
