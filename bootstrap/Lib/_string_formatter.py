"""string.Formatter, written for PyPack from the documentation and CPython 3.11's behaviour.

The native string module hands out Formatter from here on first use (see StringModule). The
parser gives the same (literal, field_name, format_spec, conversion) tuples and the same
ValueErrors as CPython's str.format parser, so a subclass that overrides parse, get_value,
get_field, convert_field, format_field or check_unused_args sees the calls CPython makes.
"""


def _parse(text):
    """Yields (literal_text, field_name, format_spec, conversion) for a format string."""
    n = len(text)
    i = 0
    literal = []
    while i < n:
        c = text[i]
        if c == '}':
            if i + 1 < n and text[i + 1] == '}':
                # an escaped brace ends the literal chunk, like CPython's parser
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        # a replacement field: find its closing brace, counting nested braces in the format
        # spec; an index in the name ('[...]') and the conversion character are skipped whole
        depth = 1
        in_spec = False
        j = i + 1
        while j < n:
            c = text[j]
            if not in_spec and c == '[':
                while j < n and text[j] != ']':
                    j += 1
            elif not in_spec and c in ':!':
                in_spec = True
                if c == '!':
                    j += 1
            elif c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if depth:
            raise ValueError("unmatched '{' in format spec" if in_spec else "expected '}' before end of string")
        name, conversion, spec = _split_field(text[i + 1:j])
        yield ''.join(literal), name, spec, conversion
        literal = []
        i = j + 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field(field):
    """field_name[!conversion][:format_spec] -> (field_name, conversion, format_spec)."""
    k = 0
    n = len(field)
    while k < n and field[k] not in '!:':
        if field[k] == '[':
            # an index may hold ':' or '!'
            while k < n and field[k] != ']':
                k += 1
        k += 1
    name = field[:k]
    conversion = None
    if k < n and field[k] == '!':
        if k + 1 >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = field[k + 1]
        k += 2
        if k < n and field[k] != ':':
            raise ValueError("expected ':' after conversion specifier")
    spec = field[k + 1:] if k < n else ''
    return name, conversion, spec


def _split_name(name):
    """'a.b[0]' -> ('a', iterator of (True, 'b'), (False, 0)); a leading decimal becomes an int.
    The rest is parsed lazily, as CPython's is: a bad suffix is found only when reached."""
    k = 0
    n = len(name)
    while k < n and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first and first.isdecimal():
        first = int(first)
    return first, _name_rest(name, k)


def _name_rest(name, k):
    n = len(name)
    while k < n:
        if name[k] == '.':
            k += 1
            start = k
            while k < n and name[k] not in '.[':
                k += 1
            if k == start:
                raise ValueError('Empty attribute in format string')
            yield True, name[start:k]
        elif name[k] == '[':
            k += 1
            start = k
            while k < n and name[k] != ']':
                k += 1
            if k >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:k]
            if key == '':
                raise ValueError('Empty attribute in format string')
            yield False, int(key) if key.isdecimal() else key
            k += 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                out.append(literal_text)
            if field_name is None:
                continue
            # auto_arg_index is False once a field was numbered by hand
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return _parse(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


Formatter.__module__ = 'string'
