# The formatter styles' own attributes are CPython's (no extra hooks; Template in _tpl), and defaults merge
# under the record's attributes in all three styles. The re patterns CPython keeps on the classes are left out.
import logging
for c in (logging.PercentStyle, logging.StrFormatStyle, logging.StringTemplateStyle):
    print(c.__name__, sorted(n for n in vars(c) if not n.startswith('__') and n not in ('validation_pattern', 'fmt_spec', 'field_spec')))
print(sorted(vars(logging.StringTemplateStyle('$message'))))
print(logging.StringTemplateStyle('$message')._tpl.template)
r = logging.LogRecord("a", 20, "p", 1, "m %s", ("x",), None)
for style, fmt in (('%', '%(levelname)s %(message)s %(extra)s'), ('{', '{levelname} {message} {extra}'), ('$', '$levelname $message ${extra}')):
    f = logging.Formatter(fmt, style=style, defaults={'extra': 'dflt'})
    print(f.format(r))
